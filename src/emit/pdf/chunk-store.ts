/**
 * Printed chunks kept between builds (chapter-by-chapter layout, chunks.ts): a chunk is found again
 * by its HTML, its layout options and the layout's fingerprint (styles, fonts, handlers, code,
 * browser), and comes back with the folios it was printed with, which the caller compares with the
 * ones it needs now.
 */
import { deserialize, serialize } from 'node:v8';
import { hashKey, type Store } from '../../cache.js';
import type { ChunkLayout } from './layout.js';

/** A chunk as printed: its layout, its PDF, and the numbers it shows. */
export interface Printed {
  layout: ChunkLayout;
  pdf: Uint8Array;
  /** pdftotext's text of each page, for the post-render checks (so the book's file need not be read again). */
  pageTexts: string[];
  firstFolio: number;
  tocFolios: Record<string, string>;
  cached: boolean;
  /**
   * Times it was laid out in this run (0: from the cache; 2: the front matter laid out again for its contents'
   * folios).
   */
  laidOut: number;
}

export class ChunkStore {
  /** Without `cache`, nothing is found and nothing kept. */
  constructor(private readonly cache: { store: Store; fingerprint: string } | undefined) {}

  private key(html: string, options: unknown): string | undefined {
    return this.cache && `${hashKey(this.cache.fingerprint, html, JSON.stringify(options))}.v8`;
  }

  /**
   * The chunk printed from `html` with `options` by an earlier build; undefined when none is kept or the entry is
   * damaged.
   */
  async get(html: string, options: unknown): Promise<Printed | undefined> {
    const key = this.key(html, options);
    const bytes = key && (await this.cache!.store.get(key));
    if (!bytes) return undefined;
    try {
      return { ...(deserialize(bytes) as Omit<Printed, 'cached' | 'laidOut'>), cached: true, laidOut: 0 };
    } catch {
      return undefined; // a damaged entry is laid out again
    }
  }

  set(html: string, options: unknown, printed: Printed): Promise<void> {
    const key = this.key(html, options);
    if (!key) return Promise.resolve();
    const { layout, pdf, pageTexts, firstFolio, tocFolios } = printed;
    return this.cache!.store.set(key, serialize({ layout, pdf, pageTexts, firstFolio, tocFolios }));
  }
}
