/**
 * Refactors must not change what Folio writes: the print HTML bundle (`folio html`) and the EPUB of
 * the sample book and of the thesis are compared, file by file, with SHA-256 hashes stored in
 * `tests/fixtures/outputs-unchanged/`. Each book is built twice through one cache folder, so a
 * result read back from the cache must also match. The EPUB is compared entry by entry (its zip
 * dates are not content); the modification date in the package document is blanked, since it may
 * come from `SOURCE_DATE_EPOCH`. After an intended change of output, `FOLIO_UPDATE_GOLDEN=1`
 * rewrites the fixtures (review the diff of the JSON, then commit it).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/log.js';
import { build } from '../src/pipeline.js';
import { corpusPath, describeCorpus, repoRoot } from './helpers/corpus.js';

const fixturesDir = path.join(repoRoot, 'tests/fixtures/outputs-unchanged');
const update = process.env.FOLIO_UPDATE_GOLDEN === '1';

interface Hashes {
  /** Every file of the print HTML bundle, by path relative to its folder. */
  html: Record<string, string>;
  /** Every entry of book.epub, in zip order. */
  epub: Record<string, string>;
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** Blanks what may depend on the clock or the environment rather than on the book. */
function stableEntry(name: string, data: Buffer): Buffer | string {
  if (!name.endsWith('.opf')) return data;
  return data.toString('utf8').replace(/(<meta property="dcterms:modified">)[^<]*(<\/meta>)/g, '$1…$2');
}

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const names: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) names.push(...(await filesUnder(path.join(dir, entry.name), relative)));
    else names.push(relative);
  }
  return names;
}

async function buildHashes(input: string, cacheDir: string): Promise<Hashes> {
  const out = await mkdtemp(path.join(tmpdir(), 'folio-unchanged-'));
  try {
    const result = await build({
      input,
      cwd: repoRoot,
      logger: silentLogger,
      outDir: out,
      formats: ['html', 'epub'],
      cacheDir,
    });
    expect(result.summary.errors).toBe(0);
    const html: Hashes['html'] = {};
    for (const name of await filesUnder(out)) {
      if (name !== 'book.epub') html[name] = sha256(await readFile(path.join(out, name)));
    }
    const zip = await JSZip.loadAsync(await readFile(path.join(out, 'book.epub')));
    const epub: Hashes['epub'] = {};
    for (const entry of Object.values(zip.files)) {
      if (!entry.dir) epub[entry.name] = sha256(stableEntry(entry.name, await entry.async('nodebuffer')));
    }
    return { html, epub };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

function compareWithFixture(name: string, input: string): void {
  const fixture = path.join(fixturesDir, `${name}.json`);
  let cacheDir: string;
  afterAll(() => rm(cacheDir, { recursive: true, force: true }));

  it(`writes the same print HTML and EPUB as stored in ${name}.json, fresh and from the cache`, async () => {
    cacheDir = await mkdtemp(path.join(tmpdir(), 'folio-unchanged-cache-'));
    const fresh = await buildHashes(input, cacheDir);
    const cached = await buildHashes(input, cacheDir);
    expect(cached).toEqual(fresh);
    if (update || !existsSync(fixture)) {
      if (!update)
        throw new Error(`${path.relative(repoRoot, fixture)} is missing; run with FOLIO_UPDATE_GOLDEN=1 to write it`);
      await mkdir(fixturesDir, { recursive: true });
      await writeFile(fixture, `${JSON.stringify(fresh, null, 2)}\n`);
      return;
    }
    const stored = JSON.parse(await readFile(fixture, 'utf8')) as Hashes;
    expect(Object.keys(fresh.html)).toEqual(Object.keys(stored.html));
    expect(fresh.html).toEqual(stored.html);
    expect(Object.keys(fresh.epub)).toEqual(Object.keys(stored.epub));
    expect(fresh.epub).toEqual(stored.epub);
    expect(fresh.html['book.html']).toMatch(/^[0-9a-f]{64}$/);
  });
}

describe('outputs unchanged: the sample book', () => {
  compareWithFixture('sample', path.join(repoRoot, 'manuscript'));
});

describeCorpus('outputs unchanged: the thesis', () => {
  compareWithFixture('thesis', corpusPath);
});
