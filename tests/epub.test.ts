import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import JSZip from 'jszip';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { frontCoverImage } from '../src/emit/cover/index.js';
import { drawFrontCover } from '../src/emit/epub/cover-drawing.js';
import { faceFromFileName } from '../src/emit/epub/fonts.js';
import { modificationTime, publicationIdentifier } from '../src/emit/epub/identity.js';
import { indexIds, resolveFragment } from '../src/emit/epub/links.js';
import { toXhtmlFragment } from '../src/emit/epub/xhtml.js';
import { silentLogger, type Logger } from '../src/log.js';
import { build, read } from '../src/pipeline.js';
import { corpusPath, describeCorpus, repoRoot } from './helpers/corpus.js';
import { decodePng, imageDistance } from './helpers/png.js';

const execFileAsync = promisify(execFile);
const epubcheckJar = '/usr/share/java/epubcheck.jar';
const sample = path.join(repoRoot, 'manuscript');
const fixture = (name: string) => path.join(repoRoot, 'tests/fixtures', name);

interface Built {
  path: string;
  bytes: Buffer;
  zip: JSZip;
  warnings: string[];
}

async function buildEpub(input: string, outDir?: string): Promise<Built> {
  const out = outDir ?? (await mkdtemp(path.join(tmpdir(), 'folio-epub-')));
  const warnings: string[] = [];
  const logger: Logger = { ...silentLogger, warn: (message) => warnings.push(message) };
  const result = await build({ input, cwd: repoRoot, logger, outDir: out, formats: ['epub'] });
  expect(result.summary.errors).toBe(0);
  warnings.push(...(result.rendered?.warnings ?? []));
  const file = path.join(out, 'book.epub');
  const bytes = await readFile(file);
  return { path: file, bytes, zip: await JSZip.loadAsync(bytes), warnings };
}

async function epubcheck(file: string): Promise<{ summary: string; output: string }> {
  const { stdout, stderr } = await execFileAsync('java', ['-jar', epubcheckJar, file], { maxBuffer: 1 << 24 }).catch(
    (error: { stdout: string; stderr: string }) => error,
  );
  const output = `${stdout}\n${stderr}`;
  return { summary: /Messages: .*/.exec(output)?.[0] ?? output, output };
}

const text = (zip: JSZip, name: string) => zip.file(`OEBPS/${name}`)!.async('string');

function parse(xhtml: string): Root {
  return fromHtml(xhtml);
}

