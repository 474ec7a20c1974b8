/**
 * `folio cover`: the full-wrap size for page counts and papers, a too-small cover image refused
 * with the pixels it needs, and the sample book's cover printed by Chromium and made PDF/X: size,
 * boxes, text on the spine, a clear barcode area.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverSize } from '../src/emit/cover/dimensions.js';
import { spineAuthors } from '../src/emit/cover/html.js';
import { coverImageFile, writeCover, type CoverOutcome } from '../src/emit/cover/index.js';
import { generatedCover } from '../src/emit/epub/cover.js';
import { read } from '../src/pipeline.js';
import { repoRoot } from './helpers/corpus.js';
import { run } from './helpers/cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-cover-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sixByNine = { width: 6, height: 9 };

describe('cover size', () => {
  it.each([
    [24, 'white', 0.054048, 12.304048],
    [24, 'cream', 0.06, 12.31],
    [100, 'white', 0.2252, 12.4752],
    [301, 'white', 0.680104, 12.930104], // rounded up to 302 pages
    [400, 'cream', 1, 13.25],
  ] as const)('%i pages on %s paper: spine %f in, wrap %f in', (pages, paper, spine, width) => {
    const size = coverSize(sixByNine, pages, paper);
    expect(size.spine).toBeCloseTo(spine, 6);
    expect(size.width).toBeCloseTo(width, 6);
    expect(size.height).toBe(9.25);
    expect(size.bleed).toBe(0.125);
  });

  it('puts text on the spine only from a quarter inch', () => {
    expect(coverSize(sixByNine, 110, 'white').spineText).toBe(false); // 0.2477 in
    expect(coverSize(sixByNine, 112, 'white').spineText).toBe(true); // 0.2522 in
    expect(coverSize({ width: 5.5, height: 8.5 }, 200, 'cream')).toMatchObject({
      width: 11.75,
      height: 8.75,
      spine: 0.5,
    });
  });

  it('names the authors on the spine by surname', () => {
    expect(spineAuthors(['Ada Quill'])).toBe('Quill');
    expect(spineAuthors(['Ada Quill', 'Ben Ink'])).toBe('Quill and Ink');
    expect(spineAuthors(['Ada Quill', 'Ben Ink', 'Cy Press'])).toBe('Quill et al.');
  });
});

describe("the EPUB's generated cover", () => {
  it("takes the printed cover's colours, with ink to suit the background", () => {
    const metadata = { title: 'An Invented Title', authors: ['Ada Quill'], language: 'en' } as Parameters<
      typeof generatedCover
    >[0];
    const light = generatedCover(metadata, { background: '#f2ead8' });
    expect(light).toContain('<rect width="1600" height="2560" fill="#f2ead8" />');
    expect(light).toContain('<g fill="#1c1c1c"');
    expect(generatedCover(metadata)).toContain('<g fill="#f4efe6"');
  });
});

describe('cover image', () => {
  it('refuses an image under 300 ppi across the wrap, saying how many pixels it needs', async () => {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(1200, 0);
    header.writeUInt32BE(900, 4);
    header.set([8, 2, 0, 0, 0], 8);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(13);
    writeFileSync(
      path.join(dir, 'small.png'),
      Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        length,
        Buffer.from('IHDR'),
        header,
        Buffer.alloc(4),
        deflateSync(Buffer.alloc(1)),
      ]),
    );
    const size = coverSize(sixByNine, 200, 'white');
    await expect(coverImageFile('small.png', dir, size)).rejects.toThrow(
      'Unexpected cover.image `small.png` of 1200 × 900 px (94 ppi across the 12.700 × 9.250 in wrap), expected at least 300 ppi: supply 3811 × 2775 px or more',
    );
    await expect(coverImageFile('absent.jpg', dir, size)).rejects.toThrow(
      'Unexpected cover.image `absent.jpg`: no such file, expected an image next to the manuscript',
    );
  });
});

describe("the sample book's cover, 400 pages on cream paper", () => {
  let outcome: CoverOutcome;
  beforeAll(async () => {
    const book = await read(path.join(repoRoot, 'manuscript'), repoRoot);
    const config = { ...book.config, cover: { paper: 'cream' as const, background: '#1f2a38' } };
    outcome = await writeCover({
      metadata: book.metadata,
      config,
      baseDir: book.baseDir,
      pages: 400,
      outDir: path.join(dir, 'out'),
    });
  }, 300_000);

  it('is one PDF/X-4 page the size of the wrap, trimmed inside the bleed, and passes the preflight', () => {
    const info = execFileSync('pdfinfo', ['-box', outcome.file], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+1$/m);
    expect(info).toMatch(/^Page size:\s+954 x 666 pts/m); // 13.25 × 9.25 in
    expect(info).toMatch(/^TrimBox:\s+9\.00\s+9\.00\s+945\.00\s+657\.00$/m);
    expect(info).toMatch(/^BleedBox:\s+0\.00\s+0\.00\s+954\.00\s+666\.00$/m);
    expect(info).toMatch(/^PDF subtype:\s+PDF\/X-4$/m);
    expect(outcome.preflight.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
  });

  it("sets the title on the front and the spine, the authors, and the back text, in the book's fonts", () => {
    const text = execFileSync('pdftotext', ['-raw', outcome.file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text.match(/From Letter to Type/g)).toHaveLength(2);
    expect(text).toContain('Armenian and Russian Books from Manuscript to Print');
    expect(text.replace(/\s/g, '')).toContain('HOVSEPIANANDMARSH'); // letter-spaced capitals on the spine
    expect(text).toContain('A short history of two book cultures');
    const fonts = execFileSync('pdffonts', [outcome.file], { encoding: 'utf8' });
    expect(fonts).toMatch(/EBGaramond-Regular/);
  });

  it('leaves the barcode area clear (white) on the dark back', () => {
    const gray = execFileSync('pdftoppm', ['-r', '20', '-gray', outcome.file]);
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(gray.subarray(0, 32).toString('latin1'))!;
    const [width] = [Number(header[1])];
    const pixels = gray.subarray(header[0].length);
    const at = (x: number, y: number) => pixels[Math.round(y * 20) * width + Math.round(x * 20)];
    // Barcode centre: 1.375 in + 1 in from the back's spine edge, 0.375 + 0.6 in above the trim's foot.
    expect(at(0.125 + 6 - 1.375, 9.25 - 0.125 - 0.975)).toBeGreaterThan(245);
    expect(at(1, 4)).toBeLessThan(80);
  });

  it('is refused by the command for a page count that is not a whole number', async () => {
    const result = await run(
      ['cover', path.join(repoRoot, 'manuscript'), '--pages', 'many', '--out', path.join(dir, 'cli')],
      repoRoot,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('folio cover: Unexpected --pages `many`, expected a whole number of pages\n');
  });
});
