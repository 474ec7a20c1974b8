/**
 * A treaty or convention cited by its title, however the note marks it and whoever it names before it
 * (`Harbour Authority, ‘Coastal Waters Convention’, 2015, https://…/cwc.pdf`, `*Treaty of Marrowby*, 1990`,
 * `‘Protocol on Tidal Waters’`): the title is a name of capitalised words that ends with the agreement's word
 * (`Coastal Waters Convention`) or opens with it, then what it is of, on or for (`Charter of Harbour Rights`).
 * A title with a subtitle (`The Convention: A History`) or a sentence's lower-case words is a work about one.
 */
import { AGREEMENT_WORDS } from './treaties.js';

const WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const LINK = '(?:of|on|for|to|against|between|and|the|in)';

/** `Coastal Waters Convention`: up to six capitalised words, then the agreement's word last. */
const NAME_LAST = new RegExp(String.raw`^(?:The\s+)?(?:${WORD}\s+){1,6}(?:${AGREEMENT_WORDS})$`, 'u');
/** `Treaty of Marrowby`, `International Covenant on Harbour and Tidal Rights`: the word, then what it is of. */
const NAME_FIRST = new RegExp(
  String.raw`^(?:The\s+)?(?:${WORD}\s+){0,6}(?:${AGREEMENT_WORDS})\s+(?:of|on|for|to|against|between|relating\s+to)\s+` +
    String.raw`(?:the\s+)?${WORD}(?:\s+(?:${LINK}|${WORD}|\d{4}))*$`,
  'u',
);

/** Whether a title names a treaty or a convention. */
export function isTreatyTitle(title: string): boolean {
  const trimmed = title.trim().replace(/[.,]+$/, '');
  return NAME_LAST.test(trimmed) || NAME_FIRST.test(trimmed);
}
