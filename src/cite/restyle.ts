/**
 * Restyled notes (`notes.restyle`, `--restyle`): a transform on the book's trees before render, as
 * Pandoc's citeproc is. Every citation Folio is sure of is written again by citeproc (citation-js) in
 * the style of `bibliography.style`, chapter by chapter in note order, so the style decides what is
 * full, short or Ibid.; the author's prose around it and the note numbers stay. In an author-date
 * style a note that holds only citations becomes an in-text citation (in-text.ts). A citation the
 * resolver was unsure of, whose text holds more than the citation, or in a note that is not one
 * plain paragraph, stays as written, and citeproc still sees it go by (its work, or a stand-in when
 * the work was a guess), so an Ibid. never skips over it.
 */
import type { FootnoteDefinition, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { divisions, type Book, type CitationResult } from '../book.js';
import { bibliographyEntries } from './bibliography.js';
import { toResult } from './index.js';
import { isPlainNote, noteText, type NoteText } from './note-text.js';
import { sameTextOf } from './same-text.js';
import { resolveNotes, type MatchQuality, type ResolvedCitation, type ResolvedNote } from './resolve.js';
import { callsOf, moveIntoText, renumber, type Calls } from './restyle/in-text.js';
import { htmlPhrasing } from './restyle/html-phrasing.js';
import { renderRuns, type CiteprocRun } from './restyle/render-runs.js';
import { rewriteNote } from './restyle/rewrite-note.js';
import { citationFormat, inText, type CitationFormat } from './restyle/style-format.js';

export interface RestyleReport {
  style: string;
  format: CitationFormat;
  /** Citations written again by citeproc, and citations left as the author wrote them. */
  restyled: number;
  kept: number;
  /** Notes whose text changed; notes that became in-text citations (author-date styles). */
  notesRestyled: number;
  notesInText: number;
  /** Notes left in the book. */
  notes: number;
}

/** A run of citations in one note (joined by `;`, or a whole note of citations in an author-date style). */
interface Run extends CiteprocRun {
  citations: ResolvedCitation[];
  from: number;
  to: number;
  /** Every citation certain and its text nothing but the citation: citeproc's text may replace it. */
  sure: boolean;
}

interface Planned {
  owner: number;
  definition: FootnoteDefinition;
  resolved: ResolvedNote<number>;
  runs: Run[];
  plain: boolean;
  /** Nothing in the note but citations and punctuation. */
  citationsOnly: boolean;
}

/** Restyles the book's notes in place; `book.citations` follows (forms, numbers, notes that left). */
export function restyleBook(book: Book): RestyleReport {
  const all = divisions(book);
  const definitions: Array<{ definition: FootnoteDefinition; owner: number }> = [];
  const notes: Array<{ note: NoteText; owner: number }> = [];
  const bibliography: Array<{ entry: NoteText; owner: number }> = [];
  all.forEach((division, owner) => {
    visit(division.tree, 'footnoteDefinition', (definition: FootnoteDefinition) => {
      definitions.push({ definition, owner });
      notes.push({ note: noteText(definition), owner });
    });
    for (const entry of bibliographyEntries(division.tree)) bibliography.push({ entry, owner });
  });
  const resolution = resolveNotes(notes, bibliography, sameTextOf(book));
  const { items } = toResult(resolution);
  const { style, locale } = book.config.bibliography;
  const format = citationFormat(style);
  const certain = certainCitations(resolution.notes);
  const planned = resolution.notes.map((resolved, index) =>
    plan(resolved, definitions[index].definition, certain, inText(format)),
  );
  renderRuns(items, planned, { style, locale });

  const report: RestyleReport = { style, format, restyled: 0, kept: 0, notesRestyled: 0, notesInText: 0, notes: 0 };
  const calls = new Map<Root, Calls>();
  const callsIn = (tree: Root) => calls.get(tree) ?? calls.set(tree, callsOf(tree)).get(tree)!;
  const removed = planned.map((note) => {
    const restyled = note.plain ? note.runs.filter((run) => run.sure && run.html !== undefined) : [];
    const count = restyled.reduce((sum, run) => sum + run.citations.length, 0);
    report.restyled += count;
    report.kept += note.resolved.citations.length - count;
    if (!restyled.length) return false;
    noteForms(restyled);
    const tree = all[note.owner].tree;
    if (inText(format) && note.citationsOnly && restyled.length === note.runs.length && note.runs.length === 1) {
      moveIntoText(tree, callsIn(tree), note.definition, htmlPhrasing(restyled[0].html!));
      report.notesInText++;
      return true;
    }
    const runs = note.runs.map((run) => ({ from: run.from, to: run.to, html: run.sure ? run.html : undefined }));
    const paragraph = note.definition.children[0];
    note.definition.children = [
      {
        type: 'paragraph',
        children: rewriteNote(note.resolved.note.text, runs, inText(format)),
        position: paragraph?.position,
      },
    ];
    report.notesRestyled++;
    return false;
  });
  const numbers = report.notesInText
    ? renumber(
        planned.map((note, index) => ({
          calls: callsIn(all[note.owner].tree),
          definition: note.definition,
          number: note.resolved.note.number,
          removed: removed[index],
        })),
      )
    : planned.map((note) => note.resolved.note.number);
  report.notes = numbers.filter((number) => number !== undefined).length;
  if (book.citations) book.citations = followed(book.citations, toResult(resolution), numbers);
  return report;
}

/**
 * The citations whose work is certain: resolved, not a guess among several, and not an Ibid. after a
 * note that held an uncertain one (it would repeat the guess).
 */
function certainCitations(notes: Array<ResolvedNote<number>>): Set<ResolvedCitation> {
  const certain = new Set<ResolvedCitation>();
  let previousUncertain = false;
  for (const note of notes) {
    if (!note.citations.length) continue;
    let uncertain = false;
    for (const citation of note.citations) {
      const sure =
        !!citation.work && !citation.quality.some(isGuess) && !(citation.form === 'ibid' && previousUncertain);
      if (sure) certain.add(citation);
      else uncertain = true;
    }
    previousUncertain = uncertain;
  }
  return certain;
}

const isGuess = (quality: MatchQuality) =>
  quality.kind === 'ambiguous' || quality.kind === 'ibid-ambiguous' || quality.kind === 'unresolved';

/** The note's runs of citations, and whether its text can be rebuilt. */
function plan(
  resolved: ResolvedNote<number>,
  definition: FootnoteDefinition,
  certain: Set<ResolvedCitation>,
  joinWholeNote: boolean,
): Planned {
  const text = resolved.note.text;
  const spans = resolved.citations.map((citation) => ({
    citation,
    from: citation.segment.from,
    to: citation.segment.from + citationLength(citation),
  }));
  const outside = spans.reduce(
    (rest, span, index) => rest + text.slice(index ? spans[index - 1].to : 0, span.from),
    spans.length ? text.slice(spans.at(-1)!.to) : text,
  );
  const citationsOnly = spans.length > 0 && /^[\s.;,]*$/.test(outside);
  const runs: Run[] = [];
  for (const span of spans) {
    const last = runs.at(-1);
    const between = last ? text.slice(last.to, span.from) : '';
    const joins = last && (/^[\s;]*$/.test(between) || (joinWholeNote && citationsOnly));
    const sure = certain.has(span.citation) && textIsCitation(span.citation) && named(span.citation);
    const cite = {
      id: certain.has(span.citation) ? span.citation.work!.id : undefined,
      locator: span.citation.locator,
    };
    if (last && joins) {
      last.citations.push(span.citation);
      last.to = span.to;
      last.sure &&= sure;
      last.cites.push(cite);
    } else runs.push({ citations: [span.citation], cites: [cite], from: span.from, to: span.to, sure });
  }
  return { owner: resolved.owner, definition, resolved, runs, plain: isPlainNote(definition), citationsOnly };
}

/** How much of a citation's segment is the citation: sentences after its locator are the author's prose. */
function citationLength(citation: ResolvedCitation): number {
  const { text } = citation.segment;
  if (!citation.locator) return text.length;
  const index = text.lastIndexOf(citation.locator);
  if (index < 0) return text.length;
  const after = index + citation.locator.length;
  return /^\.\s+\p{Lu}/u.test(text.slice(after)) ? after : text.length;
}

/** A segment that ends with its locator (or has none): nothing of the author's after it would be lost. */
function textIsCitation(citation: ResolvedCitation): boolean {
  if (!citation.locator) return true;
  const { text } = citation.segment;
  const index = text.lastIndexOf(citation.locator);
  if (index < 0) return false;
  const after = text.slice(index + citation.locator.length);
  return /^[\s.,]*$/.test(after) || /^\.\s+\p{Lu}/u.test(after);
}

/** A work with a title or a name: citeproc has something to write (a bare address is best left as given). */
function named(citation: ResolvedCitation): boolean {
  const item = citation.work!.item as Record<string, unknown>;
  return ['title', 'container-title', 'author', 'editor'].some(
    (field) => item[field] !== undefined && item[field] !== '',
  );
}

/** What citeproc wrote decides the form a note's citation now has: an Ibid. or not. */
function noteForms(runs: Run[]): void {
  for (const run of runs) {
    const ibid = /^(?:<[^>]+>)*ibid\b/i.test(run.html!.trim());
    for (const citation of run.citations) {
      if (ibid && run.citations.length === 1) citation.form = 'ibid';
      else if (citation.form === 'ibid') citation.form = 'short';
    }
  }
}

/** The book's citations after the restyle: the forms citeproc chose, the notes that left gone, new numbers. */
function followed(before: CitationResult, after: CitationResult, numbers: Array<number | undefined>): CitationResult {
  const notes = after.notes.flatMap((note, index) =>
    numbers[index] === undefined ? [] : [{ ...note, note: numbers[index] }],
  );
  return { items: before.items, notes };
}
