/**
 * A PDF converted to plain text (`pdftotext`, with or without `-layout`) is a `.txt` file of pages
 * cut by form feeds: running heads and folios at the pages' edges, note texts at their feet as
 * `N text` or `N. text`, calls as digits glued to words (`word.23`), words hyphenated at line ends.
 * Each of those quirks is undone by its own module (folios, running-heads, foot-notes, glued-calls,
 * line-hyphens); this one cuts the pages and writes the result as the export dialect that the
 * export plugins read: each page's body, a form-feed page break, then the page's notes as `[N] text`,
 * calls as `<sup>N</sup>`. Positions in messages then refer to that rewritten text.
 */
import { findFootNotes, type FootNote } from './foot-notes.js';
import { removeFolios } from './folios.js';
import { markGluedCalls } from './glued-calls.js';
import { joinLineHyphens, knownWords } from './line-hyphens.js';
import { removeRunningHeads } from './running-heads.js';
import { headingLevel, headingLike, type TextParagraph } from './text-headings.js';

/** One page: its lines, then (once found) its note texts. */
export interface TextPage {
  lines: string[];
  notes: FootNote[];
}

/** A plain-text file is paged when it has form feeds between pages. */
export function isPagedText(text: string): boolean {
  return (text.match(/\f/g) ?? []).length >= 2;
}

/** The text as the export dialect, and how many note texts were found at the pages' feet. */
export function pagedTextToMarkdown(text: string): { markdown: string; notes: number } {
  const pages: TextPage[] = text
    .replace(/\r\n?/g, '\n')
    .replace(/\f$/, '')
    .split('\f')
    .map((page) => ({ lines: page.split('\n').map((line) => line.replace(/\s+$/, '')), notes: [] }));
  removeFolios(pages);
  removeRunningHeads(pages);
  findFootNotes(pages);
  markGluedCalls(pages);
  const known = knownWords(pages);
  joinLineHyphens(pages, known);
  return { markdown: pages.map(pageMarkdown).join(''), notes: pages.reduce((sum, page) => sum + page.notes.length, 0) };
}

function pageMarkdown(page: TextPage): string {
  const paragraphs: TextParagraph[] = [];
  let current: string[] = [];
  let blank = true;
  let blankBefore = true;
  const width = Math.max(0, ...page.lines.map((line) => line.trim().length));
  const close = (blankAfter: boolean) => {
    if (current.length) paragraphs.push({ lines: current, blankBefore, blankAfter });
    current = [];
  };
  for (const line of page.lines) {
    if (line.trim() === '') {
      close(true);
      blank = true;
      continue;
    }
    // An indented line opens a paragraph (the layout keeps first-line indents).
    if (/^\s{2,}/.test(line) && current.length) close(false);
    // So does a line under a lone heading-like line that follows a blank (see text-headings.ts).
    else if (current.length === 1 && blankBefore && headingLike(current[0], width)) close(false);
    if (current.length === 0) blankBefore = blank;
    blank = false;
    current.push(escapeLine(line.trim()));
  }
  close(true);
  const blocks = paragraphs.map((paragraph, index) => {
    const level = headingLevel(paragraphs, index);
    return level ? `${'#'.repeat(level)} ${paragraph.lines[0]}` : paragraph.lines.join('\n');
  });
  const notes = page.notes.map((note) => `[${note.number}] ${escapeLine(note.text)}`);
  return `${[...blocks, '\f', ...notes].join('\n\n')}\n\n`;
}

/** Plain text read as Markdown: what would be syntax is escaped (calls already `<sup>N</sup>`). */
function escapeLine(line: string): string {
  return line
    .replace(/[\\`*_[\]]|<(?!\/?sup>)/g, '\\$&')
    .replace(/^(#|>|[-+](?=\s)|=+$)/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}