function elements(tree: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element: Element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

const attr = (element: Element, name: string) => {
  const value = element.properties[name];
  return Array.isArray(value) ? value.join(' ') : value === undefined ? undefined : String(value);
};

/** Content documents in spine order, parsed. */
async function spineDocuments(zip: JSZip): Promise<Array<{ href: string; source: string; tree: Root }>> {
  const opf = await text(zip, 'content.opf');
  const hrefById = new Map(
    [...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/g)].map((match) => [match[1], match[2]]),
  );
  const idrefs = [...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((match) => match[1]);
  return Promise.all(
    idrefs.map(async (idref) => {
      const href = hrefById.get(idref)!;
      const source = await text(zip, href);
      return { href, source, tree: parse(source) };
    }),
  );
}

interface NoteReport {
  callNumbers: number[];
  noteNumbers: number[];
  problems: string[];
}

/** Follows every note call to its note and every note's backlink to its call, across files. */
async function followNotes(zip: JSZip): Promise<NoteReport> {
  const documents = await spineDocuments(zip);
  const byFile = new Map(documents.map((document) => [document.href, document.tree]));
  const idsByFile = new Map(
    documents.map((document) => [
      document.href,
      new Map(
        elements(document.tree, (element) => Boolean(element.properties.id)).map((element) => [
          String(element.properties.id),
          element,
        ]),
      ),
    ]),
  );
  const target = (from: string, href: string) => {
    const [file, id] = href.includes('#') ? href.split('#') : [href, ''];
    const inFile = file || from;
    return byFile.has(inFile) ? idsByFile.get(inFile)!.get(id) : undefined;
  };
  const report: NoteReport = { callNumbers: [], noteNumbers: [], problems: [] };
  const allIds = new Set<string>();
  for (const { href, tree } of documents) {
    for (const id of idsByFile.get(href)!.keys()) {
      if (allIds.has(id) && /^note/.test(id)) report.problems.push(`duplicate id ${id}`);
      allIds.add(id);
    }
    for (const call of elements(tree, (element) => attr(element, 'epub:type') === 'noteref')) {
      report.callNumbers.push(Number(toString(call)));
      if (attr(call, 'role') !== 'doc-noteref') report.problems.push(`${href}: call without role`);
      const note = target(href, attr(call, 'href') ?? '');
      if (
        note?.tagName !== 'aside' ||
        attr(note, 'epub:type') !== 'footnote' ||
        attr(note, 'role') !== 'doc-footnote'
      ) {
        report.problems.push(`${href}: call ${toString(call)} → ${attr(call, 'href')} is not a footnote`);
      }
    }
    for (const note of elements(
      tree,
      (element) => element.tagName === 'aside' && attr(element, 'epub:type') === 'footnote',
    )) {
      const number = Number(String(note.properties.id).replace('note-', ''));
      report.noteNumbers.push(number);
      const firstParagraph = note.children.find((child): child is Element => child.type === 'element');
      const backlink = firstParagraph?.children.find((child): child is Element => child.type === 'element');
      if (!backlink || attr(backlink, 'role') !== 'doc-backlink' || firstParagraph?.children[0] !== backlink) {
        report.problems.push(`${href}: note ${number} does not start with its backlink`);
        continue;
      }
      const call = target(href, attr(backlink, 'href') ?? '');
      if (!call || attr(call, 'epub:type') !== 'noteref' || Number(toString(call)) !== number) {
        report.problems.push(`${href}: note ${number}'s backlink ${attr(backlink, 'href')} misses its call`);
      }
    }
  }
  return report;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

describe('folio epub on the sample book', () => {
  let epub: Built;
  let opf: string;
  beforeAll(async () => {
    epub = await buildEpub(sample);
    opf = await text(epub.zip, 'content.opf');
  });

  it('passes EPUBCheck with 0 errors and 0 warnings', async () => {
    const { summary, output } = await epubcheck(epub.path);
    expect(summary, output).toBe('Messages: 0 fatals / 0 errors / 0 warnings / 0 infos');
  });

  it('starts with an uncompressed mimetype and stamps every zip entry with the book’s modification time', () => {
    expect(epub.bytes.subarray(30, 38).toString()).toBe('mimetype');
    expect(epub.bytes.readUInt16LE(8)).toBe(0);
    const dates = new Set(Object.values(epub.zip.files).map((entry) => entry.date.toISOString()));
    expect([...dates]).toEqual(['2026-11-01T00:00:00.000Z']);
  });

  it('carries the metadata: titles, one dc:creator per author, language, date, publisher, description, rights', () => {
    expect(opf).toContain(
      '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="en">',
    );
    expect(opf).toContain('<dc:identifier id="pub-id">urn:uuid:3f6c2a9e-7b41-4d8a-9c35-1e2f0a7b5d64</dc:identifier>');
    expect(opf).toContain('<dc:title id="title">From Letter to Type</dc:title>');
    expect(opf).toContain('<dc:title id="subtitle">Armenian and Russian Books from Manuscript to Print</dc:title>');
    expect(opf).toContain('<meta refines="#subtitle" property="title-type">subtitle</meta>');
    expect([...opf.matchAll(/<dc:creator[^>]*>([^<]*)</g)].map((match) => match[1])).toEqual([
      'Nairi Hovsepian',
      'Elena Marsh',
    ]);
    expect(opf).toContain('<dc:language>en</dc:language>');
    expect(opf).toContain('<dc:date>2026-11-01</dc:date>');
    expect(opf).toContain('<dc:publisher>Quire &amp; Colophon Press</dc:publisher>');
    expect(opf).toMatch(/<dc:description>A short history of two book cultures/);
    expect(opf).toMatch(/<dc:rights>© 2026 Nairi Hovsepian and Elena Marsh\. Text released under/);
    expect(opf).toContain('<meta property="dcterms:modified">2026-11-01T00:00:00Z</meta>');
    expect(opf).not.toContain('All rights reserved');
  });

  it('declares accessibility metadata', () => {
    const values = (property: string) =>
      [...opf.matchAll(new RegExp(`<meta property="${property}">([^<]*)<`, 'g'))].map((match) => match[1]);
    expect(values('schema:accessMode')).toEqual(['textual', 'visual']);
    expect(values('schema:accessModeSufficient')).toContain('textual');
    expect(values('schema:accessibilityFeature')).toEqual(
      expect.arrayContaining(['structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText']),
    );
    expect(values('schema:accessibilityHazard')).toEqual(['none']);
    expect(values('schema:accessibilitySummary')[0]).toMatch(/table of contents/);
  });

  it('orders the parts: cover, title page, copyright, dedication, contents, preface, chapters, bibliography', async () => {
    const documents = await spineDocuments(epub.zip);
    expect(documents.map((document) => document.href)).toEqual([
      'cover.xhtml',
      'titlepage.xhtml',
      'copyright.xhtml',
      'dedication.xhtml',
      'toc.xhtml',
      'preface.xhtml',
      'chapter-1.xhtml',
      'chapter-2.xhtml',
      'chapter-3.xhtml',
      'bibliography.xhtml',
    ]);
    const titlePage = await text(epub.zip, 'titlepage.xhtml');
    expect(titlePage).toContain('From Letter to Type');
    expect(titlePage).toMatch(/Nairi Hovsepian[\s\S]*Elena Marsh/);
    const bibliography = elements(
      parse(await text(epub.zip, 'bibliography.xhtml')),
      (element) => element.tagName === 'section',
    )[0];
    expect(attr(bibliography, 'epub:type')).toBe('bibliography');
    expect(attr(bibliography, 'role')).toBe('doc-bibliography');
  });

  it("draws its cover from the printed cover's front panel, with a described cover page first", async () => {
    expect(opf).toContain('<item id="cover-image" href="cover.png" media-type="image/png" properties="cover-image" />');
    const png = new Uint8Array(await epub.zip.file(/cover\.png$/)[0].async('uint8array'));
    const pixels = decodePng(png);
    // 1600 px wide, in the 6 × 9 in trim's proportions.
    expect([pixels.width, pixels.height]).toEqual([1600, 2400]);
    // The top left pixel is the front panel's background, the printed cover's default #1f2a38.
    expect([...pixels.rgb.subarray(0, 3)]).toEqual([0x1f, 0x2a, 0x38]);
    const page = await text(epub.zip, 'cover.xhtml');
    expect(page).toMatch(/<img src="cover.png" alt="Cover: From Letter to Type[^"]*" role="doc-cover" \/>/);
  });

  it('keeps the drawn cover in the build cache: a rebuild reuses it, byte for byte', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'folio-epub-cache-'));
    const input = path.join(repoRoot, 'manuscript');
    const once = async () => {
      const out = await mkdtemp(path.join(tmpdir(), 'folio-epub-'));
      await build({ input, cwd: repoRoot, logger: silentLogger, outDir: out, formats: ['epub'], cacheDir });
      return readFile(path.join(out, 'book.epub'));
    };
    const first = await once();
    const kept = await readdir(path.join(cacheDir, 'covers'));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^[0-9a-f]{64}\.png$/);
    const second = await once();
    expect(second.equals(first)).toBe(true);
    expect(await readdir(path.join(cacheDir, 'covers'))).toEqual(kept);
  });

  it('links every note call to its pop-up footnote and back, numbered 1–28 as in the manuscript', async () => {
    const notes = await followNotes(epub.zip);
    expect(notes.problems).toEqual([]);
    expect(notes.callNumbers).toEqual(range(1, 28));
    expect(notes.noteNumbers).toEqual(range(1, 28));
  });

  it('has a nested table of contents with role doc-toc, and landmarks', async () => {
    const nav = parse(await text(epub.zip, 'toc.xhtml'));
    const [toc] = elements(nav, (element) => element.tagName === 'nav' && attr(element, 'epub:type') === 'toc');
    expect(attr(toc, 'role')).toBe('doc-toc');
    const chapter2 = elements(toc, (element) => element.tagName === 'li').find((item) =>
      toString(item).startsWith('Type in Venice'),
    )!;
    const links = elements({ type: 'root', children: [chapter2] }, (element) => element.tagName === 'a').map((a) =>
      attr(a, 'href'),
    );
    expect(links).toEqual([
      'chapter-2.xhtml#chapter-2',
      'chapter-2.xhtml#a-press-without-a-country',
      'chapter-2.xhtml#the-printers-mark',
      'chapter-2.xhtml#merchants-and-monks',
    ]);
    const [landmarks] = elements(
      nav,
      (element) => element.tagName === 'nav' && attr(element, 'epub:type') === 'landmarks',
    );
    const entries = elements(landmarks, (element) => element.tagName === 'a').map((a) => [
      attr(a, 'epub:type'),
      attr(a, 'href'),
    ]);
    expect(entries).toEqual([
      ['cover', 'cover.xhtml'],
      ['titlepage', 'titlepage.xhtml'],
      ['toc', 'toc.xhtml'],
      ['bodymatter', 'chapter-1.xhtml'],
      ['bibliography', 'bibliography.xhtml'],
    ]);
  });

  it('has an NCX with the same nested entries, its uid the package identifier', async () => {
    const ncx = await text(epub.zip, 'toc.ncx');
    expect(ncx).toContain('<meta name="dtb:uid" content="urn:uuid:3f6c2a9e-7b41-4d8a-9c35-1e2f0a7b5d64" />');
    const nav = await text(epub.zip, 'toc.xhtml');
    const tocLinks = [...nav.slice(0, nav.indexOf('landmarks')).matchAll(/<a href="([^"]+)"/g)].map(
      (match) => match[1],
    );
    const ncxLinks = [...ncx.matchAll(/<content src="([^"]+)"/g)].map((match) => match[1]);
    expect(ncxLinks.map((href) => href.replace(/#.*/, ''))).toEqual(tocLinks.map((href) => href.replace(/#.*/, '')));
    expect(ncx).toMatch(/<navPoint id="navpoint-2" playOrder="2">.*\n<navPoint id="navpoint-3" playOrder="3">/);
  });

  it('marks the language on every document and Armenian and Cyrillic runs with lang and xml:lang', async () => {
    const documents = await spineDocuments(epub.zip);
    for (const { href, source } of documents) {
      expect(source, href).toContain(
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">',
      );
      for (const match of source.matchAll(/<[a-z]+ [^>]*\blang="([^"]+)"[^>]*>/g))
        expect(match[0], href).toContain(`xml:lang="${match[1]}"`);
    }
    const chapters = documents
      .filter((document) => document.href.startsWith('chapter-'))
      .map((document) => document.source)
      .join('');
    expect(chapters).toMatch(/<span lang="hy" xml:lang="hy">[\u0531-\u058F]/);
    expect(chapters).toMatch(/<span lang="ru" xml:lang="ru">[\u0400-\u04FF]/);
  });

  it('packages the figure and keeps the epub:type and role attributes', async () => {
    expect(opf).toContain('href="assets/timeline.svg" media-type="image/svg+xml"');
    expect(epub.zip.file('OEBPS/assets/timeline.svg')).not.toBeNull();
    const chapter = await text(epub.zip, 'chapter-1.xhtml');
    expect(chapter).toContain('epub:type="chapter" role="doc-chapter"');
  });

  it('uses the reading system’s fonts unless epub.fonts asks otherwise', async () => {
    expect(Object.keys(epub.zip.files).filter((name) => name.includes('fonts/'))).toEqual([]);
    expect(await text(epub.zip, 'style.css')).not.toContain('@font-face');
  });

  it('is byte-identical when built again', async () => {
    const again = await buildEpub(sample);
    expect(again.bytes.equals(epub.bytes)).toBe(true);
  });
});

