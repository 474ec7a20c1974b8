/**
 * The parse cache: parsing and normalising a file is the slowest part of reading, so its result is
 * stored by the hash of the file's path and text and of the reader's own code (an edit to either
 * misses). Entries are V8-serialised trees.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { codeFingerprint, createStore, hashKey } from '../cache.js';

export interface ParsedFile {
  tree: Root;
  data: VFile['data'];
}

export interface ReadCache {
  get(file: VFile, dialect: string): Promise<ParsedFile | undefined>;
  set(file: VFile, dialect: string, parsed: ParsedFile): Promise<void>;
}

export function createReadCache(dir: string): ReadCache {
  const store = createStore(dir);
  const readerCode = codeFingerprint(path.dirname(fileURLToPath(import.meta.url)));
  const key = (file: VFile, dialect: string) => `${hashKey(readerCode, dialect, file.path, String(file.value))}.v8`;
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
  };
}
