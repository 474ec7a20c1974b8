/**
 * An author-date or author-page short form with no title (`Lee 53-57`, `Lee 2001, 52`, `Lee, 2001, 14`)
 * may stand before `and` and the next work in full (`… see Lee 2001, 52 and Bo Chen, “Tides,” …`): it
 * ends at its page as a titled short form does, so `and` joins two works, not two authors. Only a
 * name of one to three capitalised words, an optional year and a page qualify, so a sentence or a
 * title never reads as one.
 */
import { LOCATOR } from '../text.js';

const NAME_PAGE = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?:,?\s+(?:1[5-9]|20)\d\d[a-z]?)?,?\s+(?:${LOCATOR})$`,
  'u',
);

/** `Lee 53-57`, `Lee 2001, 52`, `Lee, 2001, 14–16`: a name, perhaps a year, then a page, and nothing else. */
export function isNamePageShort(text: string): boolean {
  return NAME_PAGE.test(text.trim()) && /\d/.test(text);
}
