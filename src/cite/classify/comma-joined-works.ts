/**
 * Several works in one note parted by commas instead of semicolons, each closed by its date: `Ann Lee, *Tides*
 * (Hull, 2004), Bo Chen, *Rivers* (York, 2001).`, `… *Shore Review* 4 (2004): 3–9, Bo Chen, “Rivers,” …`, or
 * unsigned reports named without italics, `Third Report of the Harbour Board (1836), Reports of the Inspector of
 * Weirs (1870), …`. The full citation is cut after a bracketed date (and the pages after it) where what follows
 * opens as another dated work: names then a marked title, a marked title, or an unmarked title of several words
 * joined by lower-case words, each with a year of its own.
 */
import { plain } from '../text.js';
import { looksLikeFull } from './full.js';
import { NOTE_OPENING } from './openings.js';
import type { Segment } from './segment.js';
import { maskTitles, withoutTitles } from './titles.js';

/** A bracketed date with a year, perhaps its pages after a colon, then the comma that should have been a semicolon. */
const DATED_COMMA = /\([^()]*\b(?:1[5-9]|20)\d\d\b[^()]*\)(?::\s*\d+[rv]?(?:\s*(?:--|[-–—])\s*\d+[rv]?)?)?,\s+/gu;
/** An unsigned title without marks (capitalised, its words joined by lower-case ones), then its bracketed year. */
const UNMARKED_DATED =
  /^\p{Lu}[^,()“"‘\uE000\uE002;]*?\s(?:of|on|the|for|by|in|and)\s[^,()“"‘\uE000\uE002;]*?\s*\([^()]*\b(?:1[5-9]|20)\d\d\b[^()]*\)/u;
const YEAR = /\b(?:1[5-9]|20)\d\d\b/;

/** Whether the text opens another dated work. */
function opensDatedWork(text: string): boolean {
  if (!YEAR.test(plain(withoutTitles(text)))) return false;
  if (NOTE_OPENING.test(text) || /^[\uE000“"‘]/.test(text)) return looksLikeFull(text);
  return UNMARKED_DATED.test(text);
}

export function splitCommaJoined(segment: Segment): Segment[] {
  if (segment.kind !== 'full') return [segment];
  const { text, from } = segment;
  const masked = maskTitles(text);
  const cuts: number[] = [];
  for (const match of masked.matchAll(DATED_COMMA)) {
    const at = match.index + match[0].length;
    const before = text.slice(cuts.at(-1) ?? 0, match.index + match[0].trimEnd().length - 1);
    if (looksLikeFull(before) && opensDatedWork(text.slice(at))) cuts.push(at);
  }
  if (!cuts.length) return [segment];
  const bounds = [0, ...cuts, text.length];
  return bounds.slice(0, -1).map((start, index) => {
    const piece = text.slice(start, bounds[index + 1]).replace(/,\s*$/, '');
    return { kind: 'full' as const, text: piece, from: from + start, to: from + start + piece.length };
  });
}
