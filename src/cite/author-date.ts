/**
 * The author-date form of a reference, met in notes too: the names, the year, then the work
 * (`Shore Project Team, 2017. Salt Roads, 1840–1914, https://…`, `Lee, Ann (1998). *Salt Roads*. Hull: Quay Press.`,
 * `Lee, Ann. 1998. “Tides.” *Shore Review* 4: 1–9.`). The year is taken out and the rest read as a note or a
 * bibliography entry; a title without markup runs to its full stop, or to the comma before the address.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from './note-text.js';
import { YEAR } from './text.js';
import { apaAsNote } from './apa-reference.js';

/**
 * Names (or an organisation's, or editors', `Lee, A., and B. Roe, eds.`), the year after a comma, a full stop or in
 * brackets, a full stop, the work. German author-date references put a colon after the year's bracket and may part
 * the names with slashes: `Lee, Ann/Chen, Bo (1998): Salt Roads. Hull: Quay Press.`
 */
const AUTHOR_DATE = new RegExp(
  String.raw`^((?:\p{Lu}[\p{L}'’.-]*|and|&|et\s+al\.?|de|van|von|der|la|le)(?:(?:,?\s+|\s*\/\s*)(?:\p{Lu}[\p{L}'’.-]*|and|&|et\s+al\.?|de|van|von|der|la|le|eds?)){0,7})` +
    String.raw`(,\s*|\.\s+|\s*\()(${YEAR})[a-z]?(?:\)?\.\s+|\):?\s+(?=[\p{Lu}\uE000“"‘„]))(\S.*)$`,
  'u',
);

/** A title, plain or in italics, then its address: `Tides and tolls <https://…>`. */
const LINKED_TITLE = new RegExp(
  `^([^${URL_OPEN}.]{2,300}?|${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]+${EMPHASIS_CLOSE})\\s*(${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE})(?=[.,\\s]|$)`,
  'u',
);

export interface AuthorDate {
  /** The reference without its year, as a note (`Names, Title, …`) or a bibliography entry (`Last, First. Title. …`). */
  text: string;
  year: number;
}

/**
 * A reference without an author, its year first as a reference list sorts it (`1834. ‘Tides’, *Shore Chronicle*, p. 9.`,
 * `1835. *Report of the Harbour Board*, p. 4.`): a year is never a name, so the work is read without one.
 */
const YEAR_FIRST = new RegExp(String.raw`^(${YEAR})[a-z]?[.,]\s*(?=[${EMPHASIS_OPEN}“"‘'])(\S.*)$`, 'u');

