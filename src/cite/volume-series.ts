/**
 * A numbered series cited by its volume, its name in italics and the page, as parliamentary debates and law
 * reports are (`23 *Shore Parliamentary Debates* 418.`, `17 *Shore Reports* (Lee) xii (1879).`): the reporter's name
 * may follow in brackets, the volume's year last. Debates are a legislature's record, the series their container;
 * any other series is a book by its name.
 */
import type { FullCitation, WorkFields } from './parse-full.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-text.js';
import { LOCATOR, cleanLocator, plain } from './text.js';

/**
 * Any such citation, its name in italics or not (`27 Shore Parliamentary Debates 412.`, `14 Shore Reports (Dale) ix
 * (1879)`): the volume, the series' capitalised name (its reporter's name in brackets), the page, perhaps the year in
 * brackets; the whole text.
 */
const VOLUME_SERIES_PAGE =
  /^\d+\s+\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|and|&|\p{Lu}[\p{L}'’.&-]*))*(?:\s+\([^()\d]+\))?\s+(?:\d+|[ivxlc]+)(?:\s*[-–]\s*\d+)?(?:\s*\((?:[^()]*\s)?(?:1[5-9]|20)\d\d\))?\.?$/u;

/** Whether the text is a series cited by volume, name and page (in italics or not). */
export function isVolumeSeries(text: string): boolean {
  const trimmed = text.trim();
  return VOLUME_SERIES.test(trimmed) || VOLUME_SERIES_PAGE.test(plain(trimmed));
}

export const VOLUME_SERIES = new RegExp(
  String.raw`^(\d{1,4})\s+${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]+)${EMPHASIS_CLOSE}(?:\s*\(([^()\d]+)\))?,?\s+(${LOCATOR})` +
    String.raw`(?:\s*\(((?:1[5-9]|20)\d\d)\))?[.\s]*$`,
  'u',
);

export function parseVolumeSeries(text: string): FullCitation | undefined {
  const match = VOLUME_SERIES.exec(text.trim());
  if (!match) return undefined;
  const [, volume, series, , place, year] = match;
  const name = series.trim().replace(/[.,]+$/, '');
  const item: WorkFields = /\bDebates\b/.test(name)
    ? { type: 'legislation', 'container-title': name, volume }
    : { type: 'book', title: name, volume };
  if (year) item.issued = { 'date-parts': [[Number(year)]] };
  return { item, locator: cleanLocator(place), etAl: false };
}

/** Where a series' volume, name and page start after the author's sentence that closes before them, if they end the text. */
export function seriesAfterSentence(text: string): number | undefined {
  for (const end of text.matchAll(/[.!?]\s+(?=\d)/g)) {
    const start = end.index + end[0].length;
    if (isVolumeSeries(text.slice(start))) return start;
  }
  return undefined;
}
