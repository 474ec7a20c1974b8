/** The content-addressed stores under output/.cache keep to their size, dropping what was used longest ago. */
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStore } from '../src/cache.js';

describe('cache store', () => {
  it('keeps to its size: the entries used longest ago go first, and a hit renews an entry', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-store-'));
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
    for (const [name, age] of [
      ['a', 3],
      ['b', 2],
      ['c', 1],
    ] as const) {
      writeFileSync(path.join(dir, name), 'x'.repeat(400));
      utimesSync(path.join(dir, name), hoursAgo(age), hoursAgo(age));
    }
    const store = createStore(dir, 1000);
    expect((await store.get('a'))?.length).toBe(400);
    await store.set('d', 'y'.repeat(400));
    expect(readdirSync(dir).sort()).toEqual(['a', 'd']);
    expect(await store.get('b')).toBeUndefined();
  });
});
