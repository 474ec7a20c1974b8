/**
 * A work the author's sentence names by its title after a pronoun for its author: `More designs can be found in her
 * book *Folded Tides*.`, `as he argues in his article “Salt”`. The title is a short form of a work the note's pronoun
 * points back to (cited before); it counts only if it names one (`weak`), else the words stay the author's.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from '../note-text.js';
import type { Segment } from './segment.js';

const PRONOUN_WORK = new RegExp(
  String.raw`\b(?:in|see)\s+(?:his|her|their)\s+(?:(?:earlier|later|recent|first|new|own)\s+)?` +
    String.raw`(?:book|monograph|study|article|essay|paper|chapter|dissertation|thesis|memoir)\s*,?\s*` +
    `(${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]{2,120}${EMPHASIS_CLOSE}|“[^”]{2,120}”)`,
  'u',
);

export function splitPronounWork(segment: Segment): Segment[] {
  if (segment.kind !== 'commentary') return [segment];
  const found = PRONOUN_WORK.exec(segment.text);
  if (!found) return [segment];
  const start = found.index + found[0].length - found[1].length;
  const end = start + found[1].length;
  const before = segment.text.slice(0, start).trimEnd();
  const after = segment.text.slice(end).trim();
  return [
    { kind: 'commentary', text: before, from: segment.from, to: segment.from + before.length },
    { kind: 'short', text: found[1], from: segment.from + start, to: segment.from + end, weak: true },
    ...(after ? [{ kind: 'commentary' as const, text: after, from: segment.to - after.length, to: segment.to }] : []),
  ];
}
