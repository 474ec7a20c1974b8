/**
 * The author-date form of a reference, met in notes too: the names, the year, then the work
 * (`Shore Project Team, 2017. Salt Roads, 1840–1914, https://…`, `Lee, Ann (1998). *Salt Roads*. Hull: Quay Press.`,
 * `Lee, Ann. 1998. “Tides.” *Shore Review* 4: 1–9.`). The year is taken out and the rest read as a note or a
 * bibliography entry; a title without markup runs to its full stop, or to the comma before the address.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_OPEN } from './note-text.js';

const YEAR = String.raw`(?:1[5-9]|20)\d\d`;
/** Names (or an organisation's), the year after a comma, a full stop or in brackets, a full stop, the work. */
const AUTHOR_DATE = new RegExp(
  String.raw`^((?:\p{Lu}[\p{L}'’.-]*|and|&|et\s+al\.?|de|van|von|der|la|le)(?:,?\s+(?:\p{Lu}[\p{L}'’.-]*|and|&|et\s+al\.?|de|van|von|der|la|le)){0,7})` +
    String.raw`(,\s*|\.\s+|\s*\()(${YEAR})[a-z]?\)?\.\s+(\S.*)$`,
  'u',
);

export interface AuthorDate {
  /** The reference without its year, as a note (`Names, Title, …`) or a bibliography entry (`Last, First. Title. …`). */
  text: string;
  year: number;
}

export function authorDate(text: string): AuthorDate | undefined {
  const match = AUTHOR_DATE.exec(text);
  if (!match) return undefined;
  const [, names, separator, year, work] = match;
  const inverted = /^[^,]+,\s+[^,]+$/.test(names) && separator.trim() !== ',';
  let rest = work;
  if (!new RegExp(`^[${EMPHASIS_OPEN}“"‘']`).test(work)) {
    // A title without markup: to its full stop before a capital, or to the comma before the address.
    const end = new RegExp(`(?:[,.]\\s*(?=${URL_OPEN})|\\.\\s+(?=\\p{Lu})|\\.?\\s*$)`, 'u').exec(work);
    const title = work.slice(0, end?.index ?? work.length).trim();
    if (!title) return undefined;
    rest = `${EMPHASIS_OPEN}${title}${EMPHASIS_CLOSE}${work.slice(end?.index ?? work.length)}`;
  }
  return { text: `${names}${inverted ? '. ' : ', '}${rest}`, year: Number(year) };
}
