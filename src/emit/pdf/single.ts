/**
 * The single flow (`pdf.layout: single`, or a short book under `auto`): the whole book as one
 * Paged.js document, laid out and printed by the renderer a chunk of chapter-by-chapter layout
 * uses (layout.ts), so both flows share one way to the PDF. Against pagedjs-cli's Printer, which
 * this replaces, a build no longer pays for a plain layout of the page before Paged.js takes it
 * (the parts come in Paged.js's template), a serialisation of the page nobody reads, half a
 * second of waiting for the network to fall idle after layout, and a pdf-lib read and write of
 * the PDF before postprocess reads it again; Paged.js is read by the page from a file instead of
 * being sent as a script through the DevTools protocol. The outline is read from the page and
 * written by postprocess.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyPagedScript } from './chunks.js';
import type { PrintDocument } from './document.js';
import { openChunkRenderer, type LayoutFacts, type OutlineItem, type RenderOptions } from './layout.js';

export interface SingleRender {
  /** Chromium's print, to be finished (postprocess). */
  pdf: Uint8Array;
  layout: LayoutFacts;
  /** The headings for the PDF outline (empty without outline tags). */
  outline: OutlineItem[];
  /** `layout`: until Paged.js is done; `total`: with the print. */
  milliseconds: { layout: number; total: number };
}

/** Lays the book out as one document in `dir` (the print bundle: styles, fonts) and prints it. */
export async function renderSingle(
  document: PrintDocument,
  dir: string,
  options: RenderOptions,
): Promise<SingleRender> {
  const started = Date.now();
  const htmlPath = path.join(dir, 'book-single.html');
  const [paged] = await Promise.all([
    copyPagedScript(dir),
    writeFile(htmlPath, document.chunkHtml(document.parts.map((part) => part.id))),
  ]);
  const renderer = await openChunkRenderer(dir, { ...options, scripts: [paged, ...(options.scripts ?? [])] });
  try {
    // Folio 1 on the first page, as Paged.js counts a single flow; the contents' folios are written
    // by the handlers once every page is laid out (handlers/folios.js).
    const laidOut = await renderer.layout(htmlPath, {
      firstFolio: 1,
      blankIfOdd: false,
      anchors: [],
      onPage: options.onPage,
    });
    const layoutDone = Date.now();
    const pdf = await renderer.print();
    return {
      pdf,
      layout: laidOut.layout,
      outline: laidOut.outline,
      milliseconds: { layout: layoutDone - started, total: Date.now() - started },
    };
  } finally {
    await renderer.close();
  }
}
