/**
 * The page-number bookkeeping of chapter-by-chapter layout (chunks.ts). Chunks of the body and back
 * matter are laid out side by side, but each one's folios depend on the page counts of the chunks
 * before it, and the contents' folios on all of them. The ledger records each count as it comes in
 * and answers those questions: exactly once the counts they need are in (waiting for them), or as a
 * guess from the counts in so far. A failure anywhere releases every waiter.
 */
import type { Chunk } from './chunks.js';
import type { ChunkLayout } from './layout.js';
import { deferred } from './pool.js';

export interface LedgerOptions {
  /** Called as chunks are counted and pages laid out: chunks done, and pages laid out so far. */
  onProgress?: (state: { done: number; chunks: number; pages: number }) => void;
  /**
   * The folio a chunk is laid out from while the chunks before it are not all counted (tests force renumbering with
   * it).
   */
  guessFirstFolio?: (chunk: Chunk, soFar: number) => number;
}

export class FolioLedger {
  private readonly counted: Map<Chunk, ReturnType<typeof deferred<ChunkLayout>>>;
  private readonly known = new Map<Chunk, ChunkLayout>();
  private readonly failure: Promise<never>;
  private failed: (error: unknown) => void = () => undefined;
  private pagesSoFar = 0;

  /**
   * @param flow the chunks of the body and back matter, in book order (their folios run on)
   * @param total every chunk of the book, front matter included, for the progress report
   */
  constructor(
    private readonly flow: Chunk[],
    private readonly total: number,
    private readonly options: LedgerOptions,
  ) {
    this.failure = new Promise<never>((_, reject) => (this.failed = reject));
    this.failure.catch(() => undefined);
    this.counted = new Map(flow.map((chunk) => [chunk, deferred<ChunkLayout>()]));
  }

  /** Releases every waiter with `error`. */
  fail(error: unknown): void {
    this.failed(error);
  }

  /** `promise`, or the failure if one comes first. */
  orFailure<T>(promise: Promise<T>): Promise<T> {
    return Promise.race([promise, this.failure]);
  }

  /** A chunk's page count (and anchors), once; it releases the chunks waiting on it. */
  count(chunk: Chunk, layout: ChunkLayout): void {
    if (this.known.has(chunk)) return;
    this.known.set(chunk, layout);
    this.counted.get(chunk)!.resolve(layout);
    this.options.onProgress?.({ done: this.known.size, chunks: this.total, pages: this.pagesSoFar });
  }

  /** A page laid out in some browser. */
  readonly onPage = (): void =>
    this.options.onProgress?.({ done: this.known.size, chunks: this.total, pages: ++this.pagesSoFar });

  /** Pages that need no layout (a chunk from the cache), counted before the chunk itself. */
  addPages(pages: number): void {
    this.pagesSoFar += pages;
  }

  private before(chunk: Chunk): Chunk[] {
    return this.flow.slice(0, this.flow.indexOf(chunk));
  }

  /** The chunk's first folio, once every chunk before it is counted. */
  async firstFolio(chunk: Chunk): Promise<number> {
    const layouts = await this.orFailure(
      Promise.all(this.before(chunk).map((other) => this.counted.get(other)!.promise)),
    );
    return 1 + layouts.reduce((sum, layout) => sum + layout.layout.pages, 0);
  }

  /** The first folio from the chunks ahead counted so far: exact once they all are; otherwise renumbered later. */
  firstFolioSoFar(chunk: Chunk): number {
    const ahead = this.before(chunk);
    const soFar = 1 + ahead.reduce((sum, other) => sum + (this.known.get(other)?.layout.pages ?? 0), 0);
    return ahead.every((other) => this.known.has(other))
      ? soFar
      : (this.options.guessFirstFolio?.(chunk, soFar) ?? soFar);
  }

  /** The contents' folios, once every chunk of the body and back matter is counted. */
  async tocFolios(): Promise<Record<string, string>> {
    const layouts = await this.orFailure(Promise.all(this.flow.map((chunk) => this.counted.get(chunk)!.promise)));
    const folios: Record<string, string> = {};
    let first = 1;
    for (const layout of layouts) {
      for (const [id, page] of Object.entries(layout.anchors)) folios[id] ??= String(first + page - 1);
      first += layout.layout.pages;
    }
    return folios;
  }
}
