/**
 * Legislation of the European Union and treaties, in the forms OSCOLA and the Bluebook give them: `Regulation
 * (EU) 2021/12 of the European Parliament … on harbours [2021] OJ L12/1, art 4(2)` (the title up to the
 * Official Journal, its year in square brackets, perhaps the short name the author will cite it by, `(HDR)`, then the
 * provision cited) and `Quay Convention on Tides,
 * May 4, 1990, 1234 U.N.T.S. 56` (an agreement's name, the day it was signed, then a treaty series).
 */
import type { FullCitation, WorkFields } from './parse-full.js';
import { findDate, trimTitle } from './text.js';

const EU_ACT = new RegExp(
  String.raw`^((?:Council\s+|Commission\s+)?(?:Regulation|Directive|Decision)\s+\((?:EU|EC|EEC|Euratom)\)\s+` +
    String.raw`(?:No\s+)?\d+/\d+\b.*?)\s*\[((?:1[5-9]|20)\d\d)\]\s*OJ\s+[A-Z]+\s*[\d/]+` +
    // The short name the author gives it after the Journal, in brackets (`… OJ L277/1 (HSA)`), cited by it later.
    String.raw`(?:\s*\(([\p{Lu}][\p{L}\d-]{1,15})\))?(?:,?\s*([^.\s].*?))?[.\s]*$`,
  'u',
);
/** The words that name an agreement between states (general vocabulary), shared with treaty-title.ts. */
export const AGREEMENT_WORDS = 'Agreement|Treaty|Convention|Protocol|Charter|Covenant|Accord';
const TREATY_WORD = new RegExp(`\\b(?:${AGREEMENT_WORDS})\\b`);
/** A treaty series cited after the signing date: `1867 U.N.T.S. 154`, `33 I.L.M. 1144`, `3 U.S.T. 3316`. */
const TREATY_SERIES = /^\s*,?\s*\d+\s+(?:\p{Lu}\.)+\p{Lu}?\.?\s*\d+/u;

/** The text is an act of the Union cited with its Official Journal, however long its title runs in lower case. */
export function isEuLegislation(text: string): boolean {
  return EU_ACT.test(text);
}

export function parseEuLegislation(text: string): FullCitation | undefined {
  const act = EU_ACT.exec(text);
  if (!act) return undefined;
  const item: WorkFields = {
    type: 'legislation',
    title: trimTitle(act[1]),
    issued: { 'date-parts': [[Number(act[2])]] },
  };
  return {
    item,
    locator: act[4] ? act[4].trim() : null,
    etAl: false,
    ...(act[3] ? { hereafter: act[3] } : {}),
  };
}

/**
 * The Bluebook's articles cited between a treaty's name and its signing date: `Quay Accord, arts. IV(a), IX(b)(ii),
 * May 2, 1998, …` (Roman or Arabic numbers, with their lettered and numbered parts, `IVbis(1)`); they are the
 * place cited, not part of the name.
 */
const ARTICLES_CITED = /,\s*((?:arts?\.|articles?)\s*[IVXLC\d]+[\w()]*(?:\s*(?:,|and|&)\s*[IVXLC\d]+[\w()]*)*)$/iu;
/**
 * An agreement annexed to another, cited as the Bluebook cites one (21.4.5): after the signing date, the agreement
 * that holds it and its annex before the series (`May 2, 1998, Treaty Establishing the Harbour Union, Annex 2C,
 * 1912 U.N.T.S. 44`).
 */
const ANNEXED_TO =
  /^\s*,\s*[^,]*\b(?:Agreement|Treaty|Convention|Protocol|Charter|Accord)\b[^,]*,\s*Annex\s+[\w.]+(?=\s*,)/u;

/**
 * A revision or amendment the Bluebook notes after the signing date (21.4.1), up to its own year: `Sep. 3, 1871,
 * revised at Hull June 2, 1952, 912 U.N.T.S. 47`.
 */
const REVISED = /^\s*,\s*(?:as\s+)?(?:revised|amended)\b.*?\b(?:1[5-9]|20)\d\d\b/u;

export function parseTreaty(text: string): FullCitation | undefined {
  if (/[“"‘\uE000]/.test(text)) return undefined;
  const date = findDate(text);
  if (date?.parts.length !== 3) return undefined;
  let name = text.slice(0, date.index).replace(/[\s,]+$/, '');
  const articles = ARTICLES_CITED.exec(name);
  if (articles) name = name.slice(0, articles.index);
  const signed = text.slice(date.index + date.length);
  const after = signed.slice(REVISED.exec(signed)?.[0].length ?? 0);
  const series = after.slice(ANNEXED_TO.exec(after)?.[0].length ?? 0);
  if (!TREATY_WORD.test(name) || !/^\p{Lu}/u.test(name) || !TREATY_SERIES.test(series)) return undefined;
  const item: WorkFields = { type: 'treaty', title: trimTitle(name), issued: { 'date-parts': [[date.parts[0]]] } };
  return { item, locator: articles ? articles[1] : null, etAl: false };
}

/**
 * A treaty or declaration named by its name alone, as OSCOLA allows for the best known (`Shore Convention on
 * Harbour Rights`, `Article 8, Coastal Charter on Harbour and Peoples' Rights`): capitalised words, the treaty's
 * word, then what it is on or of; a provision may stand first.
 */
export const TREATY_NAME = new RegExp(
  String.raw`^(?:((?:Article|Art\.?|art|Section|§)\s*\d+[\w()]*),\s+)?((?:The\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,6}` +
    String.raw`(?:Convention|Declaration|Charter|Covenant|Treaty|Protocol)\s+(?:on|of|for)\s+(?:the\s+)?` +
    String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:and|of|the|on|for|in|\p{Lu}[\p{L}'’-]*))*)[.\s]*$`,
  'u',
);

export function parseTreatyName(text: string): FullCitation | undefined {
  const match = TREATY_NAME.exec(text.trim());
  if (!match) return undefined;
  return { item: { type: 'treaty', title: trimTitle(match[2]) }, locator: match[1] ?? null, etAl: false };
}
