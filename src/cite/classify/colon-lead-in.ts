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
 * A quoted title and its comma, as an unsigned work opens a note's citation: `“The Artist,” in *Harbours*`, `“Fine
 * Art,” Quay Galleries, Hull, 4 May 2010, lot 12, https://…`.
 */
const UNSIGNED_OPENING = /^[“"‘][^”"’]{1,200}(?:,[”"’]|[”"’],)\s/u;

/**
 * The author's sentence that introduces a citation after a colon (`Work on ports flourished in those
 * years, including: Ann Lee, *Salt Roads* (…)`): where the citation starts, when what precedes the colon
 * opens as the author's prose and what follows opens as a note's full citation (names, then a marked title, or
 * then an unmarked title and an imprint with its place).
 */
export function colonLeadIn(text: string): number | undefined {
  // A colon inside a title (`“Tides: A Reply”`) introduces nothing.
  // (A title may open the citation: `… by the artist himself: “The Artist,” in *Harbours* (…)`, an unsigned work.)
  const colon = /:\s+(?=\p{Lu}|x)/u.exec(maskTitles(text));
  if (!colon) return undefined;
  const start = colon.index + colon[0].length;
  const rest = text.slice(start);
  // (A book whose italics were lost opens it as well: `… says nothing of ferries: Bo Chen, Coastal Ledgers (Chicago: 2019).`)
  // (The author's words may hold initials, `… Ann Lee's tables, B. Chen on tolls, and D. Eze on fares: …`, that cut
  // no sentence: five lower-case words before the colon make them prose.)
  const before = text.slice(0, colon.index);
  // (An unsigned work is led in so only by words that are no citation themselves: `“Fine Art,” Quay Galleries, 4 May
  // 2010, lot 12. A second was sold: “Fine Prints,” …` is two works, cut at their sentence.)
  const unsigned = UNSIGNED_OPENING.test(rest) && !looksLikeFull(before);
  const opensCitation =
    ((NOTE_OPENING.test(rest) || unsigned) && looksLikeFull(rest)) || UNMARKED_BOOK.test(plain(rest));
  if (!(opensWithProse(before) || proseWordCount(before) >= 5) || !opensCitation) return undefined;
  return start;
}
