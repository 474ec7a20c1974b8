/**
 * PDF/X for the printer's file: the sample book printed with `--print` and converted by the real
 * Ghostscript, read back with pdf-lib, qpdf and poppler; and an invented one-page PDF (RGB colours,
 * a half-transparent shape) converted to PDF/X-1a; and the ligature text a soft-hyphen span gives a
 * glyph before Ghostscript drops the span.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  type PDFRawStream,
  PDFString,
  PDFHexString,
  rgb,
  StandardFonts,
} from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/load.js';
import { FolioError } from '../src/errors.js';
import { silentLogger } from '../src/log.js';
import { bibliographyHtml, cite, read, render } from '../src/pipeline.js';
import { writePdf, type PdfOutcome } from '../src/emit/pdf.js';
import { iccProfileInfo } from '../src/emit/pdfx/icc.js';
import { ghostscriptCmykProfile, pdfxSetup, toPdfx } from '../src/emit/pdfx/index.js';
import { neutralToBlackInk } from '../src/emit/pdfx/neutral.js';
import { ligatureTextFromSpans } from '../src/emit/pdfx/actual-text.js';
import { readToUnicode } from '../src/emit/pdf/font-merge.js';
import { inspectPdf } from '../src/emit/preflight/inspect.js';
import { preflight } from '../src/emit/preflight/index.js';
import { repoRoot } from './helpers/corpus.js';
import { withConfig } from './helpers/config.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-pdfx-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every content stream of the file, decompressed by qpdf, as text. */
function uncompressed(file: string): string {
  const out = path.join(dir, `${path.basename(file)}.qdf.pdf`);
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, out]);
  return readFileSync(out, 'latin1');
}

function xmpOf(document: PDFDocument): string {
  const stream = document.catalog.lookup(PDFName.of('Metadata')) as PDFRawStream;
  return Buffer.from(decodePDFRawStream(stream).decode()).toString('utf8');
}

describe('ligature text from ActualText spans (before Ghostscript)', () => {
  it('gives a glyph mapped to U+0000 the text of the soft-hyphen span that draws it, once and only there', async () => {
    const document = await PDFDocument.create();
    const context = document.context;
    const cmap = (entries: string) =>
      context.register(
        context.flateStream(
          `/CIDInit /ProcSet findresource begin\nbegincmap\n3 beginbfchar\n${entries}\nendbfchar\nendcmap\nend`,
        ),
      );
    const ligatures = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: 'AAAAAA+Invented',
        Encoding: 'Identity-H',
        ToUnicode: cmap('<0010> <0000>\n<0011> <0020>\n<0012> <0000>'),
      }),
    );
    const page = document.addPage([200, 200]);
    page.node.setFontDictionary(PDFName.of('F1'), ligatures);
    const content = [
      'BT /F1 10 Tf 10 10 Td',
      '/Span<</ActualText <feff006600ad0066> >> BDC <0010> Tj 2 0 Td <0011> Tj EMC',
      // Two unknown glyphs in one span: which is which cannot be told.
      '/Span<</ActualText <feff006600ad0069> >> BDC [<00120010>] TJ EMC',
      'ET',
    ].join('\n');
    page.node.set(PDFName.of('Contents'), context.register(context.flateStream(content)));
    expect(ligatureTextFromSpans(document)).toBe(1);
    const map = readToUnicode(
      Buffer.from(
        decodePDFRawStream(context.lookup(ligatures, PDFDict).lookup(PDFName.of('ToUnicode')) as PDFRawStream).decode(),
      ).toString('latin1'),
    );
    expect(map.get(0x10)).toBe('ff');
    expect(map.get(0x11)).toBe(' ');
    expect(map.get(0x12)).toBe('\u0000');
  });
});

