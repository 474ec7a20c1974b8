/**
 * One work cited in two editions, its second imprint after the first: `Lee, Salt Roads (Hull: Quay, 1577), (York:
 * Fell, 1578 & 1579)`. Each imprint makes a citation of its own (an edition is a work, dated by its own year), the
 * second read with the names and title written before the first: `Lee, Salt Roads (York: Fell, 1578 & 1579)`.
 * A remark between the two (`…, 1682), printed that year as well as (…)`) is the author's, and cuts nothing.
 */
import { YEAR } from '../text.js';
import type { Segment } from './segment.js';

/** An imprint in brackets with its place and colon: `(Hull: Quay, 1577)`, `(York: Fell, 1578 & 1579)`. */
const IMPRINT = String.raw`\(\p{Lu}[^():]{0,40}:\s*[^()]{0,80}?\b${YEAR}\b[^()]{0,20}\)`;
const TWO_IMPRINTS = new RegExp(String.raw`^([^()]+?\s*)(${IMPRINT})(,\s*)(${IMPRINT}.*)$`, 'u');

export function splitSecondImprint(segment: Segment): Segment[] {
  if (segment.kind !== 'full') return [segment];
  const match = TWO_IMPRINTS.exec(segment.text);
  if (!match) return [segment];
  const [, head, first, comma, second] = match;
  const firstEnd = head.length + first.length;
  const secondStart = firstEnd + comma.length;
  return [
    { ...segment, text: `${head}${first}`, to: segment.from + firstEnd },
    { ...segment, text: `${head.trimEnd()} ${second}`, from: segment.from + secondStart },
  ];
}
