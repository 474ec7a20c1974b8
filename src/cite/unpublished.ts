/**
 * An unpublished work as OSCOLA cites a manuscript with its holder left out: the author, the title in quotes and
 * the year in brackets, nothing more — no container, publisher, place or address (`Ann Lee, ‘Harbour Letters’
 * (1768) 4`). A web page has an address, a part a book or periodical, a report or book its publisher.
 */
import type { CitationShape } from './infer-type.js';
import { YEAR } from './text.js';

/** `(1768)`, `(1768) 4`: the year alone in brackets, perhaps the page cited after it. */
const YEAR_ONLY = new RegExp(String.raw`^[\s,.]*\(\s*${YEAR}\s*\)[\s,.]*(?:\d+[\s.]*)?$`);

export function isUnpublished(shape: CitationShape): boolean {
  const { facts } = shape;
  return (
    shape.titleStyle === 'quoted' &&
    !shape.container &&
    !shape.url &&
    shape.creators.length > 0 &&
    shape.creators.every((name) => !name.literal) &&
    facts.place === undefined &&
    !facts.publisher &&
    YEAR_ONLY.test(shape.details ?? '')
  );
}
