/**
 * A part of an edited book cited in full as MHRA and OSCOLA give it: its title, then `in`, the editors with their
 * role in brackets, then the book in italics (`‘Tides’, in Ann Lee & Bo Chen (eds.), *Harbour Lives*, Hull: Fell
 * Press, pp. 1-10`). A short form never names a book's editors, so this is a full citation even when no year
 * stands outside its titles.
 */
import { EMPHASIS_OPEN } from '../note-text.js';

const EDITORS_BEFORE_BOOK = new RegExp(
  String.raw`[,.’'”"]\s+in\s+\p{Lu}[^()${EMPHASIS_OPEN}]{1,160}?\s\((?:[Ee]ds?|Hrsg|dir|coord)\.?\),?\s+${EMPHASIS_OPEN}`,
  'u',
);

/** Whether the text cites a part of a book after its editors and their role (`in A and B (eds), *Book*`). */
export function editorsBeforeBook(text: string): boolean {
  return EDITORS_BEFORE_BOOK.test(text);
}