describe('folio epub with a cover and embedded fonts', () => {
  let epub: Built;
  let opf: string;
  beforeAll(async () => {
    // Fonts, like every asset, must be inside the book's folder: a copy of the fixture gets them.
    const book = await mkdtemp(path.join(tmpdir(), 'folio-epub-fonts-'));
    await mkdir(path.join(book, 'fonts'));
    for (const name of ['book.md', 'cover.svg'])
      await copyFile(path.join(fixture('epub-fonts'), name), path.join(book, name));
    for (const font of [
      'eb-garamond/files/eb-garamond-latin-400-normal.woff2',
      'eb-garamond/files/eb-garamond-latin-400-italic.woff2',
      'noto-serif-armenian/files/noto-serif-armenian-armenian-400-normal.woff2',
    ]) {
      await copyFile(
        path.join(repoRoot, 'node_modules/@fontsource', font),
        path.join(book, 'fonts', path.basename(font)),
      );
    }
    epub = await buildEpub(path.join(book, 'book.md'));
    opf = await text(epub.zip, 'content.opf');
  });

  it('passes EPUBCheck', async () => {
    const { summary, output } = await epubcheck(epub.path);
    expect(summary, output).toBe('Messages: 0 fatals / 0 errors / 0 warnings / 0 infos');
  });

  it('embeds the fonts with @font-face rules and sets the text in them', async () => {
    expect(opf).toContain(
      '<item id="font-1" href="fonts/eb-garamond-latin-400-normal.woff2" media-type="font/woff2" />',
    );
    expect(opf).toContain('href="fonts/noto-serif-armenian-armenian-400-normal.woff2" media-type="font/woff2"');
    const css = await text(epub.zip, 'style.css');
    expect(css).toMatch(
      /font-family: "eb-garamond-latin";\s+font-weight: 400;\s+font-style: italic;\s+src: url\(fonts\/eb-garamond-latin-400-italic\.woff2\);/,
    );
    expect(css).toContain('font-family: "eb-garamond-latin", "noto-serif-armenian-armenian", serif;');
    const original = await readFile(
      path.join(repoRoot, 'node_modules/@fontsource/eb-garamond/files/eb-garamond-latin-400-normal.woff2'),
    );
    expect(
      Buffer.from(await epub.zip.file('OEBPS/fonts/eb-garamond-latin-400-normal.woff2')!.async('uint8array')).equals(
        original,
      ),
    ).toBe(true);
  });

  it('uses the configured cover, identifier, modification time and accessibility summary', async () => {
    expect(opf).toContain(
      '<item id="cover-image" href="cover.svg" media-type="image/svg+xml" properties="cover-image" />',
    );
    expect(await text(epub.zip, 'cover.svg')).toContain('<rect width="600" height="900" fill="#334455" />');
    expect(opf).toContain('<dc:identifier id="pub-id">urn:isbn:9780000000002</dc:identifier>');
    expect(opf).toContain('<meta property="dcterms:modified">2025-06-01T12:00:00Z</meta>');
    expect(opf).toContain('<meta property="schema:accessibilitySummary">A fixture for embedded fonts.</meta>');
  });
});

