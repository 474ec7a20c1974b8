/**
 * A periodical's name abbreviated word by word (`*J. Shore & Harbour L.* 6 (2010)`, `*Shore L. Rev.*`): the full
 * stop after its last word is that abbreviation's, not the sentence's, and stays with the name. A name whose other
 * words are whole (`*Shore Review.*`) ends with a stray full stop, dropped as before.
 */
import { escapeRegExp, plain } from './text.js';

/** A word abbreviated with a full stop inside the name: `J.`, `Rev.`, `Chi.` (a capital and up to four letters). */
const INNER_ABBREVIATION = /(?:^|\s)\p{Lu}\p{Ll}{0,4}\.\s/u;
/** The name's last word, a capital and up to four letters. */
const SHORT_LAST_WORD = /(?:^|\s)\p{Lu}\p{Ll}{0,4}$/u;

/** The container's name as read, with its last abbreviation's full stop back when the citation wrote one. */
export function abbreviatedName(container: string, source: string): string {
  if (!INNER_ABBREVIATION.test(container) || !SHORT_LAST_WORD.test(container)) return container;
  return new RegExp(`${escapeRegExp(container)}\\.`).test(plain(source)) ? `${container}.` : container;
}
