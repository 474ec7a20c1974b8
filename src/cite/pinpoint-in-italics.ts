/**
 * The page cited run into a title's italics by a slip: `*Shore Chronicle for May, 1843, p. 312:*`, `*Shore
 * Chronicle*’, pp.29-30: <https://…>*` (a stray closing mark, the address too). The page and what follows it are no
 * part of the name, so the italics close before them, and italics that hold nothing but a page (`, *pp. 398*`) close
 * at once, marking no title. The text keeps its length: a marker moves, so every position still points at its
 * character (or at its neighbour, within the moved run).
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from './note-text.js';

/** A page or pages, `p. 9`, `pp.29-30`, `p. lxi (204)`, then an address perhaps, ending the italics. (Built per call:
 * note-text.ts, whose markers these are, imports this file.) */
function patterns(): { runIn: RegExp; only: RegExp } {
  const pinpoint = String.raw`pp?\.\s*[\dxivlc]+(?:\s*[-–]\s*[\dxivlc]+)?(?:\s*\(\d+\))?[\s:,.]*(?:${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE}[\s.,]*)?`;
  return {
    runIn: new RegExp(
      `${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]*?\\p{L}[^${EMPHASIS_CLOSE}]*?)((?:\\s*[’”'"])?(?:\\s*[,.])?\\s*${pinpoint})${EMPHASIS_CLOSE}`,
      'gu',
    ),
    only: new RegExp(`${EMPHASIS_OPEN}(\\s*${pinpoint})${EMPHASIS_CLOSE}`, 'gu'),
  };
}

export function pinpointOutOfItalics(text: string): string {
  if (!text.includes(EMPHASIS_OPEN)) return text;
  const { runIn, only } = patterns();
  return text
    .replace(only, (_, page: string) => ` ${page} `)
    .replace(runIn, (_, title: string, page: string) => `${EMPHASIS_OPEN}${title}${EMPHASIS_CLOSE}${page}`);
}
