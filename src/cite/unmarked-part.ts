/**
 * A part's title whose quotes were lost, between the names and `in` before its book in italics: `Ann Lee, Tides of
 * the Inner Sound, in Bo Chen, ed., *Harbour Lives* (Hull, 2004), 5–30` or `Ann Lee, Tides of the Inner Sound, in
 * *Harbour Lives*, ed. Bo Chen (…)`. The words after the names' comma, up to the comma before `in`, are the part's
 * title: they are put in quotes, so the rest of the grammar reads a chapter as if the manuscript had them. The
 * names are persons' in note order (`Ann Lee and Bo Chen`); the book's editors, when named first, too. A
 * descriptive title in lower case is read alike (`Ann Lee, entry for 4 May 1790, in Bo Chen, ed., *Diary of Ann
 * Lee* (…)`).
 */
import { EMPHASIS_OPEN } from './note-text.js';
import { isPersonList } from './names.js';

/** A descriptive title in lower case: `entry for 4 May 1790`, `diary entry`, `speech of …`. */
const DESCRIBED = String.raw`(?:entry|diary|letter|journal|speech|sermon|minutes|memorandum|notes?)\b`;

const PART = new RegExp(
  String.raw`^([^,“"‘${EMPHASIS_OPEN}]+?),\s+((?:\p{Lu}|${DESCRIBED})[^“"‘${EMPHASIS_OPEN}]+?),\s+(in\s+(?:([^,“"‘${EMPHASIS_OPEN}]+?),?\s+eds?\.,?\s+)?${EMPHASIS_OPEN}.*)$`,
  'u',
);

export function markUnmarkedPartTitle(text: string): string {
  const match = PART.exec(text);
  if (!match || !isPersonList(match[1]) || match[2].split(/\s+/).length < 3 || isPersonList(match[2])) return text;
  // The editors, named before the book, are persons too (`in Bo Chen, ed.,`); `in` is no part of the title.
  if (match[4] !== undefined && !isPersonList(match[4])) return text;
  return `${match[1]}, “${match[2]},” ${match[3]}`;
}
