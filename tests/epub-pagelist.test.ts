/**
 * The print edition's pages in the EPUB (issue 17, part 4): page-break markers where the PDF's
 * pages begin, a page list and the pages' source, only when the PDF is built in the same build.
 * The markers are checked against the real PDF: its page labels (read with pdf-lib) and the first
 * word pdftotext shows on each page, after the running head.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFNumber } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Format } from '../src/emit/index.js';
import { insertPageBreaks } from '../src/emit/epub/page-breaks.js';
import { pageBreakSource } from '../src/emit/epub/page-list.js';
import { runAce } from '../src/emit/epub/ace.js';
import { pageLabel } from '../src/emit/pdf/page-map.js';
import { silentLogger } from '../src/log.js';
import { build } from '../src/pipeline.js';
import type { RenderedBook, RenderedPart } from '../src/render/types.js';
import { corpusPath, describeCorpus, repoRoot } from './helpers/corpus.js';

const execFileAsync = promisify(execFile);
const word = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/u;

async function buildBook(input: string, formats: Format[], cacheDir?: string) {
  const outDir = await mkdtemp(path.join(tmpdir(), 'folio-pagelist-'));
  const result = await build({ input, cwd: repoRoot, logger: silentLogger, outDir, formats, cacheDir });
  expect(result.summary.errors).toBe(0);
  const zip = await JSZip.loadAsync(await readFile(path.join(outDir, 'book.epub')));
  return { outDir, zip };
}

interface Marker {
  label: string;
  id: string;
  file: string;
  /** The word after the marker. */
  word: string;
  /** The marker stands before an image (the page opens with it). */
  image: boolean;
}

/** The page list's entries, in order, each followed to its marker. */
async function pageList(zip: JSZip): Promise<{ markers: Marker[]; problems: string[]; count: number }> {
  const read = (name: string) => zip.file(`OEBPS/${name}`)!.async('string');
  const nav = await read('toc.xhtml');
  const list = /<nav epub:type="page-list"[^>]*>([\s\S]*?)<\/nav>/.exec(nav)?.[1] ?? '';
  const markers: Marker[] = [];
  const problems: string[] = [];
  for (const [, href, label] of list.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)) {
    const [file, id] = href.split('#');
    const source = await read(file);
    const at = source.indexOf(`<span id="${id}" `);
    const tag = at < 0 ? '' : source.slice(at, source.indexOf('>', at) + 1);
    if (!tag.includes('epub:type="pagebreak"') || !tag.includes('role="doc-pagebreak"'))
      problems.push(`${href}: no pagebreak with this id`);
    if (!tag.includes(`aria-label="${label}"`)) problems.push(`${href}: aria-label is not ${label}`);
    const after = source
      .slice(at + tag.length)
      .replace(/<[^>]*>/g, ' ')
      .replace(/&[a-z]+;|&#x?[0-9a-f]+;/gi, ' ');
    const image = /^\s*<img\b/.test(source.slice(at + tag.length).replace(/^<\/span>/, ''));
    markers.push({ label, id, file, word: word.exec(after)?.[0] ?? '', image });
  }
  let count = 0;
  for (const name of Object.keys(zip.files).filter((file) => file.endsWith('.xhtml')))
    count += ((await zip.file(name)!.async('string')).match(/epub:type="pagebreak"/g) ?? []).length;
  return { markers, problems, count };
}

/** The PDF's page labels (PageLabels: roman up to the first body page, then arabic), page by page. */
async function pdfLabels(file: string): Promise<string[]> {
  const document = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const nums = document.catalog
    .lookupMaybe(PDFName.of('PageLabels'), PDFDict)
    ?.lookupMaybe(PDFName.of('Nums'), PDFArray);
  const ranges: Array<{ from: number; style: string }> = [];
  for (let index = 0; nums && index < nums.size(); index += 2) {
    const from = (nums.lookup(index) as PDFNumber).asNumber();
    const style = (nums.lookup(index + 1) as PDFDict).lookup(PDFName.of('S'))?.toString() ?? '/D';
    ranges.push({ from, style });
  }
  const arabic = ranges.find((range) => range.style === '/D' && range.from > 0);
  return document.getPages().map((_, index) => pageLabel(index + 1, arabic ? arabic.from + 1 : undefined));
}

/** pdftotext's first word on each page after the running head (a line of capitals with the folio at one end). */
async function pdfFirstWords(file: string, labels: string[]): Promise<string[]> {
  const { stdout } = await execFileAsync('pdftotext', ['-layout', file, '-'], { maxBuffer: 1 << 28 });
  return stdout
    .split('\f')
    .slice(0, labels.length)
    .map((page, index) => {
      const lines = page
        .replace(/\u00ad/g, '')
        .split('\n')
        .filter((line) => line.trim());
      const tokens = lines[0]?.trim().split(/\s+/) ?? [];
      const folio =
        tokens[0] === labels[index]
          ? tokens.slice(1)
          : tokens.at(-1) === labels[index]
            ? tokens.slice(0, -1)
            : undefined;
      if (folio && !/\p{Ll}/u.test(folio.join(' '))) lines.shift();
      return word.exec(lines.join('\n'))?.[0] ?? '';
    });
}

