/**
 * Everything besides a chunk's own HTML that decides how it is laid out: the stylesheets and font
 * files of the print bundle, Folio's handler script and PDF code, the outline settings, and the
 * browser and Paged.js builds. A chunk cache keyed by this never serves a stale layout.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeFingerprint, hashKey } from '../../cache.js';
import { defaultChromium } from './browser.js';

export async function layoutFingerprint(bundleDir: string, settings: unknown): Promise<string> {
  const parts: Array<string | Uint8Array> = [
    codeFingerprint(path.dirname(fileURLToPath(import.meta.url))),
    JSON.stringify(settings),
  ];
  for (const folder of ['styles', 'fonts']) {
    const names = (await readdir(path.join(bundleDir, folder)).catch(() => [] as string[])).sort();
    for (const name of names) parts.push(name, await readFile(path.join(bundleDir, folder, name)));
  }
  const browser = await stat(process.env.PUPPETEER_EXECUTABLE_PATH ?? defaultChromium).catch(() => undefined);
  parts.push(`${browser?.size}:${browser?.mtimeMs}`);
  const pagedPackage = path.join(path.dirname(createRequire(import.meta.url).resolve('pagedjs')), '../package.json');
  parts.push(await readFile(pagedPackage).catch(() => ''));
  return hashKey(...parts);
}
