/**
 * The publication facts after a citation's title and container, markup removed, as small
 * productions: editors and translators (`ed. A and B`, `trans. C`, `edited by D`), a thesis
 * (`PhD diss., University, 2001`), a journal's volume, issue, year and pages (`31, no. 3 (1998):
 * 23–41`, `31.3 (1998), 23–41 (p. 25)`), a book's `(Place: Publisher, Year)`, a date (`May 4, 1982`,
 * `4 May 1982`), a year, an archival mark (`MS 260`), then the cited place.
 */
import { parseNoteNames, type CslName } from './names.js';
import { blankImprintTail } from './imprint-tail.js';
import { imprintRoles } from './imprint-roles.js';
import { blankInBeforeJournal } from './journal-after-in.js';
import { REFERENCE_NAME, referenceAfterDate } from './reference-after-date.js';
import { softwareVersion } from './software-version.js';
import { DATASET_WORD } from './dataset-genre.js';
import { MEETING_WORD } from './meeting-dates.js';
import { LOCATOR, MONTHS, YEAR, cleanLocator, findDate, MONTH_DATE } from './text.js';

/** A work's kind named after its title: `white paper`, `working paper`, `talk given at …`, `Manuscript.` */
const REPORT_GENRE = new RegExp(
  String.raw`(?:^|[\s,.])((?:white|working|discussion|policy|briefing|research)\s+paper|policy\s+brief` +
    String.raw`|technical\s+report)\b[,.]?`,
  'i',
);
/**
 * `paper presented at the Shore Workshop`, `paper prepared for the Shore Conference`; also, without the verb, a speech
 * named by its audience (`Address to the Harbour Association`, `lecture before the Quay Society`).
 */
const SPEECH = new RegExp(
  String.raw`(?:^|[\s,.(])(?:(?:(?:a\s+)?(?:[Pp]aper|[Tt]alk|[Ll]ecture|[Aa]ddress|[Kk]eynote|[Pp]resentation)\s+` +
    String.raw`(?:given|presented|delivered|read)\s+(?:at|to|before)|(?:an?\s+)?(?:[Aa]ddress|[Ll]ecture|[Ss]peech|[Ss]ermon|[Oo]ration)\s+(?:to|before)` +
    // `paper prepared for the 6th General Conference of …`: written for a meeting (a body's commission is a report).
    String.raw`|(?:a\s+)?[Pp]aper\s+(?:prepared|written)\s+for(?=\s+[^,.;]*\b(?:${MEETING_WORD}|Congress|Convention|Meeting)\b))` +
    String.raw`\s+([^,.;]*(?:,\s*[^,.;\d]+)*?))` +
    String.raw`(?=,\s*(?:\d|\p{Lu}\p{Ll}+\.?\s+\d)|[.;]|$)`,
  'u',
);
const MANUSCRIPT_WORD = /(?:^|[\s,.])[Mm]anuscript[.,](?=\s|$)/;
const BLOG_POST = /(?:^|[\s,])blog\s+post\b[,:.]?/i;

export interface Details {
  /** `white paper`, `working paper`: a report's genre. */
  genre?: string;
  /** `paper presented at the Shore Workshop`: a speech and its event. */
  event?: string;
  /** `Manuscript.` said after the title. */
  manuscript?: boolean;
  /** `R package version 0.2.1`: software's release (software-version.ts). */
  version?: string;
  volume?: string;
  issue?: string;
  journalYear?: number;
  page?: string;
  place?: string;
  publisher?: string;
  issued?: number[];
  /** The date gives a day: a newspaper's or a web page's. */
  dayDate?: boolean;
  locator?: string;
  editors?: CslName[];
  /** A film's director, named after its title (`directed by Ann Lee`). */
  directors?: CslName[];
  translators?: CslName[];
  /** `PhD diss.`, `MA thesis`. */
  thesis?: string;
  archiveLocation?: string;
  blog?: boolean;
  /** Dated by a span of years (`2012–2019`, `(2012–)`): a project or site kept up over time. */
  span?: boolean;
  /** A journal's article by its shape, though neither volume nor year is given (`Shore Review, 23–41`). */
  journal?: boolean;
  /** A site named without italics before the date (`Civic Notes, May 4, 2001`). */
  container?: string;
  inBook?: boolean;
}

export interface DetailsContext {
  /** Note order (`First Last, Title, …`) rather than bibliography order: a journal's `: 25` is the cited page. */
  noteOrder: boolean;
  titleStyle: string;
  hasContainer: boolean;
  /** The container's name, when the citation marked one. */
  container?: string;
  /** The container follows `in` (a book's part, not a journal's article). */
  inBook?: boolean;
}

const PAGES = String.raw`\d+[rv]?(?:\s*(?:--|[-–—])\s*\d+[rv]?)?`;
/** An article's number where pages would stand: `e24`, `e1002234`, `h2207` (a letter, then figures). */
const ARTICLE_NUMBER = String.raw`[a-zA-Z]\d{2,}`;
/**
 * `ed. A and B`, `eds. A`, `, eds A` (the full stop left out), `edited by A`, `trans. C` (French `trad. C`), a film's `directed by D`
 * (Chicago 14.265): a role, then its names.
 */
