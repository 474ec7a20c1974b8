/**
 * The parse cache: parsing and normalising a file is the slowest part of reading, so its result is
 * stored by the hash of the file's path and text and of the reader's own code (an edit to either
 * misses). Entries are V8-serialised trees. An export's pages are also kept by its path, so that
 * after an edit only the pages that changed are parsed again.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { codeFingerprint, createStore, hashKey } from '../cache.js';
import type { PageTrees } from './pages.js';

export interface ParsedFile {
  tree: Root;
  data: VFile['data'];
}

export interface ReadCache {
  get(file: VFile, dialect: string): Promise<ParsedFile | undefined>;
  set(file: VFile, dialect: string, parsed: ParsedFile): Promise<void>;
  /** The pages of the export at the file's path as last parsed (see pages.ts); empty when none. */
  getPages(file: VFile): Promise<PageTrees>;
  setPages(file: VFile, pages: PageTrees): Promise<void>;
}

export function createReadCache(dir: string): ReadCache {
  const store = createStore(dir);
  const readerCode = codeFingerprint(path.dirname(fileURLToPath(import.meta.url)));
  const key = (file: VFile, dialect: string) => `${hashKey(readerCode, dialect, file.path, String(file.value))}.v8`;
  const pagesKey = (file: VFile) => `${hashKey(readerCode, 'export pages', file.path)}.pages.v8`;
  return {
    async get(file, dialect) {
      const bytes = await store.get(key(file, dialect));
      if (!bytes) return undefined;
      try {
        return deserialize(bytes) as ParsedFile;
      } catch {
        return undefined;
      }
    },
    async set(file, dialect, parsed) {
      await store.set(key(file, dialect), serialize(parsed));
    },
    async getPages(file) {
      const bytes = await store.get(pagesKey(file));
      try {
        return bytes ? new Map(deserialize(bytes) as Array<[string, Uint8Array]>) : new Map();
      } catch {
        return new Map();
      }
    },
    async setPages(file, pages) {
      await store.set(pagesKey(file), serialize([...pages]));
    },
  };
}
