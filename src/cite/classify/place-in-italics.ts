/**
 * An export may close a book's italics after the imprint's place instead of after the title: `Ann Lee, *Salt
 * Roads: A History, Hull:* Quay Press, 2004.` A run of italics ending in `, Place:`, followed by a publisher and a
 * year, is the title and then the place: the italics are closed before the comma (`*Salt Roads: A History*, Hull:
 * Quay Press, 2004`, the imprint outside brackets), keeping the text's length.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from '../note-text.js';
import { YEAR } from '../text.js';

/** `, Hull:⟩` or `, Boca Raton: ⟩` before `Quay Press, 2004`: a place of one to three capitalised words. */
const PLACE_IN_ITALICS = new RegExp(
  String.raw`(?<=${EMPHASIS_OPEN}[^${EMPHASIS_OPEN}${EMPHASIS_CLOSE}]*[\p{L}\p{N}?!)’”'"])` +
    String.raw`(,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}:\s*)${EMPHASIS_CLOSE}` +
    String.raw`(?=\s*\p{Lu}[^,;:()${EMPHASIS_OPEN}${EMPHASIS_CLOSE}]{1,60},\s*${YEAR}\b)`,
  'gu',
);

/** `⟨Salt Roads, Hull:⟩ Quay Press, 2004` → `⟨Salt Roads⟩, Hull: Quay Press, 2004`. */
export function placeOutOfItalics(text: string): string {
  // (Only italics closed straight after a colon can hold a place: most notes have none, and skip the search.)
  if (!/:\s*\uE001/.test(text)) return text;
  return text.replace(PLACE_IN_ITALICS, (_, place: string) => `${EMPHASIS_CLOSE}${place}`);
}