const ROLE = new RegExp(
  String.raw`(?:^|[,.;]\s*|\s)((?:[Ee]d|[Ee]ds|[Tt]rans|[Tt]rad)\.|(?<=^|,\s*)[Ee]ds(?=\s+\p{Lu})|[Ee]dited|[Tt]ranslated|[Dd]irected)(?:\s+(?:by|and\s+` +
    String.raw`(?:ed|trans)\.))?\s+([^()]*?)(?=\s*[(;]|,\s*(?:pp?\.\s*|(?:[Vv]ols?|[Pp]t|[Bb]k|[Nn]os?|n)\.\s*|[Vv]olume\s+)?\d|,\s*[^,():]+:\s*[^():]*${YEAR}` +
    String.raw`|(?<=\p{Ll}{2})\.\s+(?=\p{Lu})|[.,;]\s*(?:[Tt]rans` +
    String.raw`|[Tt]ranslated|[Ee]d\.|[Ee]dited)\b|(?<!(?:^|[\s.])\p{Lu})\.\s+\p{Lu}[^.]*:|\.\s*$|$)`,
  'u',
);
/** A degree by its abbreviation, as a thesis names it (`PhD`, `Ph.D.`, Oxford's `DPhil`, `MPhil`, `MA`, `BA`). */
export const DEGREE = String.raw`(?:PhD|PHD|Ph\.\s?D\.|MA|M\.A\.|MPhil|DPhil|MSc|MLitt|BA)`;
/**
 * `PhD diss., Quay University, 2001`; the degree's month (and day) may stand before its year (`…, September 2015`); OSCOLA
 * leaves out the comma before the year in brackets (`(PhD diss, Quay University 2001)`), and a thesis named in capitals
 * may give its year in brackets after the school (`Unpublished PhD Thesis, University of Leith (2010)`).
 */
const THESIS = new RegExp(
  String.raw`\b((?:[Uu]npublished\s+)?(?:${DEGREE}|doctoral` +
    String.raw`|master['’]s|Master['’]s|Doctoral)\s+(?:[Dd]iss(?:ertation)?\.?|[Tt]hesis)|[Dd]issertation` +
    String.raw`|[Tt]hesis)\s*,\s*([^,()]+?)(?:,(?:\s*[^,()\d]+,)*?\s*(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?|\s+\(?(?=(?:1[5-9]|20)\d\d\)))(${YEAR})`,
);
/** `MA thesis, 2018`: a degree's thesis, then its year, no school named (the school's group left empty). */
const THESIS_NO_SCHOOL = new RegExp(
  String.raw`\b((?:${DEGREE}|master['’]s|Master['’]s)\s+(?:diss(?:ertation)?\.?|thesis))` +
    String.raw`\s*,\s*()(${YEAR})\b`,
);
/** A year, or a season's two (`1996-97`, `1996/1997`), as a periodical's issue is dated. */
const ISSUE_YEAR = String.raw`(${YEAR})(?:\s*[-–/]\s*\d{2,4})?`;
/**
 * `31, no. 3 (1998)` (or `no 3.`), `31.3 (1998)`, a double issue `31.3-4 (1998)`, `31:3 (1998)`, `31/3 (1998)` (New
 * Hart's Rules), and the issue without `no.`: `31, 3 (1998)`, `31 3 (1998)`;
 * dated by a year, a season or a month (`(Winter 1996-97)`).
 */
const JOURNAL = new RegExp(
  String.raw`^(\d+)(?:,?\s*[Nn]o\.?\s*(\d+(?:[/–-]\d+)?)\.?|[.:/](\d+(?:(?<=\.\d+)[/–-]\d+)?)|,?\s+(\d+)(?=,?\s*\())?,?\s*\(([^()]*?)${ISSUE_YEAR}\)`,
);
/**
 * The issue in brackets after the volume, the year after them or not given: `12 (3)`, `12(3), 2001`, `12 (3)
 * (2001)` (APA's and Harvard's way, met in notes).
 */
const BRACKETED_ISSUE = new RegExp(
  String.raw`^(\d+)()()\s*\((\d+(?:[/–-]\d+)?)\)(?:,?\s*\(?([^()\d,]*?)${ISSUE_YEAR}\)?)?(?=[\s.,:;]|$)`,
);
/**
 * `XXIV, no. 2 (June 2005)`: a journal's volume in Roman numerals, then its issue's number and date (the groups as
 * JOURNAL's); only after a periodical's name, where a book's `vol. II` never stands so.
 */
const ROMAN_JOURNAL = new RegExp(
  String.raw`^([IVXLC]+),?\s*(?:[Nn]o|[Nn]º|[Nn]r)\.?\s*(\d+(?:[/–-]\d+)?)\.?()(),?\s*\(([^()]*?)${ISSUE_YEAR}\)`,
);
/** `no. 26 (2008)`: a journal's issue numbered without a volume (the groups as JOURNAL's, the volume empty). */
const ISSUE_ONLY = new RegExp(
  String.raw`^()(?:[Nn]o\.?|[Nn]r\.?|n\.)\s*(\d+(?:[/–-]\d+)?)()(),?\s*\(([^()]*?)${ISSUE_YEAR}\)`,
);
/**
 * After a journal named without italics (the groups as JOURNAL's): a double volume `7-8 (1996)`, or no volume,
 * the year alone then a colon and the article's pages `(1921): 193–223` (a body's paper dated by its day is no journal's).
 */
const DOUBLE_VOLUME = new RegExp(String.raw`^(\d+[–-]\d+)()()(),?\s*\(([^()]*?)${ISSUE_YEAR}\)`);
const DATE_THEN_PAGES = new RegExp(String.raw`^()()()()\(()${ISSUE_YEAR}\)(?=\s*:\s*\d+\s*(?:--|[-–—])\s*\d+[\s.,]*$)`);
/** A month's or a season's name, as a periodical's issue is dated. */
const SEASON = [
  ...MONTHS.map((month) => month[0].toUpperCase() + month.slice(1, 3)),
  'Spring',
  'Summer',
  'Autumn',
  'Fall',
  'Winter',
].join('|');
/** A season and its year, in brackets or not: `(Spring 1996)`, `Fall/Winter 2001`, `(Winter 1996/97)`. */
const SEASON_DATE = new RegExp(
  String.raw`\(?\b(?:Spring|Summer|Autumn|Fall|Winter)(?:\s*[/–-]\s*(?:Spring|Summer|Autumn|Fall|Winter))?,?\s+` +
    String.raw`(${YEAR})(?:\s*[-–/]\s*\d{2,4})?\)?`,
);
/**
 * A volume and its `no.` after other words, dated by a year or a month: `, 41, no. 6 (December 2013)`, `13, no. 7/8
 * (2007)`, `Vol.17, No.4 (2005)` (not an assembly's papers, `vol. 2, no. 16 (Hull, 1850)`).
 */
