/**
 * A German legal note, as German, Austrian and Swiss law writing cites (the forms of the law schools' guides and of
 * the journals' style sheets): short, with no place of publication and often no title.
 * - a court's decision by the court, the kind and day of the decision and its file number, then where it is printed
 *   and the page or margin number cited (`BGH, Urt. v. 12.3.2019 – VI ZR 123/18, NJW 2019, 1234 (1236)`, `BVerfGE
 *   65, 1 (43)`, `BGH NJW 2015, 2248 Rn. 12`, `EuGH, Urt. v. 6.10.2015 – C-101/14 (Seehafen), Rn. 94`), read by
 *   german-decision.ts;
 * - a commentary's section by its commentator (`Lee, in: Chen/Eze, HafenG, 3. Aufl. 2020, § 4 Rn. 38`,
 *   `MüKoHafG/Lee, 8. Aufl. 2020, § 823 Rn. 5`, `Chen/Eze/Lee, HafenG, § 4 Rn. 38`): a part without a title of its own
 *   in the commentary;
 * - a journal's article by the periodical's abbreviation, year and first page, the page cited after it in brackets or
 *   after a comma, the title often left out (`Lee, KaiR 2020, 1417 (1419)`, `Lee/Chen, Die Ladung, NJW 2019, 1234,
 *   1236`, `Lee, AcH 210 (2010), 1 (5)`);
 * - a handbook or monograph by its title, edition and year (`Lee, Hafenrecht, 2. Aufl. 2019, Rn. 12`);
 * - a parliament's paper by its designation (`BT-Drs. 19/1234, S. 12`).
 * A signal may come first (`Vgl.`, `So auch`, `A.A.`, `Krit.`), and `m.w.N.` (with further references) after.
 * Statutes cited by their provision (`§ 4 UrhG`) are no works: they are left to the author's words. The pieces the
 * forms share (courts, periodicals, pages, margin numbers, names) are in german-legal-parts.ts.
 */
import type { FullCitation, WorkFields } from './parse-full.js';
import type { ShortCitation } from './parse-short.js';
import { parseGermanDecision } from './german-decision.js';
import {
  COURT,
  COURT_ONLY,
  DAY,
  EMPHASIS,
  MARGIN,
  NAMES,
  PAGE,
  PERIODICAL,
  PINPOINT,
  cited,
  legalNames,
} from './german-legal-parts.js';
import { YEAR } from './text.js';

/** A signal before the citation, and the words that qualify it: `Vgl. nur`, `So auch`, `A.A.`, `Krit. dazu`. */
const SIGNAL = new RegExp(
  String.raw`^(?:(?:[Vv]gl\.|[Ss]iehe|[Ss]\.(?=\s+\p{Lu}\p{Ll})|[Ss]o(?:\s+(?:auch|schon|bereits|etwa|wohl))?|[Ee]benso|[Ää]hnlich|[Aa]\.\s?A\.|[Aa]nders|` +
    String.raw`[Kk]rit(?:\.|isch)|[Zz]ust(?:\.|immend)|[Gg]rundlegend|[Aa]usführlich|[Nn]äher|[Ee]twa|[Dd]azu|[Hh]ierzu|[Zz]um\s+Ganzen|[Ss]tatt\s+aller)` +
    String.raw`(?:\s+(?:auch|nur|dazu|hierzu|etwa|z\.\s?B\.|insbesondere|ausführlich|näher|bereits|schon|statt\s+aller|allgemein|zum\s+Ganzen|m\.\s?w\.\s?N\.))*[:,]?\s+)+`,
  'u',
);
/** `m.w.N.`, `mwN`, `jeweils m. w. N.`, `m. Anm. Lee`, `= JZ 2019, 5` (a second report of a decision) after the citation. */
/** The author's remark on the place cited, opening with a preposition: `zur Gegenmeinung`, `auch zur Rechtsprechung`. */
const REMARK = String.raw`,?\s+(?:auch\s+)?(?:zur|zum|zu|für|gegen|mit|dort|insb\.|insbesondere|bzgl\.|betreffend)\s[^;,„“"]*`;
const TRAILING_REMARK = new RegExp(
  String.raw`(?:,?\s*(?:jeweils\s+)?(?:m\.\s?w\.\s?N\.?|mwN|m\.\s?N\.|m\.\s?Anm\.\s*\p{Lu}[\p{L}-]+)|\s*=\s*\p{Lu}[\p{L}]*\s+${YEAR},\s*\d+(?:\s*\(\d+\))?)+` +
    // (`Rn. 35a zur Gegenmeinung`, `mwN auch zur Rechtsprechung`: a remark after the place or after `m.w.N.`.)
    String.raw`(?:${REMARK})?[.\s]*$|(?<=\d[a-z]?\.?|\))(?:${REMARK})[.\s]*$`,
  'u',
);

