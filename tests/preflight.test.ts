/**
 * The preflight on invented PDFs: a screen-style RGB file with an odd page count and no boxes
 * fails with one line per problem; the same file made PDF/X passes; `folio preflight` exits 1 on
 * failures and 2 on a file that is not a PDF.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument, rgb } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readColours } from '../src/emit/preflight/content.js';
import { preflight, type PreflightFacts } from '../src/emit/preflight/index.js';
import { fontsRule } from '../src/emit/preflight/rules/fonts.js';
import { pdfxSetup, toPdfx } from '../src/emit/pdfx/index.js';
import { run } from './helpers/cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-preflight-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A tiny RGB PNG of `width` × `height` pixels. */
function png(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width * 3 + 1)] = 0;
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(rows)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

async function inventedBook(): Promise<PDFDocument> {
  const document = await PDFDocument.create();
  document.setTitle('An Invented Title');
  const image = await document.embedPng(png(150, 100));
  for (let index = 0; index < 3; index++) {
    const page = document.addPage([432, 648]);
    page.drawRectangle({ x: 40, y: 500, width: 200, height: 40, color: rgb(0.5, 0.1, 0.1) });
    if (index === 1) page.drawImage(image, { x: 40, y: 200, width: 144, height: 96 }); // 2 × 1.333 in: 75 ppi
  }
  return document;
}

describe('content streams read for their colours', () => {
  it('counts colour operators and named colour spaces, never text inside strings', () => {
    const use = readColours('BT (0 0 0 rg) Tj <3020726720> Tj ET 1 0 0 rg /CS0 cs 0.5 sc 0 0 0 1 k /GS1 gs');
    expect(Object.fromEntries(use.operators)).toEqual({ rg: 1, sc: 1, k: 1 });
    expect(Object.fromEntries(use.selected)).toEqual({ CS0: 1 });
    expect([...use.graphicsStates]).toEqual(['GS1']);
  });
});

describe('fonts: each face embedded once', () => {
  it('warns once per face embedded more than once, naming its fonts, and errs on one name for two fonts', () => {
    const font = (name: string, object: string) => ({ name, object, embedded: true });
    const facts = {
      fonts: [
        font('AAAAAA+Invented-Regular', '8 0'),
        font('BBBBBB+Invented-Regular', '9 0'),
        font('CCCCCC+Invented-Italic', '10 0'),
        font('CCCCCC+Invented-Italic', '11 0'),
        font('DDDDDD+Invented-Bold', '12 0'),
      ],
    } as unknown as PreflightFacts;
    expect(fontsRule(facts, {}).map((finding) => `${finding.severity} ${finding.message}`)).toEqual([
      'error Unexpected 2 different embedded fonts named CCCCCC+Invented-Italic, expected each subset under a name of its own',
      'warning Unexpected face Invented-Regular embedded 2 times (AAAAAA+Invented-Regular, BBBBBB+Invented-Regular), expected each face embedded once',
      'warning Unexpected face Invented-Italic embedded 2 times (CCCCCC+Invented-Italic, CCCCCC+Invented-Italic), expected each face embedded once',
      'info fonts: 5 of 5 embedded, 4 names for 3 faces: Invented-Regular (2 subsets), Invented-Italic (2 subsets), Invented-Bold',
    ]);
  });
});

