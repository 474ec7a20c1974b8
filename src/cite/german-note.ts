/**
 * A German humanities note, as German presses and theses write it, without markup: `Gould, Cecil: Michelangelo.
 * Battle of Cascina. Newcastle upon Tyne 1966, S. 6.` — the names in bibliography order (family, then given;
 * several parted by `/` or commas), a colon or a comma, the title, the place and the year with no comma between
 * (`Berlin/Boston 2011`, `o.O. 2015` for no place), then `S.` before the page; a part of a book adds `in:` and the
 * book's editors marked `(Hrsg.)` or `(Hg.)`, `Ders.`/`Dies.` standing for the names just given, before the book
 * (`Lee, Ann: Tides, in: Ders./Chen, Bo (Hrsg.): Harbours, Hull 2015, S. 10–35, S. 17.`, the last page the place
 * cited). A catalogue's or series' bracket after the book (`(Ausst.-Kat. …)`, `(=Series, Bd. 27)`) is no part of
 * its title. The note is read only when it has this form's marks: an imprint of place and year and `S.` pages or
 * `(Hrsg.)` editors.
 */
import type { FullCitation } from './parse-full.js';
import type { CslName } from './names.js';
import { EMPHASIS_OPEN, URL_OPEN } from './note-text.js';
import { YEAR } from './text.js';

/** `Berlin/Boston 2011`, `Newcastle upon Tyne 1966`, `o.O. 2015`: place(s) and year, after a comma or full stop. */
const IMPRINT = new RegExp(
  String.raw`[,.?!]\s+((?:o\.\s?O\.|(?:St\.\s)?\p{Lu}[\p{L}'’-]*(?:\s+(?:upon|on|am|an|der|im|bei|sur|\p{Lu}[\p{L}'’-]*))*(?:\s*\/\s*\p{Lu}[\p{L}'’-]*)*))\s+(${YEAR})(?=[,.\s]|$)`,
  'gu',
);
/** German pages: `S. 6`, `S.10f.`, `S. 573-681`. */
const PAGES = String.raw`S\.\s?(\d+(?:\s*[-–]\s*\d+|\s?ff?\.)?)`;
const PAGES_AFTER = new RegExp(String.raw`^,?\s*${PAGES}(?:,\s*${PAGES})?[.\s]*$`, 'u');
/** Editors of the book a part is in: `(Hrsg.)`, `(Hg.)`, `(Hgg.)`, `(ed.)`. */
const EDITORS_MARK = /\s*\((?:Hrsg|Hgg?|eds?)\.\)\s*[:,]?\s*/;
const IN = /,?\s+[Ii]n:\s+/;
/** A German page or an editors' mark, one of which every note of this form has. */
const GERMAN_MARK = /S\.\s?\d|\((?:Hrsg|Hgg?|eds?)\.\)/;
/** A family name (`Müller`, `González Mello`) and a given name (`Jan Dirk`, `Christoper G.`). */
const FAMILY = /^\p{Lu}[\p{L}'’-]+(?:\s(?:de|van|von|\p{Lu}[\p{L}'’-]+))?$/u;
const GIVEN = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** Whether the note is a full citation of this form: its marks, and names or a book's editors before the title. */
export function isGermanNote(text: string): boolean {
  return parseGermanNote(text) !== undefined;
}