/** After a title, a periodical's name in abbreviated words: `Harb Stud Law`, `Zeitschrift für Hafenrecht`. */
const PERIODICAL_WORDS = String.raw`\p{Lu}[\p{L}.&-]*(?:\s+(?:\p{Lu}[\p{L}.&-]*|für|und|of|and|des|der)){1,5}`;
/** A provision of a statute alone: `§ 2 UrhG`, `Art. 4 Nr. 2 DS-GVO`. */
const PROVISION = String.raw`(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:§§?|Art\.)\s*\d+[a-z]?(?:\s+(?:Abs\.|Satz|S\.|Nr\.|lit\.|UAbs\.)\s*\d+[a-z]?)*(?:\s+\p{Lu}[\p{L}-]*)?`;
/** A provision of a statute, the place a commentary is cited: `§ 4 Rn. 38`, `Art. 6 DSGVO Rn. 3`, `§ 823 Abs. 1 Rn. 5`. */
const PROVISION_MARGIN = String.raw`${PROVISION}(?:\s+|,\s*)${MARGIN}`;
/** An edition and its year: `3. Aufl. 2020`, `2. Auflage, 2019`, `35. Ed. 1.2.2021` (an online commentary's), `2020`. */
const EDITION = String.raw`(?:(\d+)\.\s?(?:Aufl(?:age|\.)|Ed\.)(?:,?\s+(?:Stand:?\s+)?(?:\d{1,2}\.\s?\d{1,2}\.\s?)?(${YEAR}))?|(${YEAR}))`;
const ARTICLE = new RegExp(
  String.raw`^(${NAMES}),\s+(?:(\p{Lu}[^]*?),\s+(?:in:\s+)?(${PERIODICAL_WORDS}|${PERIODICAL})|(${PERIODICAL}))\s+` +
    String.raw`(?:(\d+)\s+\((${YEAR})\)|(${YEAR})),\s*(?:S\.\s?)?(${PAGE})(?:${PINPOINT})?[.,\s]*$`,
  'u',
);
/**
 * `Lee, in: Chen/Eze, HafenG, 3. Aufl. 2020, § 4 Rn. 38`, `Lee, in: MüKoHafG, § 823 Rn. 5`; a handbook's chapter by
 * its pages (`Lee, in: Chen/Eze, Hafenrecht, 2015, S. 46`).
 */
const COMMENTARY_IN = new RegExp(
  String.raw`^(${NAMES}),\s+in:\s+(?:(${NAMES})(?:\s*\((?:Hrsg|Hg)\.\))?,\s+(?=[^,]+(?:,\s+\p{Lu}[\p{L}-]*(?=,))?(?:,\s+(?:\d+\.\s?(?:Aufl|Ed)|(?:\p{Lu}[\p{L}-]*,?\s+){0,2}(?:§|Art\.))|,?\s+${YEAR})))?` +
    String.raw`(?!\d+\.\s?(?:Aufl|Ed))([^,]+?)(?:,\s+\p{Lu}[\p{L}-]*(?=,\s+(?:\d|§|Art\.)))?(?:,\s+${EDITION},?\s+|,?\s+(${YEAR}),?\s+|,\s+)(?:\p{Lu}[\p{L}-]*,\s+(?=§|Art\.))?((?:${PROVISION_MARGIN}|${PROVISION}|${MARGIN}|S\.\s?${PAGE}(?:,\s*${PAGE})*)(?:\s?ff?\.)?)[.,\s]*$`,
  'u',
);
/** `MüKoHafG/Lee, 8. Aufl. 2020, § 823 Rn. 5`: the commentary's abbreviation, then its commentator. */
const COMMENTARY_ABBREVIATED = new RegExp(
  String.raw`^((?=[^\s,/]*\p{Lu}[^\s,/]*\p{Lu})\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)\/(${NAMES}),\s+(?:${EDITION},?\s+)?(${PROVISION_MARGIN}(?:\s?ff?\.)?)[.,\s]*$`,
  'u',
);
/**
 * `Chen/Eze/Lee, HafenG, § 4 Rn. 38`: names, then the statute's abbreviation the commentary is titled by; as the
 * Beck databases cite, the title left out after the edition and the statute before its provision (`Chen/Eze/Lee,
 * 6. Aufl. 2022, HafenG § 4 Rn. 38`).
 */