describe('folio epub with unsafe raw HTML', () => {
  let server: Server;
  let requests: string[];
  let epub: Built;
  let xhtml: string;
  beforeAll(async () => {
    requests = [];
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const dir = await mkdtemp(path.join(tmpdir(), 'folio-unsafe-'));
    const source = await readFile(path.join(fixture('epub-unsafe'), 'book.md'), 'utf8');
    await writeFile(path.join(dir, 'book.md'), source.replaceAll('REMOTE', origin));
    epub = await buildEpub(path.join(dir, 'book.md'), path.join(dir, 'out'));
    const documents = await spineDocuments(epub.zip);
    xhtml = documents.map((document) => document.source).join('\n');
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('drops scripts, frames, event handlers and script links, with warnings', () => {
    expect(xhtml).not.toMatch(/<script|<iframe|\son[a-z]+=|javascript:/i);
    expect(xhtml).toContain('click me');
    expect(xhtml).toContain('<a href="https://example.org/">safe link</a>');
    const warnings = epub.warnings.join('\n');
    expect(warnings).toMatch(/`<script>`/);
    expect(warnings).toMatch(/`<iframe>`/);
    expect(warnings).toMatch(/event handler `onclick`/);
    expect(warnings).toMatch(/event handler `onmouseover`/);
    expect(warnings).toMatch(/script link/);
  });

  it('never fetches a remote resource, nor references one', () => {
    expect(requests).toEqual([]);
    expect(xhtml).not.toContain('127.0.0.1');
    expect(xhtml).toContain('a remote pixel');
    // The only image is the cover Folio draws (its front panel).
    expect(Object.keys(epub.zip.files).filter((name) => /\.(png|jpe?g|gif|html)$/.test(name))).toEqual([
      'OEBPS/cover.png',
    ]);
    expect(epub.warnings.join('\n')).toMatch(/remote image/);
  });

  it('still passes EPUBCheck', async () => {
    const { summary, output } = await epubcheck(epub.path);
    expect(summary, output).toBe('Messages: 0 fatals / 0 errors / 0 warnings / 0 infos');
  });
});

describe('folio epub on a chapter with its own Bibliography section (epub-own-bibliography)', () => {
  let epub: Built;
  beforeAll(async () => {
    epub = await buildEpub(path.join(fixture('epub-own-bibliography'), 'book.md'));
  });

  it("gives the section an id of its own, not the generated bibliography's: ids unique across the book", async () => {
    const ids: string[] = [];
    for (const document of await spineDocuments(epub.zip))
      ids.push(...[...document.source.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(await text(epub.zip, 'chapter-1.xhtml')).toMatch(/<h2[^>]*id="bibliography-2"[^>]*>Bibliography<\/h2>/);
    expect(await text(epub.zip, 'bibliography.xhtml')).toContain('id="bibliography"');
  });

  it('passes EPUBCheck with 0 errors and 0 warnings (no NAV-011: the contents stay in reading order)', async () => {
    const { summary, output } = await epubcheck(epub.path);
    expect(summary, output).toBe('Messages: 0 fatals / 0 errors / 0 warnings / 0 infos');
  });
});

describe('folio epub writes atomically', () => {
  it('keeps the previous EPUB when a build fails, and leaves no temporary file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'folio-atomic-'));
    const book = path.join(dir, 'book.md');
    await copyFile(path.join(fixture('epub-fonts'), 'cover.svg'), path.join(dir, 'cover.svg'));
    await writeFile(book, '---\ntitle: Atomic\ncover: cover.svg\n---\n\n# One\n\nText.\n');
    const first = await buildEpub(book, path.join(dir, 'out'));
    await rm(path.join(dir, 'cover.svg'));
    await expect(
      build({ input: book, cwd: dir, logger: silentLogger, outDir: path.join(dir, 'out'), formats: ['epub'] }),
    ).rejects.toThrow(/cover/);
    expect((await readFile(first.path)).equals(first.bytes)).toBe(true);
    expect(await readdir(path.join(dir, 'out'))).toEqual(['book.epub']);
  });
});

describe('folio epub command', () => {
  it('writes DIR/book.epub and exits 0', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'folio-cli-'));
    const code = await main(['epub', 'manuscript', '--out', out, '--quiet'], repoRoot);
    expect(code).toBe(0);
    expect(existsSync(path.join(out, 'book.epub'))).toBe(true);
  });
});

