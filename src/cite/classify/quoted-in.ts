/**
 * `A, quoted in B`: the note cites two works, the quoted one and the source the author read it in, so
 * the note is cut before `quoted in` / `cited in`; `A, citing B` likewise (the source A read B in comes first). When A is only the name of the person quoted (`Ann Lee quoted in
 * Bo Chen, *Rivers*, 9`, with a comma or without), the note cites B alone: the name is the author's words.
 */
import { isPersonName } from '../names.js';
import type { Part } from './segment.js';

/** `Lee, *Songs*, 4, quoted in Chen, *Rivers*, 9`: two works, the second the source of the quotation. */
export function splitQuotedIn(part: { text: string; from: number; to: number }): Part[] {
  const match = /(,)?\s+(?=(?:quoted|cited)\s+in\s|citing\s+\p{Lu})/u.exec(part.text);
  if (!match || match.index === 0) return [part];
  const first = part.text.slice(0, match.index);
  const second = part.text.slice(match.index + match[0].length);
  const rest = { text: second, from: part.to - second.length, to: part.to };
  if (isPersonName(first.trim())) return [rest];
  if (!match[1]) return [part];
  return [{ text: first, from: part.from, to: part.from + first.length }, rest];
}
