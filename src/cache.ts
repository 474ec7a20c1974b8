/**
 * A small content-addressed store on disk (under `output/.cache` by default): values are kept by
 * the hash of everything that determines them, so a stale entry can never be found. Unreadable
 * entries are misses; failures to write only cost time.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './emit/atomic.js';

export interface Store {
  get(key: string): Promise<Buffer | undefined>;
  set(key: string, value: string | Uint8Array): Promise<void>;
}

export function hashKey(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

export function createStore(dir: string): Store {
  const file = (key: string) => path.join(dir, key);
  return {
    async get(key) {
      return readFile(file(key)).catch(() => undefined);
    },
    async set(key, value) {
      await writeFileAtomic(file(key), value).catch(() => undefined);
    },
  };
}

const fingerprints = new Map<string, string>();

/** A hash of the code in `dir` (its .js/.ts files), so a changed stage never sees its predecessor's results. */
export function codeFingerprint(dir: string): string {
  const known = fingerprints.get(dir);
  if (known) return known;
  const parts: Buffer[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(js|ts)$/.test(entry.name)) parts.push(Buffer.from(entry.name), readFileSync(full));
    }
  };
  walk(dir);
  const fingerprint = hashKey(...parts);
  fingerprints.set(dir, fingerprint);
  return fingerprint;
}
