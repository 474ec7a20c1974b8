/**
 * Two works joined by `and` instead of `;` (`Lee, *Songs*, 66 and Chen, *Rivers*, 43`): the note is cut
 * at the `and` after a page or a title when what follows opens as a citation (or an archival item).
 */
import { LOCATOR, plain } from '../text.js';
import { opensWithArchivalItem } from './archival.js';
import { looksLikeFull } from './full.js';
import { NOTE_OPENING, SHORT_OPENING } from './openings.js';
import type { Segment, SegmentKind } from './segment.js';
import { isNamePageShort } from './name-page-short.js';
import { maskTitles } from './titles.js';

/**
 * Where a citation may end before `and` opens the next: a page, a title's closing mark and its comma, or
 * the short title it is to be cited by (`(hereafter *Songs*)`).
 */
const CITATION_END = new RegExp(
  String.raw`(?:(?:^|[\s,])(?:${LOCATOR})(?:\s*\(\d+\))?|[\uE001”"’'],?|\(hereafter\s[^()]*\))$`,
  'u',
);

/** A work's bracketed publication facts, with a year, closing what stands before `and`. */
const FACTS_END = /\((?:[^()]*[:,]\s*)?[^()]*\b(?:1[5-9]|20)\d\d\)$/u;

/**
 * A short form giving its edition's year, its title unmarked, closed by its page (`Lee, Salt Roads (1850), 84`):
 * two of them may be joined by `and` or `&` (`Lee, Salt Roads (1850), 84 & Lee, Salt Roads (1862), 90`).
 */
const DATED_SHORT = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’-]+(?:(?:,\s+|,?\s+(?:and|&)\s+)\p{Lu}[\p{L}'’-]+)*,\s+\p{Lu}[^()]{0,80}` +
    String.raw`\(\s*(?:[^()\d]+,\s*)?(?:1[5-9]|20)\d\d\s*\),\s*(?:${LOCATOR})\.?$`,
  'u',
);

/**
 * Two works joined by `and` (or `&`) instead of `;`: `Lee, *Songs*, 66-7 and Chen and Eze, *Rivers*, 43` or
 * `Ann Lee, “Tides,” and Bo Chen, “Rivers,” *Shore Studies* 5 (1996)`. Split where what comes before
 * ends with a page or a title and what follows opens as a citation (names, then a marked title).
 */
export function splitJoined(segment: Segment): Segment[] {
  if (segment.kind !== 'full' && segment.kind !== 'short') return [segment];
  const masked = maskTitles(segment.text);
  for (const match of masked.matchAll(/,?\s+(?:and|&)\s+/g)) {
    const head = segment.text.slice(0, match.index);
    const tail = segment.text.slice(match.index + match[0].length);
    // (`Ann Lee, “Tides, Part 1,” *Shore Review* 4 (1990): 1–9, and “Part 2,” *Shore Review* 5 (1991)`: a second work
    // of the same authors, its title first.)
    const titleFirst = /^[\uE000“"‘]/.test(tail) && looksLikeFull(tail) && looksLikeFull(head);
    const opens = NOTE_OPENING.test(tail) || SHORT_OPENING.test(tail) || opensWithArchivalItem(tail) || titleFirst;
    // `Ann Lee, Salt Roads (Hull: 1998) and Bo Chen, Tides (York: 2001)`: titles unmarked, each work closed by its facts.
    const facts =
      (FACTS_END.test(head) && looksLikeFull(tail) && looksLikeFull(head)) ||
      (DATED_SHORT.test(plain(head).trim()) && DATED_SHORT.test(plain(tail).trim()));
    if (!facts && (!CITATION_END.test(plain(head).trim()) || !opens)) continue;
    // (A titleless short form, `Lee 2001, 52`, ends at its page before a work in full.)
    const namePage = isNamePageShort(plain(head)) && NOTE_OPENING.test(tail) && looksLikeFull(tail);
    if (!facts && !namePage && !/[\uE000“"‘']/.test(head)) continue;
    const tailFrom = segment.from + match.index + match[0].length;
    const kindOf = (text: string): SegmentKind =>
      looksLikeFull(text) || (segment.kind === 'full' && NOTE_OPENING.test(text)) ? 'full' : 'short';
    return [
      { kind: kindOf(head), text: head, from: segment.from, to: segment.from + head.length },
      ...splitJoined({ kind: kindOf(tail), text: tail, from: tailFrom, to: segment.to }),
    ];
  }
  return [segment];
}
