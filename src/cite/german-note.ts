/**
 * A German humanities note, as German presses and theses write it, without markup: `Pennick, Orla: Die Fähre.
 * Eine Geschichte. Neustadt an der Weser 1966, S. 6.` — the names in bibliography order (family, then given;
 * several parted by `/` or commas), a colon or a comma, the title, the place and the year with no comma between
 * (`Berlin/Boston 2011`, `o.O. 2015` for no place), then `S.` before the page; a part of a book adds `in:` and the
 * book's editors marked `(Hrsg.)` or `(Hg.)`, `Ders.`/`Dies.` standing for the names just given, before the book
 * (`Lee, Ann: Tides, in: Ders./Chen, Bo (Hrsg.): Harbours, Hull 2015, S. 10–35, S. 17.`, the last page the place
 * cited). A catalogue's or series' bracket after the book (`(Ausst.-Kat. …)`, `(=Series, Bd. 27)`) is no part of
 * its title. The note is read only when it has this form's marks: an imprint of place and year and `S.` pages or
 * `(Hrsg.)` editors.
 *
 * Zotero's German styles write the same form with names parted by semicolons (`Lee, Ann; Chen, Bo (Hg.): Tides,
 * Berlin 2015`, `u. a.` for more), a year alone where no place is given (`in: Häfen, Bd. 18, 2016 (Forum), S. 4 f.`),
 * a journal's volume and issue (`in: Küste 1 (1), 19.02.2019, S. 62–97`, `in: Küste 45 (1997), S. 5–20`) and the
 * address after `Online:` with the day it was read after `Stand:`; the address is the work's.
 *
 * Many German notes give the names in note order instead, given name first: parted by `/` before the title's comma
 * (`Ann Lee/Bo Chen, Tides, Hull 2015, hier S. 12.`, `hier` before the page cited in a part's extent) or listed before a
 * colon (`A. Lee, B. Chen: Tides, in: Küste, Band 21, 2. Ausgabe, 2021, doi:…`), a periodical perhaps in italics after
 * `in:`; a work without `in:` is told by what follows its title (a site and a day: a web page; `Diss.`: a thesis; a
 * body's name before the place: a report), a body may stand for the names.
 */
import { DEGREE } from './details.js';
import type { FullCitation } from './parse-full.js';
import { type CslName, isOrganisation } from './names.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from './note-text.js';
import { YEAR } from './text.js';

/** `Berlin/Boston 2011`, `Newcastle upon Tyne 1966`, `o.O. 2015`: place(s) and year, after a comma or full stop. */
export const IMPRINT = new RegExp(
  String.raw`[,.?!]\s+((?:o\.\s?O\.|(?:St\.\s)?\p{Lu}[\p{L}'’-]*(?:\s+(?:upon|on|am|an|der|im|bei|sur|\p{Lu}[\p{L}'’-]*))*(?:\s*\/\s*\p{Lu}[\p{L}'’-]*)*))\s+(${YEAR})(?:\s*\(([^()]*)\))?(?=[,.\s]|$)`,
  'gu',
);
/** `, 2016 (Historisches Forum)`, `, 19.02.2019`: a year alone (perhaps a day's date) where no place is given, and
 * the series in brackets after it. */
const BARE_YEAR = new RegExp(
  String.raw`,\s+(?:\d{1,2}\.\s?\d{1,2}\.\s?)?(${YEAR})(?:\s*\(([^()]*)\))?(?=[,.\s]|$)`,
  'gu',
);
/** `Küste 45 (1997)`, `Küste 45 (1997), H. 3`: a journal's volume, its year in brackets, perhaps its issue (`Heft`). */
const JOURNAL_YEAR = new RegExp(
  String.raw`\s(\d+)\s*\((${YEAR})\)(?:,?\s*(?:H\.|Heft|Nr\.)\s*(\d+(?:\s*[-/]\s*\d+)?))?(?=[,.\s]|$)`,
  'gu',
);
/** `Online: <…>`, `, Stand: 06.08.2020`, `(Zugriff am 3.5.2019)`: the words around an address, and the day it was read. */
/** `06.08.2020`, `3. 5. 2019`: a day written the German way, its day, month and year captured. */
export const GERMAN_DAY = String.raw`(\d{1,2})\.\s?(\d{1,2})\.\s?(${YEAR})`;
export const ADDRESS_WORDS = new RegExp(
  String.raw`[,.]?\s*\(?(?:Stand|(?:letzter\s+)?Zugriff(?:\s+am)?|(?:zuletzt\s+)?(?:abgerufen|aufgerufen|geprüft)(?:\s+am)?):?\s*${GERMAN_DAY}\)?|[,.]?\s*(?:Online|URL(?:\s+\(stable\))?):(?=\s*(?:\uE002|$))`,
  'gu',
);
/** German pages: `S. 6`, `S.10f.`, `S. 573-681` (`S. 573--681`, the dash typed as two hyphens), `S. 17f` (the stop after
 * `f` left out). */