describe('PDF/X-4 from an invented page drawn in RGB', () => {
  it('keeps black text in black ink only and converts colour to CMYK', async () => {
    const source = await PDFDocument.create();
    const page = source.addPage([300, 400]);
    page.drawText('Black words', {
      x: 20,
      y: 360,
      size: 12,
      font: await source.embedFont(StandardFonts.TimesRoman),
      color: rgb(0, 0, 0),
    });
    page.drawRectangle({ x: 20, y: 200, width: 120, height: 80, color: rgb(0.1, 0.2, 0.6), opacity: 0.5 });
    const file = path.join(dir, 'invented-x4.pdf');
    writeFileSync(
      file,
      await toPdfx(source, await pdfxSetup('X-4'), {
        metadata: { title: 'An Invented Title', authors: [], language: 'en' },
        bleedPoints: 0,
        date: new Date(),
      }),
    );
    const text = uncompressed(file);
    expect(text).toMatch(/^0 0 0 1 k$/m);
    expect(text).toMatch(/^(?!0 0 0 )[\d.]+ [\d.]+ [\d.]+ [\d.]+ k$/m); // the blue, through the profile
    expect(text).not.toMatch(/\s(rg|RG)\s/);
    const report = await preflight(file, { expectedVersion: 'X-4' });
    expect(report.errors).toBe(0);
    expect(report.findings).toContainEqual({
      rule: 'transparency',
      severity: 'info',
      message: 'transparency (opacity ca 0.5) on page 1, allowed in PDF/X-4',
    });
  });
});

describe('neutral colours print in black ink only', () => {
  it('rewrites equal-part RGB as black ink alone and leaves other colours and text alone', () => {
    expect(neutralToBlackInk('0 0 0 rg\n.2 .2 .2 RG\n1 0 0 rg\n0.5 0.5 0.25 rg\n/F1 12 Tf')).toBe(
      '0 0 0 1 k\n0 0 0 0.8 K\n1 0 0 rg\n0.5 0.5 0.25 rg\n/F1 12 Tf',
    );
    expect(neutralToBlackInk('10 0 0 10 0 0 cm')).toBe('10 0 0 10 0 0 cm');
  });
});

describe('PDF/X setup: one clear line for each missing piece', () => {
  it('names the output profile Ghostscript ships, a CMYK printer profile', () => {
    const file = ghostscriptCmykProfile();
    expect(file).toMatch(/iccprofiles\/default_cmyk\.icc$/);
    const info = iccProfileInfo(new Uint8Array(readFileSync(file!)));
    expect(info).toMatchObject({ colorSpace: 'CMYK', deviceClass: 'prtr' });
    expect(info?.description).toMatch(/CMYK/);
  });

  it('reports an unknown pdf.pdfx or cover.paper in folio.yaml with its line', () => {
    expect(() => parseConfig({ text: 'title: Invented\npdf:\n  pdfx: X-3\n', file: 'folio.yaml' })).toThrow(
      'Unexpected value for `pdf.pdfx`, expected one of "X-4", "X-1a"',
    );
    expect(() => parseConfig({ text: 'cover:\n  paper: glossy\n', file: 'folio.yaml' })).toThrow(
      'Unexpected value for `cover.paper`, expected one of "white", "cream"',
    );
    expect(parseConfig({ text: 'cover: front.png\n', file: 'folio.yaml' }).cover).toEqual({
      epub: 'front.png',
      paper: 'white',
      background: '#1f2a38',
    });
    expect(parseConfig({ text: 'title: Invented\n', file: 'folio.yaml' }).pdf.pdfx).toBe('X-4');
  });

  it('refuses an unknown version, a missing Ghostscript and a missing profile', async () => {
    await expect(pdfxSetup('X-3')).rejects.toThrow(
      new FolioError('Unexpected pdf.pdfx `X-3`, expected one of X-4, X-1a'),
    );
    await expect(pdfxSetup('X-4', { ghostscript: path.join(dir, 'no-gs') })).rejects.toThrow(
      /^Unexpected missing Ghostscript .*install the Debian package ghostscript/,
    );
    await expect(pdfxSetup('X-4', { profilePath: 'press.icc', baseDir: dir })).rejects.toThrow(
      'Unexpected pdf.iccProfile `press.icc`: no such file, expected a CMYK ICC profile next to the manuscript',
    );
    const rgbProfile = path.join(path.dirname(ghostscriptCmykProfile()!), 'default_rgb.icc');
    await expect(pdfxSetup('X-4', { profilePath: rgbProfile })).rejects.toThrow(/expected a CMYK output profile$/);
  });
});

