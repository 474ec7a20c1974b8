/**
 * An article cited as OSCOLA (and British law and humanities notes after it) cites one: the year before the
 * volume, the journal's name without italics, its first page, then the page cited — `Ann Lee, ‘Salt and the
 * Law’ (1997) 31 Shore Law Review 183, 190`, the issue in brackets after the volume (`31(2)`), or, where the year
 * numbers the volume, `Ann Lee, ‘Salt’ [1997] Shore LR 183`. A periodical in italics after a bracketed year (`Ann
 * Lee, ‘Salt’ [1997] *Shore Monthly* 12`) is a magazine's. As elsewhere in a note, a lone page is the one cited, a
 * page and a second page the first and the cited one. The AGLC sets the journal in italics: `Ann Lee, ‘Salt’ (1997)
 * 31(2) *Shore Law Review* 183, 190`.
 */
import { parseNoteNames } from './names.js';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0, URL_CLOSE as U1, URL_OPEN as U0 } from './note-text.js';
import type { FullCitation, WorkFields } from './parse-full.js';
import { LOCATOR, YEAR, cleanLocator, plain, trimTitle } from './text.js';

const YEAR_FIRST = new RegExp(
  String.raw`^(?:(.*?),\s*)?[‘“']([^’”']+(?:[’”'](?![\s,]+[[(])[^’”']*)*)[’”'],?\s+` +
    String.raw`(?:\((${YEAR})\)\s+(\d+)(?:\((\d+)\))?|\[(${YEAR})\](?:\s+(\d+))?)\s+` +
    String.raw`(${E0}[^${E1}]+${E1}|\p{Lu}[\p{L}'’&.\- ]*?\p{L}\.?)\s+(\d+)(?:,\s*(${LOCATOR}))?` +
    String.raw`(?:\s*${U0}([^${U1}]*)${U1})?[\s.]*$`,
  'u',
);

export function parseYearFirstArticle(text: string): FullCitation | undefined {
  const match = YEAR_FIRST.exec(text.trim());
  if (!match) return undefined;
  const [, names, title, roundYear, volume, issue, squareYear, squareVolume, container, first, cited, url] = match;
  const italic = container.startsWith(E0);
  // A bracketed year and a periodical in italics with no volume: a magazine's issue, cited at its page.
  const magazine = italic && squareYear !== undefined && squareVolume === undefined;
  // A journal in italics after a round-bracketed year and a volume is the AGLC's (`(2010) 32(2) *Shore Law Review*
  // 101, 108`); after a square-bracketed year, OSCOLA's volume, no italics are expected.
  if (italic && !magazine && roundYear === undefined) return undefined;
  const item: WorkFields = {
    type: magazine ? 'article-magazine' : 'article-journal',
    title: trimTitle(plain(title)),
    'container-title': trimTitle(plain(container)),
    issued: { 'date-parts': [[Number(roundYear ?? squareYear)]] },
  };
  const authors = names ? parseNoteNames(names).names : [];
  if (names && !authors.length) return undefined;
  if (authors.length) item.author = authors;
  if (volume ?? squareVolume) item.volume = volume ?? squareVolume;
  if (issue) item.issue = issue;
  if (cited) item.page = first;
  if (url) item.URL = url.replace(/[.,]+$/, '');
  return { item, locator: cleanLocator(cited ?? first), etAl: false };
}

/** Whether a part of a note is such an article, in full (classify/classify-part.ts). */
export function isYearFirstArticle(text: string): boolean {
  return parseYearFirstArticle(text) !== undefined;
}