/**
 * Markers whose word is the page's first word, in any case (or ends with it: a word hyphenated across pages), or
 * that stand before an image (pdftotext may show an SVG's own text first).
 */
function matching(markers: Marker[], labels: string[], firstWords: string[]): Marker[] {
  return markers.filter((marker) => {
    if (marker.image) return true;
    const first = firstWords[labels.indexOf(marker.label)];
    // Capitals set by the style (text-transform) are the same word.
    const [epub, pdf] = [marker.word.toLowerCase(), first?.toLowerCase()];
    return Boolean(pdf) && (epub === pdf || epub.endsWith(pdf));
  });
}

describe('page-break markers from the laid-out pages', () => {
  const part = (id: string, html: string, extra: Partial<RenderedPart> = {}): RenderedPart => ({
    id,
    kind: 'body',
    role: 'chapter',
    title: '',
    sections: [],
    html,
    notes: [],
    ...extra,
  });
  const book = {
    parts: [
      part('contents', '<nav class="part" id="contents"><ol><li>Gulls</li></ol></nav>', { role: 'toc' }),
      part(
        'gulls',
        '<section class="part" id="gulls"><h1>Of Gulls</h1><p>Herring gulls nest on roofs' +
          '<sup><a class="noteref" id="noteref-1" href="#note-1">1</a></sup> and cliffs alike.</p>' +
          '<div class="footnotes"><aside class="footnote" id="note-1"><p><a class="note-backlink" href="#noteref-1">1' +
          '</a> Seen from the ferry.</p></aside></div><figure><img src="assets/gull.png" alt="A gull" />' +
          '<figcaption>A gull.</figcaption></figure></section>',
        { notes: [1] },
      ),
    ],
  } as unknown as RenderedBook;

  it('puts each marker before its word, a split word whole, a note page at its note, and skips the contents', () => {
    const { rendered, breaks } = insertPageBreaks(book, {
      pages: [
        { label: 'i', start: { part: 'contents', offset: 0, word: 'Gulls' } },
        { label: 'ii' },
        { label: '1', start: { part: 'gulls', offset: 0, word: 'Of' } },
        // "Of Gulls Herring gu|lls": the page began inside "gulls".
        { label: '2', start: { part: 'gulls', offset: 16, word: 'lls' } },
        { label: '3', start: { note: 1, word: 'Seen' } },
        // After "roofs", the call's number is not counted: "and".
        { label: '4', start: { part: 'gulls', offset: 30, word: 'and' } },
        // "and cliffs alike": 14 letters, then the figure.
        { label: '5', start: { part: 'gulls', offset: 44, word: '', image: true } },
      ],
    });
    expect(breaks.map(({ label, id, word }) => [label, id, word])).toEqual([
      ['1', 'page-1', 'Of'],
      ['2', 'page-2', 'gulls'],
      ['3', 'page-3', 'Seen'],
      ['4', 'page-4', 'and'],
      ['5', 'page-5', ''],
    ]);
    const html = rendered.parts[1].html;
    const mark = (label: string) =>
      `<span id="page-${label}" epub:type="pagebreak" role="doc-pagebreak" aria-label="${label}"></span>`;
    expect(html).toContain(`<h1>${mark('1')}Of Gulls</h1>`);
    expect(html).toContain(`Herring ${mark('2')}gulls nest`);
    expect(html).toContain(`</sup> ${mark('4')}and cliffs`);
    expect(html).toContain(`1</a> ${mark('3')}Seen from`);
    expect(html).toContain(`<figure>${mark('5')}<img`);
    expect(rendered.parts[0]).toBe(book.parts[0]);
    expect(book.parts[1].html).not.toContain('pagebreak');
  });

  it('labels pages as the PDF does and names the print edition', () => {
    expect([1, 4, 9, 10, 11, 12].map((page) => pageLabel(page, 11))).toEqual(['i', 'iv', 'ix', 'x', '1', '2']);
    expect(pageLabel(7, undefined)).toBe('7');
    expect(pageBreakSource({ title: 'Of Gulls', identifier: 'ISBN 978-0-00-000000-2' })).toBe('urn:isbn:9780000000002');
    expect(pageBreakSource({ title: 'Of Gulls', identifier: 'urn:uuid:1' })).toBe('Of Gulls, print edition');
  });
});

