/**
 * The page cited run into a title's italics by a slip: `*Shore Chronicle for May, 1843, p. 312:*`, `*Shore
 * Chronicle*’, pp.29-30: <https://…>*` (a stray closing mark, the address too). The page and what follows it are no
 * part of the name, so the italics close before them, and italics that hold nothing but a page (`, *pp. 398*`) close
 * at once, marking no title. The text keeps its length: a marker moves, so every position still points at its
 * character (or at its neighbour, within the moved run).
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from './note-markers.js';

/** A page or pages, `p. 9`, `pp.29-30`, `p. lxi (204)`, then an address perhaps, ending the italics. */
const PINPOINT = String.raw`pp?\.\s*[\dxivlc]+(?:\s*[-–]\s*[\dxivlc]+)?(?:\s*\(\d+\))?[\s:,.]*(?:${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE}[\s.,]*)?`;
/** A title's words, then (a stray closing mark perhaps, a comma) the page, inside one run of italics. */
const RUN_IN = new RegExp(
  `${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]*?\\p{L}[^${EMPHASIS_CLOSE}]*?)((?:\\s*[’”'"])?(?:\\s*[,.])?\\s*${PINPOINT})${EMPHASIS_CLOSE}`,
  'gu',
);
/** Italics holding the page alone. */
const ONLY = new RegExp(`${EMPHASIS_OPEN}(\\s*${PINPOINT})${EMPHASIS_CLOSE}`, 'gu');

export function pinpointOutOfItalics(text: string): string {
  if (!text.includes(EMPHASIS_OPEN)) return text;
  return text
    .replace(ONLY, (_, page: string) => ` ${page} `)
    .replace(RUN_IN, (_, title: string, page: string) => `${EMPHASIS_OPEN}${title}${EMPHASIS_CLOSE}${page}`);
}
