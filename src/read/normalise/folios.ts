/**
 * Folios of a PDF converted to text: a page number (arabic or roman) alone at the top or bottom of
 * a page, or at either end of its first or last line (set apart from a running head by spaces).
 * A number counts as a folio only when it rises with the pages: a page nearby has a folio candidate
 * at the same distance from its page index. The folio is removed from the line.
 */
import type { TextPage } from './text-pages.js';

interface Candidate {
  page: number;
  line: number;
  offset: number;
  rest: string;
}

const atStart = /^\s*([0-9]{1,4}|[ivxlcdm]{1,7})(?:\s{2,}(.*))?$/i;
const atEnd = /^(?:(.*?)\s{2,})?([0-9]{1,4}|[ivxlcdm]{1,7})\s*$/i;

export function removeFolios(pages: TextPage[]): void {
  const candidates: Candidate[] = [];
  pages.forEach((page, index) => {
    for (const line of edgeLines(page.lines)) {
      const text = page.lines[line];
      const start = atStart.exec(text);
      if (start) candidates.push({ page: index, line, offset: value(start[1]) - index, rest: start[2] ?? '' });
      const end = atEnd.exec(text);
      if (end && end[1] !== undefined)
        candidates.push({ page: index, line, offset: value(end[2]) - index, rest: end[1] });
    }
  });
  const done = new Set<string>();
  for (const candidate of candidates) {
    const key = `${candidate.page}:${candidate.line}`;
    if (done.has(key) || Number.isNaN(candidate.offset)) continue;
    const rises = candidates.some(
      (other) =>
        other.page !== candidate.page &&
        Math.abs(other.page - candidate.page) <= 3 &&
        other.offset === candidate.offset,
    );
    if (!rises) continue;
    done.add(key);
    pages[candidate.page].lines[candidate.line] = candidate.rest.trim() === '' ? '' : `  ${candidate.rest.trim()}`;
  }
}

/** Indices of a page's first and last non-blank lines. */
export function edgeLines(lines: string[]): number[] {
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first === -1) return [];
  let last = lines.length - 1;
  while (lines[last].trim() === '') last--;
  return first === last ? [first] : [first, last];
}

function value(folio: string): number {
  if (/^\d+$/.test(folio)) return Number(folio);
  const digits: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  const letters = folio.toLowerCase();
  for (let index = 0; index < letters.length; index++) {
    const current = digits[letters[index]];
    const next = digits[letters[index + 1]] ?? 0;
    total += current < next ? -current : current;
  }
  // Roman folios live apart from arabic ones: an offset no arabic folio can share.
  return total - 100000;
}
