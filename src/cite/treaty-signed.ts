/**
 * A treaty named without marks, then where and when it was signed, perhaps the document that circulated it, the
 * articles cited and its address, with no treaty series (Chicago 14.306 allows it for treaties read online):
 * `Convention (II) with Respect to the Harbours of the Sea, The Hague, 29 July 1899, https://…`, `Quay Statute of
 * the Harbour Court, circulated as doc. no. A/Conf. 18/9, 17 July 1998, Art. 8.2.b (applying to ports)`. The name is
 * the first part, opened within its first three words by the agreement's word; a treaty of the signing date's year,
 * the articles after the date the place cited (the author's glosses in brackets left out). Read by the common
 * grammar, the name's parts were taken for its authors.
 */
import type { FullCitation, WorkFields } from './parse-full.js';
import { AGREEMENT_WORDS } from './treaties.js';
import { collapse, findDate, plain, trimTitle, firstAddress } from './text.js';

const NAME = new RegExp(String.raw`^((?:\S+\s+){0,2}(?:${AGREEMENT_WORDS}|Statute)\b[^,]*?),\s+(.*)$`, 'u');
const ARTICLES = /\b(Arts?\.\s*[\w.]+(?:\s*(?:,|and)\s*(?:Art\.\s*)?[\w.]+)*)/;

export function parseSignedTreaty(text: string): FullCitation | undefined {
  if (/[“"‘\uE000]/.test(text)) return undefined;
  const name = NAME.exec(collapse(text));
  if (!name || !/^\p{Lu}/u.test(name[1])) return undefined;
  const rest = name[2];
  const date = findDate(plain(rest));
  if (date?.parts.length !== 3) return undefined;
  // Between the name and the date: a place of signing or the document that circulated it, no more.
  const between = plain(rest).slice(0, date.index);
  if (!/^(?:(?:The\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2},\s*|circulated\s+as\s+[^,]+,\s*)?$/u.test(between))
    return undefined;
  const item: WorkFields = { type: 'treaty', title: trimTitle(name[1]), issued: { 'date-parts': [[date.parts[0]]] } };
  const url = firstAddress(rest);
  if (url) item.URL = url;
  const after = plain(rest)
    .slice(date.index + date.length)
    .replace(/\s*\([^()]*\)/g, '');
  const articles = ARTICLES.exec(after);
  return { item, locator: articles ? articles[1].trim().replace(/[.,;]+$/, '') : null, etAl: false };
}