describe('PDF/X-1a from an invented RGB page with transparency', () => {
  let file: string;
  beforeAll(async () => {
    const source = await PDFDocument.create();
    const page = source.addPage([300, 400]);
    const font = await source.embedFont(StandardFonts.TimesRoman);
    page.drawText('An invented line of black text', { x: 20, y: 360, size: 12, font, color: rgb(0, 0, 0) });
    page.drawRectangle({ x: 20, y: 200, width: 120, height: 80, color: rgb(0.7, 0.1, 0.1) });
    page.drawRectangle({ x: 80, y: 230, width: 120, height: 80, color: rgb(0.1, 0.2, 0.6), opacity: 0.5 });
    source
      .addPage([300, 400])
      .drawLine({ start: { x: 20, y: 20 }, end: { x: 280, y: 20 }, thickness: 1, color: rgb(0.2, 0.2, 0.2) });
    const setup = await pdfxSetup('X-1a');
    file = path.join(dir, 'invented-x1a.pdf');
    writeFileSync(
      file,
      await toPdfx(source, setup, {
        metadata: { title: 'An Invented Title', authors: ['A. Writer'], language: 'en' },
        bleedPoints: 0,
        date: new Date('2026-01-02T03:04:05Z'),
      }),
    );
  });

  it('claims PDF/X-1a:2003 in the info dictionary and the XMP, as PDF 1.3', async () => {
    expect(readFileSync(file).subarray(0, 8).toString('latin1')).toBe('%PDF-1.3');
    const document = await PDFDocument.load(readFileSync(file));
    const info = document.context.lookup(document.context.trailerInfo.Info, PDFDict);
    expect(info.lookup(PDFName.of('GTS_PDFXVersion'), PDFString).decodeText()).toBe('PDF/X-1a:2003');
    expect(info.get(PDFName.of('Trapped'))).toBe(PDFName.of('False'));
    expect(xmpOf(document)).toContain('<pdfxid:GTS_PDFXVersion>PDF/X-1a:2003</pdfxid:GTS_PDFXVersion>');
  });

  it('has no RGB and no transparency left (that page flattened at 720 ppi), and neutral gray is black ink only', async () => {
    const facts = await inspectPdf(file);
    expect([...facts.colours.keys()]).toEqual(['DeviceCMYK']);
    expect(facts.transparency).toEqual([]);
    expect(facts.images).toMatchObject([{ page: 1, color: 'cmyk', xPpi: 720, yPpi: 720 }]);
    const text = uncompressed(file);
    expect(text).not.toMatch(/\srg\s|\sRG\s|DeviceRGB/);
    expect(text).toMatch(/^0 0 0 0\.8\d* K$/m);
    const report = await preflight(file, { expectedVersion: 'X-1a', expectedTrim: { width: 300, height: 400 } });
    expect(report.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
  });
});

describe('folio pdf --print: the sample book as PDF/X-4', () => {
  const warnings: string[] = [];
  let printed: PdfOutcome;
  let document: PDFDocument;

  beforeAll(async () => {
    const book = await read(path.join(repoRoot, 'manuscript'), repoRoot);
    const rendered = await render(book, await bibliographyHtml(book, await cite(book)));
    printed = await writePdf({
      rendered: withConfig(rendered, { pdf: { print: true } }),
      outDir: path.join(dir, 'print'),
      logger: { ...silentLogger, warn: (message: string) => warnings.push(message) },
      baseDir: book.baseDir,
    });
    document = await PDFDocument.load(readFileSync(printed.file));
  }, 600_000);

  it('passes every check, the preflight included', () => {
    expect(printed.checks.filter((check) => !check.ok)).toEqual([]);
    const check = printed.checks.find((item) => item.name === 'preflight');
    expect(check?.summary).toMatch(/^preflight: print-ready \(PDF\/X-4 \(info dictionary and XMP\), PDF 1\.6\)$/);
  });

  it('claims PDF/X-4 in the info dictionary and the XMP, with the IDs X-4 asks for', () => {
    const info = document.context.lookup(document.context.trailerInfo.Info, PDFDict);
    expect(info.lookup(PDFName.of('GTS_PDFXVersion'), PDFString).decodeText()).toBe('PDF/X-4');
    expect(info.lookup(PDFName.of('Title'), PDFHexString).decodeText()).toBe('From Letter to Type');
    const xmp = xmpOf(document);
    expect(xmp).toContain('<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>');
    expect(xmp).toMatch(/<xmpMM:DocumentID>uuid:[0-9a-f-]{36}<\/xmpMM:DocumentID>/);
    expect(xmp).toContain('<xmpMM:RenditionClass>default</xmpMM:RenditionClass>');
    expect(xmp).toContain('<pdf:Trapped>False</pdf:Trapped>');
  });

  it('has one GTS_PDFX output intent with the CMYK profile embedded', () => {
    const intents = document.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    expect(intents.size()).toBe(1);
    const intent = intents.lookup(0, PDFDict);
    expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFX'));
    expect(intent.lookup(PDFName.of('OutputConditionIdentifier'), PDFString).decodeText()).toBe('Custom');
    expect(intent.lookup(PDFName.of('Info'), PDFString).decodeText()).toBe('Artifex CMYK SWOP Profile');
    const profile = intent.lookup(PDFName.of('DestOutputProfile')) as PDFRawStream;
    expect(profile.dict.lookup(PDFName.of('N'), PDFNumber).asNumber()).toBe(4);
  });

  it('has TrimBox and BleedBox on every page, equal without bleed', () => {
    for (const page of document.getPages()) {
      expect(page.getTrimBox()).toEqual({ x: 0, y: 0, width: 432, height: 648 });
      expect(page.node.get(PDFName.of('BleedBox'))).toBeDefined();
      expect(page.getBleedBox()).toEqual(page.getTrimBox());
    }
    const boxes = execFileSync('pdfinfo', ['-box', '-f', '1', '-l', String(printed.facts.pages), printed.file], {
      encoding: 'utf8',
    });
    expect(boxes.match(/^Page\s+\d+ TrimBox:\s+0\.00\s+0\.00\s+432\.00\s+648\.00$/gm)).toHaveLength(
      printed.facts.pages,
    );
  });

  it('paints in CMYK and gray only: no device RGB anywhere', () => {
    const text = uncompressed(printed.file);
    expect(text).not.toMatch(/\s(rg|RG)\s/);
    expect(text).not.toContain('/DeviceRGB');
    expect(text).toMatch(/\s0 0 0 1 k\s/); // black text in black ink only
    expect(text).not.toMatch(/\s0\.[1-9]\d* 0\.[1-9]\d* 0\.[1-9]\d* 0\.[89]\d* k\s/); // no four-ink black
  });

  it("embeds each face once under a name of its own, the chapters' subsets joined", () => {
    const names = execFileSync('pdffonts', [printed.file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.split(/\s+/)[0]);
    expect(names.length).toBeGreaterThan(3);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((name) => /^[A-Z]{6}\+/.test(name))).toBe(true);
    const faces = new Map<string, number>();
    for (const face of names.map((name) => name.slice(7))) faces.set(face, (faces.get(face) ?? 0) + 1);
    // Five chapters, each with its own subsets of the Latin, Latin Extended and Cyrillic files of a
    // face: joined to one font per face.
    expect(printed.checks.find((check) => check.name === 'fonts')?.summary).toMatch(/, each face once \(/);
    expect(Object.fromEntries(faces)).toEqual({
      'EBGaramond-Regular': 1,
      'EBGaramond-Italic': 1,
      'EBGaramond-Bold': 1,
      'NotoSerifArmenian-Regular': 1,
      DejaVuSerif: 1,
      'DejaVuSerif-Italic': 1,
      'DejaVuSerif-Bold': 1,
    });
  });

  it('reads back every word after Ghostscript, ligatures across soft hyphens included', () => {
    expect(warnings.filter((warning) => /reads back/.test(warning))).toEqual([]);
  });

  it('keeps the page labels and the metadata through Ghostscript', () => {
    const labels = document.catalog.lookup(PDFName.of('PageLabels'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
    expect(labels.lookup(1, PDFDict).get(PDFName.of('S'))).toBe(PDFName.of('r'));
    expect(labels.lookup(3, PDFDict).get(PDFName.of('S'))).toBe(PDFName.of('D'));
    const info = execFileSync('pdfinfo', [printed.file], { encoding: 'utf8' });
    expect(info).toMatch(/^Author:\s+Nairi Hovsepian, Elena Marsh$/m);
    expect(info).toMatch(/^PDF version:\s+1\.6$/m);
    expect(document.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en');
  });
});
