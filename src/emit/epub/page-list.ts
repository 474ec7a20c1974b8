/**
 * The EPUB's page list (EPUB 3 `page-list` nav) and the metadata that names the pages' source, as
 * EPUB Accessibility asks of a publication with page-break markers. Written as EPUB 3.2 has it,
 * `dc:source` refined as the `source-of` the pagination, which DAISY Ace reads: EPUB 3.3's
 * `a11y:pageBreakSource` is refused as an undefined property by the EPUBCheck Folio runs (4.2.x).
 */
import type { BookMetadata } from '../../book.js';
import type { PageBreak } from './page-breaks.js';
import { escapeXml } from './xml.js';

/** The page list as HTML with `#id` links (the caller points them at the files the markers landed in). */
export function pageListNav(breaks: PageBreak[]): string {
  const items = breaks.map(
    (entry) => `<li><a href="#${escapeXml(encodeURIComponent(entry.id))}">${escapeXml(entry.label)}</a></li>`,
  );
  return `<nav epub:type="page-list" id="page-list" aria-labelledby="page-list-title" hidden="hidden">
<h2 id="page-list-title">Pages of the print edition</h2>
<ol>
${items.join('\n')}
</ol>
</nav>`;
}

/** The print edition the pages come from: its ISBN when the book's identifier is one, else its title. */
export function pageBreakSource(metadata: Pick<BookMetadata, 'identifier' | 'title'>): string {
  const isbn = /^(?:urn:isbn:|isbn[:\s]*)?((?:97[89][\s-]?)?(?:\d[\s-]?){9}[\dX])$/i.exec(
    metadata.identifier?.trim() ?? '',
  );
  if (isbn) return `urn:isbn:${isbn[1].replace(/[\s-]/g, '').toUpperCase()}`;
  return `${metadata.title}, print edition`;
}