/** Whether the text has this form's marks (and no markup of the other forms). */
function hasGermanMarks(text: string): boolean {
  // (A quick test first: this runs on every part of every note.)
  if (!GERMAN_MARK.test(text) || text.includes(EMPHASIS_OPEN) || /[“"‘]/.test(text)) return false;
  const imprint = [...text.matchAll(IMPRINT)].at(-1);
  if (!imprint) return false;
  const after = text.slice(imprint.index + imprint[0].length);
  return PAGES_AFTER.test(after) || (EDITORS_MARK.test(text) && /^[.\s]*$/.test(after.replace(/^,\s*S\..*$/, '')));
}

export function parseGermanNote(source: string): FullCitation | undefined {
  const text = source.replace(new RegExp(`${URL_OPEN}[^]*$`), '').trim();
  if (!hasGermanMarks(text)) return undefined;
  const imprint = [...text.matchAll(IMPRINT)].at(-1)!;
  const pages = PAGES_AFTER.exec(text.slice(imprint.index + imprint[0].length));
  // (A title's own `?` or `!` before the imprint stays the title's.)
  const head = text.slice(0, imprint.index + (/^[?!]/.test(imprint[0]) ? 1 : 0));
  const inside = IN.exec(head);
  const work = inside ? head.slice(0, inside.index) : head;
  const { names, rest: title } = leadingNames(work);
  // (`Lee, Tides 2015, S. 17`, a family name alone before a short title and year, is a short form.)
  if (!title || (!names.length && !inside)) return undefined;
  const item: FullCitation['item'] = { type: inside ? 'chapter' : 'book', title: title.replace(/[.,:]+$/, '') };
  if (names.length) item.author = names;
  if (inside) {
    const book = head.slice(inside.index + inside[0].length);
    const mark = EDITORS_MARK.exec(book);
    const editors = mark ? book.slice(0, mark.index) : '';
    const container = (mark ? book.slice(mark.index + mark[0].length) : book)
      .replace(/\s*\((?:Ausst\.|=)[^()]*(?:\([^()]*\)[^()]*)*\)/g, '')
      .replace(/[.,:\s]+$/, '');
    if (container) item['container-title'] = container;
    const editorNames = editors
      .split(/\s*\/\s*/)
      .flatMap((name) => (/^(?:Ders|Dies)\.?$/.test(name) ? names : leadingNames(name).names));
    if (editorNames.length) item.editor = editorNames;
  }
  if (!/^o\.\s?O\.$/.test(imprint[1])) item['publisher-place'] = imprint[1];
  item.issued = { 'date-parts': [[Number(imprint[2])]] };
  // `S. 281-310, S. 287`: a part's extent, then the page cited; a page alone is the one cited.
  if (pages?.[2]) item.page = pages[1];
  return { item, locator: pages?.[2] ?? pages?.[1] ?? null, etAl: false };
}

/** The names opening the text (`Family, Given` pairs parted by `/` or commas, up to a colon), and the rest. */
function leadingNames(text: string, colonEnds = true): { names: CslName[]; rest: string } {
  const colon = colonEnds ? /^([^:]+?):\s+/.exec(text) : null;
  const chunks = (colon ? colon[1] : text).split(/\s*[,/]\s*/);
  const names: CslName[] = [];
  let used = 0;
  while (
    used + 1 < chunks.length + (colon ? 1 : 0) &&
    FAMILY.test(chunks[used] ?? '') &&
    GIVEN.test(chunks[used + 1] ?? '')
  ) {
    names.push({ family: chunks[used], given: chunks[used + 1] });
    used += 2;
  }
  if (colon && used === chunks.length) return { names, rest: text.slice(colon[0].length).trim() };
  // `Lee, Ann, Tides in history: why and how?`: the colon was the title's.
  if (colon) return leadingNames(text, false);
  // Without a colon: the rest after the names' chunks (re-found in the text, its own commas kept).
  let at = 0;
  for (let index = 0; index < used; index++) at = text.indexOf(chunks[index], at) + chunks[index].length;
  return {
    names,
    rest: text
      .slice(at)
      .replace(/^\s*[,/]\s*/, '')
      .trim(),
  };
}

/** A German short form, ending in its page: `Gould 1966, S. 6.`, `Satzinger, Warum Michelangelo? 2015, S. 17.` */
export const GERMAN_SHORT = /,\s*S\.\s?\d+(?:\s*[-–]\s*\d+|\s?ff?\.)?\.?$/u;

/**
 * Where a German note's citation starts after the author's words and the signal (`Vgl. zum ganzen Abschnitt Gould,
 * Cecil: …`, `Für eine Erklärung der Relevanz vgl. Brinton, …`, `… siehe Gould 1966, S. 5f.`): after `vgl.` or
 * `siehe`, and after the words in lower case that follow it, at the family name before the first comma (German
 * capitalises nouns, so the capitalised word before the name's comma is the name). Undefined without a signal.
 */
export function germanLeadIn(text: string): number | undefined {
  const signal = /(?:^|\s)(?:[Vv]gl\.|[Ss]iehe)(?:\s+(?:auch|dazu|hierzu|etwa))?:?\s+/u.exec(text);
  if (!signal) return undefined;
  const at = signal.index + signal[0].length;
  const words =
    /^(?:\p{Ll}[\p{L}]*\s+)+(?:\p{Lu}\p{Ll}+:?\s+)*?(?=\p{Lu}[\p{L}'’-]+(?:,\s|\s+(?:1[5-9]|20)\d\d\b))/u.exec(
      text.slice(at),
    );
  return at + (words?.[0].length ?? 0);
}
