/**
 * Marked titles (italics, curly or straight quotes) hold words, dates and full stops that are not the
 * note's own: the other rules read a note with its titles blanked out or masked, using these patterns.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from '../note-text.js';

/**
 * A title in straight single quotes (`'Open Data', 3`): the quote opens at a word's start and closes
 * before what follows a title (punctuation, `in`, italics, a bracket, a number or the end), so
 * apostrophes (`Users' View`, `world's`) stay inside it.
 */
export const STRAIGHT_SINGLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])'(?=\S)(?:[^']|'(?![,.;:)\]]|\s+(?:in\s|\uE000|\(|\d)|\s*$))*'` +
    String.raw`(?=[,.;:)\]]|\s+(?:in\s|\uE000|\(|\d)|\s*$)`,
  'gu',
);

/** Titles in italics, in double or single curly quotes (apostrophes inside), in straight quotes. */
const TITLES = [
  new RegExp(`${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]*${EMPHASIS_CLOSE}`, 'g'),
  /“[^”]*”|"[^"]*"|‘(?:[^’]|’(?=\p{L}))*’/gu,
  STRAIGHT_SINGLE,
];

/** The text with quoted and italic titles blanked out. */
export function withoutTitles(text: string): string {
  // An italic title is first left as an empty pair of marks, so a straight-quoted title before it still closes
  // (`'Tides' *Shore Review*`); the marks are blanked last.
  return TITLES.reduce(
    (rest, pattern, index) => rest.replace(pattern, index === 0 ? EMPHASIS_OPEN + EMPHASIS_CLOSE : ' '),
    text,
  ).replace(new RegExp(EMPHASIS_OPEN + EMPHASIS_CLOSE, 'g'), ' ');
}

/** The text with each quoted or italic title's characters replaced by `x`, so offsets still hold. */
export function maskTitles(text: string): string {
  return TITLES.reduce((rest, pattern) => rest.replace(pattern, (title) => 'x'.repeat(title.length)), text);
}