const COMMENTARY_TITLED = new RegExp(
  String.raw`^(${NAMES}),\s+(?:((?=[^\s,/]*\p{Lu}[^\s,/]*\p{Lu})\p{Lu}[\p{L}-]*|[^,]*Kommentar[^,]*),\s+(?:${EDITION},?\s+)?|(?=\d+\.\s?(?:Aufl|Ed))${EDITION},?\s+)((?:\p{Lu}[\p{L}-]*\s+)?${PROVISION_MARGIN}(?:\s?ff?\.)?)[.,\s]*$`,
  'u',
);
/**
 * `Lee, Hafenrecht, 2. Aufl. 2019, Rn. 12`, `Lee, Kaie und Recht, 2016, S. 45`: a handbook or monograph, the year after
 * a comma (`Lee, Kaie 2016, S. 45`, the year without one, is German humanities' short form, german-note.ts).
 */
const HANDBOOK = new RegExp(
  String.raw`^(${NAMES}),\s+(\p{Lu}[^]*?),\s+${EDITION},?\s+((?:${PROVISION_MARGIN}|${MARGIN}|§\s*\d+[a-z]?(?:\s+${MARGIN})?|S\.\s?${PAGE}))[.,\s]*$`,
  'u',
);
/** The kinds of paper a body issues: `Stellungnahme 3/2011`, `Leitlinien 04/2018`, `Orientierungshilfe`, `Working Paper`. */
const PAPER_KIND = String.raw`(?:Stellungnahme|Leitlinien|Leitfaden|Empfehlung(?:en)?|Arbeitspapier|Orientierungshilfe|Positionspapier|Kurzpapier|Entschließung|Beschluss|Working\s+Paper|Guidelines|Opinion|Recommendations?)`;
/**
 * `Hafenrat, Stellungnahme 3/2011 zum Begriff „Kai“, angen. 14.05.2011, WP 88, S. 15`, `Kaiausschuss, Leitlinien
 * 04/2018 zu …, Version 2.0, angen. am 03.02.2019, Rn. 33`: a body's paper by its kind and number, the day it was adopted.
 */
const BODY_PAPER = new RegExp(
  String.raw`^(\p{Lu}[^,]{1,60}),\s+(${PAPER_KIND}\b[^]*?)(?:,?\s+Version\s+[\d.]+?)?(?:,\s+(?:angen(?:ommen)?\.?(?:\s+am)?|vom|v\.)\s+${DAY})?` +
    String.raw`(?:,\s+(WP\s?\d+))?(?:,?\s+(S\.\s?${PAGE}|${MARGIN}(?:,\s*${PAGE})*))?[.,\s]*$`,
  'u',
);
/** `BT-Drs. 19/1234, S. 12`, `BR-Drucks. 123/20`, `BT-Plenarprotokoll 19/12`: a parliament's paper. */
const PAPER =
  /^((?:BT|BR)-(?:Drs\.|Drucks\.|Drucksache|Plenarprotokoll|PlPr\.)\s*\d+\/\d+)(?:,\s*(?:S\.\s?)?(\d+(?:\s?ff?\.|\s*[-–]\s*\d+)?))?[.,\s]*$/u;

/**
 * What every form here holds one of, a quick test before the long patterns (they run on every part of every note): a
 * provision, a margin number, an edition, a periodical's year and page, a file or paper number, a decision's or German
 * day, a report's volume and page, a German page.
 */