describe('EPUB building blocks', () => {
  it('makes fragments well-formed XHTML: xml:lang, valued boolean attributes, CSS alignment', () => {
    const links = indexIds([{ href: 'a.xhtml', html: '' }]);
    const xhtml = toXhtmlFragment(
      '<details open><summary>s</summary></details><p lang="hy">Ա</p><table><tr><td align="right">1</td></tr></table>\u000C',
      { file: 'a.xhtml', links },
    );
    expect(xhtml).toBe(
      '<details open="open"><summary>s</summary></details><p lang="hy" xml:lang="hy">Ա</p><table><tr><td style="text-align: right">1</td></tr></table>',
    );
  });

  it('points in-book links at the file holding their target, and unlinks those with none', () => {
    const links = indexIds([
      { href: 'one.xhtml', html: '<p id="here">x</p>' },
      { href: 'two.xhtml', html: '<aside id="note-7">y</aside><h2 id="caf\u00e9">z</h2>' },
    ]);
    expect(resolveFragment('#here', 'one.xhtml', links)).toBe('#here');
    expect(resolveFragment('#note-7', 'one.xhtml', links)).toBe('two.xhtml#note-7');
    expect(resolveFragment('#caf%C3%A9', 'one.xhtml', links)).toBe('two.xhtml#caf%C3%A9');
    expect(resolveFragment('https://example.org/#x', 'one.xhtml', links)).toBe('https://example.org/#x');
    const broken: string[] = [];
    const html = toXhtmlFragment('<a href="#nowhere">text</a>', {
      file: 'one.xhtml',
      links,
      onBrokenLink: (href) => broken.push(href),
    });
    expect(html).toBe('<a>text</a>');
    expect(broken).toEqual(['#nowhere']);
  });

  it('derives a stable name-based identifier when none is configured', () => {
    const metadata = { title: 'A Book', authors: ['An Author'], language: 'en' };
    const identifier = publicationIdentifier(metadata);
    expect(identifier).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(publicationIdentifier({ ...metadata })).toBe(identifier);
    expect(publicationIdentifier({ ...metadata, title: 'Another Book' })).not.toBe(identifier);
    expect(publicationIdentifier({ ...metadata, identifier: 'urn:isbn:1' })).toBe('urn:isbn:1');
  });

  it('dates the EPUB from the config, SOURCE_DATE_EPOCH, the publication date, then the sources', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'folio-date-'));
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, 'a.md');
    await writeFile(file, 'x');
    expect(
      (await modificationTime({ configured: '2024-02-03T04:05:06.789Z', date: '2020', files: [file] })).toISOString(),
    ).toBe('2024-02-03T04:05:06.000Z');
    expect((await modificationTime({ sourceDateEpoch: '1700000000', date: '2020', files: [file] })).toISOString()).toBe(
      '2023-11-14T22:13:20.000Z',
    );
    expect((await modificationTime({ date: '2021-05', files: [file] })).toISOString()).toBe('2021-05-01T00:00:00.000Z');
    const fromFile = await modificationTime({ files: [file] });
    expect(Math.abs(fromFile.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('reads family, weight and style from font file names', () => {
    expect(faceFromFileName('eb-garamond-latin-400-italic')).toEqual({
      family: 'eb-garamond-latin',
      weight: 400,
      style: 'italic',
    });
    expect(faceFromFileName('NotoSerif-BoldItalic')).toEqual({ family: 'NotoSerif', weight: 700, style: 'italic' });
    expect(faceFromFileName('NotoSerif-SemiBold')).toEqual({ family: 'NotoSerif', weight: 600, style: 'normal' });
    expect(faceFromFileName('Garamond')).toEqual({ family: 'Garamond', weight: 400, style: 'normal' });
  });
});

