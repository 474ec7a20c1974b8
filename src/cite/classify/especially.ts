/**
 * A citation, then `especially` (`esp.`, `particularly`, `notably`) and a second work singled out from the
 * first (`Ann Lee, *Shore Studies* 9 (1998), especially Bo Chen, “Tides,” 20`): two works, cut before the
 * word, where what follows opens as a citation (names, then a marked title).
 */
import { looksLikeFull } from './full.js';
import { NOTE_OPENING, SHORT_OPENING } from './openings.js';
import type { Segment } from './segment.js';
import { maskTitles } from './titles.js';

const SINGLED_OUT = /,\s+(?:especially|esp\.|particularly|notably)\s+/g;

export function splitEspecially(segment: Segment): Segment[] {
  if (segment.kind !== 'full' && segment.kind !== 'short') return [segment];
  for (const match of maskTitles(segment.text).matchAll(SINGLED_OUT)) {
    const head = segment.text.slice(0, match.index);
    const tail = segment.text.slice(match.index + match[0].length);
    if (!/[\uE000“"‘']/.test(head) || !(NOTE_OPENING.test(tail) || SHORT_OPENING.test(tail))) continue;
    const tailFrom = segment.from + match.index + match[0].length;
    const tailKind = NOTE_OPENING.test(tail) || looksLikeFull(tail) ? 'full' : 'short';
    return [
      { kind: segment.kind, text: head, from: segment.from, to: segment.from + head.length },
      ...splitEspecially({ kind: tailKind, text: tail, from: tailFrom, to: segment.to }),
    ];
  }
  return [segment];
}
