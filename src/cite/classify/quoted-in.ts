/**
 * `A, quoted in B`: the note cites two works, the quoted one and the source the author read it in, so
 * the note is cut before `quoted in` / `cited in`; `A, citing B` likewise (the source A read B in comes first). When A is only the name of the person quoted (`Ann Lee quoted in
 * Bo Chen, *Rivers*, 9`, with a comma or without, or described: `Ann Lee, a ferry pilot, cited in …`), the note
 * cites B alone: the name is the author's words. A name with its year in brackets (`Ann Lee (1987) cited in Bo Chen,
 * …`) cites a work by the two, comma or not.
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
  // (`Ann Lee, former harbour master, cited in …`: the person and a description of them in lower case.)
  const described = /^(.*?),\s+\p{Ll}[^,]*,?$/u.exec(first.trim());
  if (isPersonName(first.trim()) || (described && isPersonName(described[1]))) return [rest];
  // `Ann Lee (1987) cited in Bo Chen, *Rivers*, 9`: the name and year are the quoted work's author-date citation.
  const dated = /^(.*\S)\s*\((?:1[5-9]|20)\d\d[a-z]?\)$/u.exec(first.trim());
  if (!match[1] && !(dated && isPersonName(dated[1]))) return [part];
  return [{ text: first, from: part.from, to: part.from + first.length }, rest];
}