const NUMBERED_JOURNAL = new RegExp(
  String.raw`(?<=^|,\s*|\s|\b[Vv]ol\.)(\d+),?\s*[Nn]o\.\s*(\d+(?:[/–-]\d+)?)()(),?\s*` +
    String.raw`\(((?:${SEASON})\p{L}*\.?(?:\s+\d{1,2})?,?\s*)?(${YEAR})\)`,
  'u',
);
/**
 * A journal named without italics between a quoted title and its volume: `“Tides,” Shore Review 31, 3 (1998)`; an
 * abbreviated name keeps the full stop of its last word (`“Tides,” J. Shore L. 6 (2010)`); a double volume
 * (`“Tides,” Rivista dei porti 7-8 (1996): 41–63`), or no volume but the date then a colon and the article's
 * pages (`“Tides,” The Harbour (1921): 193–223`, a journal's form: a chapter's book follows `in`); a labelled volume
 * with its issue or its date alone (`‘Tides’, Shore Review, Vol. 45, No. 2 (2001)`, `…, vol. 39 (2008)`: a book's
 * volume is dated with its imprint, `vol. 2 (Hull, 1990)`).
 */
const UNMARKED_JOURNAL = new RegExp(
  String.raw`^\s*(\p{Lu}[\p{L}'’&.\- ]*?\p{L}(?::\s+\p{Lu}[\p{L}'’&.\- ]*?\p{L})?(?:(?<=(?:^|\s)\p{Lu}\p{Ll}{0,3})\.)?),?\s+` +
    String.raw`(?=\d+(?:[-–/]\d+)?(?:,?\s*[Nn]o\.\s*\d+|\.\d+|,?\s+\d+)?,?\s*\([^()]*${YEAR}\)|\d+:\s*${PAGES}[\s.,]*$` +
    // `Shore Review, Vol. 45, No. 2 (2001)`, `vol. 39, no. 4`: a labelled volume dated alone, or with its issue.
    String.raw`|[Vv]ol(?:ume)?\.?\s*\d+(?:,?\s*[Nn]o\.?\s*\d+,?\s*\((?:[\p{L}.]+\s+)?${YEAR}\)|,?\s*[Nn]o\.?\s*\d+\b|,?\s*\((?:[\p{L}.]+\s+)?${YEAR}\))` +
    String.raw`|\(${YEAR}\):\s*\d+\s*(?:--|[-–—])\s*\d+[\s.,]*$)`,
  'u',
);
/** A reference work's name (general vocabulary), without italics, straight after an entry's quoted title. */
const UNMARKED_REFERENCE = new RegExp(String.raw`^[\s,.]*` + REFERENCE_NAME, 'u');
/** `Shore Review 31: 23–41`: a journal's volume and pages, its year not given. */
const VOLUME_PAGES = new RegExp(String.raw`^[\s,]*(\d+):\s*(${PAGES})[\s.,]*$`);
/** Words in the names of journals (general vocabulary): `Journal`, `Review`, `Quarterly`, `Studies`. */
const JOURNAL_WORD =
  /\b(?:Journal|Review|Quarterly|Studies|Annals|Bulletin|Transactions|Proceedings|Jahrbuch|Revue|Rivista|Revista)\b/;
/** `“Tides,” Shore Review, 23–41.`: a journal named without italics, then the article's pages. */
const UNMARKED_JOURNAL_PAGES = /^\s*(\p{Lu}[^,()\d]*?\p{L}),\s*(\d+\s*(?:--|[-–—])\s*\d+)[\s.]*$/u;
/** `esp. 23`, `especially 23–25`: a pinpoint the author stresses. */
const STRESS = String.raw`(?:esp\.|especially)\s*`;
/**
 * Access dates are not publication dates: `(accessed April 28, 2010)`, `[Accessed 4 March 2013]`, `accessed 1 December
 * 2017`.
 */