const PAGES = String.raw`S\.\s?(\d+(?:\s*(?:--?|–)\s*\d+|\s?ff?\.|\s?ff?(?![\p{L}\d]))?)`;
/** The pages after the imprint: a part's extent, then (`hier`, here) the page cited. */
const PAGES_AFTER = new RegExp(String.raw`^,?\s*(?:hier\s+)?${PAGES}(?:,\s*(?:hier\s+)?${PAGES})?[.\s]*$`, 'u');
/** Editors of the book a part is in: `(Hrsg.)`, `(Hg.)`, `(Hgg.)`, `(ed.)`. */
const EDITORS_MARK = /\s*\((?:Hrsg|Hgg?|eds?)\.\)\s*[:,]?\s*/;
const IN = /,?\s+[Ii]n:\s+/;
/** A German page, an editors' mark, or a title after a colon then `, in:`, one of which every note of this form has. */
const PART_AFTER_COLON = /:\s[^:]*,\s+in:\s/;
const GERMAN_MARK = new RegExp(String.raw`S\.\s?\d|\((?:Hrsg|Hgg?|eds?)\.\)|${PART_AFTER_COLON.source}`);
/** A family name (`Müller`, `González Mello`) and a given name (`Jan Dirk`, `Christoper G.`). */
const FAMILY = /^\p{Lu}[\p{L}'’-]+(?:\s(?:de|van|von|\p{Lu}[\p{L}'’-]+))?$/u;
const GIVEN = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** Whether the note is a full citation of this form: its marks, and names or a book's editors before the title. */
export function isGermanNote(text: string): boolean {
  return parseGermanNote(text) !== undefined;
}

/** Where the imprint stands: the last place and year, year alone or journal's year in brackets, and what it says. */
interface Imprint {
  index: number;
  end: number;
  place?: string;
  year: string;
  series?: string;
  volume?: string;
  issue?: string;
  /** A day's date, not a year alone (`04.05.1982`): a newspaper's or a magazine's issue. */
  day?: boolean;
}

function lastImprint(text: string): Imprint | undefined {
  const found: Imprint[] = [];
  for (const match of text.matchAll(IMPRINT))
    found.push({
      index: match.index,
      end: match.index + match[0].length,
      place: match[1],
      year: match[2],
      series: match[3],
    });
  for (const match of text.matchAll(BARE_YEAR))
    found.push({
      index: match.index,
      end: match.index + match[0].length,
      year: match[1],
      series: match[2],
      day: /^,\s+\d{1,2}\.\s?\d{1,2}\./.test(match[0]),
    });
  for (const match of text.matchAll(JOURNAL_YEAR))
    found.push({
      index: match.index,
      end: match.index + match[0].length,
      year: match[2],
      volume: match[1],
      issue: match[3],
    });
  return found.sort((a, b) => a.end - b.end || b.index - a.index).at(-1);
}

/** The text without its addresses and the words around them (`Online:`, `Stand: 06.08.2020`). */
function withoutAddresses(text: string): string {
  return (
    text
      .replace(/,?\s*doi:\s*10\.\S+?(?=[.,;]?(?:\s|$))/gi, '')
      .replace(ADDRESS_WORDS, '')
      .replace(new RegExp(`${URL_OPEN}[^${URL_CLOSE}]*(?:${URL_CLOSE}|$)`, 'g'), '')
      // (A separator the address leaves before another or the end goes; not the first comma of `,,Nation"`.)
      .replace(/\s*[,;]\s*(?=[,.](?![\p{L}\d])|$)/gu, '')
      .replace(/\s*\.\s*\.$/, '.')
      .trim()
  );
}

