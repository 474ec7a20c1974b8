/**
 * A letter cited among the author's sentences (Chicago 14.111–14.114): `Ann Lee to Bo Chen, 12 May 1850, Lee
 * Papers. Shore County Library, Special Collections. The reply is lost.` The letter's sentence is a citation
 * by itself, and it runs on over a sentence that only names the repository holding the papers (a library, an
 * archive: letter.ts reads it as the container); the author's sentences after it are commentary.
 */
import { isRepository } from '../archive.js';
import { hasProse } from '../lead-prose.js';
import { letterOpening } from '../letter.js';
import { plain } from '../text.js';

/**
 * Where the letter that opens the text ends (an offset from `ends`, the sentence ends, or the text's length):
 * after its own sentence and a following sentence naming only its repository; undefined when no letter opens it.
 */
export function letterEnd(text: string, ends: number[]): number | undefined {
  // (Compared on the text as written, markup and all: the letter's opening has none.)
  const opening = letterOpening(text);
  if (opening === undefined) return undefined;
  // No sentence ends inside the writer's or the addressee's name (`William A. Lee to …`).
  const bounds = [...ends.filter((end) => end > opening && end < text.length), text.length];
  let end = bounds[0];
  const next = bounds[1];
  if (next !== undefined) {
    const sentence = plain(text.slice(end, next)).trim();
    if (isRepository(sentence) && !hasProse(sentence) && letterOpening(sentence) === undefined) end = next;
  }
  return end;
}
