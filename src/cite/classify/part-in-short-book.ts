/**
 * A part of a book cited again by its author's family name, the part's own name (its number, perhaps its year) and
 * the book's short title after `in`: `Lee, Letter IV (1770), in *Letters*, 43.` The book was cited in full before
 * (`All citations are to Ann Lee, *Letters to a Harbourmaster* (…)`); this is its short form, the place cited in it.
 * A family name alone says so (Chicago's short form); with a given name or a translator it is a first citation
 * (title-in-container.ts).
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from '../note-text.js';
import { LOCATOR } from '../text.js';

const PART_IN_SHORT_BOOK = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’-]+(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+)?),\s+([^,“"‘${EMPHASIS_OPEN}]{1,80}?)(?:\s*\((?:1[5-9]|20)\d\d\))?,\s+in\s+` +
    String.raw`${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]+)${EMPHASIS_CLOSE},\s*(${LOCATOR})\.?$`,
  'u',
);

export function isPartInShortBook(text: string): boolean {
  // (A quick test first: this runs on every part of every note.)
  return /,\s+in\s+\uE000/.test(text) && PART_IN_SHORT_BOOK.test(text.trim());
}

/** The names, the book's short title and the place cited. */
export function partInShortBook(text: string): { authors: string[]; title: string; locator: string } | undefined {
  const match = isPartInShortBook(text) ? PART_IN_SHORT_BOOK.exec(text.trim()) : null;
  return match ? { authors: match[1].split(/\s+(?:and|&)\s+/), title: match[3], locator: match[4] } : undefined;
}
