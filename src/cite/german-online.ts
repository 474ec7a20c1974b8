/**
 * A page on the web as German notes cite it (Zotero's German styles): `Lee, Ann: Tides, in: Harbour Blog,
 * 17.06.2015. Online: <https://…>`, `Lee, Ann: Tides, Harbour Zeitung, 27.05.2016, <https://…>, Stand: 13.06.2020.`,
 * `Tides - Harbour Wiki, <https://…>, Stand: 05.07.2020.` The names in bibliography order end at a colon (a colon
 * after anything else is the title's: `Research:Index`), the site follows `in:` or the title's last comma before the
 * day it was published (`dd.mm.yyyy`); the day after `Stand:` is the day it was read. The note is read only with an
 * address and this form's marks: `Online:`, `Stand:`, or a day written in the German way with the names' colon or `in:`.
 * A body may stand for the names as the editor of its own page (`Hafenbund e. V. (Hrsg.): Tides, Stand: April 2017,
 * URL: <…>`), the month after `Stand:` the one the page was last revised.
 */
import { ADDRESS_WORDS, BODY_REPORT, GERMAN_DAY, IMPRINT, editingBodies, otherFormsMarks } from './german-note.js';
import { GERMAN_MONTHS } from '../months.js';
import type { FullCitation } from './parse-full.js';
import { periodicalByName } from './infer-type.js';
import { URL_CLOSE, URL_OPEN } from './note-text.js';

const DAY = new RegExp(GERMAN_DAY);
const ADDRESS = new RegExp(`${URL_OPEN}([^${URL_CLOSE}]*)${URL_CLOSE}?`);
/** `Vgl.`, `Siehe zum Beispiel`, `sowie`: a signal before the citation. */
const SIGNAL = /^(?:(?:[Vv]gl\.|[Ss]iehe|[Ss]owie)(?:\s+(?:auch|dazu|etwa|zum\s+Beispiel|z\.\s?B\.))?\s+)+/u;
/** `Lee, Ann:`, `Lee, Ann; Chen, Bo u. a.:`: the names in bibliography order before the colon. */
const NAMES =
  /^((?:\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:\s*;\s*|(?=[\s:]))){1,6})(u\.\s?a\.)?\s*:\s+/u;

/** `…, Stand: April 2017`: the month the page was last revised. */
const REVISED = new RegExp(String.raw`,\s*Stand:\s*(${GERMAN_MONTHS.join('|')})\s+((?:1[5-9]|20)\d\d)$`, 'u');

/** Whether the text is such a citation, with its site or its day of publication named (not an address alone). */
export function isGermanOnline(text: string): boolean {
  const cited = parseGermanOnline(text);
  return Boolean(cited && (cited.item['container-title'] || cited.item.issued || cited.item.author));
}

export function parseGermanOnline(source: string): FullCitation | undefined {
  const address = ADDRESS.exec(source);
  if (!address) return undefined;
  const marked = /\bOnline:|\b(?:Stand:|Zugriff|abgerufen|aufgerufen)/.test(source);
  const words = source.replace(ADDRESS_WORDS, ' ').replace(new RegExp(ADDRESS.source, 'g'), ' ');
  // (A German day alone marks the form only with the German names' colon or `in:`: `Ann Lee, Tides, 05.09.2018, <…>`
  // is an English note.)
  const german = marked || (DAY.test(words) && (NAMES.test(words.replace(SIGNAL, '')) || /,\s+in:\s/.test(words)));
  if (!german) return undefined;
  // No other form's marks: quotes or italics around a title, an English note's `accessed`.
  if (otherFormsMarks(words) || /\b(?:accessed|retrieved|viewed)\b/i.test(words)) return undefined;
  // `…, in, 28.02.2020`: an `in` left with no site after it, a part of a work unnamed.
  const unnamedWhole = /,\s*in(?=\s*,)/.exec(words);
  let text = words
    .replace(SIGNAL, '')
    .replace(/,\s*in(?=\s*,)/, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;]+$/, '')
    .trim();
  const names = NAMES.exec(text);
  if (names) text = text.slice(names[0].length);
  // `Hafenbund e. V. (Hrsg.): Tides, Stand: April 2017, URL: <…>`: bodies as the editors of their own page.
  const bodies = names ? undefined : editingBodies(text);
  if (bodies) text = bodies.rest;
  // `…, Stand: April 2017`: the month the page was last revised, which dates it.
  const revised = REVISED.exec(text);
  if (revised) text = text.slice(0, revised.index);
  let site: string | undefined;
  let year: string | undefined;
  const dated = new RegExp(`,\\s*${DAY.source}$`).exec(text);
  if (dated) {
    year = dated[3];
    text = text.slice(0, dated.index);
  }
  const inside = /,\s+in:\s+/.exec(text);
  if (inside) {
    site = text.slice(inside.index + inside[0].length);
    text = text.slice(0, inside.index);
  } else if (dated) {
    // `Tides, Harbour Zeitung, 27.05.2016`: the site is the last part before the day.
    const comma = text.lastIndexOf(', ');
    if (comma > 0 && /^\p{Lu}/u.test(text.slice(comma + 2))) {
      site = text.slice(comma + 2);
      text = text.slice(0, comma);
    }
  }
  // `Lee, Ann: Tides, Berlin 2014`: a printed work's place and year (german-note.ts), the address its copy online.
  const imprint = dated || site ? null : new RegExp(`${IMPRINT.source}$`, 'u').exec(text);
  if (imprint) text = text.slice(0, imprint.index);
  if (!text || DAY.test(text)) return undefined;
  const url = address[1].replace(/[.,]+$/, '');
  const item: FullCitation['item'] = {
    // (`Hafenblog`: German joins the words.)
    type:
      site && (/blog\b/i.test(site) || /\/\/[^/]*blog/i.test(url))
        ? 'post-weblog'
        : ((site && periodicalByName(site)) ?? 'webpage'),
    title: text,
  };
  if (names)
    item.author = names[1]
      .split(/\s*;\s*/)
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => {
        const [family, given] = name.split(/,\s*/);
        return { family, given };
      });
  if (bodies) item.author = bodies.names.map((name) => ({ literal: name }));
  // (A body's page that calls itself a statement or a report is its report, german-note.ts's BODY_REPORT.)
  if (bodies && !site && BODY_REPORT.test(text)) item.type = 'report';
  if (revised && !year) item.issued = { 'date-parts': [[Number(revised[2]), GERMAN_MONTHS.indexOf(revised[1]) + 1]] };
  if (site) item['container-title'] = site;
  if (year) item.issued = { 'date-parts': [[Number(year), Number(dated![2]), Number(dated![1])]] };
  if (imprint) {
    item.type = unnamedWhole ? 'chapter' : 'book';
    if (!/^o\.\s?O\.$/.test(imprint[1])) item['publisher-place'] = imprint[1];
    item.issued = { 'date-parts': [[Number(imprint[2])]] };
  }
  item.URL = url;
  return { item, locator: null, etAl: Boolean(names?.[2]) };
}
