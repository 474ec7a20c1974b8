/** Small text helpers shared by the citation parsers. */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from './note-markers.js';
import { MONTHS } from '../months.js';

/** A URL between its markers (its address the group), the emphasis markers, and any marker (note-markers.ts). */
const MARKED_URL = new RegExp(`${URL_OPEN}([^${URL_CLOSE}]*)${URL_CLOSE}`);
const MARKED_URLS = new RegExp(MARKED_URL.source, 'g');
const EMPHASIS_MARKS = new RegExp(`[${EMPHASIS_OPEN}${EMPHASIS_CLOSE}]`, 'g');
const MARKER = new RegExp(`[${EMPHASIS_OPEN}${EMPHASIS_CLOSE}${URL_OPEN}${URL_CLOSE}]`);

/**
 * One cited place: a page, range, roman page, folio, time code or article, with an optional label:
 * `85`, `86-87`, `86--87` (a typed en dash), `xix`, `23f.`, `28r`, `23n4` or `31–32 n13` (a note on the page),
 * `23:05- 23:14`, `p. 5`, `pp. 12–14`, `fol. 28r`, `fl. 40` (a folha), `n. 4`, `fn 5`, `tit. 10`, `para. 12`,
 * `chap. 3`, `book 5`, `bk. 2`, `part 3`, `lect. 9`, `art 35(3)(c)`, `§ 4`, `at 14`, `xxix–xxxiii`, `1: 363` or `II: 45` (volume and page), `sig. A.3v`,
 * `col. 5`, `cc743-4` (columns), `line 12`, `ll. 3–9`, `e24` (an article's number), `B6` (a newspaper's section
 * and page), `[83]` (a numbered paragraph),
 * `Table 1`, `annex 1`, `chapter 3`, `pl. 59`, `fig. 27`, `lot 753`, `cat. no. 16`, `recital 68` (an EU act's), `n.p.` (an unnumbered page), `introduction, xi` or `unpaginated preface, 3-4` (a part before or after the text);
 * a numbered section `para. 3.1`, `§ 2.4`, `section 3.2.1`; `passim`, alone or after pages
 * (in italics or not).
 */
/** A part of a book before or after its text, perhaps unpaginated, then its pages: `introduction, xi`, `unpaginated preface, 3-4`. */
const FRONT_PART = String.raw`(?:(?:unpaginated|unnumbered)\s+)?(?:[Ii]ntroduction|[Pp]reface|[Ff]oreword|[Aa]fterword|[Ee]pilogue|[Pp]rologue|[Aa]ppendix),?\s`;
const LABEL =
  String.raw`(?:pp?\.|pp?\s(?=[\dixvlc])|fols?\.|fls?\.|nn?\.|paras?\.|chaps?\.|ch\.|arts?\.?|secs?\.|s\.|ss\.|ss?\s(?=\d)|[Rr]ecitals?\s` +
  String.raw`|§§?|cols?\.|cc(?=\d)|ll?\.|lines?\s|tits?\.|fns?\.?(?=\s*\d)|at|(?:[Tt]ables?|[Aa]nnex|[Ff]igs?\.|[Ff]igures?|[Pp]ls?\.|[Pp]lates?)\s` +
  // An auction's lot and a catalogue's number: `lot 753`, `lots 273–80`, `cat. no. 16`, `supp. cat. no. 16`.
  String.raw`|lots?\s|(?:supp\.\s+)?cat\.\s+nos?\.` +
  // German notes' page, `S. 12`, `S.10f.` (Seite), perhaps after `hier` (here: the page cited in a part's extent).
  String.raw`|(?:hier\s+)?S\.(?=\s?\d)` +
  // German law's margin number, `Rn. 12` (Randnummer), `Rdnr. 4`, `Rz. 3`, `Tz. 5`, perhaps in a provision's
  // commentary (`§ 4 Rn. 38`).
  String.raw`|(?:(?:§§?|Art\.)\s*\d+[a-z]?\s+)?(?:Rn|Rdn|Rdnr|Rz|Tz)\.(?=\s?\d)` +
  // A work's book, part and lecture: `book 5`, `bk. 5`, `part 3`, `pt. 2`, `lect. 9`.
  String.raw`|[Bb]ooks?\s(?=[\dIVXLC])|bks?\.|[Pp]arts?\s(?=[\dIVXLC])|pts?\.|lects?\.` +
  String.raw`|[Cc]hapters?\s|${FRONT_PART})\s*`;