const ACCESSED = new RegExp(
  String.raw`[([]\s*(?:last\s+)?accessed\b[^)\]]*[)\]]|,?\s*\b(?:last\s+)?accessed:?\s+(?:on\s+)?` +
    String.raw`(?:\d{1,2}\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d\d-\d\d)`,
  'giu',
);
/** `posted March 2, 2009`, `Posted on 4 May 2009`: a blog's post. */
const POSTED = /,?\s*\b[Pp]osted(?:\s+on)?\s+(?=(?:\d{1,2}\s+)?\p{Lu}\p{L}+\.?\s+\d)/u;
/** `(Hull: Quay Press, 2004)`; the comma before the year may be left out in brackets (`(Hull: Quay Microform 2004)`). */
const BOOK = new RegExp(
  String.raw`\(?([^():;,.\d]+?(?:,\s*[A-Z]{2})?):\s*(?:([^():]+?),\s*|(?<=\(\s*[^():;,.\d]+:\s*)([^():,\d]+?)\s+(?=${YEAR}\)))?(${YEAR})\)?`,
);
/** `London, 1736. Reprint. …, 1971`, `1736; repr. …`: the original's year, before a reprint named after it. */
const BEFORE_REPRINT = new RegExp(String.raw`\b(${YEAR})[.,;]?\s*(?:[Rr]eprint(?:ed)?|[Rr]epr\.|[Rr]pt\.)(?=[\s.,]|$)`);
/** `MS 260`, `MS. 12`, `MS260`: a shelfmark; not the letters opening a word (`MSX.2017`) or a DOI's path (`10.1234/MS.2018`). */
const ARCHIVE = /(?<!\/)\b((?:Add\.\s*)?MSS?(?:\.\s*|\s+|(?=\d))[\w./-]*\d[\w./-]*)/;
const FOLIO = /\b([Ff]ols?\.\s*\d+[rv]?)/;
// (A colon may close the place cited when the address followed it: `p. 29: <https://…>`.)
const LEADING_LOCATOR = new RegExp(`^[\\s.,:;)’”]*(?:${STRESS})?(${LOCATOR})(?=[\\s.,;()]|:\\s*$|$)`);
const ANY_YEAR = new RegExp(String.raw`\b${YEAR}\b`);
const YEARLESS_IMPRINT = /\(\s*(\p{Lu}[\p{L} .,'’-]*?):\s*(\p{Lu}[^():\d]*?)\s*\)/u;
const SQUARE_IMPRINT = new RegExp(String.raw`\[([^[\]]*:[^[\]]*\b${YEAR})\]`, 'g');
const TRAILING_EXTENT_PINPOINT = new RegExp(
  String.raw`(?:^|[\s,.:])(?:pp\.\s*)?(\d+\s*(?:--|[-–—])\s*\d+)\s*[([]\s*(${LOCATOR})\s*[)\]][\s.,]*$`,
);
/**
 * A fact the author supplied, in square brackets inside an imprint's round ones, the whole of its part: `([Hull]:
 * [Quay Press], [1999?])`. (`2011 [1991]`, a first edition's year, and `Hull [Shore County]:` are no such part.)
 */
const SUPPLIED = /(?<=[(,:]\s*)\[([^[\]():]{1,40})\](?=\s*[:,)])(?=[^()]*\))/g;
/** An uncertain year: `1999?`. */
const UNCERTAIN_YEAR = new RegExp(String.raw`\b(${YEAR})\?`, 'g');
/** A part's extent, a colon, then the page cited in it: `pp. 11-30: 15`. */
const EXTENT_COLON_PAGE = new RegExp(
  String.raw`^[\s.,;]*(?:pp\.\s*)?(\d+\s*(?:--|[-–—])\s*\d+)\s*:\s*(${LOCATOR})[.\s]*$`,
);
/** A time of day: `10:15 a.m.`, `9:05 PM`. */
const TIME_OF_DAY = /\b\d{1,2}:\d{2}\s*(?:[ap]\.\s?m\.|[AaPp]\.?M\.?)(?=[\s,;)]|$)/g;
const TRAILING_LOCATOR = new RegExp(`(?:^|[\\s,.:])(${LOCATOR})[\\s.,]*(?::\\s*)?$`);
/** `…, 25–27 August 2011, Hull, pp. 3–7.`: the town of a meeting after its date, then the page cited, labelled. */
const TOWN_THEN_PAGE = new RegExp(
  String.raw`^[\s,]*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},\s*((?:pp?|pg)\.\s*(?:${LOCATOR}))[\s.]*$`,
  'u',
);

/** `3rd ser., `, `3d ser., `, `new series, `, `n.s. `: a journal's series opening the facts, before a volume's number. */
const JOURNAL_SERIES =
  /^(?:(?:\d+(?:st|nd|rd|d|th)|[Nn]ew|[Oo]ld)\s+ser(?:\.|ies)|[Nn]\.\s?s\.|[Oo]\.\s?s\.),?\s*(?=\d)/;

/** Words of a site's, a periodical's or a company's name, never of a place's (`Wiley Periodicals, Inc`). */
const SITE_WORD =
  /\b(?:Blog|News|Times|Post|Review|Magazine|Journal|Online|Daily|Weekly|Press|Radio|TV|Library|Archives?|Inc|Ltd|LLC|Co|Corp|Corporation|Company|GmbH|plc|AG|SA)\b/;
/** A site's name, then one or two places of one to three capitalised words each: `Quay Galleries, Hull, Shore`. */
const SITE_THEN_PLACE =
  /^([^,]+),\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?)$/u;