/** The imprint, when the text has this form's marks (and no markup of the other forms). */
function germanImprint(text: string): Imprint | undefined {
  // (A quick test first: this runs on every part of every note.)
  if (!GERMAN_MARK.test(text) || otherFormsMarks(text)) return undefined;
  const imprint = lastImprint(text);
  if (!imprint) return undefined;
  const after = text.slice(imprint.end);
  // (`Lee, Ann: Tides, in: Küste, Band 21, 2021.`: a part `in:` after the names' colon needs no page.)
  return PAGES_AFTER.test(after) ||
    ((EDITORS_MARK.test(text) || PART_AFTER_COLON.test(text)) && /^[.\s]*$/.test(after.replace(/^,\s*S\..*$/, '')))
    ? imprint
    : undefined;
}

export function parseGermanNote(source: string): FullCitation | undefined {
  // (A quick test first: this runs on every full citation.)
  if (!GERMAN_MARK.test(source)) return undefined;
  const text = withoutAddresses(source);
  const imprint = germanImprint(text);
  if (!imprint) return undefined;
  // (`in: Hafenblog, 17.06.2015. Online: <…>`: a page on the web dated by its day, german-online.ts.)
  if (imprint.day && source.includes(URL_OPEN) && IN.test(text)) return undefined;
  const pages = PAGES_AFTER.exec(text.slice(imprint.end));
  // (A title's own `?` or `!` before the imprint stays the title's.)
  const head = text.slice(0, imprint.index + (/^[?!]/.test(text.slice(imprint.index)) ? 1 : 0));
  const inside = IN.exec(head);
  const work = inside ? head.slice(0, inside.index) : head;
  // (`… unterschieden. Vgl. Lee, Ann: …`: the author's words before the signal are cut first, germanLeadIn.)
  if (/(?:^|[\s.])(?:[Vv]gl\.|[Ss]iehe)\s/.test(work)) return undefined;
  // `Lee, Ann; Chen, Bo (Hg.): Tides`: a book its editors made.
  const edited = EDITED_WORK.exec(work);
  const led = leadingNames(edited ? work.replace(edited[1], '') : work);
  const { names, etAl } = led;
  let title = led.rest;
  // `Shore Trust, Tides, Quay Society, Hull 2012, hier S. 12.`: a body as the author (in note order, its name first);
  // `Küstenverein e. V. (Hrsg.): Tides, Hull 2012`: one or more bodies as the editors, the work's authors.
  const body = names.length ? undefined : edited ? editingBodies(work) : bodyFirst(work);
  if (body) title = body.rest;
  // (`Lee, Tides 2015, S. 17`, a family name alone before a short title and year, is a short form.)
  if (!title || (!names.length && !body && !inside)) return undefined;
  const item: FullCitation['item'] = {
    type: inside ? 'chapter' : 'book',
    title: unquoted(title.replace(/[.,:]+$/, '')),
  };
  if (names.length) item[edited && !inside ? 'editor' : 'author'] = names;
  if (body) item.author = body.names.map((name) => ({ literal: name }));
  if (!inside) whatKind(item, imprint, Boolean(body));
  if (inside) {
    const book = head.slice(inside.index + inside[0].length);
    const mark = EDITORS_MARK.exec(book);
    const editors = mark ? book.slice(0, mark.index) : '';
    let container = (mark ? book.slice(mark.index + mark[0].length) : book)
      .replace(new RegExp(`[${EMPHASIS_OPEN}${EMPHASIS_CLOSE}]`, 'g'), '')
      .replace(/\s*\((?:Ausst\.|=)[^()]*(?:\([^()]*\)[^()]*)*\)/g, '')
      .replace(/[.,:\s]+$/, '');
    // `Küste, Band 21, 2. Ausgabe, Artikelnr. 117`: a periodical's volume, issue and article number.
    const numbered =
      /,\s*(?:(?:Bd|Band|Vol)\.?\s*(\d+))(?:,\s*(?:(\d+)\.\s*Ausgabe|Ausgabe\s*(\d+)))?(?:,\s*Artikel(?:nr\.|nummer)?\s*\S+)?$/.exec(
        container,
      );
    if (numbered && (numbered[2] || numbered[3] || /Artikel/.test(numbered[0]) || !mark)) {
      container = container.slice(0, numbered.index);
      item.volume = numbered[1];
      if (numbered[2] ?? numbered[3]) item.issue = numbered[2] ?? numbered[3];
      if (numbered[2] || numbered[3] || /Artikel/.test(numbered[0])) item.type = 'article-journal';
    }
    // `Küste, Ausgabe 144`, `Küste (Hrsg), 2 Ausgabe`: a periodical's issue alone (its publisher's stray mark dropped).
    const issueAlone = /(?:\s*\((?:Hrsg|Hgg?)\.?\))?,\s*(?:(\d+)\.?\s*Ausgabe|Ausgabe\s*(\d+))$/.exec(container);
    if (issueAlone && !numbered && !mark) {
      container = container.slice(0, issueAlone.index);
      item.issue = issueAlone[1] ?? issueAlone[2];
      item.type = 'article-journal';
    }
    // `Häfen, Bd. 18`: the book's volume; `Küste 1 (1)`: a journal's volume and issue.
    const volume = /,\s*(?:Bd|Band|Vol)\.?\s*(\d+)$/.exec(container);
    const journal = /^(.*\D)\s(\d+)\s*\((\d+(?:\s*[-/]\s*\d+)?)\)$/u.exec(container);
    if (volume) {
      container = container.slice(0, volume.index);
      item.volume = volume[1];
    } else if (journal && !mark) {
      [, container, item.volume, item.issue] = journal;
      item.type = 'article-journal';
    } else if (imprint.volume && !mark) {
      item.volume = imprint.volume;
      if (imprint.issue) item.issue = imprint.issue;
      item.type = 'article-journal';
    }
    // `in: *Küstenblatt*, 04.05.1982`: a periodical's issue of a day, no editors, is a newspaper's.
    if (imprint.day && !mark && !volume && !item.volume && item.type === 'chapter') item.type = 'article-newspaper';
    if (container) item['container-title'] = container;
    const editorNames = editors
      .split(/\s*[/;]\s*/)
      .flatMap((name) => (/^(?:Ders|Dies)\.?$/.test(name) ? names : leadingNames(name).names));
    if (editorNames.length) item.editor = editorNames;
  }
  if (imprint.series) item['collection-title'] = imprint.series;
  if (imprint.place && !/^o\.\s?O\.$/.test(imprint.place)) item['publisher-place'] = imprint.place;
  item.issued = { 'date-parts': [[Number(imprint.year)]] };
  // `S. 281-310, S. 287`: a part's extent, then the page cited; a page alone is the one cited, but a range alone in a
  // journal the article's extent (as Chicago's `31, no. 3 (1998): 23–41`; `S. 6ff.` is a page cited).
  const extentOnly = !pages?.[2] && item.type === 'article-journal' && /[-–]/.test(pages?.[1] ?? '');
  if (pages?.[2] || (pages && extentOnly)) item.page = pages[1];
  const url = new RegExp(`${URL_OPEN}([^${URL_CLOSE}]*)`).exec(source)?.[1];
  if (url) item.URL = url.replace(/[.,]+$/, '');
  return { item, locator: extentOnly ? null : (pages?.[2] ?? pages?.[1] ?? null), etAl };
}

