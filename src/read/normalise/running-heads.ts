/**
 * Running heads of a PDF converted to text: a short line repeated at the top (or bottom) of many
 * pages, the book's or a chapter's title. A first or last line that stands, word for word, at the
 * same edge of three pages or more is removed (folios are already gone, see folios.ts).
 */
import { edgeLines } from './folios.js';
import type { TextPage } from './text-pages.js';

const longest = 80;

export function removeRunningHeads(pages: TextPage[]): void {
  const counts = new Map<string, number>();
  const key = (edge: 'top' | 'bottom', line: string) => `${edge}:${line.trim().replace(/\s+/g, ' ')}`;
  // Each page's top and bottom lines (a one-line page's line is both).
  const edges = pages.map((page): Array<readonly ['top' | 'bottom', number]> => {
    const [first, last] = edgeLines(page.lines);
    return first === undefined
      ? []
      : [
          ['top', first],
          ['bottom', last ?? first],
        ];
  });
  pages.forEach((page, index) => {
    for (const [edge, line] of edges[index]) {
      const text = page.lines[line];
      if (text.trim().length > longest) continue;
      counts.set(key(edge, text), (counts.get(key(edge, text)) ?? 0) + 1);
    }
  });
  pages.forEach((page, index) => {
    for (const [edge, line] of edges[index])
      if ((counts.get(key(edge, page.lines[line])) ?? 0) >= 3) page.lines[line] = '';
  });
}