/** A numbered section or paragraph, its parts parted by full stops: `para. 3.1`, `§ 2.4`, `section 4.1.3`. */
const SECTION = String.raw`(?:paras?\.|§§?|secs?\.|[Ss]ections?\s)\s*\d+(?:\.\d+)+`;
/** An early printed book's signature mark: `sig. A.3v`, `sigs. B2r–B4v`. */
const SIGNATURE = String.raw`sigs?\.\s*[A-Z]{1,3}\.?\d*[rv]?(?:\s*(?:--|[-–—])\s*[A-Z]{0,3}\.?\d*[rv]?)?`;
/** A range's end: a page, a folio side (`26f`, a folha's front), `vol:page`, or a roman page (`xxix–xxxiii`). */
const RANGE_END = String.raw`(?:\s*(?:--|[-–—])\s*(?:\d+(?:[rv]|f(?=[\s,;.]|$)|[a-e](?![a-zA-Z]))?(?::\d+)?|[ivxlc]+(?![a-z])))`;
/**
 * A volume in capital roman numerals before its page, and a part in small ones: `II: 45`, `III: i 223`; MHRA's comma
 * after a volume's numeral (`II, 45`, up to `XXXIX`) before a page in figures.
 */
const ROMAN_VOLUME = String.raw`(?:[IVXLC]+:\s?(?:[ivxlc]+\s)?|X{0,3}(?:IX|IV|V?I{1,3}|V),\s(?=\d))`;
/** `n.p.`: a page without a number (an unpaginated catalogue's), cited as such. */
const NO_PAGE = String.raw`n\.\s?p\.`;
const PAGE =
  String.raw`(?:${SIGNATURE}|${SECTION}|passim|${NO_PAGE}|(?:${LABEL})?${ROMAN_VOLUME}?(?:[ivxlc]+|e\d+|[A-Z]\d{1,3}\b|\[\d{1,3}\]|\d+(?:\s?ff?\.|ff?\.?|[rv]|[a-e](?![a-zA-Z]))?(?::\s?\d+)?(?:\(\w{1,4}\))*)` +
  String.raw`${RANGE_END}?(?:,?\s*nn?\.\s*\d+|\s?nn?\d+${RANGE_END}?|,\s*note\s+to\s+§+\s*\d+)?(?:,?\s+${EMPHASIS_OPEN}?passim${EMPHASIS_CLOSE}?)?)`;
/** Several places: `145, 150`, `57, 67, 74`, `12, 19 and 47`; a page's note (`23 n. 4`, `296, note to § 12`) is part of it. */
export const LOCATOR = `${PAGE}(?:(?:,\\s*|,?\\s+and\\s+)${PAGE})*`;
/**
 * The author's remark in brackets after a place cited (the Bluebook's explanatory parenthetical: `(emphasis added)`,
 * `(citation omitted)`, `(statement of Ann Lee)`); one that quotes or cites another work is a citation of its own.
 */
export const REMARK_IN_BRACKETS = String.raw`(?:\s*\((?!\s*(?:quoting|citing|cited\s+in|see)\b)[^()]*\))?`;

