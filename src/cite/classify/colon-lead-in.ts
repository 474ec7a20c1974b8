/**
 * The author's sentence that introduces a full citation after a colon (`…, including: Ann Lee, *Salt
 * Roads* (…)`): the note is cut after the colon.
 */
import { looksLikeFull } from './full.js';
import { NOTE_OPENING, UNMARKED_BOOK } from './openings.js';
import { opensWithProse, proseWordCount } from './prose.js';
import { maskTitles } from './titles.js';
import { plain } from '../text.js';

/**
 * The author's sentence that introduces a citation after a colon (`Work on ports flourished in those
 * years, including: Ann Lee, *Salt Roads* (…)`): where the citation starts, when what precedes the colon
 * opens as the author's prose and what follows opens as a note's full citation (names, then a marked title, or
 * then an unmarked title and an imprint with its place).
 */
export function colonLeadIn(text: string): number | undefined {
  // A colon inside a title (`“Tides: A Reply”`) introduces nothing.
  const colon = /:\s+(?=\p{Lu})/u.exec(maskTitles(text));
  if (!colon) return undefined;
  const start = colon.index + colon[0].length;
  const rest = text.slice(start);
  // (A book whose italics were lost opens it as well: `… says nothing of ferries: Bo Chen, Coastal Ledgers (Chicago: 2019).`)
  const opensCitation = (NOTE_OPENING.test(rest) && looksLikeFull(rest)) || UNMARKED_BOOK.test(plain(rest));
  // (The author's words may hold initials, `… Ann Lee's tables, B. Chen on tolls, and D. Eze on fares: …`, that cut
  // no sentence: five lower-case words before the colon make them prose.)
  const before = text.slice(0, colon.index);
  if (!(opensWithProse(before) || proseWordCount(before) >= 5) || !opensCitation) return undefined;
  return start;
}
