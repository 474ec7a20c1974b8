/** The thesis (200 pages, 1085 notes) through the whole PDF path, in real Chromium. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writePdf, type PdfOutcome } from '../src/emit/pdf.js';
import { silentLogger } from '../src/log.js';
import { bibliographyHtml, cite, read, render } from '../src/pipeline.js';
import { corpusPath, describeCorpus, repoRoot } from './helpers/corpus.js';

describeCorpus('folio pdf: the thesis', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-pdf-corpus-'));
  let outcome: PdfOutcome;

  beforeAll(async () => {
    const book = await read(corpusPath, repoRoot);
    const rendered = await render(book, await bibliographyHtml(book, await cite(book)));
    outcome = await writePdf({ rendered, outDir: dir, logger: silentLogger });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has the length of a 200-page thesis', () => {
    expect(outcome.facts.pages).toBe(outcome.layout.pages);
    expect(outcome.facts.pages).toBeGreaterThanOrEqual(180);
    expect(outcome.facts.pages).toBeLessThanOrEqual(260);
  });

  it('prints all 1085 notes on the page of their call', () => {
    expect(outcome.layout.notes).toHaveLength(1085);
    const misplaced = outcome.layout.notes.filter((note) => note.callPage !== note.notePage);
    expect(misplaced).toEqual([]);
    expect(outcome.checks.find((check) => check.name === 'notes')?.summary).toBe(
      "notes on their call's page: 1085 of 1085",
    );
  });

  it('embeds every font and shows every character in a book font', () => {
    const fonts = execFileSync('pdffonts', [outcome.file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    for (const font of fonts) expect(font.split(/\s+/).at(-5), font).toBe('yes');
    expect(outcome.checks.find((check) => check.name === 'glyphs')?.ok).toBe(true);
  });

  it("embeds each face once (the chapters' subsets joined) and tags all 1085 notes as Note", () => {
    const names = execFileSync('pdffonts', [outcome.file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.split(/\s+/)[0]);
    expect(new Set(names).size).toBe(names.length);
    const faces = new Map<string, number>();
    for (const face of names.map((name) => name.replace(/^[A-Z]{6}\+/, '')))
      faces.set(face, (faces.get(face) ?? 0) + 1);
    // One font per face, where each of the eight chapters used to bring its own subsets of the
    // face's Latin and Latin Extended files.
    expect(
      [...faces.values()].every((count) => count === 1),
      JSON.stringify(Object.fromEntries(faces)),
    ).toBe(true);
    expect(names.length).toBeLessThan(8);
    const structure = execFileSync('pdfinfo', ['-struct', outcome.file], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(structure.match(/^\s*Note\b/gm)).toHaveLength(1085);
  });

  // Paged.js 0.4.3 used to lose the last line of about a dozen pages with notes (Chromium's column
  // widows moved it into the hidden column after the cut); print.css and FolioBreaks prevent it.
  it('loses no text between the HTML and the PDF', () => {
    const text = outcome.facts.conservation;
    expect(text.expected).toBeGreaterThan(60_000);
    expect(text.missing).toEqual([]);
  });
});