export function parseDetails(details: string, context: DetailsContext): Details {
  const facts: Details = {};
  let text = details
    .replace(ACCESSED, (match) => ' '.repeat(match.length))
    // `([Hull]: [Quay Press], [1999?])`: facts the author supplied in square brackets, an uncertain year's `?`, inside
    // the imprint's brackets (the same length, so every position still holds).
    .replace(SUPPLIED, ' $1 ')
    .replace(UNCERTAIN_YEAR, '$1 ')
    // `May 4, 2019, 10:15 a.m.,` (a post's time, Chicago 14.209): no place cited.
    .replace(TIME_OF_DAY, (match) => ' '.repeat(match.length))
    // `[Hull: Quay Press, 1968], 166--74 [p. 169]`: MHRA's brackets inside a bracket of the author's, read as round ones.
    .replace(SQUARE_IMPRINT, '($1)')
    .replace(/^[\s.,:]+/, '')
    // `*Shore Quarterly*, 3rd ser., 33 (1976)` (Chicago 14.180): the journal's series, before its volume.
    .replace(JOURNAL_SERIES, '')
    .replace(/\bAvailable(?:\s+(?:from|at|online))?:?\s*/g, ' ');
  /** Where the last fact ended: the cited place follows it. */
  let cursor = 0;
  const take = (match: RegExpExecArray, keep = '') => {
    text =
      text.slice(0, match.index) +
      keep +
      ' '.repeat(Math.max(0, match[0].length - keep.length)) +
      text.slice(match.index + match[0].length);
    cursor = Math.max(cursor, match.index + match[0].length);
  };

  if (new RegExp(String.raw`\b${YEAR}\s*[-–]\s*(?:${YEAR}\b|\)|:)`).test(text)) facts.span = true;
  const posted = POSTED.exec(text);
  if (posted) {
    facts.blog = true;
    // The comma before `posted` stays: it parts the blog's name from the date (`Shore Notes, posted May 4, 2009`).
    const comma = posted[0].startsWith(',') ? ',' : '';
    text =
      text.slice(0, posted.index) +
      comma +
      ' '.repeat(posted[0].length - comma.length) +
      text.slice(posted.index + posted[0].length);
  }
  const blogPost = BLOG_POST.exec(text);
  if (blogPost) {
    facts.blog = true;
    text = text.replace(BLOG_POST, (match) => ' '.repeat(match.length));
  }
  // `“Tide Heights,” dataset, v0.2 (…)`: a data set (dataset-genre.ts).
  const dataset = DATASET_WORD.exec(text);
  if (dataset) {
    facts.genre = 'dataset';
    text = text.replace(DATASET_WORD, (match) => ' '.repeat(match.length));
  }
  const genre = REPORT_GENRE.exec(text);
  if (genre) {
    facts.genre = genre[1].toLowerCase();
    text = text.replace(REPORT_GENRE, (match) => ' '.repeat(match.length));
  }
  const speech = SPEECH.exec(text);
  if (speech) {
    facts.event = speech[1].trim();
    text = text.replace(SPEECH, (match) => ' '.repeat(match.length));
  }
  const release = softwareVersion(text);
  if (release) {
    facts.version = release.version;
    text = release.text;
  }
  if (MANUSCRIPT_WORD.test(text)) {
    facts.manuscript = true;
    text = text.replace(MANUSCRIPT_WORD, (match) => ' '.repeat(match.length));
  }
  if (/\(blog\)/i.test(text)) {
    facts.blog = true;
    text = text.replace(/\(blog\)/i, '      ');
  }
  for (let role = ROLE.exec(text); role; role = ROLE.exec(text)) {
    const names = parseNoteNames(role[2]).names;
    if (/^[Tt]ran|^[Tt]rad/.test(role[1])) facts.translators = names;
    else if (/^[Dd]irected/.test(role[1])) facts.directors = names;
    else facts.editors = names;
    const start = role.index;
    text = text.slice(0, start) + ' '.repeat(role[0].length) + text.slice(start + role[0].length);
  }

  // `MA thesis, 2018`: a degree's thesis whose school the note leaves out (its year straight after).
  const thesis = THESIS.exec(text) ?? THESIS_NO_SCHOOL.exec(text);
  if (thesis) {
    facts.thesis = thesis[1].replace(/^unpublished\s+/i, '');
    if (thesis[2]) facts.publisher = thesis[2].trim();
    facts.issued = [Number(thesis[3])];
    take(thesis);
  }

  // `“Tides” in Shore Studies 9 (2018)`: the `in` before a journal named without italics (journal-after-in.ts).
  const afterIn =
    !thesis && context.titleStyle === 'quoted' && !context.hasContainer ? blankInBeforeJournal(text) : undefined;
  if (afterIn && UNMARKED_JOURNAL.test(afterIn.replace(/^[\s.,]+/, ''))) text = afterIn;
  const unmarked =
    !thesis && context.titleStyle === 'quoted' && !context.hasContainer
      ? UNMARKED_JOURNAL.exec(text.replace(/^[\s.,]+/, ''))
      : null;
  if (unmarked) {
    facts.container = unmarked[1];
    const at = text.indexOf(unmarked[1]);
    text = text.slice(0, at) + ' '.repeat(unmarked[1].length) + text.slice(at + unmarked[1].length);
    const volumePages = VOLUME_PAGES.exec(text);
    if (volumePages) {
      facts.volume = volumePages[1];
      facts.page = volumePages[2];
      return facts;
    }
  }
  // `“Lee, Ann”, Shore Dictionary of National Biography (Quay Press, 2004)`: a reference work named without italics.
  const reference =
    !thesis && !unmarked && context.titleStyle === 'quoted' && !context.hasContainer
      ? UNMARKED_REFERENCE.exec(text)
      : null;
  if (reference) {
    facts.container = reference[1].trim();
    take(reference);
  }
  // `“Lee, Ann” (May 4 2011), in the Quay Dictionary of Harbour Lives`: the work after the entry's date (reference-after-date.ts).
  const laterReference =
    !thesis && !unmarked && !reference && context.titleStyle === 'quoted' && !context.hasContainer
      ? referenceAfterDate(text)
      : undefined;
  if (laterReference) {
    facts.container = laterReference.name;
    text =
      text.slice(0, laterReference.start) +
      ' '.repeat(laterReference.end - laterReference.start) +
      text.slice(laterReference.end);
  }
  const journalPages =
    !thesis && !unmarked && context.titleStyle === 'quoted' && !context.hasContainer
      ? UNMARKED_JOURNAL_PAGES.exec(text)
      : null;
  // `“Tides,” *Shore Review*, 23–41.`: an article's pages straight after its periodical, nothing else given.
  const pagesOnly =
    context.titleStyle === 'quoted' && context.hasContainer && !context.inBook
      ? /^[\s,]*(\d+\s*(?:--|[-–—])\s*\d+)[\s.]*$/.exec(text)
      : null;
  // `“Tides,” *Shore Review* 4: 1–9.`: a periodical's volume and the article's pages, its year given elsewhere or not.
  const volumePages =
    context.titleStyle === 'quoted' && context.hasContainer && !context.inBook ? VOLUME_PAGES.exec(text) : null;
  if (volumePages) {
    facts.volume = volumePages[1];
    // A range is the article's extent; a single page in a note, the one cited.
    if (context.noteOrder && !/[-–—]/.test(volumePages[2])) facts.locator = volumePages[2];
    else facts.page = volumePages[2];
    facts.journal = true;
    return facts;
  }
  if (pagesOnly) {
    facts.page = pagesOnly[1];
    facts.journal = true;
    return facts;
  }
  if (journalPages && JOURNAL_WORD.test(journalPages[1])) {
    facts.container = journalPages[1].trim();
    facts.page = journalPages[2];
    facts.journal = true;
    return facts;
  }
  const offset = text.length - text.replace(/^[\s.,]+/, '').length;
  const periodical = context.titleStyle === 'quoted' && (context.hasContainer || Boolean(unmarked)) && !context.inBook;
  // `*Shore Review* 22:3–19 (2018)`: the volume, the article's pages, then the year.
  const pagesBeforeYear = periodical
    ? new RegExp(String.raw`^[\s,]*(\d+):\s*(\d+\s*(?:--|[-–—])\s*\d+),?\s*\((${YEAR})\)`).exec(text)
    : null;
  if (pagesBeforeYear) {
    facts.volume = pagesBeforeYear[1];
    facts.page = pagesBeforeYear[2];
    facts.journalYear = Number(pagesBeforeYear[3]);
    facts.issued = [facts.journalYear];
    take(pagesBeforeYear);
    return finish(facts, text, cursor, true);
  }
  let journal = thesis
    ? null
    : (JOURNAL.exec(text.slice(offset)) ??
      (periodical
        ? (BRACKETED_ISSUE.exec(text.slice(offset)) ??
          ISSUE_ONLY.exec(text.slice(offset)) ??
          ROMAN_JOURNAL.exec(text.slice(offset)) ??
          (unmarked ? (DOUBLE_VOLUME.exec(text.slice(offset)) ?? DATE_THEN_PAGES.exec(text.slice(offset))) : null))
        : null));
  if (journal) journal.index += offset;
  // `*Review*, Special Issue on Tides, 41, no. 6 (2013)`: a section's name before the volume; `no.` says journal.
  else if (!thesis && !context.inBook) journal = NUMBERED_JOURNAL.exec(text);
  if (journal) {
    if (journal[1]) facts.volume = journal[1];
    const issue = journal[2] || journal[3] || journal[4];
    if (issue) facts.issue = issue;
    if (journal[6]) {
      facts.journalYear = Number(journal[6]);
      facts.issued = [facts.journalYear];
    } else facts.journal = true;
    take(journal);
    const after = text.slice(cursor);
    // An article's number (`e1002234`, `h2207`) stands where its pages would (Chicago 14.175). Given with the
    // article's other identifiers (`: e1002234, doi:10.…`, `: e17, https://…`) it is the article's, as in a full
    // reference; closing the citation alone (`(2015): h2207.`), it is what the note points to, as a single page
    // there is (the place cited). The pages may be marked (`(2011): pp. 24–43`, `: p. 25`), read alike.
    const colon = new RegExp(
      `^\\s*:\\s*(?:pp?\\.\\s*)?(${PAGES}|${ARTICLE_NUMBER})(?:,\\s*(${LOCATOR}))?(?:\\s*\\((${LOCATOR})\\))?`,
    ).exec(after);
    // (The address has been taken out of the details: a comma with nothing after it stood before one.) A page after
    // the number (`: e28071 4`, `: e28071 1-12`) makes it the article's too: the page is the place cited.
    const identified = (end: number) => /^\s*[,.]?\s*(?:doi\b|https?:)|^\s*,[\s.]*$|^\s+\d/i.test(after.slice(end));
    const extent = (pages: string) =>
      /[-–—]/.test(pages) || (new RegExp(`^${ARTICLE_NUMBER}$`).test(pages) && identified(colon?.[0].length ?? 0));
    // (A place cited ends at a word's end: `, varieng/…`, a broken address's tail, cites no page `v`.)
    const comma = new RegExp(
      `^\\s*,\\s*(${STRESS})?(?:pp?\\.\\s*)?(${LOCATOR})(?:\\s*\\((${LOCATOR})\\))?(?![\\w/])`,
    ).exec(after);
    if (colon) {
      if (colon[3]) {
        // `: 55–71 (61)`: the extent, then the cited page in brackets.
        facts.page = colon[1];
        facts.locator = cleanLocator(colon[3]);
      } else if (colon[2] && context.noteOrder && !extent(colon[1])) {
        // `: 671, 673`: two cited pages, not an extent.
        facts.locator = cleanLocator(`${colon[1]}, ${colon[2]}`);
      } else if (colon[2]) {
        facts.page = colon[1];
        facts.locator = cleanLocator(colon[2]);
      } else if (
        !extent(colon[1]) ||
        // (Two facing pages given with the article's DOI or address are its extent, as a full reference gives it.)
        (context.noteOrder && twoPages(colon[1]) && !identified(colon[0].length))
      )
        facts.locator = cleanLocator(colon[1]);
      // A range after the date is the article's extent; a single page (in either order of note) or two facing ones
      // in a note, the cited one.
      else facts.page = colon[1];
      cursor += colon[0].length;
    } else if (comma) {
      // `, 23–41, at 30`: the article's extent, then the page cited in it.
      const extentThenPage = new RegExp(`^(${PAGES}),\\s*((?:at|pp?\\.)\\s*)?(\\d+[rv]?)$`).exec(comma[2]);
      if (comma[3]) {
        facts.page = comma[2];
        facts.locator = cleanLocator(comma[3]);
      } else if (extentThenPage && /[-–—]/.test(extentThenPage[1]) && !twoPages(extentThenPage[1])) {
        facts.page = extentThenPage[1];
        facts.locator = extentThenPage[3];
      } else if (context.noteOrder && !comma[1] && new RegExp(`^${PAGES}$`).test(comma[2]) && /[-–—]/.test(comma[2])) {
        // A range after the date is the article's extent; a single page (or several) the cited place.
        facts.page = comma[2];
      } else facts.locator = cleanLocator(comma[2]);
      cursor += comma[0].length;
    }
    return finish(facts, text, cursor, true);
  }

  const book = thesis ? null : BOOK.exec(text);
  if (
    book &&
    !MONTH_DATE.test(book[1]) &&
    book[1].trim() &&
    !/^\s*(?:pp?|fol|n|para|chap|art)\b/.test(book[1]) &&
    isPlace(book[1])
  ) {
    facts.place = book[1].trim();
    const publisher = book[2] ?? book[3];
    if (publisher) facts.publisher = publisher.trim();
    const original = BEFORE_REPRINT.exec(text.slice(0, book.index));
    facts.issued = [Number(original ? original[1] : book[4])];
    // Chicago's bibliography: `In *Book*, edited by A, 337–59. London: …`: the chapter's pages before.
    const before = text.slice(0, book.index);
    const pages = new RegExp(`(?:^|[\\s,])(?:pp?\\.\\s*)?(${PAGES})[\\s.,]*$`).exec(before);
    if (pages && !context.noteOrder) facts.page = pages[1];
    const publisherBefore = before
      .replace(pages && !context.noteOrder ? pages[0] : '', '')
      .replace(/[\s.,(]+$/, '')
      .trim();
    if (!facts.publisher && publisherBefore && !/\d/.test(publisherBefore)) facts.publisher = publisherBefore;
    take(book);
    return finish(facts, text, cursor, false);
  }
  // `(London: Quay Lane), p. 152`: an imprint that gives no year (nor a year after its bracket, `(Hull: Fell), 1992`).
  const yearless = thesis ? null : YEARLESS_IMPRINT.exec(text);
  const after = yearless ? text.slice(yearless.index + yearless[0].length) : '';
  if (yearless && isPlace(yearless[1]) && !ANY_YEAR.test(after)) {
    facts.place = yearless[1].trim();
    facts.publisher = yearless[2].trim();
    take(yearless);
    return finish(facts, text, cursor, false);
  }

  // `*Shore Review* 12 (Spring 1996)`, `, no. 4 (Fall/Winter 2001)`, `, Spring 1996, 23–41`: a season dates a
  // periodical's issue (a journal's), never a newspaper's day.
  const season =
    !thesis && !journal && context.titleStyle === 'quoted' && context.hasContainer && !context.inBook
      ? SEASON_DATE.exec(text)
      : null;
  if (season) {
    const issue = /(?:^|[\s,])[Nn]o\.?\s*(\d+)[\s,]*$/.exec(text.slice(0, season.index));
    if (issue) facts.issue = issue[1];
    facts.issued = [Number(season[1])];
    facts.journalYear = facts.issued[0];
    facts.journal = true;
    take(season);
    const pages = new RegExp(`^[\\s,:]*(${PAGES})(?=[\\s.,;]|$)`).exec(text.slice(cursor));
    if (pages && /[-–—]/.test(pages[1]) && !twoPages(pages[1])) {
      facts.page = pages[1];
      cursor += pages[0].length;
    }
    return finish(facts, text, cursor, true);
  }
  const date = thesis ? undefined : findDate(text);
  if (date) {
    facts.issued = date.parts;
    facts.dayDate = date.parts.length === 3;
    const before = text
      .slice(0, date.index)
      // `Sotheby’s, New York, 30–31 May 2007`: the span's first day is the date's.
      .replace(/[\s,]*\b\d{1,2}\s*(?:--|[-–—])\s*$/, '')
      .replace(/[\s.,(:]+$/, '')
      .replace(/^[\s.,;:(]+/, '')
      .trim();
    if (before && !new RegExp(`^(?:${LOCATOR})$`).test(before) && !isDescription(before)) {
      // A site named before a day's date: `Shore Notes, August 1, 2006` (a note's commas, or a bibliography's).
      const site = context.noteOrder || /,\s*$/.test(text.slice(0, date.index));
      if (context.titleStyle === 'quoted' && !context.hasContainer && facts.dayDate && site) {
        // `“Fine Prints,” Quay Galleries, Hull, Shore, 4 May 2010`: a site, then where it is (a sale, a show, a
        // talk): the place is no part of the site's name.
        // (`…, Girl Scholar Blog`: a second part of the site's name, a word of a site's or a periodical's in it.)
        const match = SITE_THEN_PLACE.exec(before);
        const placed = match && !SITE_WORD.test(match[2]) ? match : null;
        facts.container = placed ? placed[1] : before;
        if (placed) facts.place = placed[2];
      } else facts.publisher = before;
    }
    cursor = date.index + date.length;
    text = text.slice(0, date.index) + ' '.repeat(date.length) + text.slice(cursor);
  } else if (!thesis) {
    // A year alone; archival items may be older than print (`(1453)`).
    // A year closing brackets (`(Hull, 2011)`) is the publication's, before an earlier bare one (`(1563 edition)`).
    const year = /\(\s*(?:in\s+press,?\s*)?(1\d\d\d|20\d\d)\s*\)|\b(1\d\d\d|20\d\d)\b/.exec(text) ?? null;
    const closing = /\([^()]*?[,:]\s*((?:1[5-9]|20)\d\d)\s*\)/.exec(text);
    // Also a bare year before it in the words of a volume's or a series' title (`Vol. 4: *Parts 1777-1780* (Hull, 1962)`).
    if (year && closing && closing.index > year.index && !year[1])
      Object.assign(year, { 0: closing[0], 1: closing[1], 2: undefined, index: closing.index });
    if (year) {
      facts.issued = [Number(year[1] ?? year[2])];
      // `‘Title’, *Journal* (2018)`: an article in a named periodical dated by a bracketed year alone is a journal's.
      if (
        year[1] &&
        context.titleStyle === 'quoted' &&
        context.hasContainer &&
        !context.inBook &&
        !text.slice(0, year.index).trim()
      )
        facts.journalYear = facts.issued[0];
      const before = text
        .slice(0, year.index)
        .replace(/§\s*\d+\w*/, '')
        .replace(/[\s.,(]+$/, '')
        .replace(/^[\s.,;:(]+/, '')
        .trim();
      const pagesAfter = new RegExp(`^[\\s,]*(${PAGES})[\\s.]*$`).exec(text.slice(year.index + year[0].length));
      if (
        context.titleStyle === 'quoted' &&
        pagesAfter &&
        /[-–—]/.test(pagesAfter[1]) &&
        !year[1] &&
        (context.hasContainer ? !before : /^\p{Lu}\S*\s+\S/u.test(before))
      ) {
        if (JOURNAL_WORD.test(before || (context.container ?? ''))) {
          // `“Tides,” *Shore Review*, 1991, 39–57.`: a periodical named as one, its year, the article's extent.
          if (before) facts.container = before;
          facts.journal = true;
          facts.journalYear = facts.issued[0];
          facts.page = pagesAfter[1];
          take(year);
          return facts;
        }
        // `“Tides,” *The Shore Book*, 2010, 183–210.`: a book (in italics or not), its year, the chapter's pages.
        if (before) facts.container = before;
        facts.inBook = true;
      } else if (before && !new RegExp(`^(?:${LOCATOR})$`).test(before) && !isDescription(before)) {
        // `(Bo Chen tr, Quay Press 2001)`: the roles before the publisher (imprint-roles.ts).
        const { publisher, translators, editors } = imprintRoles(before);
        if (publisher) facts.publisher = publisher;
        if (translators) facts.translators = translators;
        if (editors && !facts.editors) facts.editors = editors;
      }
      take(year);
      // `‘Tides’, *Shore Studies* (2017): 29–89`: a journal's issue dated by its year alone, then the article's extent
      // after the colon, as after a volume's date (two facing pages and a page after the range stay the cited place).
      const extent =
        facts.journalYear !== undefined
          ? new RegExp(
              `^\\s*:\\s*(?:pp\\.\\s*)?(${PAGES})(?=[\\s.,;]|$)(?!\\s*[(,]\\s*(?:at\\s+|pp?\\.\\s*)?\\d)`,
            ).exec(text.slice(cursor))
          : null;
      if (extent && /[-–—]/.test(extent[1]) && !twoPages(extent[1])) {
        facts.page = extent[1];
        cursor += extent[0].length;
      }
    }
  }
  return finish(facts, text, cursor, false);
}

/**
 * A publisher's place: a few capitalised words (`Hull`, `New York`, `Cambridge, MA`, `Frankfurt am Main`,
 * `Leeds; York`), not a book's title read as one (`The Book of Tides: …, 2010`).
 */
function isPlace(text: string): boolean {
  const words = text
    .trim()
    .replace(/^\(/, '')
    .split(/[\s;,]+/)
    .filter(Boolean);
  return (
    words.length <= 5 &&
    words.every((word) => /^\p{Lu}/u.test(word) || /^(?:am|an|upon|on|sur|de|del|la|le|im|der|en|y|and)$/u.test(word))
  );
}

/** `55–56`, `399–400`, `19-20`: two pages, cited together (an article runs longer). */
function twoPages(range: string): boolean {
  const match = /^(\d+)\s*(?:--|[-–—])\s*(\d+)$/.exec(range.trim());
  if (!match) return false;
  const [start, short] = [match[1], match[2]];
  const end = Number(short.length < start.length ? start.slice(0, start.length - short.length) + short : short);
  return end - Number(start) === 1;
}

/** The archival mark and the cited place after the facts; with no facts, the place at the end. */
function finish(facts: Details, text: string, cursor: number, journal: boolean): Details {
  // A book's place and publisher make it a book: a shelfmark after them belongs to another work cited with it.
  const archive = facts.place === undefined ? (ARCHIVE.exec(text) ?? FOLIO.exec(text)) : null;
  if (archive) facts.archiveLocation = archive[1].replace(/[.,]+$/, '');
  if (facts.locator !== undefined) return facts;
  // `1991 (1974), 38`: the first edition's year in brackets, then the cited page.
  const after = blankImprintTail(text.slice(cursor)).replace(
    new RegExp(String.raw`^[\s,]*\(\s*(?:first\s+published\s+)?${YEAR}\s*\)`),
    (match) => ' '.repeat(match.length),
  );
  // `pp. 11-30: 15` (Italian notes): a part's extent, a colon, then the page cited in it.
  const colonPage = cursor > 0 ? EXTENT_COLON_PAGE.exec(after) : null;
  if (colonPage) {
    facts.page = colonPage[1];
    facts.locator = cleanLocator(colonPage[2]);
    return facts;
  }
  const leading = LEADING_LOCATOR.exec(after);
  if (leading && cursor > 0) {
    const rest = after.slice(leading.index + leading[0].length);
    // (In square brackets inside a bracket of the author's, MHRA's `166--74 [p. 169]`.)
    const pinpoint = new RegExp(`^\\s*[([](${LOCATOR})[)\\]]`).exec(rest);
    // `pp. 67–84, p. 80`: a chapter's extent, then the page cited in it.
    const extent = new RegExp(`^pp\\.\\s*(${PAGES}),\\s*(p\\.\\s*\\S.*)$`).exec(leading[1]);
    // `45–67 at 50` (New Hart's Rules): a chapter's extent, then `at` the page cited in it.
    const at = new RegExp(`^\\s*at\\s+(${LOCATOR})`).exec(rest);
    const commaAt = new RegExp(`^(?:pp\\.\\s*)?(${PAGES}),\\s*at\\s+(${LOCATOR})$`).exec(leading[1]);
    if (pinpoint && !journal) {
      facts.page = leading[1].replace(/^pp?\.\s*/, '');
      facts.locator = cleanLocator(pinpoint[1]);
    } else if (at && /[-–—]/.test(leading[1])) {
      facts.page = leading[1].replace(/^pp?\.\s*/, '');
      facts.locator = cleanLocator(at[1]);
    } else if (extent && /[-–—]/.test(extent[1])) {
      facts.page = extent[1];
      facts.locator = cleanLocator(extent[2]);
    } else if (commaAt) {
      // `45–67, at 50`: a part's extent, a comma, then `at` the page cited in it.
      facts.page = commaAt[1];
      facts.locator = cleanLocator(commaAt[2]);
    } else {
      facts.locator = cleanLocator(leading[1]);
    }
    return facts;
  }
  const town = cursor > 0 ? TOWN_THEN_PAGE.exec(after) : null;
  if (town) {
    facts.locator = cleanLocator(town[1]);
    return facts;
  }
  if (cursor === 0) {
    // `in *Harbour Essays*, vol. 1, 185--96 (p. 195)` (MHRA): a part's extent, then the page cited in it, bracketed.
    const extent = TRAILING_EXTENT_PINPOINT.exec(text.replace(/\s+$/, ''));
    if (extent) {
      facts.page = extent[1];
      facts.locator = cleanLocator(extent[2]);
      return facts;
    }
    const trailing = TRAILING_LOCATOR.exec(text.replace(/\s+$/, ''));
    if (trailing && !facts.archiveLocation) facts.locator = cleanLocator(trailing[1]);
  }
  return facts;
}

/**
 * Words before a date that describe the work rather than name who issued it (`Originally filmed`,
 * `recorded live`): a name is capitalised but for its joining words, a description has other
 * lower-case words.
 */
function isDescription(before: string): boolean {
  return before.split(/\s+/).some(
    (word) =>
      /^\p{Ll}{3,}/u.test(word) &&
      !/^(?:and|of|the|for|von|van|der|den|des|del|della|les|und)$/.test(word) &&
      // `shorenotes.net`: a site's domain names it.
      !/^[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.\p{Ll}{2,}$/u.test(word),
  );
}
