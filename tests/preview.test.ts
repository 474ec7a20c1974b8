/**
 * The live preview, as a user meets it: Chromium opens the served page, Paged.js paginates the
 * book, a chapter is edited and saved, and the new sentence appears without touching the browser.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '../src/emit/pdf/browser.js';
import { silentLogger } from '../src/log.js';
import { startPreview, type PreviewServer } from '../src/preview/server.js';
import { repoRoot } from './helpers/corpus.js';

describe('folio preview', () => {
  let folder: string;
  let server: PreviewServer;
  let browser: BrowserSession;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'folio-preview-test-'));
    await cp(path.join(repoRoot, 'manuscript'), path.join(folder, 'manuscript'), { recursive: true });
    server = await startPreview({ input: 'manuscript', cwd: folder, logger: silentLogger, port: 0 });
    browser = await launchBrowser({ allowedOrigins: [server.url.replace(/\/$/, '')] });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('listens on the loopback interface only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('shows the paginated book and reloads with an edit', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForSelector('.pagedjs_pages #bibliography', { timeout: 120_000 });
    const pages = await page.$$eval('.pagedjs_page', (nodes) => nodes.length);
    expect(pages).toBeGreaterThan(10);

    const chapter = path.join(folder, 'manuscript/chapters/01-letters-for-a-language.md');
    const text = await readFile(chapter, 'utf8');
    const sentence = 'A sentence added while the preview was open.';
    const rebuilt = server.nextBuild();
    const reloaded = page.waitForNavigation({ timeout: 60_000 });
    await writeFile(chapter, text.replace(/\n## /, `\n${sentence}\n\n## `));
    await rebuilt;
    await reloaded;
    // The print HTML carries soft hyphens; the reader sees the words whole.
    await page.waitForFunction(
      (wanted) => (document.querySelector('.pagedjs_pages')?.textContent ?? '').replace(/\u00ad/g, '').includes(wanted),
      { timeout: 120_000 },
      sentence,
    );
    const shown = await page.evaluate(() => document.querySelector('.pagedjs_pages')?.textContent ?? '');
    expect(shown.replace(/\u00ad/g, '')).toContain(sentence);
  });
});
