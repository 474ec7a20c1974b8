/**
 * The join of chapter-by-chapter layout (chunks.ts): the printed chunks, in book order, become one
 * book. Their PDFs are merged (with the outline of all their headings) and their facts offset to
 * book pages, so the post-render checks read them as they read a single flow's.
 */
import type { PDFDocument } from 'pdf-lib';
import type { Printed } from './chunk-store.js';
import type { Chunk, ChunkedRender } from './chunks.js';
import type { LayoutFacts, OutlineItem } from './layout.js';
import type { ChunkMerger } from './merge.js';

/** `merger` holds every chunk's PDF (added as each was printed); `printed` has every chunk. */
export async function joinChunks(
  chunks: Chunk[],
  printed: Map<Chunk, Printed>,
  merger: ChunkMerger,
): Promise<{
  pdf: PDFDocument;
  layout: LayoutFacts;
  pageTexts: string[];
  arabicFrom: number;
  chunks: ChunkedRender['chunks'];
}> {
  const layout: LayoutFacts = { pages: 0, notes: [], partStarts: {}, text: '', pageStarts: [] };
  const texts: string[] = [];
  const outline: OutlineItem[] = [];
  const summary: ChunkedRender['chunks'] = [];
  let arabicFrom = 1;
  for (const chunk of chunks) {
    const result = printed.get(chunk)!;
    const facts = result.layout.layout;
    const offset = layout.pages;
    if (chunk.kind === 'body' && arabicFrom === 1) arabicFrom = offset + 1;
    for (const note of facts.notes) {
      layout.notes.push({
        number: note.number,
        callPage: note.callPage && note.callPage + offset,
        notePage: note.notePage && note.notePage + offset,
      });
    }
    for (const [id, page] of Object.entries(facts.partStarts)) layout.partStarts[id] = page + offset;
    texts.push(facts.text);
    // A chunk kept by an older build without page starts leaves the book without a page map.
    layout.pageStarts = layout.pageStarts && facts.pageStarts && [...layout.pageStarts, ...facts.pageStarts];
    outline.push(...result.layout.outline);
    const milliseconds = result.cached ? 0 : result.layout.milliseconds;
    summary.push({
      chunk,
      firstPage: offset + 1,
      pages: facts.pages,
      milliseconds,
      cached: result.cached,
      laidOut: result.laidOut,
    });
    layout.pages += facts.pages;
  }
  layout.text = texts.join('\n');
  const pageTexts = chunks.flatMap((chunk) => printed.get(chunk)!.pageTexts);
  const pdf = await merger.finish(outline);
  return { pdf, layout, pageTexts, arabicFrom, chunks: summary };
}
