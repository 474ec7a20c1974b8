/**
 * A content-hash cache for the slowest part of reading, parsing and normalising a file: keyed by
 * the file's path and text and by the reader's own code, so an edit to either misses. Entries are
 * V8-serialised trees; a corrupt or unreadable entry is simply a miss.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { writeFileAtomic } from '../emit/atomic.js';

export interface ParsedFile {
  tree: Root;
  data: VFile['data'];
}

export interface ReadCache {
  get(file: VFile, dialect: string): Promise<ParsedFile | undefined>;
  set(file: VFile, dialect: string, parsed: ParsedFile): Promise<void>;
}

let readerFingerprint: string | undefined;

/** A hash of the reader's code, so a changed reader never sees its predecessor's trees. */
function fingerprint(): string {
  if (readerFingerprint) return readerFingerprint;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(js|ts)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(full));
    }
  };
  walk(path.dirname(fileURLToPath(import.meta.url)));
  readerFingerprint = hash.digest('hex');
  return readerFingerprint;
}

export function createReadCache(dir: string): ReadCache {
  const entryPath = (file: VFile, dialect: string) => {
    const key = createHash('sha256')
      .update(fingerprint())
      .update(`\0${dialect}\0${file.path}\0`)
      .update(String(file.value))
      .digest('hex');
    return path.join(dir, `${key}.v8`);
  };
  return {
    async get(file, dialect) {
      try {
        return deserialize(await readFile(entryPath(file, dialect))) as ParsedFile;
      } catch {
        return undefined;
      }
    },
    async set(file, dialect, parsed) {
      try {
        await writeFileAtomic(entryPath(file, dialect), serialize(parsed));
      } catch {
        // A cache that cannot be written only costs time.
      }
    },
  };
}
