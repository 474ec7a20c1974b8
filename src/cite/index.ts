/**
 * The citation transform: reads every footnote of the book, resolves its citations to CSL items,
 * and reports citation slips on the division's file. The mdast trees are only read.
 */
import type { FootnoteDefinition } from 'mdast';
import { visit } from 'unist-util-visit';
import { divisions, type Book, type CitationResult, type CslItem, type NoteCitations } from '../book.js';
import { assignIds } from './ids.js';
import { bibliographyEntries } from './bibliography.js';
import { lintCitations, type Finding } from './lint.js';
import { relatedCause } from './lint/report.js';
import { noteText, type NoteText } from './note-text.js';
import { sameTextOf } from './same-text.js';
import { resolveNotes, type Resolution, type Work } from './resolve.js';
import { plain, withInlineUrls } from './text.js';

export type { CitationResult, CslItem, NoteCitations } from '../book.js';

/** What the citation transform found: the result, and the lint findings by division (index in reading order). */
export interface Citations {
  result: CitationResult;
  findings: Array<Omit<Finding<number>, 'owner'> & { division: number }>;
}

export function citeBook(book: Book): CitationResult {
  const citations = resolveCitations(book);
  reportFindings(book, citations);
  return citations.result;
}

/** Resolves every note's citations; reads the trees, changes nothing. */
export function resolveCitations(book: Book): Citations {
  const notes: Array<{ note: NoteText; owner: number }> = [];
  const bibliography: Array<{ entry: NoteText; owner: number }> = [];
  divisions(book).forEach((division, index) => {
    visit(division.tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
      notes.push({ note: noteText(node), owner: index });
    });
    for (const entry of bibliographyEntries(division.tree)) bibliography.push({ entry, owner: index });
  });
  const resolution = resolveNotes(notes, bibliography, sameTextOf(book));
  const result = toResult(resolution);
  const findings = lintCitations(resolution).map(({ owner, ...finding }) => ({ ...finding, division: owner }));
  return { result, findings };
}

/** Files the lint findings as warnings (or info) on the divisions' source files, related places as their cause. */
export function reportFindings(book: Book, citations: Citations): void {
  const all = divisions(book);
  for (const finding of citations.findings) {
    const message = all[finding.division].file.message(finding.reason, {
      place: finding.place,
      ruleId: finding.ruleId,
      source: 'folio-cite',
      cause: relatedCause(finding.related, (division) => all[division]?.file, 'folio-cite'),
    });
    message.fatal = finding.severity === 'info' ? undefined : false;
    if (finding.hint) message.note = finding.hint;
  }
}

export function toResult<Owner>(resolution: Resolution<Owner>): CitationResult {
  const ids = assignIds(resolution.works.map((work) => work.item));
  for (const [index, work] of resolution.works.entries()) work.id = ids[index];

  const items = resolution.works.map(toItem);
  const notes: NoteCitations[] = resolution.notes.map(({ note, segments, citations }) => {
    const resolved = citations.filter((citation) => citation.work);
    const unresolved = citations.filter((citation) => !citation.work);
    const forms = new Set(citations.map((citation) => citation.form));
    const commentary = segments.some((segment) => segment.kind === 'commentary');
    const kind: NoteCitations['kind'] =
      citations.length === 0 ? 'commentary' : forms.size === 1 && !commentary ? [...forms][0] : 'mixed';
    const entry: NoteCitations = {
      note: note.number,
      kind,
      citations: resolved.map((citation) => ({
        id: citation.work!.id,
        form: citation.form,
        locator: citation.locator,
      })),
    };
    if (unresolved.length) {
      entry.unresolved = unresolved.map((citation) => ({
        form: citation.form,
        text: plain(citation.segment.text).trim(),
        locator: citation.locator,
      }));
    }
    return entry;
  });
  return { items, notes };
}

function toItem(work: Work): CslItem {
  const { type, ...fields } = work.item;
  const item: CslItem = { id: work.id, type, ...fields };
  const short = shortTitle(work);
  if (short) item['title-short'] = short;
  // The parsers' private markers (note-text.ts) never reach an item, whatever a parser missed.
  for (const [key, value] of Object.entries(item)) {
    if (typeof value === 'string' && /[\uE000-\uE003]/.test(value)) item[key] = withInlineUrls(value);
  }
  return item;
}

/** The short title the author used most (first on ties); else the main title before a subtitle. */
function shortTitle(work: Work): string | undefined {
  if (work.shortTitles.length) {
    const counts = new Map<string, number>();
    for (const title of work.shortTitles) counts.set(title, (counts.get(title) ?? 0) + 1);
    return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
  }
  const title = typeof work.item.title === 'string' ? work.item.title : undefined;
  if (!title || work.item.type === 'post') return undefined;
  const main = /^([^:]{3,}?):\s/.exec(title)?.[1]?.trim();
  return main?.includes(' ') && main.split(/\s+/).length < title.split(/\s+/).length ? main : undefined;
}
