/**
 * `Bo Chen, “Rivers,” 308–24, in *Shore Essays*, ed. Dara Eze (Hull: Quay, 2016)`: a chapter's pages written after
 * its title, before `in` (or `both in`, the book it shares with the chapter cited before it) and the book. Read as
 * if written after the book's facts, `…, in *Shore Essays*, ed. Dara Eze (Hull: Quay, 2016), 308–24`: the chapter's
 * pages are the place cited (the conventions of the labels); a place cited after the facts is left as it is.
 */
const PAGES_BEFORE_BOOK =
  /(?<=[”"’'],?)\s*(\d+\s*(?:--|[-–])\s*\d+),\s+(?:(?:both|all)\s+)?in\s+(.*\((?:[^()]*\s)?(?:1[5-9]|20)\d\d\))([.\s]*)$/u;

export function pagesAfterBook(text: string): string {
  const match = PAGES_BEFORE_BOOK.exec(text);
  if (!match) return text;
  return `${text.slice(0, match.index)} in ${match[2]}, ${match[1]}${match[3]}`;
}
