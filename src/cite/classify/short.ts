/**
 * Whether a run of text is a short form (a later citation naming a work cited before): names then a
 * title and a page, the author alone and a page, a title that lost its italics, a case's `at` page.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from '../note-text.js';
import { LOCATOR, plain } from '../text.js';
import { opensWithNames } from './openings.js';
import { looksLikeProse } from './prose.js';
import { withoutTitles } from './titles.js';

/** A table, figure, map or plate cited by its label and number (`Table 1`, `Fig. 3b`): the place cited in a work. */
export const LABELLED_PLACE = String.raw`(?:[Tt]able|[Ff]ig(?:ure|\.)?|[Mm]ap|[Pp]late|[Cc]hart|[Gg]raph)\s+(?:\d+[a-z]?|[A-Z]\d*)`;

/** A short form closing a sentence: `Lee, *Songs*, 30-53.`, `Lee, “Tides,” 23.`, `Lee, 'Tides', p. 4.`, `Lee, “Tides,” Table 1.` */
export const SHORT_SENTENCE = new RegExp(
  `^[^.]*?(?:${EMPHASIS_CLOSE}|[”"’'])[,.]?\\s*,?\\s*(?:${LOCATOR}|passim|${LABELLED_PLACE})\\.?$`,
  'u',
);

/** The author alone and the page closing a sentence: `Lee and Chen, 12, 19 and 47.` */
export const AUTHOR_PAGE = new RegExp(`^\\p{Lu}[^,.;:()]{0,60},\\s*(?:${LOCATOR})\\.?$`, 'u');

/**
 * A short form whose title lost its italics, closing a sentence: `Lee, Salt Roads, 23.`, `Lee et al., Networks
 * in the Port, 17-21.` (names, then a few capitalised words with their small words, then the page).
 */
export const UNMARKED_SHORT = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’-]+(?:(?:,\s+|,?\s+(?:and|&)\s+)\p{Lu}[\p{L}'’-]+)*(?:\s+et\s+al\.?)?,\s+` +
    String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and|in|on|for|to|a|an)){0,7},\s*(?:${LOCATOR})\.?$`,
  'u',
);

/**
 * A short form names a work: a title in quotes or italics, or a name and a page separated by a
 * comma (`Lee, 23.`, `Lee and Chen, *Songs*, 4`). `Note 1.` or `Chapter 3.` has no comma: prose.
 */
export function looksLikeShortForm(text: string): boolean {
  if (text.includes(EMPHASIS_OPEN) || /[“"‘]/.test(text) || withoutTitles(text) !== text) return true;
  const bare = plain(text).trim();
  if (!/,/.test(bare)) return !/\d/.test(bare) && /^\p{Lu}/u.test(bare) && bare.split(/\s+/).length <= 6;
  return /^(?:\p{Lu}|(?:de|van|von|di|da|du|la|le|der|den|al|el|ibn)\s)/u.test(bare);
}

/**
 * A short form of a work named by its title alone, its page closing the sentence (`Final Report of the
 * Board, 368–78, tit. 10.`): names or a title's capitalised words, no sentence of the author's, a number last.
 */
export function endsWithPage(text: string): boolean {
  return opensWithNames(text) && !looksLikeProse(text) && /\d[a-z]?\.$/.test(plain(text).trim());
}

export const CASE_REPEAT = /^[^,]+,\s*\d+\s+\p{Lu}[\p{L}.\d ]*?\s+at\s+\d+/u;
