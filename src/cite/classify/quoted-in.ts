/**
 * `A, quoted in B`: the note cites two works, the quoted one and the source the author read it in, so
 * the note is cut before `quoted in` / `cited in`.
 */
import type { Part } from './segment.js';

/** `Lee, *Songs*, 4, quoted in Chen, *Rivers*, 9`: two works, the second the source of the quotation. */
export function splitQuotedIn(part: { text: string; from: number; to: number }): Part[] {
  const match = /,\s+(?=(?:quoted|cited)\s+in\s)/.exec(part.text);
  if (!match || match.index === 0) return [part];
  const first = part.text.slice(0, match.index);
  const second = part.text.slice(match.index + match[0].length);
  return [
    { text: first, from: part.from, to: part.from + first.length },
    { text: second, from: part.to - second.length, to: part.to },
  ];
}
