/**
 * Note calls of a PDF converted to text: the superscript number comes out glued to the word or
 * punctuation before it (`ruler.23`, `said,”7`). On a page's body lines, digits glued after a letter
 * or punctuation, not followed by a letter or digit, whose value is the next note to call, become
 * `<sup>N</sup>` calls (the parser gives those their exact place), but only when the note text with that number stands
 * on the same or the next page
 * (see foot-notes.ts): a year or a figure glued to a word is left alone. A call the converter lost (up to three in a
 * row) does not stop the next: a higher number is a call when the numbers skipped have note texts and are not glued
 * further on the page; the note texts left uncalled are then reported by `check`.
 */
import type { TextPage } from './text-pages.js';

const glued = /(?<=[\p{L}\p{P}\u00ad])(\d{1,4})(?![\p{L}\p{N}])/gu;

/**
 * Numbers glued to words in the rewritten text's body lines (note lines, `[N] text`, are not looked
 * at) when three of them run on (n, n+1, n+2): in a text where no note text was found, calls whose
 * note texts were not recognised. The first one's offset, for a message: never silently zero.
 */
export function leftoverCalls(markdown: string): { offset: number; shown: string; count: number } | undefined {
  const found: Array<{ offset: number; number: number; shown: string }> = [];
  let offset = 0;
  for (const line of markdown.split('\n')) {
    if (!/^\[\d+\] /.test(line))
      for (const match of line.matchAll(glued))
        found.push({
          offset: offset + match.index,
          number: Number(match[1]),
          shown: line.slice(Math.max(0, match.index - 5), match.index + match[0].length),
        });
    offset += line.length + 1;
  }
  const numbers = new Set(found.map(({ number }) => number));
  if (![...numbers].some((number) => numbers.has(number + 1) && numbers.has(number + 2))) return undefined;
  return { offset: found[0].offset, shown: found[0].shown, count: found.length };
}

/** Every number glued to what precedes it in `text`: the calls a page may hold. */
export function gluedNumbers(text: string): Set<number> {
  return new Set([...text.matchAll(glued)].map((match) => Number(match[1])));
}

/** How many calls in a row a converter may have lost (a superscript dropped) before the next is still found. */
const lostCalls = 3;

export function markGluedCalls(pages: TextPage[]): void {
  let next = 1;
  pages.forEach((page, index) => {
    const texts = new Set([...page.notes, ...(pages[index + 1]?.notes ?? [])].map((note) => note.number));
    const found = page.lines.flatMap((line, at) =>
      [...line.matchAll(glued)].map((match) => ({ line: at, index: match.index, number: Number(match[1]) })),
    );
    const calls = new Set<(typeof found)[number]>();
    found.forEach((candidate, position) => {
      const { number } = candidate;
      const expected = number === next || (number === 1 && next !== 1 && texts.has(1));
      // A call lost before this one: the numbers skipped have their texts but are not glued further on.
      const skipped = number > next && number - next <= lostCalls;
      const lost =
        skipped &&
        Array.from({ length: number - next }, (_, offset) => next + offset).every(
          (missing) =>
            !found.some((other, at) => at > position && other.number === missing) &&
            (texts.has(missing) || pages[index - 1]?.notes.some((note) => note.number === missing)),
        );
      if (!(expected || lost) || !texts.has(number)) return;
      next = number + 1;
      calls.add(candidate);
    });
    page.lines = page.lines.map((line, at) => {
      const here = [...calls].filter((call) => call.line === at).sort((a, b) => b.index - a.index);
      let marked = line;
      for (const call of here) {
        const digits = String(call.number);
        marked = `${marked.slice(0, call.index)}<sup>${digits}</sup>${marked.slice(call.index + digits.length)}`;
      }
      return marked;
    });
  });
}