/** The locator as recorded: the page label `p.`/`pp.` (CSL's default), German `S.` and `at` dropped, the rest as written. */
export function cleanLocator(locator: string): string {
  // `clvi, p. 14`: a volume, then the labelled page cited in it; `clvi, 14` (New Hart's Rules): a volume in small
  // Roman numerals, then the page in Arabic figures. Only a numeral of 90 or more (with `c`, `d` or `m`) is read
  // so: `xii, 14` is a preface's page and a text's (Chicago), both cited.
  const volume = /^(?:[ivxlc]+|\d+),\s*((?:pp?\.)\s*.+)$|^(?=[ivxl]*[cdm])[ivxlcdm]+,\s*(\d+(?:\s*[-–]\s*\d+)?)$/.exec(
    locator.trim(),
  );
  if (volume) locator = volume[1] ?? volume[2];
  return (
    locator
      // `107–127 *passim*`: the italics of a Latin word are no part of the place.
      .replace(/[\uE000\uE001]/g, '')
      .replace(/\s{2,}/g, ' ')
      .trim()
      .replace(/^(?:pp?\.|pp?\s(?=[\dixvlc])|at|(?:hier\s+)?S\.(?=\s?\d))\s*/, '')
      .replace(/,(\s*)(?:pp?\.)\s*/g, ',$1')
  );
}

export { MONTHS };

/** A year of print, 1500–2099, as a pattern's source. */
export const YEAR = String.raw`(?:1[5-9]|20)\d\d`;
/**
 * Author-date's names before their bracketed year (`Lee`, `Lee and Chen`, `Lee & Chen`, `Lee et al.`): family names
 * joined by `and`, never by commas alone (`Lee, Tides (1610)` is a name and a title).
 */
export const AUTHOR_DATE_NAMES = String.raw`\p{Lu}[\p{L}'’-]+(?:,?\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+){0,3}(?:\s+et\s+al\.?)?`;

/** `idem` (`eadem`, `eidem`, `iidem`, abbreviated `ead.`, `eid.`): the same authors as the work cited just before. */
export const IDEM = '(?:idem|eadem|eidem|iidem|ead|eid)';
/** A year a press may have printed in, incunables' (1450s on) included: imprints, not dates of events. */
export const PRINT_YEAR = String.raw`(?:14[5-9]\d|${YEAR})`;
const MONTH_NAMES = MONTHS.map((month) => month[0].toUpperCase() + month.slice(1)).join('|');
export const MONTH_WORD = `(?:${MONTH_NAMES}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;
/** `April 14, 2021`, `November, 4, 2020`, `July, 2016`, `February 2021`, `Sep. 4, 2023`. */
export const MONTH_DATE = new RegExp(`\\b(${MONTH_WORD}),?\\s*(?:(\\d{1,2}),?\\s*)?(\\d{4})\\b`);
/**
 * `July 19 (2019)`: a month and day, the year in brackets (not a journal's issue, whose bracketed year its pages
 * follow after a colon: `15, no. 8, December 1 (2013): 1348–65`).
 */
const BRACKETED_YEAR_DATE = new RegExp(`\\b(${MONTH_WORD})\\s+(\\d{1,2}),?\\s*\\((\\d{4})\\)(?!\\s*:)`);
/** `4 May 1982`, `4 Sep. 2023`, and with a comma before the year, `4 May, 1982`. */
const DAY_MONTH_DATE = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_WORD}),?\\s+(\\d{4})\\b`);

export function monthNumber(word: string): number {
  const key = word.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(key)) + 1;
}

/** The first written date, American or British order: where it is and its date parts. */
export function findDate(text: string): { index: number; length: number; parts: number[] } | undefined {
  // `July 19 (2019)`: a day's date with its year in brackets, as some notes write a periodical's.
  const bracketed = BRACKETED_YEAR_DATE.exec(text);
  const plainDate = unbracketedDate(text);
  if (bracketed && (!plainDate || bracketed.index < plainDate.index)) {
    return {
      index: bracketed.index,
      length: bracketed[0].length,
      parts: [Number(bracketed[3]), monthNumber(bracketed[1]), Number(bracketed[2])],
    };
  }
  return plainDate;
}

function unbracketedDate(text: string): { index: number; length: number; parts: number[] } | undefined {
  const american = MONTH_DATE.exec(text);
  const british = DAY_MONTH_DATE.exec(text);
  if (british && (!american || british.index <= american.index)) {
    return {
      index: british.index,
      length: british[0].length,
      parts: [Number(british[3]), monthNumber(british[2]), Number(british[1])],
    };
  }
  if (!american) return numericDate(text);
  // `Jan./Feb. 2009`, `July–August 2010`: a magazine's issue of two months, dated by the first.
  const double = american[2] ? undefined : FIRST_OF_TWO_MONTHS.exec(text.slice(0, american.index));
  if (double)
    return {
      index: double.index,
      length: american.index - double.index + american[0].length,
      parts: [Number(american[3]), monthNumber(double[1])],
    };
  const parts = american[2]
    ? [Number(american[3]), monthNumber(american[1]), Number(american[2])]
    : [Number(american[3]), monthNumber(american[1])];
  return { index: american.index, length: american[0].length, parts };
}

