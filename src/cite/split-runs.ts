/**
 * Runs of italics a note set side by side that are not one title: `*Tides in* *Harbour Lives*` (the `in` typed
 * inside the first run) names a part and the book that holds it, and a run holding a year alone (`*Harbour
 * Lives* *2001*`) is the book's date, not a word of its title. Other runs side by side (`*The* *Daily Lamp*`)
 * stay one title.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-text.js';

/** `*Tides in* *Harbour Lives*` → `*Tides*, in *Harbour Lives*`. */
export function partBeforeBook(): [RegExp, string] {
  return [new RegExp(`\\s+in\\s*${EMPHASIS_CLOSE}\\s*${EMPHASIS_OPEN}`, 'g'), `${EMPHASIS_CLOSE}, in ${EMPHASIS_OPEN}`];
}

/** `*Harbour Lives* *2001*` → `*Harbour Lives* 2001`. */
export function yearAloneInItalics(): [RegExp, string] {
  return [
    new RegExp(`${EMPHASIS_CLOSE}(\\s*)${EMPHASIS_OPEN}\\s*((?:1[5-9]|20)\\d\\d)\\s*${EMPHASIS_CLOSE}`, 'g'),
    `${EMPHASIS_CLOSE}$1$2`,
  ];
}
