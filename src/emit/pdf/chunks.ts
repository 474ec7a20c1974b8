/**
 * Chapter-by-chapter layout: the book laid out as separate Paged.js documents, so layout time
 * grows with the book's length instead of faster (one long Paged.js flow slows down page by page,
 * and a single layout call of ~800 pages outlives puppeteer's protocol timeout), on as many
 * browsers side by side as `workers` allows.
 *
 * Chunks: the front matter as one (its display pages place themselves on rectos and versos), each
 * body and back part on its own. Every chunk after the first opens on a recto (print.css
 * `break-before: right`), so a chunk that ends on a recto gets a blank verso, as Paged.js adds one
 * in a single flow. A chunk's text therefore never depends on the chunks before it: only its
 * numbers do, and those are settled before it is printed.
 * - Folios: a chunk is laid out starting at the folio it is expected to start at (exact when the
 *   chunks before it are laid out, else from those counted so far), and renumbered before it is
 *   printed when the real one differs. Folios sit in margin boxes of a fixed width (print.css), so
 *   the number changes nothing else on the page.
 * - The contents' folios (front matter, laid out last) go into boxes of a fixed width after layout,
 *   as a single flow does; if a contents line moves anyway, the front matter is laid out again with
 *   its folios in place.
 * Laid-out chunks are cached by content with the folios they were printed with: an edit that keeps
 * its chapter's page count lays out that chapter only; one that changes it also lays out the
 * chapters after it (their folios changed) and the front matter (its contents' folios).
 * Here: the plan and the run. The page counts and the folios they settle are kept by
 * folio-ledger.ts, printed chunks between builds by chunk-store.ts, and chunk-join.ts makes the
 * printed chunks one book.
 */
import { copyFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import type { Store } from '../../cache.js';
import type { FolioConfig } from '../../config/schema.js';
import { joinChunks } from './chunk-join.js';
import { ChunkStore, type Printed } from './chunk-store.js';
import type { PrintDocument } from './document.js';
import { FolioLedger, type LedgerOptions } from './folio-ledger.js';
import { openChunkRenderer, pagedScript, type ChunkRenderer, type LayoutFacts, type RenderOptions } from './layout.js';
import type { ChunkMerger } from './merge.js';
import { deferred, RendererPool } from './pool.js';
import { pdfPageTexts } from './poppler.js';

export interface Chunk {
  /** Position in the book. */
  index: number;
  kind: 'front' | 'body' | 'back';
  partIds: string[];
}

/** Book order: the front matter as one chunk, then one chunk per body or back part. */
export function planChunks(parts: PrintDocument['parts']): Chunk[] {
  const chunks: Chunk[] = [];
  const front = parts.filter((part) => part.kind === 'front').map((part) => part.id);
  if (front.length) chunks.push({ index: 0, kind: 'front', partIds: front });
  for (const part of parts)
    if (part.kind !== 'front') chunks.push({ index: chunks.length, kind: part.kind, partIds: [part.id] });
  return chunks;
}

/**
 * Whether the book can be laid out in chunks (the body's folios start at 1 only when there is a body, after the front
 * matter).
 */
export function canChunk(parts: PrintDocument['parts']): boolean {
  const firstBody = parts.findIndex((part) => part.kind === 'body');
  if (firstBody < 0) return false;
  // Front matter after the body would need its folios from the body's; keep the single flow.
  return parts.slice(firstBody).every((part) => part.kind !== 'front');
}

/**
 * Below this many words of print text, `pdf.layout: auto` lays the book out as one document. Each chunk is a
 * document of its own (its page, stylesheets, fonts and Paged.js loaded, its print, then a merge), a fixed cost
 * that outweighs the layout of a short book's chapters: the sample book (3,800 words, 24 pages) took about half
 * as much CPU again in five chunks as in one (Node's side, measured), for the same pages. The thesis (69,000 words, 212 pages) stays in
 * chunks, laid out side by side, linear in its length and cached chapter by chapter.
 */
export const shortBookWords = 20_000;

/** Whether the book is laid out chapter by chapter (config `pdf.layout`, the book's length, canChunk). */
export function layOutInChunks(
  layout: 'auto' | 'single' | 'chapters',
  document: Pick<PrintDocument, 'parts' | 'text'>,
): boolean {
  if (layout === 'single' || !canChunk(document.parts)) return false;
  return layout === 'chapters' || wordCount(document.text) >= shortBookWords;
}

/**
 * Browsers laying out chapters side by side: `auto` is one per core, at most four (each may take several hundred MiB).
 */
export function layoutWorkers(setting: number | 'auto'): number {
  return setting === 'auto' ? Math.min(4, Math.max(1, os.availableParallelism())) : setting;
}

/**
 * The browsers a PDF build of the book will lay out in, told from its manuscript before it is rendered, so that all of
 * them start while it is checked and rendered (pipeline.ts): one per layout worker when it will be laid out chapter
 * by chapter, else one. The manuscript's words stand in for the print text's that layOutInChunks counts (the
 * generated parts add a few hundred); a wrong guess costs a browser started too many or too late, not the layout.
 */
export function expectedBrowsers(
  pdf: Pick<FolioConfig['pdf'], 'layout' | 'workers'>,
  book: { body: unknown[]; files: Array<{ value: unknown }> },
): number {
  if (pdf.layout === 'single' || book.body.length === 0) return 1;
  const words = book.files.reduce((sum, file) => sum + wordCount(String(file.value)), 0);
  return pdf.layout === 'chapters' || words >= shortBookWords ? layoutWorkers(pdf.workers) : 1;
}

function wordCount(text: string): number {
  let words = 0;
  for (const _ of text.matchAll(/\S+/g)) words++;
  return words;
}

/** Layout order: the body and back matter in book order, then the front matter (its contents need their folios). */
export function layoutOrder(chunks: Chunk[]): Chunk[] {
  const rank = { body: 0, back: 1, front: 2 } as const;
  return [...chunks].sort((a, b) => rank[a.kind] - rank[b.kind] || a.index - b.index);
}

export interface ChunkedRender {
  /** The merged book, to be finished (postprocess) and saved. */
  pdf: PDFDocument;
  layout: LayoutFacts;
  /** pdftotext's text of each page of the book, from the chunks' files. */
  pageTexts: string[];
  /** 1-based book page of the first body page (arabic 1). */
  arabicFrom: number;
  chunks: Array<{
    chunk: Chunk;
    firstPage: number;
    pages: number;
    milliseconds: number;
    cached: boolean;
    laidOut: number;
  }>;
  /** `layout`: until the last chunk was printed (chunks side by side); `total`: with the merge. */
  milliseconds: { layout: number; total: number };
  /** Browsers used. */
  workers: number;
}

/** Paged.js's browser build copied into `dir`, the one folder a layout's page may read; its path. */
export async function copyPagedScript(dir: string): Promise<string> {
  const copy = path.join(dir, 'paged.browser.js');
  await copyFile(pagedScript, copy);
  return copy;
}

/** With the ledger's options: `onProgress`, `guessFirstFolio` (folio-ledger.ts). */
export interface ChunkedOptions extends Omit<RenderOptions, 'onPage'>, LedgerOptions {
  /** Browsers laying out chunks side by side. */
  workers: number;
  /**
   * Laid-out chunks kept by content (their HTML and `fingerprint`: styles, fonts, handlers, code,
   * browser), with the folios they were printed with.
   */
  cache?: { store: Store; fingerprint: string };
}

export async function renderChunked(
  document: PrintDocument,
  dir: string,
  options: ChunkedOptions,
): Promise<ChunkedRender> {
  const started = Date.now();
  const chunks = planChunks(document.parts);
  const order = layoutOrder(chunks);
  const pagedCopy = await copyPagedScript(dir);
  // Work of this thread that can wait (reading cached chapters' PDFs) waits until Chromium is busy.
  const layoutStarted = deferred<void>();
  const pool = new RendererPool(Math.max(1, options.workers), () =>
    openChunkRenderer(dir, {
      ...options,
      scripts: [pagedCopy, ...(options.scripts ?? [])],
      onLayoutStart: () => {
        layoutStarted.resolve();
        options.onLayoutStart?.();
      },
    }),
  );

  const html = new Map<Chunk, string>();
  const htmlPath = (chunk: Chunk) => path.join(dir, `chunk-${String(chunk.index).padStart(4, '0')}.html`);
  for (const chunk of chunks) {
    html.set(chunk, document.chunkHtml(chunk.partIds));
    await writeFile(htmlPath(chunk), html.get(chunk)!);
  }
  const flow = order.filter((chunk) => chunk.kind !== 'front');
  const chunkOptions = (chunk: Chunk) => ({
    blankIfOdd: chunk.index < chunks.length - 1,
    anchors: chunk.kind === 'front' ? [] : document.tocTargets,
  });
  const ledger = new FolioLedger(flow, chunks.length, options);
  const kept = new ChunkStore(options.cache);

  /** The printed chunk's page texts (pdftotext on its own file, while other chunks are laid out), then cached. */
  const finish = async (chunk: Chunk, printed: Omit<Printed, 'pageTexts' | 'cached'>): Promise<Printed> => {
    const file = path.join(dir, `chunk-${String(chunk.index).padStart(4, '0')}.pdf`);
    await writeFile(file, printed.pdf);
    const result: Printed = { ...printed, pageTexts: await pdfPageTexts(file), cached: false };
    await kept.set(html.get(chunk)!, chunkOptions(chunk), result);
    return result;
  };
  /** Runs `work` on `renderer`, then hands the renderer to the next chunk. */
  const using = async <T>(renderer: ChunkRenderer, work: (renderer: ChunkRenderer) => Promise<T>): Promise<T> => {
    try {
      return await work(renderer);
    } finally {
      pool.release(renderer);
    }
  };

  /** Lays out a chunk of the body or back matter, settles its first folio, prints it. */
  const layOutFlow = async (chunk: Chunk, renderer: ChunkRenderer, firstFolio?: number) => {
    const printed = await using(renderer, async () => {
      const guess = firstFolio ?? ledger.firstFolioSoFar(chunk);
      const layout = await renderer.layout(htmlPath(chunk), {
        firstFolio: guess,
        ...chunkOptions(chunk),
        onPage: ledger.onPage,
      });
      ledger.count(chunk, layout);
      const real = await ledger.firstFolio(chunk);
      if (real !== guess) await renderer.renumber({ firstFolio: real });
      const pdf = await renderer.print();
      return { layout, pdf, firstFolio: real, tocFolios: {}, laidOut: 1 };
    });
    return finish(chunk, printed);
  };

  /** The front matter: laid out, then given the contents' folios once every other chunk is counted. */
  const layOutFront = async (chunk: Chunk, renderer: ChunkRenderer, folios: Promise<Record<string, string>>) => {
    const printed = await using(renderer, async () => {
      let laidOut = 1;
      let layout = await renderer.layout(htmlPath(chunk), {
        firstFolio: 1,
        ...chunkOptions(chunk),
        onPage: ledger.onPage,
      });
      const contents = await folios;
      if (!(await renderer.renumber({ tocFolios: contents }))) {
        laidOut++;
        layout = await renderer.layout(htmlPath(chunk), { firstFolio: 1, tocFolios: contents, ...chunkOptions(chunk) });
      }
      return { layout, pdf: await renderer.print(), firstFolio: 1, tocFolios: contents, laidOut };
    });
    return finish(chunk, printed);
  };

  const printed = new Map<Chunk, Promise<Printed>>();
  // pdf-lib loads once Chromium is busy (or at once, when every chunk comes from the cache).
  const merging: Promise<ChunkMerger> = layoutStarted.promise
    .then(() => import('./merge.js'))
    .then(({ ChunkMerger }) => new ChunkMerger());
  const watch = <T>(task: Promise<T>) => {
    task.catch((error) => ledger.fail(error));
    return task;
  };
  const settle = (chunk: Chunk, task: Promise<Printed>) =>
    printed.set(
      chunk,
      watch(
        task.then(async (result) => {
          (await merging).add(chunk.index, result.pdf);
          return result;
        }),
      ),
    );
  let closing: Promise<void> | undefined;
  let layoutMs = 0;
  try {
    // Chunks take browsers in layout order, so a chunk holding one waits only on chunks that hold one or are done.
    const cachedChunks = new Map(
      await Promise.all(
        order.map(async (chunk) => [chunk, await kept.get(html.get(chunk)!, chunkOptions(chunk))] as const),
      ),
    );
    const toLayOut = order.filter((chunk) => !cachedChunks.get(chunk)).length;
    pool.prewarm(toLayOut);
    if (toLayOut === 0) layoutStarted.resolve();
    const prepare = (pdf: Uint8Array) => void merging.then((merger) => merger.prepare(pdf));
    for (const chunk of flow) {
      const cached = cachedChunks.get(chunk);
      if (cached) {
        ledger.addPages(cached.layout.layout.pages);
        ledger.count(chunk, cached.layout);
        prepare(cached.pdf);
        settle(
          chunk,
          (async () => {
            const real = await ledger.firstFolio(chunk);
            if (real === cached.firstFolio) return cached;
            return layOutFlow(chunk, await pool.acquire(), real);
          })(),
        );
        continue;
      }
      settle(chunk, layOutFlow(chunk, await ledger.orFailure(pool.acquire())));
    }
    const front = order.find((chunk) => chunk.kind === 'front');
    if (front) {
      const folios = watch(ledger.tocFolios());
      const cached = cachedChunks.get(front);
      if (cached) prepare(cached.pdf);
      settle(
        front,
        (async () => {
          if (cached && JSON.stringify(cached.tocFolios) === JSON.stringify(await folios)) return cached;
          return layOutFront(front, await pool.acquire(), folios);
        })(),
      );
    }
    await Promise.all(printed.values());
    layoutMs = Date.now() - started;
    closing = pool.close(); // while the pages are joined
  } finally {
    if (!closing) await pool.close();
  }

  const results = new Map<Chunk, Printed>();
  for (const chunk of chunks) results.set(chunk, await printed.get(chunk)!);
  const book = await joinChunks(chunks, results, await merging);
  await closing;
  return { ...book, milliseconds: { layout: layoutMs, total: Date.now() - started }, workers: pool.opened };
}
