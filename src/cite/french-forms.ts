/**
 * French notes (Chicago's French edition, the French humanities' own forms) cite with the grammar's structure in
 * other words and marks: titles in guillemets (`« Les quais »`, `«Les quais»`, and German and Danish `»Title«`),
 * `dans` for `in`, `dir.` and `éd.` for the editor (`trad.` for the translator is read as it is, details.ts), `et` between names, `no`/`n°` for the issue, a space before a
 * colon (`Paris : Seuil`), months in lower case (`4 mai 1982`) and `consulté le` for the day of access. The
 * citation parsers read English marks and words, so this pass writes the French ones as their English equivalents
 * in the text they parse, never inside a title (quotes or italics) or an address, so every title, container and
 * address is recorded as the manuscript writes it. The text keeps its length (a shorter word is padded with
 * spaces, which the parsers read as one), so every position still points at its character.
 */
import { rewriteOutsideTitles, stripTitles } from './title-spans.js';

/** A French space: the normal one, or the no-break and thin no-break spaces French typesetting puts inside marks. */
const SPACE = '[ \\u00a0\\u202f]';

/** `« Title »` (inner spaces perhaps) and `»Title«`: the marks, the title, and a mark of punctuation after. */
const GUILLEMETS = new RegExp(`«(${SPACE}?)([^«»]*?\\S)(${SPACE}?)»([,.;:]?)`, 'g');
const REVERSED = /»(?=\S)([^«»]*?\S)«([,.;:]?)/g;

/** A name's word, a particle before a family name, and `et` joining two names (`Roux et Morel,`, `Léa Roux et T. S. de
 * Vries (`), not the words of a body's name (`Commission de l'Informatique et des Libertés`). */
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’-]+`;
const PARTICLE = String.raw`(?:de|d'|van|von|di|da|du|le|la|del|della|der|den)\s+`;
const NAMES_JOINED = new RegExp(
  String.raw`(?<=${NAME_WORD},?)\s+et\s(?=\s*(?:\p{Lu}\.\s*)*(?:${NAME_WORD}\s+)?(?:${PARTICLE})*${NAME_WORD}(?:[,.;:]|\s*$|\s+\())`,
  'u',
);

/**
 * What makes a note French: guillemets, or outside its titles `dans`, `dir.`, `éd.`, `trad.`, `n°`, `consulté le`,
 * `réalisé par`, `chapitre`, `et` between names or a space before an imprint's colon.
 */
const FRENCH = new RegExp(
  String.raw`${NAMES_JOINED.source}|` +
    /\bdans\s|(?:^|[\s,])(?:dir|éds?|trad)\.[\s,]|\bn°\s*\d|\b(?:consulté\s+le|réalisé\s+par|chapitre)\s|\bsous\s+la\s+direction\s+de\b|\([^()]*\S[ \u00a0\u202f]:\s/u
      .source,
  'u',
);

/**
 * What FRENCH looks for, found quickly: most notes have none of it, and FRENCH's look back at a name before `et` is
 * slow, tried at every place.
 */
const FRENCH_MARK = /\set\s|\bdans\s|(?:dir|éds?|trad)\.|n°|\b(?:consulté|réalisé|chapitre|sous)\s|[ \u00a0\u202f]:\s/u;

function looksFrench(text: string): boolean {
  return FRENCH_MARK.test(text) && FRENCH.test(text);
}

/** French words and marks outside titles, each with an English equivalent no longer than itself. */
const WORDS: Array<[RegExp, string]> = [
  [/(?<=\s)dans(?=\s)/g, 'in'],
  [/(?<=^|[\s,(])(?:dir|éd)\.(?=[\s,])/g, 'ed.'],
  [/(?<=^|[\s,(])éds\.(?=[\s,])/g, 'eds.'],
  [/(?<=[\s(])chapitre(?=\s+\d)/g, 'chapter'],
  [/(?<=\s)sous la direction de(?=\s)/g, 'edited by'],
  [new RegExp(NAMES_JOINED.source, 'gu'), ' &'],
  [/(?<=[,\s])n[°o]\s(?=\d)/g, 'no.'],
  [/(?<=\s)consulté\s+le(?=\s)/g, 'accessed'],
  [/(?<=\s)réalisé\s+par(?=\s)/g, 'directed by'],
  [/(?<=\s)thèse\s+de\s+doctorat(?=[,\s])/g, 'PhD diss.'],
];

/**
 * A space before the colon of an imprint in brackets (`(Paris : Seuil, 2004)`) or before a journal's pages after its
 * bracketed year (`(2015) : 12`): the mark moves to the word before it. (A title's colon is left as written.)
 */
const SPACED_COLON = /(?<=\([^()]*\S|\))[ \u00a0\u202f]+(:)(?=\s)/g;

/** French month names, which the date parsers know in English: the English name or its abbreviation, as long or shorter. */
const MONTHS: Record<string, string> = {
  janvier: 'January',
  février: 'Feb.',
  mars: 'Mar.',
  avril: 'April',
  mai: 'May',
  juin: 'June',
  juillet: 'July',
  août: 'Aug.',
  septembre: 'September',
  octobre: 'October',
  novembre: 'November',
  décembre: 'December',
};
const DAY_MONTH = new RegExp(
  `(?<=\\b(?:1er|\\d{1,2})${SPACE}+)(${Object.keys(MONTHS).join('|')})(?=${SPACE}+\\d{4})`,
  'gu',
);

/** The replacement padded to the replaced run's length (a longer one is never made: the run stays). */
const padded = (run: string, english: string) =>
  english.length > run.length ? run : english + ' '.repeat(run.length - english.length);

export function frenchForms(text: string): string {
  if (!/[«»]/.test(text) && !looksFrench(text)) return text;
  const quoted = text
    .replace(GUILLEMETS, (run, open: string, title: string, close: string, mark: string) =>
      padded(run, `${open ? ' ' : ''}“${title}”${mark}`).slice(0, run.length),
    )
    .replace(REVERSED, (run, title: string, mark: string) => `“${title}”${mark}`.padEnd(run.length));
  if (!looksFrench(stripTitles(quoted)) && quoted === text) return text;
  return rewriteOutsideTitles(quoted, (run) => {
    let out = run;
    for (const [pattern, english] of WORDS) out = out.replace(pattern, (word) => padded(word, english));
    return out
      .replace(SPACED_COLON, (run, mark: string) => padded(run, mark))
      .replace(DAY_MONTH, (month) => padded(month, MONTHS[month]));
  });
}
