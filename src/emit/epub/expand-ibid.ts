/**
 * Ibid.-safe e-book notes (`epub.expandIbid`). A reading system shows a note as a pop-up with no
 * previous note in view, so in the EPUB an Ibid. names its work in short form instead
 * (`Ibid., 85.` → `Author, <em>Short Title</em>, 85.`), the locator and the rest of the note kept.
 * The print edition keeps Ibid.: this works on the EPUB's own copy of the rendered parts and never
 * touches the book or the shared HTML. A note is left as written whenever the Ibid. is not certain:
 * unresolved, pointing back to a note that cites several works, or written more than once.
 */
import type { CitationResult, CslItem, NoteCitations } from '../../book.js';
import type { RenderedBook } from '../../render/types.js';
import type { CslName } from '../../cite/names.js';
import { escapeXml } from './xml.js';

/** Item types whose title Chicago's short form sets in quotation marks rather than italics. */
const QUOTED_TYPES = new Set([
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'chapter',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'paper-conference',
  'post',
  'post-weblog',
  'webpage',
  'speech',
  'interview',
  'personal_communication',
]);

/** The short form of the work of each expandable Ibid., by note number. */
export function ibidExpansions(citations: CitationResult): Map<number, ShortForm> {
  const items = new Map(citations.items.map((item) => [item.id, item]));
  const expansions = new Map<number, ShortForm>();
  // The previous note that cites anything, and whether what it cites is certain (an Ibid. that was a guess is not).
  let previous: { note: NoteCitations; certain: boolean } | undefined;
  for (const note of citations.notes) {
    const opensWithIbid = note.citations[0]?.form === 'ibid';
    const certain = !note.unresolved?.length && (!opensWithIbid || expandable(note, previous));
    const expansion = opensWithIbid && certain ? shortForm(items.get(note.citations[0].id)) : undefined;
    if (expansion) expansions.set(note.note, expansion);
    if (note.citations.length || note.unresolved?.length) previous = { note, certain };
  }
  return expansions;
}

/** An Ibid. that opens its note, alone of its kind, and refers to the one certain work of the previous citing note. */
function expandable(note: NoteCitations, previous: { note: NoteCitations; certain: boolean } | undefined): boolean {
  const ibids = note.citations.filter((citation) => citation.form === 'ibid');
  if (ibids.length !== 1 || note.citations[0] !== ibids[0]) return false;
  if (!previous?.certain || previous.note.unresolved?.length) return false;
  const cited = new Set(previous.note.citations.map((citation) => citation.id));
  return cited.size === 1 && cited.has(ibids[0].id);
}

/** A work's short form: `Family`, `Family and Other`, `A, B, and C` or `A et al.`, and the short title. */
export interface ShortForm {
  /** The names, comma and all (`Ortolan, `), as HTML; empty for a work without author or editor. */
  who: string;
  /** The short title as plain text. */
  title: string;
  /** Chicago quotes the titles of articles and chapters (punctuation then goes inside), and italicises the rest. */
  quoted: boolean;
}

/** The short form of a CSL item; undefined when it has no title. */
export function shortForm(item: CslItem | undefined): ShortForm | undefined {
  if (!item) return undefined;
  const names = ((item.author ?? item.editor) as CslName[] | undefined) ?? [];
  const families = names.map(familyName).filter((name): name is string => !!name);
  const title = shortTitle(item);
  if (!title) return undefined;
  const who =
    families.length === 0
      ? ''
      : families.length === 1
        ? families[0]
        : families.length === 2
          ? `${families[0]} and ${families[1]}`
          : families.length === 3
            ? `${families[0]}, ${families[1]}, and ${families[2]}`
            : `${families[0]} et al.`;
  return { who: who ? `${escapeXml(who)}, ` : '', title, quoted: QUOTED_TYPES.has(item.type) };
}

/** The short form as HTML, followed by `punctuation` (inside the quotation marks of a quoted title). */
export function shortFormHtml(form: ShortForm, punctuation: string): string {
  const title = escapeXml(form.title);
  return form.quoted ? `${form.who}“${title}${punctuation}”` : `${form.who}<em>${title}</em>${punctuation}`;
}

function familyName(name: CslName): string | undefined {
  if (name.literal) return name.literal;
  if (!name.family) return undefined;
  return [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
}

function shortTitle(item: CslItem): string | undefined {
  const short = item['title-short'];
  if (typeof short === 'string' && short.trim()) return short.trim();
  const title = typeof item.title === 'string' ? item.title.trim() : '';
  return title || undefined;
}

const ASIDE = /(<aside\b[^>]*\bid="note-(\d+)"[^>]*>)([\s\S]*?)(<\/aside>)/g;
const IBID_WORD = /\bibid\b/gi;
/** `Ibid.` or `<em>Ibid.</em>` (any case), a comma right after it, and the next character after spaces and tags. */
const IBID = /(?:<(em|i)>\s*ibid\b\.?\s*<\/\1>|\bibid\b\.?)(,?)(?=(?:\s|<[^>]*>)*(.?))/i;

/** The rendered book with each expandable Ibid. written as its short form; the input is not changed. */
export function expandIbid(
  rendered: RenderedBook,
  citations: CitationResult,
): { rendered: RenderedBook; expanded: number[] } {
  const expansions = ibidExpansions(citations);
  const expanded: number[] = [];
  const parts = rendered.parts.map((part) => {
    if (!part.notes.some((number) => expansions.has(number))) return part;
    const html = part.html.replace(ASIDE, (whole, open: string, number: string, body: string, close: string) => {
      const expansion = expansions.get(Number(number));
      if (!expansion || textOf(body).match(IBID_WORD)?.length !== 1) return whole;
      // The comma after Ibid. goes with the short form (inside a quoted title's marks).
      const replaced = body.replace(IBID, (_ibid, _emphasis, comma: string, next: string) =>
        shortFormHtml(expansion, comma || joiner(next)),
      );
      if (replaced === body) return whole;
      expanded.push(Number(number));
      return open + replaced + close;
    });
    return html === part.html ? part : { ...part, html };
  });
  return { rendered: { ...rendered, parts }, expanded };
}

/** What joins the short form to what followed Ibid.: a locator needs a comma, the note's end a full stop. */
function joiner(next: string): string {
  if (next === '' || next === '<' || next === '.' || /\p{Lu}/u.test(next)) return next === '.' ? '' : '.';
  if (/[,;:)\]]/.test(next)) return '';
  return ',';
}

function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, ' ');
}