describe('preflight of an invented screen PDF', () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, 'screen.pdf');
    writeFileSync(file, await (await inventedBook()).save());
  });

  it('lists each problem on one line', async () => {
    const report = await preflight(file, { expectedTrim: { width: 432, height: 648 } });
    const problems = report.findings
      .filter((finding) => finding.severity !== 'info')
      .map((finding) => `${finding.severity} [${finding.rule}] ${finding.message}`);
    expect(problems).toEqual([
      'error [pdfx-version] Unexpected PDF without GTS_PDFXVersion in its info dictionary, expected a PDF/X file (PDF/X-4 or PDF/X-1a)',
      'error [output-intent] Unexpected PDF without a GTS_PDFX output intent, expected one with a CMYK profile',
      'error [boxes] Unexpected pages 1–3 without a TrimBox, expected one on every page',
      'error [boxes] Unexpected pages 1–3 without a BleedBox, expected one on every page (the TrimBox when there is no bleed)',
      'error [page-count] Unexpected 3 pages, expected an even count (add a blank last page)',
      'error [colour] Unexpected DeviceRGB colour (3 operators, 1 images) on pages 1–3, expected CMYK or gray',
      'warning [images] Unexpected 75 ppi image on page 2 (150 × 100 px), expected at least 300 ppi at its placed size: 600 × 400 px, or place it smaller',
    ]);
    expect(report.findings).toContainEqual({
      rule: 'colour',
      severity: 'info',
      message: 'colour spaces: DeviceRGB (3 operators, 1 images)',
    });
  });

  it('passes, but for the page count and the image, once made PDF/X-4', async () => {
    const document = await inventedBook();
    const converted = path.join(dir, 'converted.pdf');
    writeFileSync(
      converted,
      await toPdfx(document, await pdfxSetup('X-4'), {
        metadata: { title: 'An Invented Title', authors: ['A. Writer'], language: 'en' },
        bleedPoints: 0,
        date: new Date(),
      }),
    );
    const report = await preflight(converted, { expectedVersion: 'X-4', expectedTrim: { width: 432, height: 648 } });
    expect(report.findings.filter((finding) => finding.severity !== 'info').map((finding) => finding.rule)).toEqual([
      'page-count',
      'images',
    ]);
    expect(report.findings.find((finding) => finding.rule === 'boxes')?.message).toBe(
      'trim 6 × 9 in on all 3 pages, no bleed',
    );
    expect(report.findings.find((finding) => finding.rule === 'colour')?.message).toMatch(
      /^colour spaces: DeviceCMYK \(\d+ operators, 1 images\)$/,
    );
  });

  it('asks for the version and trim it was told', async () => {
    const document = await PDFDocument.create();
    document.addPage([432, 648]);
    document.addPage([432, 648]);
    const converted = path.join(dir, 'two.pdf');
    writeFileSync(
      converted,
      await toPdfx(document, await pdfxSetup('X-4'), {
        metadata: { title: 'Two Pages', authors: [], language: 'en' },
        bleedPoints: 0,
        date: new Date(),
      }),
    );
    const report = await preflight(converted, { expectedVersion: 'X-1a', expectedTrim: { width: 396, height: 612 } });
    expect(report.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.message)).toEqual(
      ['Unexpected PDF/X-4, expected PDF/X-1a (pdf.pdfx)', 'Unexpected trim 6 × 9 in, expected 5.5 × 8.5 in'],
    );
  });
});

describe('folio preflight', () => {
  it('exits 1 on failures, printing one line per problem', async () => {
    const file = path.join(dir, 'cli.pdf');
    writeFileSync(file, await (await inventedBook()).save());
    const result = await run(['preflight', file], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'cli.pdf: error: Unexpected DeviceRGB colour (3 operators, 1 images) on pages 1–3, expected CMYK or gray [colour]',
    );
    expect(result.stderr).toMatch(/^warning: .*cli\.pdf: Unexpected 75 ppi image on page 2 .* \[images\]$/m);
    expect(result.stderr).toContain('cli.pdf: 6 errors, 1 warning');
  });

  it('exits 2 on a file that is not a PDF, and on an unknown --pdfx', async () => {
    const text = path.join(dir, 'notes.pdf');
    writeFileSync(text, 'Not a PDF at all.\n');
    const notPdf = await run(['preflight', text], dir);
    expect(notPdf.code).toBe(2);
    expect(notPdf.stderr).toMatch(
      /^folio preflight: Unexpected content in `.*notes\.pdf`, expected a PDF \(no %PDF- header\)\n$/,
    );
    const missing = await run(['preflight', path.join(dir, 'absent.pdf')], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Unexpected missing file `absent.pdf`');
    const version = await run(['preflight', text, '--pdfx', 'X-9'], dir);
    expect(version.code).toBe(2);
  });
});