describe('the sample book built with its PDF', () => {
  let built: Awaited<ReturnType<typeof buildBook>>;
  let cacheDir: string;
  let labels: string[];
  let firstWords: string[];
  beforeAll(async () => {
    cacheDir = await mkdtemp(path.join(tmpdir(), 'folio-pagelist-cache-'));
    built = await buildBook(path.join(repoRoot, 'manuscript'), ['pdf', 'epub'], cacheDir);
    const pdf = path.join(built.outDir, 'book.pdf');
    labels = await pdfLabels(pdf);
    firstWords = await pdfFirstWords(pdf, labels);
  }, 600_000);

  it('marks every page with text that the EPUB has, in a page list in page order, before its first word', async () => {
    const { markers, problems, count } = await pageList(built.zip);
    expect(problems).toEqual([]);
    expect(count).toBe(markers.length);
    const pages = markers.map((marker) => labels.indexOf(marker.label) + 1);
    expect(pages.every((page, index) => page > 0 && (index === 0 || page > pages[index - 1]))).toBe(true);
    // Pages with text but no marker: the half title (print only) and the contents (the EPUB's is its nav).
    const unmarked = labels.flatMap((label, index) => (firstWords[index] && !pages.includes(index + 1) ? [label] : []));
    expect(unmarked).toEqual(['i', 'vii']);
    expect(markers.length).toBe(19);
    expect(matching(markers, labels, firstWords).map((marker) => marker.label)).toEqual(
      markers.map((marker) => marker.label),
    );
  });

  it('names the print edition as the pages’ source and the page features', async () => {
    const opf = await built.zip.file('OEBPS/content.opf')!.async('string');
    expect(opf).toContain('<dc:source id="pagination-source">From Letter to Type, print edition</dc:source>');
    expect(opf).toContain('<meta refines="#pagination-source" property="source-of">pagination</meta>');
    expect(opf).toContain('<meta property="schema:accessibilityFeature">pageBreakMarkers</meta>');
    expect(opf).toContain('<meta property="schema:accessibilityFeature">pageNavigation</meta>');
  });

  it('passes EPUBCheck and DAISY Ace', async () => {
    const epub = path.join(built.outDir, 'book.epub');
    const { stdout, stderr } = await execFileAsync('java', ['-jar', '/usr/share/java/epubcheck.jar', epub], {
      maxBuffer: 1 << 24,
    }).catch((error: { stdout: string; stderr: string }) => error);
    expect(/Messages: .*/.exec(`${stdout}\n${stderr}`)?.[0]).toBe(
      'Messages: 0 fatals / 0 errors / 0 warnings / 0 infos',
    );
    const { violations } = await runAce(epub, path.join(built.outDir, 'ace'));
    expect(violations.map((violation) => `${violation.rule} in ${violation.document}`)).toEqual([]);
  }, 600_000);

  it('keeps the markers when the PDF comes from the cache', async () => {
    const again = await buildBook(path.join(repoRoot, 'manuscript'), ['pdf', 'epub'], cacheDir);
    expect((await pageList(again.zip)).markers).toEqual((await pageList(built.zip)).markers);
  }, 600_000);

  it('says nothing of pages in an EPUB built without the PDF', async () => {
    const alone = await buildBook(path.join(repoRoot, 'manuscript'), ['epub']);
    for (const name of Object.keys(alone.zip.files).filter((file) => /\.(xhtml|opf)$/.test(file))) {
      const source = await alone.zip.file(name)!.async('string');
      expect(source).not.toMatch(/pagebreak|page-list|pageBreakMarkers|pagination/);
    }
  }, 600_000);
});

describeCorpus('the thesis built with its PDF', () => {
  it('marks nearly every page, each before the first word pdftotext shows', async () => {
    const built = await buildBook(corpusPath, ['pdf', 'epub']);
    const pdf = path.join(built.outDir, 'book.pdf');
    const labels = await pdfLabels(pdf);
    const firstWords = await pdfFirstWords(pdf, labels);
    const { markers, problems } = await pageList(built.zip);
    expect(problems).toEqual([]);
    const withText = firstWords.filter(Boolean).length;
    const matched = matching(markers, labels, firstWords);
    console.log(
      `[folio tests] thesis: ${labels.length} pages, ${withText} with text, ${markers.length} markers,` +
        ` ${matched.length} before pdftotext's first word; misses: ` +
        markers
          .filter((marker) => !matched.includes(marker))
          .map((marker) => `${marker.label} ${marker.word}≠${firstWords[labels.indexOf(marker.label)]}`)
          .join(', '),
    );
    expect(markers.length).toBeGreaterThanOrEqual(withText - 5);
    expect(matched.length).toBeGreaterThanOrEqual(Math.floor(markers.length * 0.95));
  }, 900_000);
});