const LEGAL_MARK =
  /§|Art\.|\b(?:Rn|Rdn|Rdnr|Rz|Tz)\b|Aufl|\d\.\s?Ed\.|(?:19|20)\d\d\)?,\s*(?:S\.\s?)?\d|\d\/\d\d|\b(?:v\.|vom)\s+\d|\d\.\s?\d{1,2}\.\s?(?:19|20)\d\d|\b\d+,\s*\d+|S\.\s?\d/;

export function parseGermanLegal(source: string): FullCitation | undefined {
  if (!LEGAL_MARK.test(source)) return undefined;
  // (`(268) f.`: the page cited and the next, the `f.` typed after the bracket.)
  // (A soft hyphen, U+00AD, is invisible: `C-58/16 \u00AD– Name` reads `C-58/16 – Name`.)
  const text = source
    .replace(EMPHASIS, '')
    .replace(/\u00AD/g, '')
    .replace(/\((\d+)\)\s?(ff?\.)/g, '($1 $2)')
    .replace(SIGNAL, '')
    .replace(TRAILING_REMARK, '')
    .trim();
  return (
    parseGermanDecision(text) ?? commentary(text) ?? article(text) ?? handbook(text) ?? paper(text) ?? bodyPaper(text)
  );
}

export function isGermanLegal(text: string): boolean {
  return parseGermanLegal(text) !== undefined;
}

/**
 * Where a German legal citation starts after the author's words and a colon (`Vgl. zur Auslegung: Lee, in: Chen, KaiG,
 * § 4 Rn. 10`, `Ausführlich zu den Kaien: …`, `Als Ladung ansehend: …`): the words hold a lower-case word and the
 * rest reads as a citation of this file's forms.
 */
