/**
 * A periodical's or a site's piece as the Bluebook cites it (rules 16 and 18): the names, the piece's title in
 * italics, then the publication upright and the date, perhaps in brackets, then the page (`at A4`) or the address:
 * `Tom Lee, *Why Tides Turn*, Shore Post, Mar. 3, 2013, at A4`, `Ann Lee, *Ten Rules*, Harbour Blog (Jan. 5,
 * 2015), https://…`. Chicago's marks are the other way round (the piece quoted, the publication in italics), so the
 * citation is rewritten to them and read on by the common grammar: the title quoted, the publication in italics,
 * the date, the page without its `at`. Without this the piece was read as a book and its publication was lost.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-text.js';
import { REPORT_PUBLISHER } from './infer-type.js';
import { findDate } from './text.js';

/** The publication, upright: capitalised words and abbreviations (`Wash. Post`, `N.Y. Times`, `The Shore Review`). */
const PUBLICATION = String.raw`(?:The\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of|the|and|on|for|&|\p{Lu}[\p{L}.'’&-]*)){0,5}`;
const FORM = new RegExp(
  String.raw`^([^${EMPHASIS_OPEN}“"‘]+?,\s+)${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]+)${EMPHASIS_CLOSE},\s+(${PUBLICATION})(,\s+|\s+\()(.*)$`,
  'u',
);

export function markBluebookPeriodical(text: string): string {
  const form = FORM.exec(text);
  if (!form) return text;
  const [, names, title, publication, joint, rest] = form;
  // `Ann Lee, *Harbour Dues*, Shore Trust, March 2003`: a body's report, its issuer after the title (Chicago).
  if (REPORT_PUBLISHER.test(publication)) return text;
  const date = findDate(rest);
  // The date follows the publication straight away, and names a month (a book's year alone is no periodical's date).
  if (!date || date.index > 0 || date.parts.length < 2) return text;
  let after = rest.slice(date.length);
  if (joint.includes('(')) {
    if (!after.startsWith(')')) return text;
    after = after.slice(1);
  }
  const written = rest.slice(0, date.length);
  return `${names}“${title.replace(/[,.]$/, '')},” ${EMPHASIS_OPEN}${publication}${EMPHASIS_CLOSE}, ${written}${after.replace(/^,\s*at\s+/, ', ')}`;
}
