/**
 * Chapter-by-chapter layout (pdf.layout: chapters) against the single Paged.js flow: the sample
 * book rendered both ways must come out the same, page for page: page count, folios and running
 * heads, blank versos, the contents' page numbers, notes on their pages, text, bookmarks and
 * page labels. Also the same with one browser or two, with chapters laid out from wrong first
 * folios (renumbered before printing), and through the chunk cache as the manuscript changes.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFDict, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuildContext } from '../src/context.js';
import { silentLogger } from '../src/log.js';
import { read, render, cite, bibliographyHtml } from '../src/pipeline.js';
import { writePdf, type PdfOutcome } from '../src/emit/pdf.js';
import { writeHtmlBundle } from '../src/emit/html.js';
import {
  expectedBrowsers,
  layOutInChunks,
  layoutOrder,
  planChunks,
  renderChunked,
  shortBookWords,
} from '../src/emit/pdf/chunks.js';
import { pagedHandlersScript } from '../src/emit/pdf/paged-handlers.js';
import { outlineTitles } from '../src/emit/pdf/postprocess.js';
import { repoRoot } from './helpers/corpus.js';
import type { ConfigOverrides } from '../src/config/flags.js';
import { withConfig } from './helpers/config.js';

const pageTexts = (file: string) =>
  execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');

async function pageLabels(file: string): Promise<string> {
  const document = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  return String(document.catalog.lookupMaybe(PDFName.of('PageLabels'), PDFDict) ?? '');
}

describe('chunks: planning', () => {
  const parts = [
    { id: 'halftitle', kind: 'front' as const },
    { id: 'toc', kind: 'front' as const },
    { id: 'one', kind: 'body' as const },
    { id: 'two', kind: 'body' as const },
    { id: 'bibliography', kind: 'back' as const },
  ];
  it('keeps the front matter together and gives every chapter its own chunk', () => {
    expect(planChunks(parts).map((chunk) => chunk.partIds)).toEqual([
      ['halftitle', 'toc'],
      ['one'],
      ['two'],
      ['bibliography'],
    ]);
  });
  it('lays out the body first, then the back matter, then the front matter', () => {
    expect(layoutOrder(planChunks(parts)).map((chunk) => chunk.kind)).toEqual(['body', 'body', 'back', 'front']);
  });
  it('lays out a short book as one document unless chapters are asked for (pdf.layout auto)', () => {
    const words = (count: number) => Array.from({ length: count }, (_, index) => `lantern${index % 7}`).join(' ');
    const short = { parts, text: words(shortBookWords - 1) };
    const long = { parts, text: words(shortBookWords) };
    expect(layOutInChunks('auto', short)).toBe(false);
    expect(layOutInChunks('auto', long)).toBe(true);
    expect(layOutInChunks('chapters', short)).toBe(true);
    expect(layOutInChunks('single', long)).toBe(false);
    // A book without a body keeps the single flow whatever the setting.
    expect(layOutInChunks('chapters', { parts: parts.filter((part) => part.kind !== 'body'), text: long.text })).toBe(
      false,
    );
  });
  it('starts, before the book is rendered, one browser per layout worker for a book it will lay out in chunks', () => {
    const words = (count: number) => Array.from({ length: count }, (_, index) => `ember${index % 5}`).join(' ');
    const book = (count: number, body = ['chapter']) => ({ body, files: [{ value: words(count) }] });
    const auto = { layout: 'auto' as const, workers: 3 };
    expect(expectedBrowsers(auto, book(shortBookWords))).toBe(3);
    expect(expectedBrowsers(auto, book(shortBookWords - 1))).toBe(1);
    expect(expectedBrowsers({ layout: 'chapters', workers: 2 }, book(10))).toBe(2);
    expect(expectedBrowsers({ layout: 'single', workers: 2 }, book(shortBookWords))).toBe(1);
    // Without a body the book keeps the single flow (canChunk).
    expect(expectedBrowsers(auto, book(shortBookWords, []))).toBe(1);
  });
});

describe('folio pdf: chapter by chapter is the single flow, page for page', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-pdf-chunks-'));
  let single: PdfOutcome;
  let chapters: PdfOutcome;

  beforeAll(async () => {
    const book = await read(path.join(repoRoot, 'manuscript'), repoRoot);
    const rendered = await render(book, await bibliographyHtml(book, await cite(book)));
    single = await writePdf({
      rendered: withConfig(rendered, { pdf: { layout: 'single' } }),
      outDir: path.join(dir, 'single'),
      logger: silentLogger,
    });
    chapters = await writePdf({
      rendered: withConfig(rendered, { pdf: { layout: 'chapters' } }),
      outDir: path.join(dir, 'chapters'),
      logger: silentLogger,
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('used both layouts and passes its own checks both ways', () => {
    expect(single.layoutMode).toBe('single');
    expect(chapters.layoutMode).toBe('chapters');
    expect(single.checks.filter((check) => !check.ok)).toEqual([]);
    expect(chapters.checks.filter((check) => !check.ok)).toEqual([]);
    for (const outcome of [single, chapters])
      expect(outcome.checks.find((check) => check.name === 'fonts')?.summary).toMatch(/, each face once \(/);
  });

  it('has the same pages: count, folios, running heads, blank versos, contents and text', () => {
    expect(chapters.facts.pages).toBe(single.facts.pages);
    const a = pageTexts(single.file);
    const b = pageTexts(chapters.file);
    expect(b.length).toBe(a.length);
    for (let index = 0; index < a.length; index++) expect(b[index], `page ${index + 1}`).toBe(a[index]);
  });

  it('places every note and part on the same page', () => {
    expect(chapters.layout.notes).toEqual(single.layout.notes);
    expect(chapters.layout.partStarts).toEqual(single.layout.partStarts);
    // Where each page begins, for the EPUB's page-break markers (page-map.ts).
    expect(chapters.pageMap?.pages.length).toBe(chapters.facts.pages);
    expect(chapters.pageMap).toEqual(single.pageMap);
    expect(chapters.facts.conservation).toEqual(single.facts.conservation);
  });

  it('has the same bookmarks and page labels', async () => {
    expect(await outlineTitles(new Uint8Array(readFileSync(chapters.file)))).toEqual(
      await outlineTitles(new Uint8Array(readFileSync(single.file))),
    );
    expect(await pageLabels(chapters.file)).toBe(await pageLabels(single.file));
  });

  it('links the contents to the chapters across chunks', () => {
    // Every named destination a link uses exists in the merged file.
    const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', chapters.file, '-'], {
      maxBuffer: 1 << 28,
    }).toString('latin1');
    const used = new Set([...qdf.matchAll(/\/Dest \/([^\s/\]>]+)/g)].map((match) => match[1]));
    const defined = new Set(
      [...qdf.matchAll(/^\s+\/([^\s/\]>]+) \[\n\s+\d+ 0 R\n\s+\/XYZ/gm)].map((match) => match[1]),
    );
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((name) => !defined.has(name))).toEqual([]);
  });
});

describe('folio pdf: chapters side by side, renumbered, and cached', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-pdf-workers-'));
  const manuscript = path.join(dir, 'manuscript');
  const cacheDir = path.join(dir, 'cache');
  cpSync(path.join(repoRoot, 'manuscript'), manuscript, { recursive: true });
  const chapter = (name: string) => path.join(manuscript, 'chapters', name);
  const renderSample = async () => {
    const book = await read(manuscript, dir);
    return render(book, await bibliographyHtml(book, await cite(book)));
  };
  const build = async (name: string, pdf: NonNullable<ConfigOverrides['pdf']> = {}, cache?: string) =>
    writePdf({
      rendered: withConfig(await renderSample(), { pdf: { layout: 'chapters', ...pdf } }),
      outDir: path.join(dir, name),
      logger: silentLogger,
      stores: createBuildContext(cache).stores,
    });
  const laidOut = (outcome: PdfOutcome) =>
    outcome.chunks!.filter((chunk) => !chunk.cached).map((chunk) => chunk.chunk.partIds[0]);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same pages with one browser or two', async () => {
    const one = await build('one', { workers: 1 });
    const two = await build('two', { workers: 2 });
    expect(two.checks.filter((check) => !check.ok)).toEqual([]);
    expect(pageTexts(two.file)).toEqual(pageTexts(one.file));
  });

  it('renumbers a chapter laid out from a wrong first folio, and the page does not change otherwise', async () => {
    const single = await build('single-renumber', { layout: 'single' });
    const work = path.join(dir, 'renumber');
    const bundle = await writeHtmlBundle(await renderSample(), work);
    const handlers = path.join(work, 'handlers.js');
    writeFileSync(handlers, pagedHandlersScript);
    const guessed: string[] = [];
    const result = await renderChunked(bundle.document, work, {
      timeout: 120_000,
      outlineTags: ['h1', 'h2'],
      scripts: [handlers],
      workers: 2,
      // Three-digit folios where the real ones have one or two digits.
      guessFirstFolio: (chunk, soFar) => {
        guessed.push(chunk.partIds[0]);
        return soFar + 100;
      },
    });
    expect(guessed.length).toBeGreaterThan(0);
    const file = path.join(work, 'merged.pdf');
    writeFileSync(file, await result.pdf.save());
    expect(pageTexts(file)).toEqual(pageTexts(single.file));
  });

  it('lays out again only what an edit changes, and the result is the single flow of the edited book', async () => {
    const first = await build('cached-1', {}, cacheDir);
    expect(first.chunks!.every((chunk) => !chunk.cached)).toBe(true);

    const again = await build('cached-2', {}, cacheDir);
    expect(laidOut(again)).toEqual([]);
    expect(readFileSync(again.file).length).toBeGreaterThan(0);

    // One word in chapter two: that chapter alone, its page count unchanged.
    const two = chapter('02-type-in-venice.md');
    writeFileSync(two, readFileSync(two, 'utf8').replace('the busiest printing city', 'the busiest printing town'));
    const edited = await build('cached-3', {}, cacheDir);
    expect(edited.facts.pages).toBe(first.facts.pages);
    expect(laidOut(edited)).toEqual(['chapter-2']);

    // Pages more in chapter three: it, the back matter after it (new folios) and the front matter
    // (new contents folios) are laid out again; chapters one and two come from the cache.
    const three = chapter('03-the-moscow-apostle.md');
    const paragraph =
      'An added paragraph, long enough to fill some lines of the page, so that the chapter grows. '.repeat(12);
    writeFileSync(three, `${readFileSync(three, 'utf8')}\n\n${`${paragraph}\n\n`.repeat(8)}`);
    const grown = await build('cached-4', {}, cacheDir);
    expect(grown.facts.pages).toBeGreaterThan(first.facts.pages);
    const grownChapter = grown.chunks!.find((chunk) => chunk.chunk.partIds[0] === 'chapter-3')!;
    const expected = grown.chunks!.filter(
      (chunk) => chunk.chunk.kind === 'front' || chunk.chunk.index >= grownChapter.chunk.index,
    );
    expect(laidOut(grown)).toEqual(expected.map((chunk) => chunk.chunk.partIds[0]));
    expect(laidOut(grown)).not.toContain('chapter-1');
    expect(grown.checks.filter((check) => !check.ok)).toEqual([]);
    const single = await build('single-grown', { layout: 'single' });
    expect(pageTexts(grown.file)).toEqual(pageTexts(single.file));
  });
});