/** A body's name opening a note in note order, before the title's comma, and the rest. */
function bodyFirst(text: string): { names: string[]; rest: string } | undefined {
  const comma = text.indexOf(', ');
  const name = comma > 0 ? text.slice(0, comma) : '';
  return name && isOrganisation(name) ? { names: [name], rest: text.slice(comma + 2).trim() } : undefined;
}

/**
 * The bodies before the editors' mark (`Küstenverein e. V., Hafenbund (Hrsg.): Tides`), parted by commas, slashes or
 * semicolons, and the rest after the mark; none unless each is a body's name. German web pages name them so too
 * (german-online.ts).
 */
export function editingBodies(text: string): { names: string[]; rest: string } | undefined {
  const edited = EDITED_WORK.exec(text);
  if (!edited) return undefined;
  const mark = text.indexOf(edited[1]);
  const names = text
    .slice(0, mark)
    .split(/\s*[,;/]\s+/)
    .map((name) => name.trim());
  const rest = text.slice(mark + edited[1].length).replace(/^\s*[:,]\s*/, '');
  return names.every((name) => name && isOrganisation(name)) && rest ? { names, rest } : undefined;
}

/** A thesis named after its title: `MA thesis`, `PhD diss.`, `Diss.`, `Dissertation`, `Masterarbeit`, then its school. */
const THESIS_AFTER = new RegExp(
  String.raw`,\s*(${DEGREE}\s+(?:thesis|diss\.)|Diss\.|Dissertation|Masterarbeit|Magisterarbeit|Habilitationsschrift)(?:,\s*(.+))?$`,
);

