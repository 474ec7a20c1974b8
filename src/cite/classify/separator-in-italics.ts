/**
 * A word processor's export may set the `;` that separates two works inside the italics of the first one's
 * title: `Ann Lee, *Salt Roads;* Bo Chen, *Rivers*.` The mark ends the italic title and cuts the note all the
 * same, so it is moved outside the italics (`*Salt Roads*;`), keeping the text's length.
 */
import { EMPHASIS_CLOSE } from '../note-text.js';

const CLOSING_SEPARATOR = new RegExp(`;(\\s*)${EMPHASIS_CLOSE}`, 'g');

/** `⟨Salt Roads;⟩ Bo` → `⟨Salt Roads⟩; Bo` (the markers as note-text.ts writes them). */
export function separatorOutOfItalics(text: string): string {
  return text.replace(CLOSING_SEPARATOR, `${EMPHASIS_CLOSE};$1`);
}