export function legalLeadIn(text: string): number | undefined {
  if (!LEGAL_MARK.test(text)) return undefined;
  const colon = /:\s+/g;
  for (let found = colon.exec(text); found; found = colon.exec(text)) {
    const at = found.index + found[0].length;
    const before = text.slice(0, found.index);
    // (`in:`, `URL:`, `abrufbar unter:`: a colon inside a citation, not after the author's words.)
    if (/(?:^|[\s,])(?:in|URL|Online|Stand|unter|am)$/iu.test(before)) continue;
    // (`'Tides: Salt, Quays in Kiel', *Shore Law Journal* 63 (2013)`: a colon inside a quoted title.)
    if (/(?:^|[\s(])['"‘“„][^'"’”“]*$/u.test(before)) continue;
    if (/(?:^|\s)\p{Ll}{3,}/u.test(before) && isGermanLegal(text.slice(at))) return at;
  }
  return undefined;
}

function commentary(text: string): FullCitation | undefined {
  // (Each pattern after a quick test of its mark: `in:`, a slash in the names, a provision.)
  const inside = /,\s+in:\s/.test(text) ? COMMENTARY_IN.exec(text) : null;
  if (inside) {
    const [, names, editors, title, edition, editionYear, year, bookYear, place] = inside;
    const item: WorkFields = { type: 'chapter', author: legalNames(names), 'container-title': title.trim() };
    if (editors) item.editor = legalNames(editors);
    return cited(withEdition(item, edition, editionYear ?? year ?? bookYear), place.replace(/^S\.\s?/, ''));
  }
  const abbreviated = /^[^,]*\//.test(text) ? COMMENTARY_ABBREVIATED.exec(text) : null;
  if (abbreviated) {
    const [, title, names, edition, editionYear, year, place] = abbreviated;
    const item: WorkFields = { type: 'chapter', author: legalNames(names), 'container-title': title };
    return cited(withEdition(item, edition, editionYear ?? year), place);
  }
  const titled = /(?:§|Art\.)\s*\d/.test(text) ? COMMENTARY_TITLED.exec(text) : null;
  if (!titled) return undefined;
  const [, names, title, edition, editionYear, year, laterEdition, laterYear, , place] = titled;
  const item: WorkFields = { type: 'chapter', author: legalNames(names) };
  if (title) item['container-title'] = title.trim();
  return cited(withEdition(item, edition ?? laterEdition, editionYear ?? year ?? laterYear), place);
}

function article(text: string): FullCitation | undefined {
  const found = /(?:19|20)\d\d\)?,\s*(?:S\.\s?)?\d/.test(text) ? ARTICLE.exec(text) : null;
  if (!found) return undefined;
  const [, names, title, titledIn, periodical, volume, volumeYear, year, first, bracketed, after, margin] = found;
  // (`BGH, NJW 2019, 1234`: a court is no author, decision() reads it.)
  if (COURT_ONLY.test(names)) return undefined;
  const item: WorkFields = {
    type: 'article-journal',
    author: legalNames(names),
    'container-title': titledIn ?? periodical,
    issued: { 'date-parts': [[Number(volumeYear ?? year)]] },
    page: first,
  };
  if (title) item.title = title.trim();
  if (volume) item.volume = volume;
  return cited(item, bracketed ?? after ?? margin);
}

function handbook(text: string): FullCitation | undefined {
  const found = /Aufl|Ed\.|,\s+(?:19|20)\d\d,/.test(text) ? HANDBOOK.exec(text) : null;
  if (!found) return undefined;
  const [, names, title, edition, editionYear, year, place] = found;
  const item: WorkFields = { type: 'book', author: legalNames(names), title: title.trim() };
  return cited(withEdition(item, edition, editionYear ?? year), place.replace(/^S\.\s?/, ''));
}

function paper(text: string): FullCitation | undefined {
  const found = PAPER.exec(text);
  if (!found) return undefined;
  return cited({ type: 'report', title: found[1].replace(/\s+/g, ' ') }, found[2]);
}

function bodyPaper(text: string): FullCitation | undefined {
  const found = BODY_PAPER.exec(text);
  if (!found) return undefined;
  const [, body, title, , , , dayYear, , place] = found;
  // (Its year: the day it was adopted, or the year in its number, `3/2011`.)
  const year = dayYear ?? /\b\d{1,2}\/((?:19|20)\d\d)\b/.exec(title)?.[1];
  const item: WorkFields = { type: 'report', author: [{ literal: body.trim() }], title: title.trim() };
  if (year) item.issued = { 'date-parts': [[Number(year)]] };
  return cited(item, place?.replace(/^S\.\s?/, ''));
}

function withEdition(item: WorkFields, edition: string | undefined, year: string | undefined): WorkFields {
  if (edition) item.edition = edition;
  if (year) item.issued = { 'date-parts': [[Number(year)]] };
  return item;
}

/**
 * `Lee, (Fn. 3), Rn. 40`, `Lee/Chen (Fn. 3) S. 5`, `Lee, a.a.O. (Fn. 3), 512 (515)`, `BGH, (Fn. 16), – Blaue Möwe –
 * Rn. 23`: a German legal short form, the names (in italics or not) or the court, then the note holding the work, then
 * perhaps a decision's name, then the place cited (an article's first page, then the page cited in brackets).
 */
const LEGAL_SHORT = new RegExp(
  String.raw`^(?:(${COURT})|(${NAMES}))\s*,?\s*(?:a\.\s?a\.\s?O\.\s*)?\((?:Fn|Anm)\.\s*\d+\)\s*,?\s*` +
    String.raw`(?:(?:[–—-]+\s*(\p{Lu}[\p{L}\d .&-]{1,60}?)\s+[–—-]+|\((\p{Lu}[^()]{1,60})\))\s*,?\s*)?` +
    String.raw`(?:S\.\s?)?(?:\d+\s*\((${PAGE})\)|(${PAGE}(?:,?\s+${MARGIN})?)|(${PROVISION_MARGIN}|${MARGIN}))?[.,\s]*$`,
  'u',
);

export function parseGermanLegalShort(source: string): ShortCitation | undefined {
  if (!/\((?:Fn|Anm)\.\s*\d/.test(source)) return undefined;
  const text = source.replace(EMPHASIS, '').replace(TRAILING_REMARK, '').trim();
  const found = LEGAL_SHORT.exec(text);
  if (!found) return undefined;
  const [, court, names, dashName, bracketName, bracketed, page, margin] = found;
  const locator = bracketed ?? page ?? margin;
  const short: ShortCitation = {
    authors: court
      ? []
      : legalNames(names).map((name) => [name['non-dropping-particle'], name.family].filter(Boolean).join(' ')),
    locator: locator ? locator.replace(/\s+/g, ' ').trim() : null,
  };
  if (court) short.court = court.replace(/\s+/g, ' ');
  const name = dashName ?? bracketName;
  if (name) short.title = name.trim();
  return short;
}