/**
 * What a body's own publication calls itself when it is a report: a report (`Abschlussbericht`), a statement or
 * position paper, recommendations, guidelines, an expert opinion, a strategy, a working paper.
 */
export const BODY_REPORT =
  /(?:bericht|report|stellungnahme|positionspapier|empfehlung|leitlinie|handreichung|gutachten|strategie|strategy|white\s?paper|arbeitspapier|working\s+paper)/i;

/**
 * What a work without `in:` is, told by what follows its title: a site and a day's date (a web page, the site the last
 * part before the date), a thesis and its school, a body's publisher before the place (a report); an interview by
 * its title's word; a body's work that calls itself a report.
 */
function whatKind(item: FullCitation['item'], imprint: Imprint, byBody: boolean): void {
  const title = String(item.title ?? '');
  const thesis = THESIS_AFTER.exec(title);
  const parts = title.split(/,\s+/);
  if (thesis) {
    item.type = 'thesis';
    item.genre = thesis[1];
    item.title = title.slice(0, thesis.index);
    if (thesis[2]) item.publisher = thesis[2];
  } else if (/^Interview\b/.test(title)) item.type = 'interview';
  else if (imprint.day && parts.length >= 2) {
    item.type = 'webpage';
    item['container-title'] = parts.pop();
    item.title = parts.join(', ');
  } else if (imprint.place && parts.length >= 2 && isOrganisation(parts.at(-1)!)) {
    item.type = byBody || /\b(?:Report|Bericht)\b/i.test(title) ? 'report' : 'book';
    item.publisher = parts.pop();
    item.title = parts.join(', ');
  } else if (byBody && BODY_REPORT.test(title)) item.type = 'report';
}

/** `Chen, Bo (Hg.):`, `Bo Chen (Hrsg.),` before a work's title: the names are its editors'. */
const EDITED_WORK = /^[^:]*?(\s*\((?:Hrsg|Hgg?|eds?)\.\))\s*[:,]/;

/**
 * The names opening the text (`Family, Given` pairs parted by `/` or commas, or each pair by a semicolon, up to a
 * colon; `u. a.` for the others unnamed), and the rest.
 */
