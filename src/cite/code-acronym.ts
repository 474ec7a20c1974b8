/**
 * A code of regulations cited by its acronym and a section, as US legal writing cites the Federal Acquisition
 * Regulation (`FAR 2.101`, `FAR 39.103(b)`, `FAR Part 15`, `UCC § 2-207`, `*See* DFARS 252.227-7013`): legislation titled
 * by the acronym as written, the section the place cited. The Bluebook gives a code's citation in full each time, so
 * each is a full citation of the code. An acronym before a plain number (`MS 148`, `CO 323/45`) is a shelfmark, not a
 * code: a code's section has a decimal point, or `§` or `Part` before it.
 */
import type { FullCitation } from './parse-full.js';
import { collapse, plain } from './text.js';

const CODE_ACRONYM =
  /^(?:(?:See|see)(?:\s+also|\s+generally)?,?\s+|Cf\.\s+)?(\p{Lu}{2,6})\s+((?:§§?\s*|(?:Part|Subpart|pt\.)\s+)\d[\w.()-]*?|\d+\.\d+[\w.()-]*?)\.?$/u;

export function parseCodeAcronym(text: string): FullCitation | undefined {
  const match = CODE_ACRONYM.exec(collapse(plain(text)).trim());
  if (!match) return undefined;
  return { item: { type: 'legislation', title: match[1] }, locator: match[2], etAl: false };
}

export const isCodeAcronym = (text: string) => parseCodeAcronym(text) !== undefined;
