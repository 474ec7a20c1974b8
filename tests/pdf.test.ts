/**
 * The PDF of the sample book, typeset by Paged.js in Debian's Chromium, read back with poppler-utils
 * and pdf-lib: pages, folios, running heads, contents page numbers, notes, fonts, text, bookmarks.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/log.js';
import { read, render, cite, bibliographyHtml } from '../src/pipeline.js';
import { writePdf, type PdfOutcome } from '../src/emit/pdf.js';
import { outlineTitles } from '../src/emit/pdf/postprocess.js';
import { conservation } from '../src/emit/pdf/text.js';
import { repoRoot } from './helpers/corpus.js';
import type { ConfigOverrides } from '../src/config/flags.js';
import { withConfig } from './helpers/config.js';

const pageTexts = (file: string) =>
  execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .replace(/\u00ad/g, '')
    .split('\f');
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

async function buildSample(pdf: NonNullable<ConfigOverrides['pdf']>, outDir: string): Promise<PdfOutcome> {
  const book = await read(path.join(repoRoot, 'manuscript'), repoRoot);
  const rendered = await render(book, await bibliographyHtml(book, await cite(book)));
  return writePdf({ rendered: withConfig(rendered, { pdf }), outDir, logger: silentLogger });
}

describe('folio pdf: the sample book', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-pdf-test-'));
  let screen: PdfOutcome;
  let pages: string[];
  let opener: number; // 0-based index of the first chapter's opening page

  beforeAll(async () => {
    screen = await buildSample({}, path.join(dir, 'screen'));
    pages = pageTexts(screen.file);
    opener = pages.findIndex((page) => lines(page)[0] === 'Letters for a Language');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes its own checks and has a plausible length', () => {
    expect(screen.checks.filter((check) => !check.ok)).toEqual([]);
    expect(screen.facts.pages).toBeGreaterThanOrEqual(18);
    expect(screen.facts.pages).toBeLessThanOrEqual(34);
    expect(screen.facts.pages).toBe(screen.layout.pages);
  });

  it('puts the half title, title page and first chapter on rectos', () => {
    expect(lines(pages[0])).toEqual(['FROM LETTER TO TYPE']);
    expect(lines(pages[1])).toEqual([]); // blank verso
    expect(lines(pages[2])[0]).toBe('From Letter to Type');
    expect(lines(pages[3]).join(' ')).toContain('© 2026 Nairi Hovsepian');
    expect(opener % 2).toBe(0); // page index even = odd page number = recto
  });

  it('numbers the front matter in roman and the body in arabic from 1, with heads on the right sides', () => {
    const prefaceOpener = pages.findIndex((page) => lines(page)[0] === 'Preface');
    expect(prefaceOpener % 2).toBe(0);
    // Openers: no running head, folio at the foot.
    expect(lines(pages[prefaceOpener]).at(-1)).toBe(
      ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'][prefaceOpener],
    );
    expect(lines(pages[opener]).at(-1)).toBe('1');
    // Verso: folio, then the book's title; recto: the chapter's title, then the folio.
    expect(lines(pages[prefaceOpener + 1])[0]).toMatch(/^x\s+FROM LETTER TO TYPE$/);
    expect(lines(pages[opener + 1])[0]).toMatch(/^2\s+FROM LETTER TO TYPE$/);
    expect(lines(pages[opener + 2])[0]).toMatch(/^LETTERS FOR A LANGUAGE\s+3$/);
  });

  it('prints the contents with the page numbers where the chapters start', () => {
    const toc = pages.findIndex((page) => lines(page)[0] === 'Contents');
    const entries = new Map(
      lines(pages[toc])
        .map((line) => /^(.*?)\s{2,}(\w+)$/.exec(line))
        .filter((match) => match !== null)
        .map((match) => [match[1], match[2]] as const),
    );
    for (const title of ['Letters for a Language', 'Type in Venice', 'The Moscow Apostle', 'Bibliography']) {
      const start = pages.findIndex((page) => lines(page)[0] === title);
      expect(start, title).toBeGreaterThan(0);
      expect(start % 2, `${title} opens on a recto`).toBe(0);
      expect(entries.get(title), title).toBe(String(start - opener + 1));
    }
    expect(entries.get('Preface')).toBe('ix');
  });

  it('prints every note on the page of its call, numbered as in the manuscript', () => {
    for (let number = 1; number <= 28; number++) {
      const page = pages.findIndex((text) => lines(text).some((line) => line.startsWith(`${number}. `)));
      expect(page, `note ${number}`).toBeGreaterThan(0);
      const body = lines(pages[page])
        .filter((line) => !/^\d+\. /.test(line))
        .join(' ');
      expect(body, `call of note ${number} on page ${page + 1}`).toMatch(new RegExp(`[^\\d\\s]${number}(?!\\d)`));
    }
    expect(screen.layout.notes).toHaveLength(28);
    expect(screen.layout.notes.every((note) => note.callPage === note.notePage)).toBe(true);
  });

  it('embeds every font, the book fonts among them', () => {
    const fonts = execFileSync('pdffonts', [screen.file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(2);
    for (const font of fonts) expect(font.split(/\s+/).at(-5), font).toBe('yes');
    const names = fonts.map((font) => font.split(/\s+/)[0]).join(' ');
    expect(names).toMatch(/\+EBGaramond-Regular/);
    expect(names).toMatch(/\+EBGaramond-Italic/);
    expect(names).toMatch(/\+NotoSerifArmenian-Regular/);
  });

  it('loses no text between the HTML and the PDF', () => {
    const text = conservation(screen.text, pageTexts(screen.file).join('\n'));
    expect(text.missing).toEqual([]);
    expect(text.found).toBe(text.expected);
    expect(text.expected).toBeGreaterThan(3000);
    // Armenian and Cyrillic come through as text.
    expect(pages.join('')).toContain('Ճանաչել');
    expect(pages.join('')).toMatch(/Апостол/);
  });

  it('has bookmarks and metadata in the screen PDF', async () => {
    const titles = await outlineTitles(new Uint8Array(readFileSync(screen.file)));
    expect(titles).toEqual(
      expect.arrayContaining([
        'Contents',
        'Preface',
        'Letters for a Language',
        'The Alphabet of Mashtots',
        'The Moscow Apostle',
        'Bibliography',
      ]),
    );
    const info = execFileSync('pdfinfo', [screen.file], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+From Letter to Type$/m);
    expect(info).toMatch(/^Subject:\s+Armenian and Russian Books from Manuscript to Print$/m);
    expect(info).toMatch(/^Author:\s+Nairi Hovsepian, Elena Marsh$/m);
    expect(info).toMatch(/^Page size:\s+432 x 648 pts/m);
    const document = await PDFDocument.load(readFileSync(screen.file));
    expect(document.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en');
  });

  it("--print makes the printer's file: same pages, no bookmarks, bleed when asked", async () => {
    const printed = await buildSample({ print: true, bleed: true }, path.join(dir, 'print'));
    expect(printed.facts.pages).toBe(screen.facts.pages);
    expect(await outlineTitles(new Uint8Array(readFileSync(printed.file)))).toEqual([]);
    const info = execFileSync('pdfinfo', ['-box', printed.file], { encoding: 'utf8' });
    expect(info).toMatch(/^Page size:\s+450 x 666 pts/m); // 6×9 in plus 0.125 in each side
    expect(info).toMatch(/^TrimBox:\s+9\.00\s+9\.00\s+441\.00\s+657\.00/m);
  });
});