function leadingNames(text: string, colonEnds = true): { names: CslName[]; rest: string; etAl: boolean } {
  const colon = colonEnds ? /^([^:]+?):\s+/.exec(text) : null;
  // `M. Broy, M. Kuhrmann: Anforderungen`, `Ann Lee, Bo Chen u. a.: Tides`: names in note order before the colon.
  const listed = colon ? colon[1].replace(/,?\s+u\.\s?a\.$/, '').split(/\s*,\s*|\s*\/\s*/) : [];
  // (Not names parted by `/`, nor a title opening with an article: `Ann Lee, The Coastal Theatre: Ledgers`.)
  const personsListed =
    colon !== null &&
    !colon[1].includes('/') &&
    listed.every((person) => !isOrganisation(person) && !ARTICLE.test(person) && NOTE_ORDER_PERSON.test(person));
  const ordered = noteOrderNames(text);
  if (ordered && !(personsListed && listed.length > 1)) return ordered;
  if (personsListed)
    return {
      names: listed.map((person) => {
        const [, given, family] = NOTE_ORDER_PERSON.exec(person)!;
        return { family, given: given.trim() };
      }),
      rest: text.slice(colon[0].length).trim(),
      etAl: /,?\s+u\.\s?a\.$/.test(colon[1]),
    };
  // `Lee, Ann; Chen, Bo u. a.: Tides`: each name a pair, parted by semicolons.
  if (colon?.[1].includes(';')) {
    const etAl = /\s+u\.\s?a\.$/.exec(colon[1]);
    const pairs = colon[1].slice(0, etAl?.index).split(/\s*;\s*/);
    const names = pairs.map((pair) => /^([^,]+),\s*([^,]+)$/.exec(pair));
    if (names.every((name) => name && FAMILY.test(name[1]) && GIVEN.test(name[2])))
      return {
        names: names.map((name) => ({ family: name![1], given: name![2] })),
        rest: text.slice(colon[0].length).trim(),
        etAl: Boolean(etAl),
      };
    return { names: [], rest: text, etAl: false };
  }
  const chunks = (colon ? colon[1] : text).split(/\s*[,/]\s*/);
  const names: CslName[] = [];
  let used = 0;
  while (
    used + 1 < chunks.length + (colon ? 1 : 0) &&
    FAMILY.test(chunks[used] ?? '') &&
    !isOrganisation(chunks[used]) &&
    GIVEN.test(chunks[used + 1] ?? '')
  ) {
    names.push({ family: chunks[used], given: chunks[used + 1] });
    used += 2;
  }
  if (colon && used === chunks.length) return { names, rest: text.slice(colon[0].length).trim(), etAl: false };
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
    etAl: false,
  };
}

/** An article opening a title, never a given name. */
const ARTICLE = /^(?:The|A|An|Der|Die|Das|Ein|Eine|Le|La|Les|Un|Une|Il|Lo|El|Los|Las)\s/;

