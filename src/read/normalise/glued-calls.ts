/**
 * Note calls of a PDF converted to text: the superscript number comes out glued to the word or
 * punctuation before it (`ruler.23`, `said,”7`). On a page's body lines, digits glued after a letter
 * or punctuation, not followed by a letter or digit, whose value is the next note to call, become
 * `<sup>N</sup>` calls (the parser gives those their exact place), but only when the note text with that number stands
 * on the same or the next page
 * (see foot-notes.ts): a year or a figure glued to a word is left alone.
 */
import type { TextPage } from './text-pages.js';

const glued = /(?<=[\p{L}\p{P}\u00ad])(\d{1,4})(?![\p{L}\p{N}])/gu;

/** Every number glued to what precedes it in `text`: the calls a page may hold. */
export function gluedNumbers(text: string): Set<number> {
  return new Set([...text.matchAll(glued)].map((match) => Number(match[1])));
}

export function markGluedCalls(pages: TextPage[]): void {
  let next = 1;
  pages.forEach((page, index) => {
    const texts = new Set([...page.notes, ...(pages[index + 1]?.notes ?? [])].map((note) => note.number));
    page.lines = page.lines.map((line) =>
      line.replace(glued, (digits: string) => {
        const number = Number(digits);
        const expected = number === next || (number === 1 && next !== 1 && texts.has(1));
        if (!expected || !texts.has(number)) return digits;
        next = number + 1;
        return `<sup>${number}</sup>`;
      }),
    );
  });
}
