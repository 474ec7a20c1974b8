/**
 * `npm run compile` (and every script that compiles): after `tsc`, dist/cli/main.js and its two worker threads
 * bundled with esbuild into dist/bundle/, which `bin/folio.js` runs. Node loads an ES module at a cost of its own
 * (resolve, stat, open, read, compile): importing the ~600 modules `folio bib` loads took 0.55–0.8 s, the bundle
 * 0.25–0.35 s (`npm run bench`'s "start-up" stage, Node's own start included: 0.63 s before, 0.38 s after).
 * Nothing else changes:
 * - the commands' own dynamic imports stay lazy (code splitting: a chunk each, loaded when run);
 * - only ES-module packages are bundled; CommonJS ones (citation-js, puppeteer, pagedjs, native addons) stay where
 *   they are and load as before;
 * - every module's `import.meta.url` still names its place in dist/ (or node_modules/), so the styles, templates,
 *   package.json and code fingerprints it finds from there are the same; a worker that is itself bundled is found
 *   beside the bundle;
 * - `bin/folio.js` runs dist/cli/main.js instead when `tsc` has written it since the bundle was made (so a bare
 *   `npx tsc` never leaves a stale bundle in use).
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
export const bundleDir = path.join(dist, 'bundle');

/** The entry points, by their place in dist/: the CLI and the workers it starts. */
const entries = ['cli/main.js', 'read/pages-worker.js', 'cite/bibliography-worker.js'];

/** Whether the package a file of node_modules/ belongs to is an ES-module package (`"type": "module"`). */
function esmPackage(file: string, cache: Map<string, boolean>): boolean {
  const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file);
  if (!match) return true;
  const dir = match[1];
  let esm = cache.get(dir);
  if (esm === undefined) {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { type?: string };
    esm = pkg.type === 'module';
    cache.set(dir, esm);
  }
  return esm;
}

/** CommonJS packages stay outside the bundle, imported by name as before. */
const commonJsExternal: Plugin = {
  name: 'commonjs-external',
  setup(bundler) {
    const cache = new Map<string, boolean>();
    bundler.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'resolving' || args.path.startsWith('node:')) return undefined;
      const resolved = await bundler.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'resolving',
      });
      if (resolved.errors.length || resolved.external) return undefined;
      return esmPackage(resolved.path, cache) ? resolved : { path: args.path, external: true };
    });
  },
};

/**
 * Each module's `import.meta.url` kept as its own place; `new URL('./x-worker.js', …)` of a worker that is bundled
 * found beside the bundle.
 */
const ownPlace: Plugin = {
  name: 'own-import-meta-url',
  setup(bundler) {
    const workers = new Map(entries.slice(1).map((entry) => [path.join(dist, entry), path.basename(entry)]));
    bundler.onLoad({ filter: /\.js$/ }, (args) => {
      let code = readFileSync(args.path, 'utf8');
      if (!code.includes('import.meta.url')) return { contents: code, loader: 'js' };
      code = code.replace(/new URL\('(\.\/[\w-]+\.js)', import\.meta\.url\)/g, (whole, file: string) => {
        const worker = workers.get(path.join(path.dirname(args.path), file));
        return worker ? `new URL('./${worker}', import.meta.__bundle)` : whole;
      });
      const own = path.relative(bundleDir, args.path).split(path.sep).join('/');
      code = code
        .replace(/import\.meta\.url/g, `new URL(${JSON.stringify(own)}, import.meta.url).href`)
        .replace(/import\.meta\.__bundle/g, 'import.meta.url');
      return { contents: code, loader: 'js' };
    });
  },
};

export async function bundle(): Promise<void> {
  rmSync(bundleDir, { recursive: true, force: true });
  await build({
    entryPoints: entries.map((entry) => path.join(dist, entry)),
    outdir: bundleDir,
    // Flat, so that every file of the bundle is one folder below dist/ (ownPlace's paths are made from there).
    entryNames: '[name]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    plugins: [commonJsExternal, ownPlace],
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await bundle();
