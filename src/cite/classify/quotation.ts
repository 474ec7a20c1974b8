/**
 * A quotation of the author's sources is commentary, not a work: a note that is one quotation, or a
 * quotation closing its sentence before the citation of its source.
 */
import { NOTE_NAMES } from './openings.js';
import { NAME_CONNECTORS } from './name-connectors.js';

/** A quotation that ends a sentence inside its quotes, then a note's citation (names, then a marked title). */
export const QUOTATION_THEN_CITATION = new RegExp(
  String.raw`^([“"](?:[^”"]|(?<=\p{L})"(?=\p{L}))+[.!?][”"])\s+(?=${NOTE_NAMES}(?:,\s*[\uE000“"‘]|,\s+\p{Lu}))`,
  'u',
);

/**
 * A quotation of the author's sources (`“Northampton was indeed remote, as far from Boston as Hull”`):
 * the whole text in quotes, with at least five lower-case words, more than a title holds.
 */
export function isQuotation(text: string): boolean {
  const quoted = /^[“"]([^”"]+)[”"][.,;]?$/.exec(text.trim());
  if (!quoted) return false;
  const inside = quoted[1].split(/\s+/);
  const lower = inside.filter((word) => /^\p{Ll}/u.test(word) && !NAME_CONNECTORS.has(word.toLowerCase()));
  return inside.length >= 8 && lower.length >= 5 && lower.length * 2 > inside.length;
}
