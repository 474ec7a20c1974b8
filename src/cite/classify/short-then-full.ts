/**
 * A short form closed by a full stop, then a full citation of another work (`Lee and Moss, eds., Tide Networks. Cy
 * Ma, The Harbour Book (York: 2014).`, `Lee, *Tide Networks*. Cy Ma, *The Harbour Book* (York: Quay Press, 2014).`):
 * family names (perhaps the editors' mark), then a title with no facts of its own, then names in note order opening
 * a full citation. Each is a citation of its own.
 */
import { plain } from '../text.js';
import { looksLikeFull } from './full.js';
import { NOTE_OPENING, UNMARKED_BOOK } from './openings.js';
import type { Classify, Segment } from './segment.js';

/** Family names, the editors' mark perhaps, and a title (in italics, in quotes or unmarked), then its full stop. */
const SHORT_THEN = new RegExp(
  String.raw`^((?:(?:de|van|von)\s+)?\p{Lu}[\p{L}'’-]+(?:(?:,\s+|,?\s+(?:and|&)\s+)\p{Lu}[\p{L}'’-]+){0,3}(?:\s+et\s+al\.)?,` +
    String.raw`(?:\s*(?:eds?\.s?|comps?\.),)?\s+(?:\uE000[^\uE001]{2,120}\uE001|“[^”]{2,120}”|"[^"]{2,120}"|\p{Lu}[^.()\d;:,“"\uE000]{1,80}?))` +
    String.raw`\.\s+(?=\p{Lu})`,
  'u',
);

/** The short form and what follows it, classified, when a full citation opens after it; else the segment. */
export function splitShortThenFull(segment: Segment, classify: Classify): Segment[] {
  if (segment.kind !== 'full') return [segment];
  const short = SHORT_THEN.exec(segment.text);
  if (!short) return [segment];
  const rest = segment.text.slice(short[0].length);
  if (!((NOTE_OPENING.test(rest) && looksLikeFull(rest)) || UNMARKED_BOOK.test(plain(rest)))) return [segment];
  return [
    { kind: 'short', text: short[1], from: segment.from, to: segment.from + short[1].length },
    ...classify({ text: rest, from: segment.to - rest.length, to: segment.to }),
  ];
}
