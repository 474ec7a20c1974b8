/**
 * Decides a Markdown file's dialect from evidence that holds across the file, never from one match:
 * a word processor's or converter's export has page breaks (`---`, `***`, `___`, `* * *`, a form
 * feed alone on its line, `\newpage`, a page-break `<div>`) each followed by a run of numbered note texts
 * (`<sup>N</sup> text`,
 * `^N^ text`, `N. text`, `[N] text`), whose numbers go on rising from page to page and were called
 * (`<sup>N</sup>`, `^N^`) before their page break. Code (fenced, indented) and HTML comments are
 * not looked at: a chapter that shows an export inside a code fence stays clean.
 */
import type { Dialect } from '../book.js';

export interface DialectEvidence {
  dialect: Dialect;
  /** Page breaks followed by note texts. */
  pages: number;
  /** Note texts at the head of those pages. */
  notes: number;
  /** Of those, how many were called before and came in rising order. */
  matched: number;
  /** The forms seen, for messages: e.g. `***` page breaks, `<sup>N</sup> text` notes. */
  breakForms: string[];
  noteForms: string[];
}

declare module 'vfile' {
  interface DataMap {
    dialectEvidence: DialectEvidence;
  }
}

/** A page break at the margin: a thematic break of any kind, `\newpage`, or a page-break `<div>`. */
const pageBreak = new RegExp(
  String.raw`^ {0,3}(?:([-*_])(?:[ \t]*\1){2,}|\f|\\newpage` +
    String.raw`|<div\b[^>]*\bpage-break-(?:after|before)\b[^>]*>` +
    String.raw`(?:\s*<\/div>)?)[ \t]*$`,
  'i',
);

/** The opening of a note text, with the form's name. */
const noteOpenings: Array<[RegExp, string]> = [
  [/^<sup>\s*(\d+)\s*<\/sup>/i, '<sup>N</sup> text'],
  [/^\^(\d+)\^/, '^N^ text'],
  // Escaped as a converter or `folio normalise` writes it (`\[3]`, `\[3\]`): Markdown reads the same `[3]`.
  [/^\\?\[(\d+)\\?\](?!:)\s/, '[N] text'],
  [/^(\d+)\.\s/, 'N. text'],
];

/** Calls in running text. */
const callForms = /<sup>\s*(\d+)\s*<\/sup>|\^(\d+)\^/gi;

/** Each line of the text with code and HTML comments blanked (so they count as blank lines). */
export function visibleLines(text: string): string[] {
  const lines = text.split(/\r?\n|\r/);
  let fence: string | undefined;
  let comment = false;
  let previousBlank = true;
  let inIndented = false;
  return lines.map((line) => {
    if (fence) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`).test(line)) fence = undefined;
      return '';
    }
    if (comment) {
      if (line.includes('-->')) comment = false;
      return '';
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      fence = open[1];
      return '';
    }
    const blank = line.trim() === '';
    // Indented code opens only after a blank line (a paragraph's continuation may be indented).
    if (!blank && /^(?: {4}|\t)/.test(line) && (previousBlank || inIndented)) {
      inIndented = true;
      return '';
    }
    if (!blank) inIndented = false;
    previousBlank = blank;
    if (/^\s*<!--/.test(line) && !line.includes('-->')) {
      comment = true;
      return '';
    }
    return line.replace(/<!--.*?-->/g, '').replace(/(`+)[^`]*?\1/g, '');
  });
}

export function weighDialect(text: string): DialectEvidence {
  const lines = visibleLines(text);
  const frontMatterEnd = /^---[ \t]*$/.test(lines[0] ?? '')
    ? lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(line))
    : -1;
  const called = new Set<number>();
  const breakForms = new Set<string>();
  const noteForms = new Set<string>();
  let pages = 0;
  let notes = 0;
  let matched = 0;
  let last = 0;
  for (let index = frontMatterEnd + 1; index < lines.length; index++) {
    const line = lines[index];
    const isBreak = pageBreak.exec(line);
    if (!isBreak) {
      for (const match of line.matchAll(callForms)) called.add(Number(match[1] ?? match[2]));
      continue;
    }
    // The note texts at the head of the page: paragraphs opening with a number, allowing one
    // paragraph before or between them (a note's tail from the page before, a URL that spilled out).
    const zone: Array<{ number: number; form: string; matched: boolean }> = [];
    let at = index + 1;
    let strays = 0;
    while (at < lines.length && !pageBreak.test(lines[at]) && !/^ {0,3}#/.test(lines[at])) {
      if (lines[at].trim() === '') {
        at++;
        continue;
      }
      const opening = noteOpenings
        .map(([pattern, form]) => [pattern.exec(lines[at].trimStart()), form] as const)
        .find(([match]) => match);
      if (opening) {
        const number = Number(opening[0]![1]);
        // Called before its page break, or on this page before it (a tail paragraph), and rising.
        zone.push({ number, form: opening[1], matched: called.has(number) && number > last });
        if (called.has(number) && number > last) last = number;
        strays = 0;
      } else if (++strays > 1) {
        break;
      }
      // Skip the rest of the paragraph; a paragraph that is not a note may hold calls.
      for (; at < lines.length && lines[at].trim() !== '' && !pageBreak.test(lines[at]); at++) {
        if (!opening) for (const match of lines[at].matchAll(callForms)) called.add(Number(match[1] ?? match[2]));
      }
    }
    if (zone.length === 0) continue;
    pages++;
    breakForms.add(describeBreak(line));
    for (const { form, matched: isMatched } of zone) {
      notes++;
      noteForms.add(form);
      if (isMatched) matched++;
    }
    // The notes' own lines hold no calls; carry on after them.
    index = at - 1;
  }
  const export_ = matched >= 2 && matched >= 0.8 * notes;
  return {
    dialect: export_ ? 'export' : 'clean',
    pages,
    notes,
    matched,
    breakForms: [...breakForms],
    noteForms: [...noteForms],
  };
}

function describeBreak(line: string): string {
  const trimmed = line.trim();
  if (/^\\newpage$/i.test(trimmed)) return '\\newpage';
  if (line.includes('\f')) return 'form feed';
  if (/^<div/i.test(trimmed)) return 'page-break <div>';
  return trimmed;
}

/** One line saying how a file was read, for messages. */
export function describeDialect(evidence: DialectEvidence | undefined): string {
  if (!evidence || evidence.dialect === 'clean') {
    return evidence && evidence.notes > 0
      ? `read as clean Markdown (${evidence.notes} note-like` +
          ` line${evidence.notes === 1 ? '' : 's'} after page breaks, but not a run of` +
          ` called, rising note numbers)`
      : 'read as clean Markdown (no page breaks followed by numbered note texts)';
  }
  return (
    `read as an export: ${evidence.pages} pages with` +
    ` ${evidence.breakForms.map((form) => `\`${form}\``).join(', ')} breaks, note` +
    ` texts as ${evidence.noteForms.map((form) => `\`${form}\``).join(', ')}`
  );
}
