/**
 * Chapter-by-chapter layout: the book laid out as separate Paged.js documents in one browser, so
 * layout time grows with the book's length instead of faster (one long Paged.js flow slows down
 * page by page, and a single layout call of ~800 pages outlives puppeteer's protocol timeout).
 *
 * Chunks: the front matter as one (its display pages place themselves on rectos and versos), each
 * body and back part on its own. Every chunk after the first opens on a recto (print.css
 * `break-before: right`), so a chunk that ends on a recto gets a blank verso, as Paged.js adds one
 * in a single flow. Every number a chunk shows is known before it is laid out: the body in order
 * (arabic from 1), then the back matter (arabic, continuing), then the front matter (roman from i)
 * with the contents' folios written into its HTML from the pages the others started on.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { hashKey, type Store } from '../../cache.js';
import type { PrintDocument } from './document.js';
import { mergeChunkPdfs } from './merge.js';
import {
  openChunkRenderer,
  type ChunkOptions,
  type ChunkRenderer,
  type ChunkResult,
  type LayoutFacts,
  type OutlineItem,
  type RenderOptions,
} from './render.js';

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
  for (const part of parts) if (part.kind !== 'front') chunks.push({ index: chunks.length, kind: part.kind, partIds: [part.id] });
  return chunks;
}

/** Whether the book can be laid out in chunks (the body's folios start at 1 only when there is a body, after the front matter). */
export function canChunk(parts: PrintDocument['parts']): boolean {
  const firstBody = parts.findIndex((part) => part.kind === 'body');
  if (firstBody < 0) return false;
  // Front matter after the body would need its folios from the body's; keep the single flow.
  return parts.slice(firstBody).every((part) => part.kind !== 'front');
}

/** Layout order: every offset is known before a chunk is laid out. */
export function layoutOrder(chunks: Chunk[]): Chunk[] {
  const rank = { body: 0, back: 1, front: 2 } as const;
  return [...chunks].sort((a, b) => rank[a.kind] - rank[b.kind] || a.index - b.index);
}

export interface ChunkedRender {
  pdf: Uint8Array;
  layout: LayoutFacts;
  /** 1-based book page of the first body page (arabic 1). */
  arabicFrom: number;
  chunks: Array<{ chunk: Chunk; firstPage: number; pages: number; milliseconds: number }>;
  milliseconds: { layout: number; total: number };
}

export interface ChunkedOptions extends Omit<RenderOptions, 'onPage'> {
  /** Called as each chunk starts and as Paged.js finishes each page of it. */
  onProgress?: (state: { chunk: number; chunks: number; kind: Chunk['kind']; folio: string }) => void;
  /**
   * Laid-out chunks kept by content: a chunk whose HTML (first folio and contents folios included)
   * and whose layout inputs (`fingerprint`: styles, fonts, handlers, code, browser) are unchanged
   * is not laid out again. An edit that keeps its chapter's page count re-lays out that chapter only.
   */
  cache?: { store: Store; fingerprint: string };
}

export async function renderChunked(document: PrintDocument, dir: string, options: ChunkedOptions): Promise<ChunkedRender> {
  const started = Date.now();
  const chunks = planChunks(document.parts);
  const order = layoutOrder(chunks);
  const results = new Map<Chunk, ChunkResult>();
  const firstFolio = new Map<Chunk, number>();
  let arabic = 1;
  let layoutMs = 0;
  let renderer: ChunkRenderer | undefined;
  const storing: Array<Promise<void>> = [];
  const renderOnce = async (htmlPath: string, html: string, chunkOptions: ChunkOptions): Promise<ChunkResult> => {
    const cache = options.cache;
    const key = cache && `${hashKey(cache.fingerprint, html, JSON.stringify({ blank: chunkOptions.blankIfOdd, anchors: chunkOptions.anchors }))}.v8`;
    const cached = key ? await cache!.store.get(key) : undefined;
    if (cached) {
      try {
        const stored = deserialize(cached) as Omit<ChunkResult, 'pdf'> & { pdf: Uint8Array };
        return { ...stored, pdf: Promise.resolve(stored.pdf), milliseconds: { layout: 0, total: 0 } };
      } catch {
        // A damaged entry is laid out again.
      }
    }
    renderer ??= await openChunkRenderer(dir, options);
    const result = await renderer.render(htmlPath, chunkOptions);
    if (key) storing.push(result.pdf.then((pdf) => cache!.store.set(key, serialize({ ...result, pdf }))).catch(() => undefined));
    return result;
  };
  try {
    for (const [position, chunk] of order.entries()) {
      const start = chunk.kind === 'front' ? 1 : arabic;
      firstFolio.set(chunk, start);
      const tocFolios: Record<string, string> = {};
      if (chunk.kind === 'front') {
        for (const [done, result] of results) {
          for (const [id, page] of Object.entries(result.anchors)) tocFolios[id] ??= String(firstFolio.get(done)! + page - 1);
        }
      }
      const htmlPath = path.join(dir, `chunk-${String(chunk.index).padStart(4, '0')}.html`);
      const html = document.chunkHtml(chunk.partIds, { firstFolio: start, tocFolios });
      await writeFile(htmlPath, html);
      const folio = (count: number) => (chunk.kind === 'front' ? roman(count) : String(start + count - 1));
      options.onProgress?.({ chunk: position + 1, chunks: order.length, kind: chunk.kind, folio: folio(1) });
      const result = await renderOnce(htmlPath, html, {
        blankIfOdd: chunk.index < chunks.length - 1,
        anchors: chunk.kind === 'front' ? [] : document.tocTargets,
        onPage: (count) => options.onProgress?.({ chunk: position + 1, chunks: order.length, kind: chunk.kind, folio: folio(count) }),
      });
      results.set(chunk, result);
      layoutMs += result.milliseconds.layout;
      if (chunk.kind !== 'front') arabic += result.layout.pages;
    }
  } finally {
    await renderer?.close();
  }

  // Book order: facts offset to book pages.
  const layout: LayoutFacts = { pages: 0, notes: [], partStarts: {}, text: '' };
  const texts: string[] = [];
  const outline: OutlineItem[] = [];
  const summary: ChunkedRender['chunks'] = [];
  let arabicFrom = 1;
  for (const chunk of chunks) {
    const result = results.get(chunk)!;
    const offset = layout.pages;
    if (chunk.kind === 'body' && arabicFrom === 1) arabicFrom = offset + 1;
    for (const note of result.layout.notes) {
      layout.notes.push({ number: note.number, callPage: note.callPage && note.callPage + offset, notePage: note.notePage && note.notePage + offset });
    }
    for (const [id, page] of Object.entries(result.layout.partStarts)) layout.partStarts[id] = page + offset;
    texts.push(result.layout.text);
    outline.push(...result.outline);
    summary.push({ chunk, firstPage: offset + 1, pages: result.layout.pages, milliseconds: result.milliseconds.total });
    layout.pages += result.layout.pages;
  }
  layout.text = texts.join('\n');
  const pdf = await mergeChunkPdfs(await Promise.all(chunks.map((chunk) => results.get(chunk)!.pdf)), outline);
  await Promise.all(storing);
  return { pdf, layout, arabicFrom, chunks: summary, milliseconds: { layout: layoutMs, total: Date.now() - started } };
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, letters] of table) while (n >= value) { out += letters; n -= value; }
  return out;
}
