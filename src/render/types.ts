/**
 * What the render stage hands to the writers (src/emit/*): one HTML fragment per division, shared
 * by the PDF and the EPUB. Writers never see Markdown.
 *
 * Markup contract inside `RenderedPart.html` (XHTML-serialisable: lower-case tags, quoted attributes,
 * void elements self-closed, `epub:type` attributes present):
 * - the part is one `<section class="part part-{role}" id="{part id}" epub:type="…" role="doc-…">`;
 *   its title (when it has one) is `<h1>`; sections are `<section class="section"><h2 id=…>` / `<h3 id=…>`;
 * - a note call: `<a class="noteref" id="noteref-{n}" href="#note-{n}" epub:type="noteref" role="doc-noteref">{n}</a>`
 *   inside `<sup>`; `{n}` is the manuscript's number, continuous across the book;
 * - the notes of a part follow its content, in order, inside `<div class="footnotes">`…
 *   each as `<aside class="footnote" id="note-{n}" epub:type="footnote" role="doc-footnote">` whose first
 *   paragraph starts with the backlink `<a class="note-backlink" href="#noteref-{n}" role="doc-backlink">{n}</a>`;
 * - text in another script carries `lang` (`<span lang="hy">`, `<span lang="ru">`);
 * - images reference `assets/{name}` (see `RenderedBook.assets`).
 */
import type { BookMetadata, DivisionRole, Section } from '../book.js';
import type { FolioConfig } from '../config/schema.js';

export interface RenderedPart {
  id: string;
  kind: 'front' | 'body' | 'back';
  role: DivisionRole;
  title: string;
  sections: Section[];
  html: string;
  /** Numbers of the notes called in this part, in order. */
  notes: number[];
}

export interface Asset {
  /** Path as referenced from the HTML, e.g. `assets/map.svg`. */
  href: string;
  /** Absolute path of the source file. */
  path: string;
  mediaType: string;
}

export interface RenderedBook {
  metadata: BookMetadata;
  config: FolioConfig;
  parts: RenderedPart[];
  assets: Asset[];
  /** Warnings raised while rendering (e.g. a script dropped), as plain lines for the logger. */
  warnings: string[];
}
