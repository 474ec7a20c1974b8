/**
 * Two parts of one book, each with its own pages, then the book they are `both in` (Chicago 14.107's shared
 * container, the pages given part by part): `Ann Lee, “Tides,” 30–47, and Bo Chen, “Rivers,” 48–60, both in *Harbour
 * Essays*, ed. Dara Eze (Hull: Quay Press, 2016).` The second reads as a part in that book once its pages go after
 * the book's facts (its cited place, as for any chapter); the first takes the book from the second (shared-book.ts).
 */
import { LOCATOR, YEAR } from './text.js';

/** A quoted title, its pages, then `both in` (or `all in`) and the book. */
const PAGES_BOTH_IN = new RegExp(String.raw`([”"’'],?)\s*(${LOCATOR}),?\s+(?:both|all)\s+in\s+(.+?)([.\s]*)$`, 'u');

/**
 * A chapter's pages before a plain `in` and its book, the book's imprint closing the citation (`Bo Chen, “Rivers,”
 * 308–24, in *Shore Essays*, ed. Dara Eze (Hull: Quay, 2016)`): a page range, and a book with its year in brackets.
 */
const PAGES_BEFORE_IN = new RegExp(
  String.raw`(?<=[”"’'],?)\s*(\d+\s*(?:--|[-–])\s*\d+),\s+in\s+(.*\((?:[^()]*\s)?${YEAR}\))([.\s]*)$`,
  'u',
);

/**
 * `“Rivers,” 48–60, both in *Essays* (…)` (or `308–24, in *Essays* (Hull: Quay, 2016)`) → `“Rivers,” in *Essays*
 * (…), 48–60`: the pages read after the book's facts, as any chapter's cited place; else the text as written.
 */
export function pagesAfterBook(text: string): string {
  if (PAGES_BOTH_IN.test(text))
    return text.replace(PAGES_BOTH_IN, (_, quote: string, pages: string, book: string, end: string) => {
      return `${quote} in ${book}, ${pages}${end}`;
    });
  const before = PAGES_BEFORE_IN.exec(text);
  return before ? `${text.slice(0, before.index)} in ${before[2]}, ${before[1]}${before[3]}` : text;
}

/** Whether a citation goes on to a book that it and the one before are `both in`. */
export function sharesBookBefore(following: string): boolean {
  return new RegExp(String.raw`[”"’'],?\s*(?:${LOCATOR}),?\s+(?:both|all)\s+in\s`, 'u').test(following);
}

/** The citation before it without its own pages, when they close it: `Ann Lee, “Tides,” 30–47` → `Ann Lee, “Tides,”`. */
export function withoutOwnPages(source: string): string {
  return source.replace(new RegExp(String.raw`(?<=[”"’'],?)\s*(?:${LOCATOR})[,.]?\s*$`, 'u'), '');
}