describeCorpus('folio epub on the thesis', () => {
  let epub: Built;
  beforeAll(async () => {
    epub = await buildEpub(corpusPath);
  });

  it('passes EPUBCheck with 0 errors and 0 warnings', async () => {
    const { summary, output } = await epubcheck(epub.path);
    expect(summary, output.slice(0, 5000)).toBe('Messages: 0 fatals / 0 errors / 0 warnings / 0 infos');
  });

  it('numbers its 1085 notes continuously and links each call and note both ways across files', async () => {
    const notes = await followNotes(epub.zip);
    expect(notes.problems.slice(0, 10)).toEqual([]);
    expect(notes.noteNumbers).toEqual(range(1, 1085));
    expect(new Set(notes.callNumbers)).toEqual(new Set(range(1, 1085)));
  });

  it('nests the sections of each chapter in the contents', async () => {
    const nav = parse(await text(epub.zip, 'toc.xhtml'));
    const [toc] = elements(nav, (element) => element.tagName === 'nav' && attr(element, 'epub:type') === 'toc');
    const [list] = toc.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'ol');
    const chapters = list.children.filter((child): child is Element => child.type === 'element');
    const nested = chapters.map((item) => elements(item, (element) => element.tagName === 'li').length - 1);
    expect(nested.filter((count) => count > 0).length).toBeGreaterThanOrEqual(4);
    expect(toString(chapters.find((item) => toString(item).startsWith('Chapter One'))!)).toBeTruthy();
  });

  it('takes its metadata from the title page, with a stable derived identifier and the thesis date', async () => {
    const opf = await text(epub.zip, 'content.opf');
    expect(opf).toContain('<dc:title id="title">Mountain Fortress</dc:title>');
    expect(opf).toContain('<dc:title id="subtitle">The Past, Present, and Future of the Artsakh Conflict</dc:title>');
    expect(opf).toMatch(/<dc:identifier id="pub-id">urn:uuid:[0-9a-f-]{36}<\/dc:identifier>/);
    expect(opf).toContain('<dc:date>2021-05</dc:date>');
    expect(opf).toContain('<meta property="dcterms:modified">2021-05-01T00:00:00Z</meta>');
    expect(opf).toMatch(/<dc:description>Senior Honors Thesis/);
  });

  it('is byte-identical when built again', async () => {
    const again = await buildEpub(corpusPath);
    expect(again.bytes.equals(epub.bytes)).toBe(true);
  });
});

