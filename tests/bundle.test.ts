/**
 * The bundle `bin/folio.js` runs (scripts/bundle.ts, made by `npm run compile`) must be the compiled code, only
 * faster to load: each module still finds its files from its own place in dist/, the workers it starts are the
 * bundled ones, and the bundled CLI writes byte for byte what the compiled one writes (on the thesis, whose export
 * is long enough to be parsed on the pages worker, and whose bibliography is formatted on the bibliography worker).
 * And the YAML library, a CommonJS package the bundle leaves outside, loaded only when a book has YAML to read.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { deserialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusPath, describeCorpus, repoRoot } from './helpers/corpus.js';

const bundleDir = path.join(repoRoot, 'dist/bundle');
const built = existsSync(path.join(bundleDir, 'main.js'));
const describeBundled = built ? describe : describe.skip;
if (!built) console.warn('[folio tests] skipping the bundle tests: run `npm run compile` first');

const bundleFiles = () => readdirSync(bundleDir).filter((file) => file.endsWith('.js'));

describeBundled('the bundle', () => {
  it('has the CLI and both workers as entry points', () => {
    expect(bundleFiles()).toEqual(expect.arrayContaining(['main.js', 'pages-worker.js', 'bibliography-worker.js']));
  });

  it("names every module's own place in dist/ or node_modules/, and only bundled workers beside itself", () => {
    const places: string[] = [];
    const workers: string[] = [];
    for (const file of bundleFiles()) {
      const code = readFileSync(path.join(bundleDir, file), 'utf8');
      for (const match of code.matchAll(/new URL\("([^"]+)", import\.meta\.url\)|import\.meta\.url/g)) {
        if (match[1] === undefined) throw new Error(`bare import.meta.url in ${file}`);
        (match[1].startsWith('./') ? workers : places).push(match[1]);
      }
    }
    expect(places).toContain('../cli/main.js');
    expect(places).toContain('../emit/html.js');
    for (const place of places) expect(existsSync(path.resolve(bundleDir, place)), place).toBe(true);
    expect([...new Set(workers)].sort()).toEqual(['./bibliography-worker.js', './pages-worker.js']);
  });

  it('has workers that start and answer as the compiled ones do', async () => {
    const answer = (file: string, workerData: unknown, request?: unknown) =>
      new Promise<unknown>((resolve, reject) => {
        const worker = new Worker(path.join(bundleDir, file), { workerData });
        worker.once('message', (message) => {
          resolve(message);
          void worker.terminate();
        });
        worker.once('error', reject);
        if (request) worker.postMessage(request);
      });
    const bibliography = (await answer('bibliography-worker.js', undefined, {
      result: { items: [{ id: 'lee', type: 'book', title: 'Harbours', author: [{ family: 'Lee', given: 'Ann' }] }] },
      options: {},
    })) as { html: string };
    expect(bibliography.html).toContain('Lee, Ann. <i>Harbours</i>, n.d.');
    const pages = (await answer('pages-worker.js', [{ key: 'p1', text: 'One *two*.', first: true }])) as Array<
      [string, Uint8Array]
    >;
    expect(pages.map(([key]) => key)).toEqual(['p1']);
    expect(JSON.stringify(deserialize(pages[0][1]))).toContain('"value":"two"');
  });

  it('leaves CommonJS packages outside (citation-js is imported by name, not copied in)', () => {
    const code = bundleFiles()
      .map((file) => readFileSync(path.join(bundleDir, file), 'utf8'))
      .join('\n');
    expect(code).toMatch(/from "@citation-js\/core"/);
    expect(code).not.toMatch(/\/\/ node_modules\/@citation-js\//);
    expect(code).toMatch(/\/\/ node_modules\/micromark\//);
  });
});

/**
 * Runs `main` of one entry as `bin/folio.js` does, from a file (a worker inherits Node's flags, and
 * `--input-type`, which `node -e` would need, stops it from starting).
 */
async function folioFrom(dir: string, entry: string, args: string[]) {
  const runner = path.join(dir, 'run.mjs');
  await writeFile(
    runner,
    `const { main } = await import(${JSON.stringify(pathToFileURL(entry).href)});\n` +
      `process.exitCode = await main(${JSON.stringify(args)});\n` +
      // Which CommonJS packages the run loaded, for the test of the YAML library below.
      `const { createRequire } = await import('node:module');\n` +
      `const loaded = Object.keys(createRequire(import.meta.url).cache);\n` +
      `console.error('yaml loaded: ' + loaded.some((file) => file.includes('/node_modules/yaml/')));\n`,
  );
  return spawnSync(process.execPath, [runner], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FOLIO_CACHE: '0' },
  });
}

if (built)
  describeCorpus('the bundled CLI against the compiled one', () => {
    const dirs: string[] = [];
    afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

    it('writes the same bibliography files for the thesis', async () => {
      const outputs: Record<string, Record<string, string>> = {};
      for (const entry of ['dist/bundle/main.js', 'dist/cli/main.js']) {
        const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-bundle-'));
        dirs.push(dir);
        const out = path.join(dir, 'out');
        const result = await folioFrom(dir, path.join(repoRoot, entry), ['bib', corpusPath, '--out', out, '--quiet']);
        expect(result.status, result.stderr).toBe(0);
        outputs[entry] = Object.fromEntries(
          readdirSync(out).map((file) => [file, readFileSync(path.join(out, file), 'utf8')]),
        );
      }
      const [bundled, compiled] = Object.values(outputs);
      expect(Object.keys(bundled).sort()).toEqual([
        'bibliography.html',
        'bibliography.json',
        'citations.json',
        'references.bib',
      ]);
      expect(JSON.parse(bundled['bibliography.json']).length).toBeGreaterThan(200);
      expect(bundled).toEqual(compiled);
    }, 60_000);
  });

describeBundled('the YAML library (yaml-library.ts)', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('is loaded for a book with YAML to read, and not for one without', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-yaml-'));
    dirs.push(dir);
    const body = '# One\n\nA claim.[^1]\n\n[^1]: Ann Lee, *Tides* (Hull: Quay Press, 2001), 4.\n';
    await writeFile(path.join(dir, 'plain.md'), body);
    await writeFile(path.join(dir, 'titled.md'), `---\ntitle: Quays\n---\n\n${body}`);
    const bundle = path.join(bundleDir, 'main.js');
    const plain = await folioFrom(dir, bundle, ['check', path.join(dir, 'plain.md')]);
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stderr).toContain('yaml loaded: false');
    const titled = await folioFrom(dir, bundle, ['check', path.join(dir, 'titled.md')]);
    expect(titled.status, titled.stderr).toBe(0);
    expect(titled.stderr).toContain('yaml loaded: true');
  }, 30_000);
});
