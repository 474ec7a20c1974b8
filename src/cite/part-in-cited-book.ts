/**
 * Chicago 14.107: when several parts of one book are cited, a part's first citation may give the book in short
 * form, by its editors' family names and short title: `Chen, “Rivers,” in Lee and Roe, *Tides*, 206.` It reads
 * like a short form, but no work of Chen's was cited before; the book (or another part of it) was, by the names and
 * title after `in`, or by the short title the author announced for it (`Chen, “Rivers,” in *ST*, 206.` after
 * `(hereafter *ST*)`), or by its whole title when another part of it was cited in full (MHRA: `Chen, 'Rivers', in
 * *Harbour Essays*, vol. 1, 185--96`). Such a note is the part's full citation.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-text.js';
import type { WorkShape } from './match.js';
import { namesMatch, opensTitle, sameText } from './match.js';

const PART_IN_CITED_BOOK = new RegExp(
  String.raw`^[^“"‘']{1,80}?,\s*[“"‘'].{2,300}?[”"’'],?\s*in\s+` +
    String.raw`(?:(\p{Lu}[^,${EMPHASIS_OPEN}]{0,120}?),\s*(?:eds?\.,\s*)?)?${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]+)${EMPHASIS_CLOSE}(?:\s*,|\s*\.?$)`,
  'u',
);

/**
 * The written short form names, after `in`, a book some work cited before belongs to (its title or its book's): by
 * the names of that work before its short title, or by the short title announced for it.
 */
export function isPartInCitedBook(text: string, works: Array<WorkShape & { abbreviations?: string[] }>): boolean {
  if (!/\sin\s/.test(text)) return false;
  const match = PART_IN_CITED_BOOK.exec(text.trim());
  if (!match) return false;
  const book = match[2];
  // (With no names, by the short title announced, or by the whole title of a book another part was cited in.)
  if (!match[1])
    return works.some(
      (work) =>
        work.abbreviations?.some((abbreviation) => sameText(abbreviation, book)) ||
        (work.container !== undefined && sameText(book, work.container)) ||
        // (The book itself cited before, its title opening with the words after `in`: `in *Harbour Essays*, ed. by
        // Lee` after `Ann Lee, ed., *Harbour Essays: A Reader* (…)`.)
        (!work.container && opensTitle(book, work.title)),
    );
  const names = match[1].split(/\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+/).filter(Boolean);
  return works.some(
    (work) => namesMatch(names, work) && (opensTitle(book, work.container) || opensTitle(book, work.title)),
  );
}
