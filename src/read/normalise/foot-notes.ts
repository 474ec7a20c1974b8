/**
 * Note texts at the foot of a PDF's pages, converted to text: a line that opens with the next
 * expected note number (`N text` or `N. text`; 1 again where a book numbers its notes by chapter),
 * called on the same page by that number glued to a word (see glued-calls.ts), opens the page's
 * notes; the lines after it are that note's text, until a line opens with the number after it.
 * The note lines leave the page's lines; `page.notes` holds them, numbered.
 */
import { gluedNumbers } from './glued-calls.js';
import type { TextPage } from './text-pages.js';

export interface FootNote {
  number: number;
  text: string;
}

const opening = /^\s{0,3}(\d{1,4})\.?\s+(?=\S)/;

export function findFootNotes(pages: TextPage[]): void {
  let last = 0;
  for (const page of pages) {
    const start = notesStart(page.lines, last);
    if (start === undefined) continue;
    const notes: FootNote[] = [];
    for (const line of page.lines.slice(start)) {
      if (line.trim() === '') continue;
      const match = opening.exec(line);
      const number = match ? Number(match[1]) : NaN;
      if (match && (number === last + 1 || (number === 1 && notes.length === 0))) {
        notes.push({ number, text: line.slice(match[0].length).trim() });
        last = number;
      } else if (notes.length) {
        const note = notes[notes.length - 1];
        note.text = `${note.text}\n${line.trim()}`;
      }
    }
    page.notes = notes;
    page.lines = page.lines.slice(0, start);
  }
}

/** The line that opens the page's notes: the next number (or 1), called above it on the page. */
function notesStart(lines: string[], last: number): number | undefined {
  for (let index = 1; index < lines.length; index++) {
    const match = opening.exec(lines[index]);
    if (!match) continue;
    const number = Number(match[1]);
    if (number !== last + 1 && number !== 1) continue;
    const called = gluedNumbers(lines.slice(0, index).join('\n'));
    if (called.has(number)) return index;
  }
  return undefined;
}
