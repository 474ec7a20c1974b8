/** `folio html`: the print HTML bundle Paged.js lays out. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../src/cache.js';
import { writeHtmlBundle } from '../src/emit/html.js';
import { preparePrintParts, printDocument } from '../src/emit/pdf/document.js';
import { bibliographyHtml, cite, read, render } from '../src/pipeline.js';
import { repoRoot } from './helpers/corpus.js';

describe('folio html: the sample book', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-html-test-'));
  let html: string;
  beforeAll(async () => {
    const book = await read(path.join(repoRoot, 'manuscript'), repoRoot);
    const bundle = await writeHtmlBundle(await render(book, await bibliographyHtml(book, await cite(book))), dir);
    html = readFileSync(bundle.htmlPath, 'utf8');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('links its stylesheets, fonts and images, all local', () => {
    for (const name of ['fonts.css', 'base.css', 'print.css', 'page.css']) {
      expect(html).toContain(`href="styles/${name}"`);
      expect(existsSync(path.join(dir, 'styles', name)), name).toBe(true);
    }
    const fontsCss = readFileSync(path.join(dir, 'styles/fonts.css'), 'utf8');
    for (const [, url] of fontsCss.matchAll(/url\('([^']+)'\)/g))
      expect(existsSync(path.join(dir, 'styles', url)), url).toBe(true);
    expect(fontsCss).toContain("font-family: 'Noto Serif Armenian'");
    expect(existsSync(path.join(dir, 'assets/timeline.svg'))).toBe(true);
    expect(html).not.toMatch(/<script|\son\w+=|src="https?:/i);
    expect(readFileSync(path.join(dir, 'styles/page.css'), 'utf8')).toContain('size: 6in 9in;');
  });

  it('places each note beside its call and numbers it as in the manuscript', () => {
    expect(html.match(/<span class="footnote" data-note-number="\d+">/g)).toHaveLength(28);
    expect(html).toMatch(
      /<span class="noteref-glue">\S+<sup><a class="noteref" id="noteref-3" href="#note-3"[^>]*>3<\/a><\/sup><span class="footnote" data-note-number="3">/,
    );
    expect(html).not.toContain('<aside');
  });

  it('hyphenates with soft hyphens and names the pages', () => {
    expect(html).toContain('Ar\u00admen\u00adian');
    expect(html).toMatch(/class="part part-chapter folio-page-body folio-first-body"/);
    expect(html).toMatch(
      /<h1 id="chapter-1-title" data-running-head="Letters for a Language">|data-running-head="Letters for a Language"/,
    );
    expect(html).toMatch(/<html lang="en">/);
  });
});

describe('print parts, transformed once', () => {
  it('gives the same page whether the parts were prepared ahead or not, and a changed part anew', async () => {
    const book = await read(path.join(repoRoot, 'manuscript'), repoRoot);
    const bibliography = await bibliographyHtml(book, await cite(book));
    const rendered = await render(book, bibliography);
    const first = printDocument(rendered);

    const again = await render(book, bibliography);
    const ahead = await preparePrintParts(
      again.parts.filter((part) => part.kind === 'body'),
      again.metadata.language,
    );
    expect(ahead.size).toBe(again.parts.filter((part) => part.kind === 'body').length);
    const prepared = printDocument(again, { prepared: ahead });
    expect(prepared.html).toBe(first.html);
    expect(prepared.text).toBe(first.text);
    expect(prepared.stats).toEqual(first.stats);

    const chapter = again.parts.find((part) => part.kind === 'body')!;
    expect(chapter.html).toContain('Armenian');
    const edited = {
      ...again,
      parts: again.parts.map((part) =>
        part === chapter ? { ...part, html: part.html.replace('Armenian', 'Cilician') } : part,
      ),
    };
    const changed = printDocument(edited);
    expect(changed.chunkHtml([chapter.id])).not.toBe(first.chunkHtml([chapter.id]));
    expect(changed.chunkHtml([chapter.id])).toContain('Cili\u00adcian');
    for (const part of first.parts.filter((part) => part.id !== chapter.id)) {
      expect(changed.chunkHtml([part.id]), part.id).toBe(first.chunkHtml([part.id]));
    }
  });
});

describe('print parts kept in the cache folder', () => {
  it('are read back by a later build instead of transformed again', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-print-store-'));
    try {
      const book = await read(path.join(repoRoot, 'manuscript'), repoRoot);
      const rendered = await render(book, await bibliographyHtml(book, await cite(book)));
      const british = { ...rendered, metadata: { ...rendered.metadata, language: 'en-GB' } };
      const own = british.parts.filter(
        (part) => part.role !== 'toc' && ['front', 'body', 'back'].includes(part.kind) && part.id !== 'bibliography',
      );
      await preparePrintParts(own, 'en-GB', { store: createStore(dir) });
      const stored = readdirSync(dir).filter((name) => name.endsWith('.json'));
      expect(stored).toHaveLength(own.length);

      // A later build takes them from the folder: a marked entry shows it.
      const marked = stored.find((name) => readFileSync(path.join(dir, name), 'utf8').includes('"id":"chapter-1"'))!;
      const entry = JSON.parse(readFileSync(path.join(dir, marked), 'utf8'));
      writeFileSync(
        path.join(dir, marked),
        JSON.stringify({ ...entry, html: entry.html.replace('</section>', '<p>from the store</p></section>') }),
      );
      const prepared = await preparePrintParts(own, 'en-GB', { store: createStore(dir) });
      expect(printDocument(british, { prepared }).chunkHtml(['chapter-1'])).toContain('<p>from the store</p>');
      expect(printDocument(british).chunkHtml(['chapter-1'])).not.toContain('<p>from the store</p>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('folio html --keep-going: a draft despite check errors', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-keep-going-'));
  const manuscript = path.join(dir, 'draft.md');
  writeFileSync(manuscript, '# One\n\nA claim.[^a] A second claim.[^b]\n\n[^a]: The ledger of that year.\n');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes nothing without the flag, and says how to build a draft', async () => {
    const { run } = await import('./helpers/cli.js');
    const result = await run(['html', 'draft.md', '--out', 'plain'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('note-missing-text');
    expect(result.stderr).toContain('build a draft with --keep-going');
    expect(existsSync(path.join(dir, 'plain/book.html'))).toBe(false);
  });

  it('writes the book with the flag (or `keepGoing: true`), prints the errors and exits 1', async () => {
    const { run } = await import('./helpers/cli.js');
    const result = await run(['html', 'draft.md', '--out', 'draft', '--keep-going'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('note-missing-text');
    expect(result.stderr).toContain('built despite 1 error (--keep-going): a draft, exit 1');
    expect(readFileSync(path.join(dir, 'draft/book.html'), 'utf8')).toContain('The ledger of that year.');
    writeFileSync(path.join(dir, 'config.md'), `---\nkeepGoing: true\n---\n\n${readFileSync(manuscript, 'utf8')}`);
    const configured = await run(['html', 'config.md', '--out', 'configured'], dir);
    expect(configured.code).toBe(1);
    expect(existsSync(path.join(dir, 'configured/book.html'))).toBe(true);
  });

  it('leaves out an image the check refused as outside the book, or a missing one, keeping its description; never reads it', async () => {
    const { run } = await import('./helpers/cli.js');
    writeFileSync(
      path.join(dir, 'outside.md'),
      '# One\n\nA map:\n\n![The harbour in 1911](../elsewhere/map.png)\n\nA chart:\n\n![Tides by month](chart.png)\n',
    );
    const result = await run(['html', 'outside.md', '--out', 'outside', '--keep-going'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('asset-outside-book');
    const html = readFileSync(path.join(dir, 'outside/book.html'), 'utf8').replaceAll('\u00ad', '');
    expect(html).toContain('<span class="image-left-out">The harbour in 1911</span>');
    expect(html).not.toContain('map.png');
    expect(html).toContain('<span class="image-left-out">Tides by month</span>');
    expect(result.stderr).toMatch(
      /9:1 +warning +Unexpected image `chart\.png`: no such file, expected an image inside the book's folder; left out of the draft +image-left-out/,
    );
  });
});
