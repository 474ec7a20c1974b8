/**
 * Chicago 14.242–47 and 14.253: a classical text or a church document is cited by its author's one name (`Thessalos`,
 * `Gregory XIX`), its title and its own divisions (a book, a section, a Stephanus or Bekker number), with no facts
 * of publication: `Thessalos, *Harbours*, book 3, 412c.`, `Gregory XIX, *Mare Nostrum*, §41.`, `Thessalos, *Harbours*
 * 3.192–96`, and by its title or the author's name alone before divisions parted by full stops (`*Harbours* 3.192–96`,
 * `Thessalos 12.552c–d`). It reads like a short form; when no work cited before fits it, it is the work's first citation.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-markers.js';
import { REGNAL_NAME } from './names.js';
import type { FullCitation, WorkFields } from './parse-full.js';
import type { ShortCitation } from './parse-short.js';

/** A work's own divisions: `book 3`, `bk. 2`, `lect. 4`, `§41`, `412c`, `1101a`, `2.3.4`. */
const OWN_DIVISION = /(?:^|,\s*)(?:books?|bks?\.|lects?\.|lib\.)\s*[\dIVXLC]|§|\b\d+[a-e]\b|^\d+\.\d+/i;

/** A classical work's divisions parted by full stops (`3.192–96`, `12.552c–d`, `14.1.2`), as a pattern's source. */
export const DIVISIONS = String.raw`\d+(?:\.\d+)+[a-e]?(?:\s*[-–]\s*(?:\d+(?:\.\d+)*[a-e]?|[a-e]))?`;
const DOTTED_DIVISIONS = new RegExp(`^${DIVISIONS}$`);

export function isClassicalCitation(short: ShortCitation | undefined): boolean {
  if (!short) return false;
  // `*Iliad* 3.192–96` (the title alone), `Strabo 14.1.2` (the author's one name alone): the divisions tell them.
  if (DOTTED_DIVISIONS.test(short.locator ?? '') && !short.unmarked) {
    if (short.title && !short.authors.length) return true;
    if (!short.title && short.bare && /^\p{Lu}\p{Ll}+$/u.test(short.bare)) return true;
  }
  if (!short.title || short.unmarked || short.bare || short.authors.length !== 1) return false;
  // (One name, or a regnal name: `Thessalos`, `Gregory XIX`, `Anne Marie II`.)
  const name = short.authors[0];
  return (/^\p{Lu}\p{Ll}+$/u.test(name) || REGNAL_NAME.test(name)) && OWN_DIVISION.test(short.locator ?? '');
}

/** `Thessalos, *Harbours* 3.192–96.`, `*Harbours* 3.192–96.`, `Thessalos 12.552c–d.`: the name, the title, the divisions. */
const CLASSICAL_FULL = new RegExp(
  String.raw`^(?:(\p{Lu}\p{Ll}+),?\s+)?(?:${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]+)${EMPHASIS_CLOSE}\s+)?` +
    String.raw`(${DIVISIONS})[\s.]*$`,
  'u',
);

/** A classical work's citation by its divisions parted by full stops, read as its first citation (a book, no imprint). */
export function parseClassicalWork(text: string): FullCitation | undefined {
  const match = CLASSICAL_FULL.exec(text.trim());
  if (!match || !(match[1] || match[2])) return undefined;
  const item: WorkFields = { type: 'book' };
  if (match[1]) item.author = [{ family: match[1] }];
  if (match[2]) item.title = match[2].trim();
  return { item, locator: match[3], etAl: false };
}
