/**
 * A small content-addressed store on disk (under `output/.cache` by default): values are kept by
 * the hash of everything that determines them, so a stale entry can never be found. Unreadable
 * entries are misses; failures to write only cost time. Each store keeps to `maxBytes`: the entries
 * used longest ago go first (a hit renews an entry), so a day of `--watch` does not fill the disk.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile, readdir, stat, unlink, utimes } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic.js';

export interface Store {
  get(key: string): Promise<Buffer | undefined>;
  set(key: string, value: string | Uint8Array): Promise<void>;
}

export function hashKey(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** Default size of a store: a few versions of a long book's parsed files or laid-out chapters. */
export const defaultStoreBytes = 256 * 2 ** 20;

/** Pruning is looked at once a minute at most per folder (a build writes many entries). */
const pruned = new Map<string, number>();

export function createStore(dir: string, maxBytes = defaultStoreBytes): Store {
  const file = (key: string) => path.join(dir, key);
  return {
    async get(key) {
      const value = await readFile(file(key)).catch(() => undefined);
      if (value) {
        const now = new Date();
        await utimes(file(key), now, now).catch(() => undefined);
      }
      return value;
    },
    async set(key, value) {
      await writeFileAtomic(file(key), value).catch(() => undefined);
      if (Date.now() - (pruned.get(dir) ?? 0) < 60_000) return;
      pruned.set(dir, Date.now());
      await pruneStore(dir, maxBytes).catch(() => undefined);
    },
  };
}

/** The text stored under `key`, else what `make` gives, stored there for the next build. */
export async function cachedText(
  store: Store | undefined,
  key: string,
  make: () => string | Promise<string>,
): Promise<string> {
  return (await cachedBytes(store, key, async () => Buffer.from(await make(), 'utf8'))).toString('utf8');
}

/** The bytes kept under `key`, or what `make` makes, kept there for next time. */
export async function cachedBytes(
  store: Store | undefined,
  key: string,
  make: () => Uint8Array | Promise<Uint8Array>,
): Promise<Buffer> {
  const cached = await store?.get(key);
  if (cached) return cached;
  const made = Buffer.from(await make());
  await store?.set(key, made);
  return made;
}

/** Deletes the entries used longest ago until the folder holds at most `maxBytes`. */
export async function pruneStore(dir: string, maxBytes: number): Promise<void> {
  const entries = await Promise.all(
    (await readdir(dir)).map(async (name) => {
      const info = await stat(path.join(dir, name)).catch(() => undefined);
      return { name, size: info?.isFile() ? info.size : 0, used: info?.mtimeMs ?? 0 };
    }),
  );
  entries.sort((a, b) => b.used - a.used);
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (total > maxBytes && entry.size > 0) await unlink(path.join(dir, entry.name)).catch(() => undefined);
  }
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
