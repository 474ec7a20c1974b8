/**
 * Chicago 14.242–47 and 14.253: a classical text or a church document is cited by its author's one name (`Thessalos`,
 * `Gregory XIX`), its title and its own divisions (a book, a section, a Stephanus or Bekker number), with no facts
 * of publication: `Thessalos, *Harbours*, book 3, 412c.`, `Gregory XIX, *Mare Nostrum*, §41.` It reads like a short
 * form; when no work cited before fits it, it is the work's first citation.
 */
import { REGNAL_NAME } from './names.js';
import type { ShortCitation } from './parse-short.js';

/** A work's own divisions: `book 3`, `bk. 2`, `lect. 4`, `§41`, `412c`, `1101a`, `2.3.4`. */
const OWN_DIVISION = /(?:^|,\s*)(?:books?|bks?\.|lects?\.|lib\.)\s*[\dIVXLC]|§|\b\d+[a-e]\b|^\d+\.\d+/i;

export function isClassicalCitation(short: ShortCitation | undefined): boolean {
  if (!short?.title || short.unmarked || short.bare || short.authors.length !== 1) return false;
  // (One name, or a regnal name: `Thessalos`, `Gregory XIX`, `Anne Marie II`.)
  const name = short.authors[0];
  return (/^\p{Lu}\p{Ll}+$/u.test(name) || REGNAL_NAME.test(name)) && OWN_DIVISION.test(short.locator ?? '');
}
