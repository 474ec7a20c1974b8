/**
 * A periodical's article dated as Chicago dates a journal's issue, not a magazine's or a newspaper's: the
 * date in brackets straight after the journal's name, then a colon and the pages (`*Shore Studies* (July,
 * 2014): 1–13`), or a year followed by the article's pages, with no address (`*Shore Humanities*, 2010, pp.
 * 1–3`). A magazine is dated by its month (`*Shore Monthly*, May 2015`, `*Shore Monthly* (May 2009)`), a
 * newspaper by its day; neither is cited by a year and a span of pages.
 */
import { YEAR } from './text.js';
/** `(July, 2014): 1–13`, `(2014): 4`: the date in brackets, first after the name, then a colon and pages. */
const BRACKETED_DATE_PAGES = new RegExp(String.raw`^\s*\((?:[^()\d]*\s)?${YEAR}\)\s*:\s*\d`);
/** `, 2010, pp. 1–3`: a year, then a span of pages. */
const YEAR_PAGES = new RegExp(String.raw`^\s*,\s*${YEAR}\s*,\s*(?:pp?\.\s*)?\d+\s*(?:--|[-–—])\s*\d+\b`);

/** `details`: the facts after the container, as the shape gives them (opening with the comma before the container). */
export function journalDated(details: string, dayDate: boolean, url: string): boolean {
  if (dayDate) return false;
  const after = details.replace(/^\s*,/, '');
  return BRACKETED_DATE_PAGES.test(after) || (!url && YEAR_PAGES.test(after));
}
