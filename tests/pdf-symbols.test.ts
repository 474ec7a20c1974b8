/**
 * Signs the book faces lack (`∗`, `‡`, arrows, mathematical and technical signs, box and card
 * symbols) are drawn from the symbol fallback that closes every font stack: the PDF of a short
 * invented text full of them passes the strict glyph check, with every word conserved.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/log.js';
import { read, render } from '../src/pipeline.js';
import { writePdf, type PdfOutcome } from '../src/emit/pdf.js';
import { repoRoot } from './helpers/corpus.js';

describe('folio pdf: symbols the book faces lack', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-pdf-symbols-'));
  let outcome: PdfOutcome;

  beforeAll(async () => {
    const book = await read(path.join(repoRoot, 'tests/fixtures/pdf-symbols/symbols.md'), repoRoot);
    outcome = await writePdf({ rendered: await render(book), outDir: dir, logger: silentLogger });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws every sign from a book font or the symbol fallback, and keeps every word', () => {
    const check = (name: string) => outcome.checks.find((c) => c.name === name);
    expect(check('glyphs')).toMatchObject({ ok: true, summary: 'every character has a glyph in the book fonts' });
    expect(check('text')?.ok).toBe(true);
    expect(check('notes')?.summary).toBe("notes on their call's page: 2 of 2");
    const names = outcome.facts.fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, ''));
    expect(names.some((name) => name.startsWith('DejaVuSans'))).toBe(true);
    expect(names.some((name) => name.startsWith('EBGaramond'))).toBe(true);
  });
});