describe("the EPUB's cover drawn without a browser", () => {
  // Invented books: a title that wraps, a subtitle, three authors; a light background; a background image.
  const books: Array<{ name: string; yaml: string; files?: string[] }> = [
    {
      name: 'wrapping title on a light background',
      yaml:
        'title: The Quiet Reckoning of Harbour Towns Along the Northern Coast\n' +
        'subtitle: Ledgers, Tides and the Keepers of Small Lighthouses, 1790 to 1914\n' +
        'authors: [Ilse Varnhagen, Tomás Oyelaran-Birch, Q. Abernethy]\ncover:\n  background: "#efe6d4"\n',
    },
    {
      name: 'background image, no subtitle',
      yaml: 'title: Salt Roads\nauthors: [Maren Odegaard]\ncover:\n  image: band.svg\n  color: "#fdfbf5"\n',
      files: ['band.svg'],
    },
  ];
  for (const { name, yaml, files } of books) {
    it(`looks like the print cover's front as Chromium draws it: ${name}`, async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'folio-epub-cover-'));
      await writeFile(path.join(dir, 'book.md'), `---\n${yaml}---\n\n# One\n\nText.\n`);
      for (const file of files ?? [])
        await copyFile(path.join(fixture('epub-cover-drawn'), file), path.join(dir, file));
      const book = await read(path.join(dir, 'book.md'), dir);
      const options = { metadata: book.metadata, config: book.config, baseDir: book.baseDir };
      const [drawn, screenshot] = await Promise.all([drawFrontCover(options), frontCoverImage(options)]);
      const [ours, chromium] = [decodePng(drawn), decodePng(screenshot)];
      expect([ours.width, ours.height]).toEqual([chromium.width, chromium.height]);
      // Text edges may fall a pixel apart; the design, the lines and their places are the same.
      const distance = imageDistance(ours, chromium);
      expect(distance.mean).toBeLessThan(2.5);
      expect(distance.farShare).toBeLessThan(0.015);
      // A drawing of another title is told apart by the same measure.
      const other = decodePng(
        await drawFrontCover({ ...options, metadata: { ...book.metadata, title: 'An Entirely Different Name' } }),
      );
      expect(imageDistance(other, chromium).farShare).toBeGreaterThan(2 * distance.farShare);
    }, 120_000);
  }
});
