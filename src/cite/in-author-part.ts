/**
 * `In Lee, “The Keeper to the Reader,” Harbour Posts (1641).`: a part (a preface, an address to the reader) found
 * `in` its author's book, the names first, then the part's quoted title, then the book's title with or without
 * italics and its facts. Read as `Lee, “The Keeper to the Reader,” in Harbour Posts (1641)`: a chapter by Lee
 * in the book, never an author named `In`.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-text.js';

/** One word of the names: capitalised (initials too), or a particle or `and`. */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*\.?|de|van|von|der|da|du|la|le|and|&)`;
const IN_AUTHOR_PART = new RegExp(
  String.raw`^In\s+(\p{Lu}[\p{L}'’-]*\.?(?:\s+${NAME_WORD}){0,5}),\s+([“"][^”"]+[”"])\s+` +
    String.raw`((?:${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]+${EMPHASIS_CLOSE}|\p{Lu}[^()“"]*?)\s*[,(].*)$`,
  'u',
);

/** The citation read with its `in` before the book; the text unchanged when it is not this form. */
export function inAuthorPart(text: string): string {
  const match = IN_AUTHOR_PART.exec(text);
  return match ? `${match[1]}, ${match[2]} in ${match[3]}` : text;
}