/** `04.05.1982`, `1. 8. 2006`: a day written the German (and much of Europe's) way, day, month, year parted by full stops. */
const NUMERIC_DATE = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/;

function numericDate(text: string): { index: number; length: number; parts: number[] } | undefined {
  const date = NUMERIC_DATE.exec(text);
  if (!date || Number(date[2]) < 1 || Number(date[2]) > 12 || Number(date[1]) < 1 || Number(date[1]) > 31)
    return undefined;
  return { index: date.index, length: date[0].length, parts: [Number(date[3]), Number(date[2]), Number(date[1])] };
}

/** The first month of an issue's two, straight before the second: `Jan./`, `July–`. */
const FIRST_OF_TWO_MONTHS = new RegExp(`\\b(${MONTH_WORD})\\s*[/–-]\\s*$`);

/** Removes the emphasis and URL markers, keeping emphasised text and dropping URLs. */
export function plain(text: string): string {
  // Run on every part of every note, most of them without a marker: the patterns only when there is one.
  if (!MARKER.test(text)) return text;
  return text.replace(MARKED_URLS, '').replace(EMPHASIS_MARKS, '');
}

/** The first address marked in the text, without the full stop or comma a note may close it with. */
export function firstAddress(text: string): string | undefined {
  return MARKED_URL.exec(text)?.[1].replace(/[.,]+$/, '');
}

/** Keeps URLs inside titles (tweets quote links) as their bare address. */
export function withInlineUrls(text: string): string {
  return text.replace(MARKED_URLS, '$1').replace(EMPHASIS_MARKS, '');
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Lower case, no diacritics, straight apostrophes: for comparing names and titles. */
export function fold(text: string): string {
  return memo(foldCache, text, () => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase());
}

// Titles and names are compared against every earlier work; their words are worth keeping.
const foldCache = new Map<string, string>();
const wordsCache = new Map<string, string[]>();

/** The value kept for the key, made once (a cache of a pure function's results, emptied past 20,000). */
export function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size > 20_000) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** Words of a title or name for fuzzy comparison: folded, punctuation dropped. Do not mutate. */
export function words(text: string): string[] {
  return memo(wordsCache, text, () =>
    fold(text)
      .replace(/['’]s\b/g, 's')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
}

/** ASCII letters only, for ids: `de Waal` → `dewaal`, `Donabédian` → `donabedian`. */
export function asciiKey(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, '');
}

/** Edit distance; once it is sure to exceed `limit`, stops and returns `limit + 1`. */
export function levenshtein(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (current[j] < best) best = current[j];
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/**
 * Strips a trailing full stop (and stray commas) that Chicago puts inside closing quotes, and the comma a
 * writer set in italics with the title after it (`*, Journal*`).
 */
export function trimTitle(title: string): string {
  const trimmed = collapse(title)
    .replace(/^[\s,;:]+/u, '')
    .replace(/[\s.,;:]+$/u, '')
    .replace(/([?!])\.$/, '$1');
  // `“A Coastal ‘Republic of Tides,’”`, `“Is It ‘Real?,’”`: the title's closing comma, typed inside its last quotation
  // (looked for only where the title ends so: the look back is slow, tried at every place).
  return /,[’']$/.test(trimmed) ? trimmed.replace(/(?<=[‘'][^‘'’]*[\p{L}?!]),(?=[’']$)/u, '') : trimmed;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words that say nothing of a title's subject: English articles, conjunctions, prepositions and copulas. */
export const STOPWORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'in',
  'on',
  'to',
  'for',
  'from',
  'with',
  'at',
  'by',
  'is',
  'are',
]);
