/**
 * A title's first letter typed before its italics open (`Ann Lee, T*ides of the Quay* (Hull, 1990)`): a capital
 * alone, straight after a space and straight before a run of italics that opens in lower case, is the title's
 * first letter, not an initial of the author's name.
 */
import { EMPHASIS_OPEN } from './note-text.js';

/** `T*ides*` → `*Tides*`. */
export function letterIntoItalics(): [RegExp, string] {
  return [new RegExp(`(^|[\\s,;])(\\p{Lu})${EMPHASIS_OPEN}(?=\\p{Ll})`, 'gu'), `$1${EMPHASIS_OPEN}$2`];
}
