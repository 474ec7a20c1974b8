/**
 * A document of the US Congress, dated by its Congress and session (the Bluebook's and Chicago's form, 14.294–
 * 14.296): a hearing (`*Records: Hearing Before the S. Comm. on Rules*, 113th Cong. 12–14 (2013) (statement of Ann
 * Lee)`), a committee's report or document (`Shore Law Revision: Report to Accompany H.R. 2512, House Committee on the
 * Judiciary, 90th Cong., 1st sess., House Document no. 83, 66 (8 March 1967)`), and the Bluebook's numbered report
 * (`H.R. Rep. No. 94-1476, at 47 (1976)`). Its title is the italics or quotation, else the words before the Congress
 * (a committee named last being its author); a hearing is a `hearing`, the rest a `report`. The page cited closes
 * the document's facts; the year is the bracketed date's, else the session's year. Without this a bill's number
 * (`S. 1006`) was read as the year and the title was lost.
 */
import type { FullCitation, WorkFields } from './parse-full.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-text.js';
import { collapse, findDate, plain, trimTitle, YEAR } from './text.js';

/**
 * `113th Cong.`, `89th Cong., 2nd sess.`, `97th Cong., 1st and 2nd sess.`, `90th Cong. 2d Sess.` (the abbreviation with its
 * full stop: a title naming the `105th Congress` is no document of it).
 */
const CONGRESS =
  /,?\s*\d+(?:st|nd|rd|th|d)\s+Cong\.(?:,?\s*\d+(?:st|nd|rd|th|d)(?:\s+and\s+\d+(?:st|nd|rd|th|d))?\s+[Ss]ess\.?)?/;
/** A body of Congress named after the title, its author: `House Committee on the Judiciary`, `Senate`, `US Congress`. */
const BODY = /^(?:U\.?S\.?\s+)?(?:House|Senate|Joint|Select|Committee|Subcommittee|Congress|H\.|S\.)\b/;
/** The Bluebook's committee report: `H.R. Rep. No. 94-1476`, `S. Rep. No. 105-190`, `H.R. Doc. No. 12`. */
const NUMBERED_REPORT = new RegExp(
  String.raw`^((?:H\.R\.|S\.|H\.)\s*(?:Rep|Doc|Prt|Print)\.?\s*No\.?\s*\d+[-–]\d+)(?:,\s*(?:pt\.\s*\d+,\s*)?(?:at\s+)?(\d+(?:\s*[-–]\s*\d+)?))?` +
    String.raw`(?:\s*\((?:[^()]*\s)?(${YEAR})\))?[.\s]*$`,
);

export function parseCongressDocument(text: string): FullCitation | undefined {
  const written = collapse(text);
  const numbered = NUMBERED_REPORT.exec(plain(written));
  if (numbered) {
    const item: WorkFields = { type: 'report', title: numbered[1] };
    if (numbered[3]) item.issued = { 'date-parts': [[Number(numbered[3])]] };
    return { item, locator: numbered[2] ?? null, etAl: false };
  }
  const congress = CONGRESS.exec(written);
  if (!congress || congress.index === 0) return undefined;
  const head = written.slice(0, congress.index);
  const tail = plain(written.slice(congress.index + congress[0].length));
  const marked = new RegExp(`${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]+)${EMPHASIS_CLOSE}|[“"]([^”"]+)[”"]`).exec(head);
  let title: string;
  let author: string | undefined;
  if (marked) {
    title = trimTitle(marked[1] ?? marked[2]);
    author = trimTitle(plain(head.slice(0, marked.index))) || undefined;
  } else {
    const parts = plain(head).split(/,\s+/);
    const last = parts.at(-1) ?? '';
    if (parts.length > 1 && BODY.test(last) && !/\b(?:Hearings?|Report|Document)\b/.test(last)) {
      author = last;
      title = trimTitle(parts.slice(0, -1).join(', '));
    } else title = trimTitle(parts.join(', '));
  }
  if (!/^\p{Lu}/u.test(title) || title.split(/\s+/).length < 2) return undefined;
  const item: WorkFields = { type: /\bHearings?\b/.test(title) ? 'hearing' : 'report', title };
  if (author && BODY.test(author)) item.author = [{ literal: author }];
  const date = /\(([^()]*)\)/.exec(tail);
  const bracketedYear = date ? new RegExp(`\\b(${YEAR})\\)?$`).exec(date[1].trim()) : null;
  const sessionYear = new RegExp(`^,\\s*(${YEAR})\\b`).exec(tail);
  const year = bracketedYear?.[1] ?? sessionYear?.[1];
  if (year) {
    const day = date ? findDate(date[1]) : undefined;
    item.issued = { 'date-parts': day && day.parts[0] === Number(year) ? [day.parts] : [[Number(year)]] };
  }
  // The place cited: the last page or range before the brackets (`12–14 (2013)`, `…, no. 83, 66 (8 March 1967)`).
  const facts = (date ? tail.slice(0, date.index) : tail).replace(sessionYear?.[0] ?? '', '');
  const page = /(?:^|[\s,])(?<!no\.\s?)(\d+(?:\s*[-–]\s*\d+)?)[\s,.]*$/i.exec(facts);
  return { item, locator: page ? page[1] : null, etAl: false };
}
