/**
 * A court's decision or order cited after the court's acronym, as international law writes them: `ICJ, “Request for
 * Interpretation … (Shore v. Quay), Order of 18 July 2011,” paras. 20–26, https://…`, `ICC, *Prosecutor v. Ann Lee*,
 * Judgment, doc. no. ICC-01/12, 27 September 2016`. A case (`legal_case`) whose author is the court as written and
 * whose title is the quoted or italic words, dated by the last year its title or facts give; the paragraphs cited are
 * the place cited. Read as a body's report before, the decision lost its kind and its date. The title must name
 * parties (`v.`) or the case (`Case Concerning`, `In re`), so a court's other papers are left to the common grammar.
 */
import type { FullCitation, WorkFields } from './parse-full.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-text.js';
import { collapse, plain, trimTitle, YEAR, firstAddress } from './text.js';

/** The court's acronym: `ICJ`, `ICC`, `ECtHR`, `CJEU`, `PCIJ` (two capitals or more, lower-case letters between). */
const COURT = String.raw`\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,6}`;
const FORM = new RegExp(
  String.raw`^(${COURT}),\s+(?:[“"]([^”"]+)[”"]|${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]+)${EMPHASIS_CLOSE})(.*)$`,
  'u',
);
/** A title naming a case: parties (`Shore v. Quay`, `Prosecutor v Lee`) or the case's own words. */
const CASE_TITLE = /\sv\.?\s|\b(?:Case\s+Concerning|In\s+re|Ex\s+parte|Advisory\s+Opinion)\b/i;
const PARAGRAPHS = /\b(paras?\.\s*\d+(?:\s*[-–]\s*\d+)?(?:\s*(?:,|and)\s*\d+(?:\s*[-–]\s*\d+)?)*)/;

export function parseCourtDocument(text: string): FullCitation | undefined {
  const form = FORM.exec(collapse(text));
  if (!form) return undefined;
  const [, court, quoted, italic, rest] = form;
  const title = trimTitle(plain(quoted ?? italic));
  if (!CASE_TITLE.test(` ${title} `)) return undefined;
  const item: WorkFields = { type: 'legal_case', title, author: [{ literal: court }] };
  // The last year the title gives (`… Order of 18 July 2011`), else the last of the facts after it.
  const lastYear = (words: string) => [...words.matchAll(new RegExp(`\\b(${YEAR})\\b`, 'g'))].at(-1)?.[1];
  const year = lastYear(title) ?? lastYear(plain(rest));
  if (year) item.issued = { 'date-parts': [[Number(year)]] };
  const url = firstAddress(rest);
  if (url) item.URL = url;
  const paragraphs = PARAGRAPHS.exec(plain(rest));
  return { item, locator: paragraphs ? paragraphs[1] : null, etAl: false };
}