/** A person in note order: given names or initials, particles, the family name (`Ann Lee`, `R. van der Berg`). */
const NOTE_ORDER_PERSON =
  /^((?:\p{Lu}[\p{L}'’-]*\.?\s+)+?)((?:(?:de|van|von|der|den|la|le|di|da|du)\s+)*\p{Lu}[\p{L}'’-]+)$/u;

/**
 * `Ann Lee/Bo Chen, Tides, Hull 2015`, `Ann Lee, Tides of the Harbour, …`: names in note order (given name first),
 * several parted by `/`, before the title's comma. A name of two words before a given name of one word, or before a
 * colon (`González Mello, Jorge: …`), is bibliography order.
 */
function noteOrderNames(text: string): { names: CslName[]; rest: string; etAl: boolean } | undefined {
  const comma = text.indexOf(', ');
  if (comma < 0) return undefined;
  const people = text.slice(0, comma).split(/\s*\/\s*/);
  const parts = people.map((person) => (isOrganisation(person) ? null : NOTE_ORDER_PERSON.exec(person)));
  if (!parts.every(Boolean)) return undefined;
  const rest = text.slice(comma + 2).trim();
  const next = rest.split(/[,:]/)[0].trim();
  // (`González Mello, Jorge: Die Fähre`: a given name of one word, or any before a colon, follows a family name.)
  if (people.length === 1 && GIVEN.test(next) && (!next.includes(' ') || /^[^,:]*:/.test(rest))) return undefined;
  return { names: parts.map((part) => ({ family: part![2], given: part![1].trim() })), rest, etAl: false };
}

/** A German short form, ending in its page: `Pennick 1966, S. 6.`, `Sorel, Warum Häfen? 2015, S. 17.` */
export const GERMAN_SHORT = /,\s*S\.\s?\d+(?:\s*(?:--?|–)\s*\d+|\s?ff?\.)?\.?$/u;

/**
 * A German quotation: `„Nation“`, or with the low quote typed as two commas, `,,Nation"`; or the title quoted whole
 * after the names' colon, as German books set it in chevrons (`Lee, Ann: »Kaie«, in: …`, which the French forms'
 * pass has turned to `“Kaie”`, french-forms.ts).
 */
const GERMAN_QUOTATION = /(?:„|,,)[^“”„"]*[“”"]|(?<=^[^:“”„"]*:\s*)“[^“”„"]*”/g;

/**
 * `„Die Kaie“`, `,,Die Kaie"`, `»Die Kaie«` (`“Die Kaie”` after the French forms' pass): a title quoted whole, whose
 * marks are not its words (a quotation inside a title, `Die „Kaifrage“ in Kiel`, stays).
 */
const QUOTED_WHOLE = /^(?:„|,,|“)([^“”„"]+)[“”"]$/;

function unquoted(title: string): string {
  const inside = QUOTED_WHOLE.exec(title)?.[1];
  return inside === undefined ? title : inside.replace(/[.,:]+$/, '');
}

/** Italics, or quotes other than German low quotes (`„Nation“` is a German title's word): another form's marks. */
export function otherFormsMarks(text: string): boolean {
  // (`in: *Küstenblatt* 23 (2015)`: a periodical in italics after `in:` is this form's too.)
  const rest = text.replace(new RegExp(`\\b[Ii]n:\\s+${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]*${EMPHASIS_CLOSE}`, 'g'), '');
  // (`„Nation“` and `,,Nation"`, the low quote typed as two commas, are German quotations inside a title.)
  return rest.includes(EMPHASIS_OPEN) || /[“"‘]/.test(rest.replace(GERMAN_QUOTATION, ''));
}

/**
 * Zotero's German short form, the family names before a colon, the short title and the year: `Lee: Tides, 2015,
 * S. 41 f.`, `Lee; Chen: Tides, 2015.`
 */
const GERMAN_TITLE_SHORT = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’-]+(?:\s*[;/]\s*\p{Lu}[\p{L}'’-]+)*)(\s+u\.\s?a\.)?:\s+([^:]+?|[^:]+:[^:]+?),\s*${YEAR}(?:,\s*${PAGES})?\.?$`,
  'u',
);

export function isGermanTitleShort(text: string): boolean {
  return GERMAN_TITLE_SHORT.test(text) && !otherFormsMarks(text);
}

/** The names, short title and page of Zotero's German short form, or undefined. */
export function parseGermanTitleShort(
  text: string,
): { authors: string[]; title: string; locator: string | null; etAl: boolean } | undefined {
  const short = isGermanTitleShort(text) ? GERMAN_TITLE_SHORT.exec(text) : null;
  if (!short) return undefined;
  return {
    authors: short[1].split(/\s*[;/]\s*/),
    title: short[3],
    locator: short[4] ?? null,
    etAl: Boolean(short[2]),
  };
}

/**
 * Where a German note's citation starts after the author's words and the signal (`Vgl. zum ganzen Abschnitt Pennick,
 * Orla: …`, `Für eine Erklärung der Fähren vgl. Sorel, …`, `… siehe Pennick 1966, S. 5f.`): after `vgl.` or
 * `siehe`, and after the words in lower case that follow it, at the family name before the first comma (German
 * capitalises nouns, so the capitalised word before the name's comma is the name). Undefined without a signal.
 */
export function germanLeadIn(text: string): number | undefined {
  const signal =
    /(?:^|\s)(?:[Vv]gl\.|[Ss]iehe)(?:\s+(?:auch|dazu|hierzu|etwa|zum\s+Beispiel|beispielsweise|z\.\s?B\.|insbesondere|ausführlich|grundlegend))*:?\s+/u.exec(
      text,
    );
  if (!signal) return undefined;
  const at = signal.index + signal[0].length;
  const words =
    /^(?:\p{Ll}[\p{L}]*\s+)+(?:\p{Lu}\p{Ll}+:?\s+)*?(?=\p{Lu}[\p{L}'’-]+(?:,\s|\s+(?:1[5-9]|20)\d\d\b))/u.exec(
      text.slice(at),
    );
  return at + (words?.[0].length ?? 0);
}
