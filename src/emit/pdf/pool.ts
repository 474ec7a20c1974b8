/**
 * The browsers of a chapter-by-chapter layout: up to `size` renderers, opened together, handed out
 * in the order they are asked for (chunks.ts relies on that order to never wait in a circle).
 */
import type { ChunkRenderer } from './layout.js';

/** A renderer that fails to open fails every request. */
export class RendererPool {
  private readonly idle: ChunkRenderer[] = [];
  private readonly waiting: Array<{ resolve: (renderer: ChunkRenderer) => void; reject: (error: unknown) => void }> =
    [];
  private readonly opening: Array<Promise<ChunkRenderer>> = [];
  /**
   * Renderers still opening: each will go to a waiter, so a request opens another only when all of them are spoken
   * for.
   */
  private pending = 0;
  private broken?: { error: unknown };

  constructor(
    private readonly size: number,
    private readonly open: () => Promise<ChunkRenderer>,
  ) {}

  /** How many renderers were opened. */
  get opened(): number {
    return this.opening.length;
  }

  /** Opens `count` renderers at once (browsers start in parallel instead of one per request). */
  prewarm(count: number): void {
    while (this.opening.length < Math.min(count, this.size)) this.openOne();
  }

  acquire(): Promise<ChunkRenderer> {
    if (this.broken) return Promise.reject(this.broken.error);
    const renderer = this.idle.pop();
    if (renderer) return Promise.resolve(renderer);
    if (this.waiting.length >= this.pending && this.opening.length < this.size) this.openOne();
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  release(renderer: ChunkRenderer): void {
    const next = this.waiting.shift();
    if (next) next.resolve(renderer);
    else this.idle.push(renderer);
  }

  private openOne(): void {
    this.pending++;
    const opening = this.open();
    this.opening.push(opening);
    opening.then(
      (renderer) => {
        this.pending--;
        this.release(renderer);
      },
      (error: unknown) => {
        this.pending--;
        this.broken = { error };
        for (const waiter of this.waiting.splice(0)) waiter.reject(error);
      },
    );
  }

  async close(): Promise<void> {
    await Promise.all(
      this.opening.map((opening) => opening.then((renderer) => renderer.close()).catch(() => undefined)),
    );
  }
}

export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}
