/**
 * A judgment of the Court of Justice of the European Union as OSCOLA cites it: the case number, the parties' short
 * name in italics, then the European Case Law Identifier or the report (`Case C-40/17 *Shore ID v Quay eV*
 * EU:C:2019:629, paras 74–80`, `Joined Cases C-1/19 and C-2/19 *Lee* ECLI:EU:C:2020:12`, `Case C-5/98 *Lee v
 * Chen* [2000] ECR I-123, para 4`). A case titled by its name (the number identifies it, like a report's page), of the
 * identifier's or report's year; the paragraphs after it are the place cited. Read by the common grammar, `Case
 * C-40/17` became an author and the identifier's number the page.
 */
import type { FullCitation, WorkFields } from './parse-full.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-text.js';
import { collapse, plain, trimTitle, YEAR } from './text.js';

const NUMBER = String.raw`[CTF]-\d+/\d+(?:\s+P)?`;
const EU_CASE = new RegExp(
  String.raw`^(?:Joined\s+)?Cases?\s+(${NUMBER}(?:\s*(?:,|and|&)\s*${NUMBER})*)\s+` +
    String.raw`(?:${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]+)${EMPHASIS_CLOSE}|([^[]+?))\s*,?\s*` +
    String.raw`(?:(?:ECLI:)?EU:[CTF]:(${YEAR}):\d+|\[(${YEAR})\]\s+ECR\s+[\w-]+(?:\s*[-–]\s*\d+)?)` +
    String.raw`(?:,?\s*(.*?))?[.\s]*$`,
  'u',
);

export function parseEuCase(text: string): FullCitation | undefined {
  const match = EU_CASE.exec(collapse(text));
  if (!match) return undefined;
  const [, , italic, upright, eclYear, reportYear, place] = match;
  const item: WorkFields = {
    type: 'legal_case',
    title: trimTitle(plain(italic ?? upright)),
    issued: { 'date-parts': [[Number(eclYear ?? reportYear)]] },
  };
  const locator = place
    ? plain(place)
        .replace(/\s*\([^()]*\)\s*$/, '')
        .trim()
    : '';
  return { item, locator: locator || null, etAl: false };
}
