/**
 * Chapter-by-chapter layout (pdf.layout: chapters) against the single Paged.js flow: the sample
 * book rendered both ways must come out the same, page for page: page count, folios and running
 * heads, blank versos, the contents' page numbers, notes on their pages, text, bookmarks and
 * page labels.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFDict, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/log.js';
import { read, render, cite, bibliographyHtml } from '../src/pipeline.js';
import { writePdf, type PdfOutcome } from '../src/emit/pdf.js';
import { layoutOrder, planChunks } from '../src/emit/pdf/chunks.js';
import { outlineTitles } from '../src/emit/pdf/postprocess.js';
import { repoRoot } from './helpers/corpus.js';

const pageTexts = (file: string) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');

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
    expect(planChunks(parts).map((chunk) => chunk.partIds)).toEqual([['halftitle', 'toc'], ['one'], ['two'], ['bibliography']]);
  });
  it('lays out the body first, then the back matter, then the front matter', () => {
    expect(layoutOrder(planChunks(parts)).map((chunk) => chunk.kind)).toEqual(['body', 'body', 'back', 'front']);
  });
});

describe('folio pdf: chapter by chapter is the single flow, page for page', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-pdf-chunks-'));
  let single: PdfOutcome;
  let chapters: PdfOutcome;

  beforeAll(async () => {
    const book = await read(path.join(repoRoot, 'manuscript'), repoRoot);
    const rendered = await render(book, await bibliographyHtml(book, await cite(book)));
    single = await writePdf({ rendered, outDir: path.join(dir, 'single'), logger: silentLogger, flags: { layout: 'single' } });
    chapters = await writePdf({ rendered, outDir: path.join(dir, 'chapters'), logger: silentLogger, flags: { layout: 'chapters' } });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('used both layouts and passes its own checks both ways', () => {
    expect(single.layoutMode).toBe('single');
    expect(chapters.layoutMode).toBe('chapters');
    expect(single.checks.filter((check) => !check.ok)).toEqual([]);
    expect(chapters.checks.filter((check) => !check.ok)).toEqual([]);
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
    expect(chapters.facts.conservation).toEqual(single.facts.conservation);
  });

  it('has the same bookmarks and page labels', async () => {
    expect(await outlineTitles(new Uint8Array(readFileSync(chapters.file)))).toEqual(await outlineTitles(new Uint8Array(readFileSync(single.file))));
    expect(await pageLabels(chapters.file)).toBe(await pageLabels(single.file));
  });

  it('links the contents to the chapters across chunks', () => {
    // Every named destination a link uses exists in the merged file.
    const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', chapters.file, '-'], { maxBuffer: 1 << 28 }).toString('latin1');
    const used = new Set([...qdf.matchAll(/\/Dest \/([^\s/\]>]+)/g)].map((match) => match[1]));
    const defined = new Set([...qdf.matchAll(/^\s+\/([^\s/\]>]+) \[\n\s+\d+ 0 R\n\s+\/XYZ/gm)].map((match) => match[1]));
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((name) => !defined.has(name))).toEqual([]);
  });
});
