/**
 * A British statute cited by its regnal year and chapter alone, as a sentence of its own before another
 * work (`12 George II, c. 7. Ann Lee, “Forged Notes,” *Shore Review* 31 (2006): 117–39.`, also `3 & 4
 * Will. IV, c. 12.`): the statute is a citation of its own, cut from what follows it.
 */
import { REGNAL } from './statute-in-sentence.js';
import type { Classify, Segment } from './segment.js';

/** The regnal year (the sovereign's name whole or abbreviated) and the chapter, closed by a full stop, then a capital. */
const REGNAL_CHAPTER = new RegExp(String.raw`^(${REGNAL},?\s*(?:c|cap|ch)\.\s*\d+)\.\s+(?=[\p{Lu}\uE000“"‘])`, 'u');

/** The statute and what follows it, classified, when a full citation opens with one; else the segment. */
export function splitRegnalStatute(segment: Segment, classify: Classify): Segment[] {
  if (segment.kind !== 'full') return [segment];
  const match = REGNAL_CHAPTER.exec(segment.text);
  if (!match) return [segment];
  const rest = segment.text.slice(match[0].length);
  return [
    { kind: 'full', text: match[1], from: segment.from, to: segment.from + match[1].length },
    ...classify({ text: rest, from: segment.to - rest.length, to: segment.to }),
  ];
}
