/**
 * An archival item cited by its shelfmark and the place in it (`MS 412, fol. 9v`, `MSS Add. 7, fols 3r–4v`;
 * Chicago 14.232): a citation by itself, whether its sentence opens with the repository (`Quay Library MS
 * 412, fol. 9v.`, `QL MS 412, fol. 9v.`) or with a description of the document (`Lee’s letter to Chen,
 * Quay Library (hereafter QL) MS 412, fol. 9v.`), and whatever joins it to the work before (`…, and QL MS
 * 412, fol. 9v.`); or the repository named first, then the register and its folio (`Quay County Archive, Register
 * of the Harbour Court, fl. 53.`). The shelfmark and place patterns are archive.ts's, which reads the item's fields.
 */
import { ARCHIVAL_PLACE, SHELFMARK, parseRegisterItem, parseRepositoryItem } from '../archive.js';
import { parseNamedManuscript } from '../named-manuscript.js';
import { plain } from '../text.js';
import { looksLikeProse, opensWithProse } from './prose.js';

/** A shelfmark and its place closing the text: `… MS 412, fol. 9v.` */
const ITEM_LAST = new RegExp(String.raw`(?<!\p{L})${SHELFMARK},\s*${ARCHIVAL_PLACE}[.\s]*$`, 'u');
/** A repository's name or initials, then a shelfmark and its place: `QL MS 412, fol. 9v`. */
const ITEM_OPENING = new RegExp(
  String.raw`^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,5}\s+${SHELFMARK},\s*${ARCHIVAL_PLACE}`,
  'u',
);

/**
 * A sentence that is an archival item: no prose, its shelfmark and place last; or the repository named first,
 * then the register or document and its place (`Quay County Archive, Register of the Harbour Court, fol. 28r.`).
 */
export function isArchivalSentence(text: string): boolean {
  return (
    (ITEM_LAST.test(plain(text)) && !looksLikeProse(text) && !opensWithProse(text)) ||
    isRepositoryItem(text) ||
    parseNamedManuscript(text) !== undefined
  );
}

/** The repository named first, then its register or document and the place in it (archive.ts reads it). */
export function isRepositoryItem(text: string): boolean {
  return parseRegisterItem(text) !== undefined || parseRepositoryItem(plain(text)) !== undefined;
}

/** The text opens with a repository and an archival item's shelfmark and place. */
export function opensWithArchivalItem(text: string): boolean {
  return ITEM_OPENING.test(plain(text));
}
