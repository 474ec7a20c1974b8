/**
 * A book or report as the Bluebook cites it (rule 15): the names, the title, the page cited straight after the title
 * with no comma, then the edition, publisher and year together in brackets: `Ann Lee, *Tides of the Shore* 45 (2d ed.
 * 2010)`, `Ann Lee, *Tides* § 3.2, at 45 (Shore Univ. Press 2010)`, the title upright as small capitals come out of a
 * word processor (`Ann Lee, Tides of the Shore 45 (2010)`), and a body's numbered report (`Shore Accountability
 * Office, SAO-12-345, *Records Lag Behind* 7 (2012)`, a `report`). Read as Chicago, the page before the brackets was
 * taken for a journal's volume and the place cited was lost.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from './note-text.js';
import { isOrganisation, isPersonList, isPersonName, parseNoteNames } from './names.js';
import type { FullCitation, WorkFields } from './parse-full.js';
import { collapse, plain, trimTitle, YEAR } from './text.js';

const BLUEBOOK_BOOK = new RegExp(
  String.raw`^([^${EMPHASIS_OPEN}“"]+?),\s+(?:(\p{Lu}{2,}[\p{Lu}\d./-]*\d[\p{Lu}\d./-]*),\s+)?` +
    // The title in italics, or upright as the Bluebook's small capitals come out of a word processor.
    String.raw`(?:${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]+)${EMPHASIS_CLOSE}|(\p{Lu}[^,()“"${EMPHASIS_OPEN}${URL_OPEN}]+?))` +
    // The place cited, no comma before it: `45`, `45–47`, `xii`, `§ 3.2`, `§ 3.2, at 45`, `§§ 3.1–3.4`.
    String.raw`(?:\s+((?:§§?\s*[\d.]+(?:\s*[-–]\s*[\d.]+)?(?:,\s*at\s+\d+(?:\s*[-–]\s*\d+)?)?)|\d+(?:\s*[-–]\s*\d+)?|[ivxlc]+))?` +
    String.raw`\s+\(([^():${EMPHASIS_OPEN}]*?)\s*(${YEAR})\)[.,\s]*(?:(?:available\s+at\s+)?${URL_OPEN}([^${URL_CLOSE}]*)${URL_CLOSE}[.\s]*)?$`,
  'u',
);

export function parseBluebookBook(text: string): FullCitation | undefined {
  const match = BLUEBOOK_BOOK.exec(collapse(text));
  if (!match) return undefined;
  const [, written, number, italicTitle, uprightTitle, place, imprint, year, url] = match;
  // (`See generally Office of Tides, …`: a signal the note's italics set upright opens no name.)
  const names = written.replace(
    /^(?:(?:But\s+)?See(?:\s+also|\s+generally)?|Cf\.|Accord|Compare)(?:,?\s+e\.g\.)?,?\s+/,
    '',
  );
  // An upright title only after a person's or a body's name, and only with the page or edition the Bluebook gives.
  if (uprightTitle && !(isPersonList(names) || isOrganisation(names))) return undefined;
  const title = italicTitle ?? uprightTitle;
  // `Ann Lee, 'Tides', *Shore Journal* 6 (2012)`: a title in quotes (straight, curly, or turned) before the italics makes the italics a
  // journal's name (the journal's volume where the Bluebook's page would stand).
  if (/[“"‘]|(?:^|[\s,])['’]/.test(names)) return undefined;
  // Without a place cited or an edition, this is Chicago's own short form of an author and date, not the Bluebook's;
  // but a body's report is cited by its title and year alone (`Office of Tides, Quays, and Ferries, Report of the
  // Harbour Board (2009)`), the body's name holding commas.
  const edition = /^(\d+(?:st|nd|rd|th|d)\s+ed\.)(?:,?\s+|$)/.exec(imprint);
  // (`Ann Lee & Bo Chen`: persons joined by an ampersand, not a firm.)
  const body = isOrganisation(names) && !isPersonName(names) && !isPersonList(names);
  const bodyReport = body && !imprint.trim() && uprightTitle !== undefined && title.trim().split(/\s+/).length >= 4;
  if (!place && !edition && !number && !bodyReport) return undefined;
  const publisher = trimTitle(edition ? imprint.slice(edition[0].length) : imprint);
  const item: WorkFields = {
    type: number || (bodyReport && !place) ? 'report' : 'book',
    title: trimTitle(title),
    author: body ? [{ literal: collapse(plain(names)) }] : parseNoteNames(names).names,
    issued: { 'date-parts': [[Number(year)]] },
  };
  if (number) item.number = number;
  if (edition) item.edition = edition[1];
  if (publisher && !/\bed(?:s|\.)/.test(publisher)) item.publisher = publisher;
  if (url) item.URL = url.replace(/[.,]+$/, '');
  return { item, locator: place ?? null, etAl: /\bet al\.?$/.test(names) };
}
