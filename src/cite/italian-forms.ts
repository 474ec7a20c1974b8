/**
 * Italian notes (the Italian humanities' own forms) mark a work the other way round from Chicago: the article's
 * title in italics and the journal in guillemets after `in` (`B. Lee, *Le maree*, in «Rivista del porto», 12 (2004),
 * pp. 45-67: 50`), and write the editor as `a cura di` (`in D. Fox (a cura di), *Porti*`, `*Porti*, a cura di D.
 * Fox`). The citation parsers read Chicago's marks and English words, so this pass swaps the two marks of such an
 * article (its title quoted, the journal in italics: each mark one character for another; its `in` a space), quotes
 * the title of a part whose book an editor made, and writes `a cura di` as `edited by` or `(eds.)`, outside titles.
 * Like french-forms.ts, the text keeps its length (a shorter word padded with spaces), so every position still points
 * at its character; every title and journal is recorded as written. The page cited after a colon (`pp. 45-67: 50`)
 * is read by details.ts.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-markers.js';
import { rewriteOutsideTitles } from './title-spans.js';

/** An italic title, then `in` and a journal in guillemets: `*Le maree*, in «Rivista del porto»`. */
const ARTICLE_IN_JOURNAL = new RegExp(
  `${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]+)${EMPHASIS_CLOSE}(,?\\s+in\\s+)«([^«»]+)»`,
  'gu',
);
/** An italic title, then `in` and a book edited (its italics after): `*Il molo*, in D. Fox (a cura di), *Porti*`. */
const PART_IN_BOOK = new RegExp(
  `${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]+)${EMPHASIS_CLOSE}(,?\\s+in\\s+)(?=[^${EMPHASIS_OPEN}]*?${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]+${EMPHASIS_CLOSE}[\\s\\S]*?a cura di|[^${EMPHASIS_OPEN}]*?a cura di)`,
  'gu',
);
/** The editor's words: `(a cura di)` after the names, `a cura di` before them. */
const EDITED = /\(a cura di\)|(?<=[\s,])a cura di(?=\s)/g;

export function italianForms(text: string): string {
  // (A quick test first: this runs on every note.)
  if (!text.includes('«') && !text.includes('a cura di')) return text;
  const swapped = text.replace(
    ARTICLE_IN_JOURNAL,
    (_run, title: string, joint: string, journal: string) =>
      // (`in` goes too: the journal holds the article as a journal, not as a book its part.)
      `“${title}”${joint.replace(/in\s+$/, (words) => ' '.repeat(words.length))}${EMPHASIS_OPEN}${journal}${EMPHASIS_CLOSE}`,
  );
  if (!swapped.includes('a cura di')) return swapped;
  // The part's title quoted, as Chicago marks a chapter's (the book's italics stay).
  const part = swapped.replace(PART_IN_BOOK, (_run, title: string, joint: string) => `“${title}”${joint}`);
  return rewriteOutsideTitles(part, (run) =>
    run.replace(EDITED, (words) => (words.startsWith('(') ? '(eds.)'.padStart(words.length) : 'edited by')),
  );
}
