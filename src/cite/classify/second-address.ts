/**
 * A full citation closed by its address, then the author's words leading to a second address (`Ann Lee, “Tides,”
 * *Shore Notes*, May 4, 2012, <https://…>, or the harbour board's own tide tables, <https://…>.`): the words
 * after `or`/`and` are commentary and the second address is a work of its own (address-lead-in.ts finds where
 * it starts), never more of the first.
 */
import { URL_CLOSE, URL_OPEN } from '../note-text.js';
import { addressLeadIn } from './address-lead-in.js';
import type { Segment } from './segment.js';

/** The first address closed, then `, or`/`, and` and a lower-case word of the author's. */
const AFTER_ADDRESS = new RegExp(`${URL_CLOSE}[.,]?\\s*,?\\s+(?:or|and|as\\s+well\\s+as)\\s+(?=\\p{Ll})`, 'u');

export function splitSecondAddress(segment: Segment): Segment[] {
  if (segment.kind !== 'full') return [segment];
  const joint = AFTER_ADDRESS.exec(segment.text);
  if (!joint || !segment.text.slice(joint.index).includes(URL_OPEN)) return [segment];
  const head = segment.text.slice(0, joint.index + 1);
  const restStart = joint.index + joint[0].length;
  const rest = segment.text.slice(restStart);
  const leadIn = addressLeadIn(rest);
  // (The second work's sentence must end the segment: nothing of the first runs on after it.)
  if (!leadIn || rest.slice(leadIn.end).trim()) return [segment];
  const restFrom = segment.from + restStart;
  const prose = rest.slice(0, leadIn.start).trim();
  const work = rest.slice(leadIn.start).trim();
  return [
    { kind: 'full', text: head, from: segment.from, to: segment.from + head.length },
    ...(prose ? [{ kind: 'commentary' as const, text: prose, from: restFrom, to: restFrom + prose.length }] : []),
    { kind: 'full', text: work, from: segment.to - work.length, to: segment.to },
  ];
}
