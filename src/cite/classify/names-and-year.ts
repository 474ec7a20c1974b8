/**
 * A work cited by its author's names and year alone, author-date's way, in a note whose other citations are
 * notes' forms: `Ann Lee (1987)`, `S. van Vliet (1999), 12`, `Lee and Chen (2004: 95)`, `Lee: 2004`, `Lee 2004, 12`,
 * a body's `Harbour Board (2004), 6`.
 * No title, no facts of publication: it is a short form (linked to a bibliography's entry by its names and year when
 * the book has one), never a full citation of a work without a title.
 */
import { NAME_PARTICLES, isOrganisation, isPersonList } from '../names.js';
import { AUTHOR_DATE_NAMES, LOCATOR, MONTH_WORD, YEAR, plain } from '../text.js';

/** A name's word: a capitalised word, an initial, a particle; names joined by `and` or `&`. */
const WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.|${NAME_PARTICLES})`;
const NAMES = String.raw`${WORD}(?:\s+(?:${WORD}|and|&))*(?:\s+et\s+al\.?)?`;

const NAMES_AND_YEAR = new RegExp(
  String.raw`^(${NAMES})\s*(?:\(${YEAR}[a-z]?(?::\s*${LOCATOR})?\)|:\s*${YEAR}[a-z]?|\s+${YEAR}[a-z]?)` +
    String.raw`(?:[,:]\s*${LOCATOR})?[.\s]*$`,
  'u',
);

/** Family names alone, joined by `and` (`Lee`, `Lee and Chen`), not a month (`May 2004`). */
const FAMILY_NAMES = new RegExp(`^${AUTHOR_DATE_NAMES}$`, 'u');
const MONTH = new RegExp(`^${MONTH_WORD}$`);
/** A work's title closing with its kind, cited by its year (`Shore Protection Act 1999`, `Harbour Treaty 1850`). */
const TITLE_WORD =
  /\b(?:Acts?|Bill|Code|Convention|Treaty|Statutes?|Regulations?|Order|Rules|Law|Journal|Report|Review|Papers|Records?)$/u;

/**
 * Whether the text is names and a year alone (a year after a comma is no author-date's: `Lee, 1686.` is a name and a
 * page).
 */
export function isNamesAndYear(text: string): boolean {
  // (A title in italics or quotes with its year, `*Salt Roads* (1850), 84`, is a work's short title.)
  if (/[\uE000“"‘]/.test(text)) return false;
  const found = NAMES_AND_YEAR.exec(plain(text).trim());
  if (!found) return false;
  // Persons' names (`Shore Protection Act 1999, s 4` and `Harbour Council Journal (1871)` are titles and their years).
  const names = found[1].replace(/\s+et\s+al\.?$/, '');
  if (TITLE_WORD.test(names)) return false;
  // (A body's name is an author's too: `Harbour Board (2004), 6`.)
  return isPersonList(names) || isOrganisation(names) || (FAMILY_NAMES.test(names) && !MONTH.test(names));
}
