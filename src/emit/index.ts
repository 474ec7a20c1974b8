/**
 * Writers by output format (Pandoc's idea: a lookup table). Each lives in its own module and is
 * loaded on demand, so `folio check` never loads a browser driver or a zip library.
 * To add one: `name: () => import('./name.js').then((module) => module.writeName),`
 */
import type { BuildStores } from '../context.js';
import type { RenderedPart } from '../render/types.js';
import type { PreparedPrintParts } from './pdf/document.js';
import type { Drafter, Starter, Writer } from './types.js';

export const formats = ['html', 'pdf', 'epub'] as const;
export type Format = (typeof formats)[number];

export const writers: Partial<Record<Format, () => Promise<Writer>>> = {
  html: () => import('./html.js').then((module) => module.htmlWriter),
  pdf: () => import('./pdf.js').then((module) => module.pdfWriter),
  epub: () => import('./epub.js').then((module) => module.epubWriter),
};

/** Writers' work that needs only the read book (types.ts `Starter`), begun before the book is checked. */
export const starters: Partial<Record<Format, () => Promise<Starter>>> = {
  epub: () => import('./epub.js').then((module) => module.epubStarter),
};

/** Writers' work on a draft of the book, done while its bibliography is formatted (types.ts `Drafter`). */
export const drafters: Partial<Record<Format, () => Promise<Drafter>>> = {
  epub: () => import('./epub.js').then((module) => module.epubDrafter),
};

/**
 * Work a writer can do on the manuscript's own parts before the book is assembled around them
 * (the build is then waiting on the bibliography): the print transforms, handed to the writer as
 * `printParts` (and, with a store, kept for later builds).
 */
export type Preparer = (parts: RenderedPart[], language: string, stores: BuildStores) => Promise<PreparedPrintParts>;

const preparePrint = () =>
  import('./pdf/document.js').then(
    ({ preparePrintParts }): Preparer =>
      (parts, language, stores) =>
        preparePrintParts(parts, language, { store: stores.printParts }),
  );

export const preparers: Partial<Record<Format, () => Promise<Preparer>>> = {
  html: preparePrint,
  pdf: preparePrint,
};