export function authorDate(text: string): AuthorDate | undefined {
  const anonymous = YEAR_FIRST.exec(text);
  if (anonymous) return { text: anonymous[2], year: Number(anonymous[1]) };
  const match = AUTHOR_DATE.exec(text);
  if (!match) return undefined;
  const [, names, separator, year, linkedWork] = match;
  // `Lee, A. (2000). Tides and tolls <https://…>. *Shore Review* …`: a title linked to its address (note-text.ts); the
  // address is read at the reference's end, where an address stands.
  // (A linked title in italics, `*Tides <https://…>*`, is the title in italics, then its address.)
  const italicLinked = linkedWork.replace(
    new RegExp(
      `^${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}${URL_OPEN}]+?)\\s*(${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE})${EMPHASIS_CLOSE}`,
    ),
    `${EMPHASIS_OPEN}$1${EMPHASIS_CLOSE} $2`,
  );
  const linked = LINKED_TITLE.exec(italicLinked);
  const work = linked ? `${linked[1]}${italicLinked.slice(linked[0].length)} ${linked[2]}` : linkedWork;
  const inverted = /^[^,]+,\s+[^,]+$/.test(names) && separator.trim() !== ',';
  // `*Tides* (2nd ed.). Quay Press.`, `Tides. In A. Lee (Ed.), *Essays* (pp. 2–9). Quay Press.` (apa-reference.ts).
  const apa = apaAsNote(work, year);
  if (apa) return { text: `${names}${inverted ? (names.endsWith('.') ? ' ' : '. ') : ', '}${apa}`, year: Number(year) };
  let rest = work;
  // A quoted title (Harvard: `‘Tides’, *Shore Review*, 12(3), pp. 45–67`), or one without markup to its full stop
  // before a capital or italics, or to the comma before the address.
  const quoted = /^([“"‘'])(.+?)[,.]?([”"’'])(?=[,.\s])/u.exec(work);
  const plainEnd = new RegExp(`(?:[,.]\\s*(?=${URL_OPEN})|\\.\\s+(?=[\\p{Lu}${EMPHASIS_OPEN}])|\\.?\\s*$)`, 'u');
  if (quoted || !new RegExp(`^[${EMPHASIS_OPEN}“"‘']`).test(work)) {
    const end = quoted ? undefined : plainEnd.exec(work);
    const title = (quoted ? quoted[2] : work.slice(0, end?.index ?? work.length)).trim();
    if (!title) return undefined;
    const after = quoted ? work.slice(quoted[0].length) : work.slice(end?.index ?? work.length);
    const journal = JOURNAL_AFTER_TITLE.exec(after);
    // `… Title. Shore Review, 12 (2). pp. 45–67.`: an article, its journal's volume, issue and pages, read as a
    // note or bibliography entry would give them (`“Title,” *Shore Review* 12, no. 2 (1998): 45–67`).
    if (journal)
      rest =
        `“${title}${inverted ? '.”' : ',”'} ${EMPHASIS_OPEN}${journal[1]}${EMPHASIS_CLOSE} ${journal[2]}` +
        `${journal[3] ? `, no. ${journal[3]}` : ''} (${year})${journal[4] ? `: ${journal[4]}` : ''}` +
        `${journal[5] ? ` (p. ${journal[5]})` : ''}.${journal[6]}`;
    else if (!quoted) rest = `${EMPHASIS_OPEN}${title}${EMPHASIS_CLOSE}${after}`;
  }
  return { text: `${names}${inverted ? (names.endsWith('.') ? ' ' : '. ') : ', '}${rest}`, year: Number(year) };
}

/**
 * After an article's title, its journal (in italics or not), volume, issue and pages: `. Shore Review, 12 (2). pp.
 * 45–67.`, `. Shore Review 12(2): 45–67.`, `, *Shore Review*, 12(3), pp. 45–67.` (a volume, never a year; APA sets it in
 * italics, `*12*(3)`), perhaps then the page cited (`, 45–67, p. 50`).
 */
const JOURNAL_AFTER_TITLE =
  /^[.,]\s+\uE000?(\p{Lu}[^,.;:()\d\uE000\uE001]*?)\uE001?[,.]?\s+(?!(?:1[5-9]|20)\d\d\b)\uE000?(\d+)\uE001?\s*(?:\((\d+(?:[-–/]\d+)?)\))?(?:[.,:]\s*(?:pp?\.\s*)?(\d+(?:\s*[-–]\s*\d+)?))?(?:,\s*pp?\.\s*(\d+(?:\s*[-–]\s*\d+)?))?\.?(\s.*|)$/u;

/** One name in reference-list order: `Lee, Ann`, `Lee, A. B.`, `van Dijk, Bo`. */
const INVERTED_NAME = String.raw`(?:(?:de|van|von|da|di|du|la|le)\s+)?\p{Lu}[\p{L}'’-]+,\s+\p{Lu}[\p{L}'’-]*\.?(?:\s*\p{Lu}[\p{L}'’-]*\.?){0,2}`;
/** A co-author after the first: inverted again, or in note order (`and Bo Chen`). */
const LATER_NAME = String.raw`(?:${INVERTED_NAME}|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})`;

/**
 * A reference-list entry's opening, met in a note among the author's sentences: inverted names, then the year in
 * brackets (`Lee, Ann (1998) Salt roads …`, `Lee, A. and Chen, B. (1998). Tides …`) or closed by a full stop
 * (`Lee, Ann. 1998. Tides …`), then the title. Its words are the title's, never the author's prose; an in-text
 * citation (`Lee (1998) argues …`) has no given name and runs on in lower case.
 */
export const AUTHOR_DATE_OPENING = new RegExp(
  String.raw`^${INVERTED_NAME}(?:(?:,\s*(?:and\s+|&\s+)?|,?\s+(?:and|&)\s+)${LATER_NAME})*(?:\s+et\s+al\.?)?` +
    String.raw`(?:\s*\(${YEAR}[a-z]?\)\.?|\.?\s+${YEAR}[a-z]?\.)\s+(?=[\p{Lu}\uE000“"‘'])`,
  'u',
);
