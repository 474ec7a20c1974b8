/**
 * An unpublished work as OSCOLA cites a manuscript with its holder left out: the author, the title in quotes and
 * the year in brackets, nothing more — no container, publisher, place or address (`Ann Lee, ‘Harbour Letters’
 * (1768) 4`). A web page has an address, a part a book or periodical, a report or book its publisher.
 */
import type { CitationShape } from './infer-type.js';

/** `(1768)`, `(1453) 4`: the year alone in brackets (a manuscript's may be older than print), perhaps the page cited. */
const YEAR_ONLY = /^[\s,.]*\(\s*(1\d\d\d)\s*\)[\s,.]*(?:\d+[\s.]*)?$/;

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
    Number(YEAR_ONLY.exec(shape.details ?? '')?.[1] ?? 9999) <= 1900
  );
}
