/**
 * The tagged screen PDF: chapters printed tagged by Chromium, their structure trees joined into one
 * by the merge (structure.ts). First on small invented chapters made with pdf-lib (keys that
 * collide, a chapter without a tree), then on the sample book: `Tagged: yes`, every chapter's
 * structure element in the book, each pointing at the book's own pages, one parent tree, and
 * poppler reading the headings' text back through it; and each font face embedded once (the
 * chapters' subsets joined: font-merge.ts) with the same text page by page.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deserialize } from 'node:v8';
import {
  decodePDFRawStream,
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  type PDFObject,
  type PDFPage,
} from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuildContext } from '../src/context.js';
import { silentLogger } from '../src/log.js';
import { read, render, cite, bibliographyHtml } from '../src/pipeline.js';
import { writePdf, type PdfOutcome } from '../src/emit/pdf.js';
import { ChunkMerger } from '../src/emit/pdf/merge.js';
import { readToUnicode, readWidths } from '../src/emit/pdf/font-merge.js';
import { glyphKey, parseTrueType, shiftComponents } from '../src/emit/pdf/truetype.js';
import { outlineTitles } from '../src/emit/pdf/postprocess.js';
import { repoRoot } from './helpers/corpus.js';
import { withConfig } from './helpers/config.js';

const name = PDFName.of;

/** What a structure tree holds, read back from a PDF. */
interface Structure {
  /** Structure element dictionaries reachable from the StructTreeRoot, each once. */
  elements: PDFDict[];
  /** Every Pg of an element, marked-content reference or object reference. */
  pageRefs: PDFRef[];
  /** Every Obj of an object reference. */
  objectRefs: PDFRef[];
  /** Parent tree keys, in the order written, and their values. */
  keys: number[];
  values: Map<number, PDFObject>;
}

function readStructure(document: PDFDocument): Structure {
  const context = document.context;
  const root = document.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict);
  const found: Structure = { elements: [], pageRefs: [], objectRefs: [], keys: [], values: new Map() };
  if (!root) return found;
  const seen = new Set<PDFDict>();
  const visit = (object: PDFObject | undefined) => {
    const value = object && context.lookup(object);
    if (value instanceof PDFArray) return value.asArray().forEach(visit);
    if (!(value instanceof PDFDict) || seen.has(value)) return;
    seen.add(value);
    const pg = value.get(name('Pg'));
    if (pg instanceof PDFRef) found.pageRefs.push(pg);
    const obj = value.get(name('Obj'));
    if (obj instanceof PDFRef) found.objectRefs.push(obj);
    const type = value.get(name('Type'));
    if (type === name('MCR') || type === name('OBJR')) return;
    found.elements.push(value);
    visit(value.get(name('K')));
  };
  visit(root.get(name('K')));
  const walk = (node: PDFDict | undefined) => {
    const nums = node?.lookupMaybe(name('Nums'), PDFArray);
    for (let index = 0; nums && index + 1 < nums.size(); index += 2) {
      const key = (nums.lookup(index) as PDFNumber).asNumber();
      found.keys.push(key);
      found.values.set(key, nums.get(index + 1));
    }
    for (const kid of node?.lookupMaybe(name('Kids'), PDFArray)?.asArray() ?? []) walk(context.lookup(kid) as PDFDict);
  };
  walk(root.lookupMaybe(name('ParentTree'), PDFDict));
  return found;
}

/** A page's content stream(s), decoded. */
function pageContent(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams =
    contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  return streams
    .map((stream) =>
      stream instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1') : '',
    )
    .join('\n');
}

const role = (element: PDFDict) => (element.get(name('S')) as PDFName).decodeText();
const number = (dict: PDFDict, key: string) => (dict.get(name(key)) as PDFNumber | undefined)?.asNumber();
const pageObjects = (document: PDFDocument) =>
  document.context
    .enumerateIndirectObjects()
    .filter(([, object]) => object instanceof PDFDict && object.get(name('Type')) === name('Page')).length;

/** An invented two-page chapter: a heading on page 1, a paragraph on page 2, a link annotation on page 1; keys 0, 1, 2. */
async function taggedChapter(heading: string): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const [first, second] = [document.addPage([200, 300]), document.addPage([200, 300])];
  const context = document.context;
  const rootRef = context.nextRef();
  const documentRef = context.nextRef();
  const annotation = context.register(
    context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [10, 10, 50, 20], StructParent: 2 }),
  );
  first.node.set(name('Annots'), context.obj([annotation]));
  first.node.set(name('StructParents'), PDFNumber.of(0));
  second.node.set(name('StructParents'), PDFNumber.of(1));
  const h1 = context.register(
    context.obj({ Type: 'StructElem', S: 'H1', P: documentRef, Pg: first.ref, K: 0, T: PDFString.of(heading) }),
  );
  const mcr = context.obj({ Type: 'MCR', Pg: second.ref, MCID: 0 });
  const p = context.register(context.obj({ Type: 'StructElem', S: 'Chapter-text', P: documentRef, K: [mcr] }));
  const link = context.register(
    context.obj({
      Type: 'StructElem',
      S: 'Link',
      P: documentRef,
      K: [context.obj({ Type: 'OBJR', Obj: annotation, Pg: first.ref })],
    }),
  );
  context.assign(documentRef, context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: [h1, p, link] }));
  const parentTree = context.obj({ Nums: [0, context.obj([h1]), 1, context.obj([p]), 2, link] });
  context.assign(
    rootRef,
    context.obj({
      Type: 'StructTreeRoot',
      K: documentRef,
      ParentTree: parentTree,
      ParentTreeNextKey: 3,
      RoleMap: { 'Chapter-text': 'P' },
    }),
  );
  document.catalog.set(name('StructTreeRoot'), rootRef);
  return document.save();
}

describe('structure merge: invented chapters', () => {
  let book: PDFDocument;
  let structure: Structure;
  beforeAll(async () => {
    const untagged = await PDFDocument.create();
    untagged.addPage([200, 300]).node.set(name('StructParents'), PDFNumber.of(0)); // a stray key, with no tree to point into
    const merger = new ChunkMerger();
    // Added out of order, as chapters finish printing.
    merger.add(2, await taggedChapter('Second'));
    merger.add(1, await untagged.save());
    merger.add(0, await taggedChapter('First'));
    book = await merger.finish([]);
    structure = readStructure(book);
  });

  it('copies each page once and points every Pg and Obj into the book', () => {
    expect(book.getPageCount()).toBe(5);
    expect(pageObjects(book)).toBe(5);
    const pages = new Set(book.getPages().map((page) => page.ref));
    expect(structure.pageRefs.length).toBe(6);
    expect(structure.pageRefs.filter((ref) => !pages.has(ref))).toEqual([]);
    const annotations = new Set(book.getPages().flatMap((page) => page.node.Annots()?.asArray() ?? []));
    expect(structure.objectRefs.length).toBe(2);
    expect(structure.objectRefs.filter((ref) => !annotations.has(ref))).toEqual([]);
  });

  it('joins the trees under one Document, chapters as parts in book order', () => {
    expect(structure.elements.map(role)).toEqual([
      'Document',
      'Part',
      'H1',
      'Chapter-text',
      'Link',
      'Part',
      'H1',
      'Chapter-text',
      'Link',
    ]);
    const titles = structure.elements
      .filter((element) => role(element) === 'H1')
      .map((element) => (element.get(name('T')) as PDFString).decodeText());
    expect(titles).toEqual(['First', 'Second']);
    const root = book.catalog.lookup(name('StructTreeRoot'), PDFDict);
    expect(String(root.lookup(name('RoleMap')))).toContain('/Chapter-text /P');
    expect(book.catalog.lookup(name('MarkInfo'), PDFDict).get(name('Marked'))).toBe(PDFBool.True);
  });

  it('renumbers the parent tree so the chapters keys do not collide', () => {
    expect(structure.keys).toEqual([0, 1, 2, 3, 4, 5]);
    const root = book.catalog.lookup(name('StructTreeRoot'), PDFDict);
    expect(number(root, 'ParentTreeNextKey')).toBe(6);
    const [a1, a2, stray, b1, b2] = book.getPages();
    // Each chapter's keys shifted as a block (chapters are copied as they come, in any order).
    const first = number(a1.node, 'StructParents')!;
    const second = number(b1.node, 'StructParents')!;
    expect([first, second].sort()).toEqual([0, 3]);
    expect(number(a2.node, 'StructParents')).toBe(first + 1);
    expect(number(b2.node, 'StructParents')).toBe(second + 1);
    expect(number(stray.node, 'StructParents')).toBeUndefined();
    const annotation = book.context.lookup(a1.node.Annots()!.get(0), PDFDict);
    expect(number(annotation, 'StructParent')).toBe(first + 2);
    // The keys lead to the right chapter's elements: its link, and its first page's heading.
    expect(role(book.context.lookup(structure.values.get(first + 2)!, PDFDict))).toBe('Link');
    const firstPage = book.context.lookup(structure.values.get(first)!, PDFArray);
    expect((book.context.lookup(firstPage.get(0), PDFDict).get(name('T')) as PDFString).decodeText()).toBe('First');
  });
});

describe('folio pdf: the sample book is a tagged PDF', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-pdf-tagged-'));
  const cacheDir = path.join(dir, 'cache');
  let outcome: PdfOutcome;
  let book: PDFDocument;
  let structure: Structure;
  /** The chapters' own PDFs, as the chunk cache keeps them. */
  let chapters: PDFDocument[];
  let chapterFiles: string[];

  beforeAll(async () => {
    const source = await read(path.join(repoRoot, 'manuscript'), repoRoot);
    const rendered = await render(source, await bibliographyHtml(source, await cite(source)));
    outcome = await writePdf({
      rendered: withConfig(rendered, { pdf: { layout: 'chapters' } }),
      outDir: path.join(dir, 'out'),
      logger: silentLogger,
      stores: createBuildContext(cacheDir).stores,
    });
    book = await PDFDocument.load(readFileSync(outcome.file), { updateMetadata: false });
    structure = readStructure(book);
    const entries = readdirSync(path.join(cacheDir, 'pdf-chunks')).filter((file) => file.endsWith('.v8'));
    const chapterBytes = entries.map(
      (file) => (deserialize(readFileSync(path.join(cacheDir, 'pdf-chunks', file))) as { pdf: Uint8Array }).pdf,
    );
    chapters = await Promise.all(chapterBytes.map((bytes) => PDFDocument.load(bytes)));
    chapterFiles = chapterBytes.map((bytes, index) => {
      const file = path.join(dir, `chapter-${index}.pdf`);
      writeFileSync(file, bytes);
      return file;
    });
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is tagged, with the language, the title shown and the marked flag', () => {
    expect(outcome.checks.filter((check) => !check.ok)).toEqual([]);
    expect(execFileSync('pdfinfo', [outcome.file], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
    expect(book.catalog.lookup(name('MarkInfo'), PDFDict).get(name('Marked'))).toBe(PDFBool.True);
    expect((book.catalog.lookup(name('Lang')) as PDFString).decodeText()).toBe('en');
    expect(book.catalog.lookup(name('ViewerPreferences'), PDFDict).get(name('DisplayDocTitle'))).toBe(PDFBool.True);
  });

  it('holds every structure element of the chapters, under one Document', () => {
    expect(chapters.length).toBe(outcome.chunks!.length);
    expect(chapters.reduce((sum, chapter) => sum + chapter.getPageCount(), 0)).toBe(book.getPageCount());
    const counts = chapters.map((chapter) => readStructure(chapter).elements.length);
    expect(counts.every((count) => count > 10)).toBe(true);
    // The chapters' elements, plus the book's Document that holds them.
    expect(structure.elements.length).toBe(counts.reduce((sum, count) => sum + count, 0) + 1);
    expect(role(structure.elements[0])).toBe('Document');
    expect(structure.elements.filter((element) => role(element) === 'Part').length).toBe(chapters.length);
  });

  it('points every Pg and Obj at the book own pages and annotations, each page copied once', () => {
    expect(pageObjects(book)).toBe(book.getPageCount());
    const pages = new Set(book.getPages().map((page) => page.ref));
    expect(structure.pageRefs.length).toBeGreaterThan(100);
    expect(structure.pageRefs.filter((ref) => !pages.has(ref))).toEqual([]);
    const annotations = new Set(book.getPages().flatMap((page) => page.node.Annots()?.asArray() ?? []));
    expect(structure.objectRefs.length).toBeGreaterThan(20); // note calls, contents entries
    expect(structure.objectRefs.filter((ref) => !annotations.has(ref))).toEqual([]);
  });

  it('keeps one parent tree whose keys are unique and cover every page and annotation', () => {
    expect(new Set(structure.keys).size).toBe(structure.keys.length);
    expect(structure.keys).toEqual([...structure.keys].sort((a, b) => a - b));
    const root = book.catalog.lookup(name('StructTreeRoot'), PDFDict);
    expect(number(root, 'ParentTreeNextKey')).toBeGreaterThan(Math.max(...structure.keys));
    const elements = new Set(structure.elements);
    let marked = 0;
    for (const page of book.getPages()) {
      for (const ref of page.node.Annots()?.asArray() ?? []) {
        const link = number(book.context.lookup(ref, PDFDict), 'StructParent');
        if (link !== undefined)
          expect(elements.has(book.context.lookup(structure.values.get(link)!) as PDFDict)).toBe(true);
      }
      // Each marked-content id on the page has its element in the page's entry; a page without
      // marked content (a blank verso) needs no entry.
      const ids = [...pageContent(page).matchAll(/\/MCID (\d+)/g)].map((match) => Number(match[1]));
      const key = number(page.node, 'StructParents');
      if (key === undefined) {
        expect(ids).toEqual([]);
        continue;
      }
      marked++;
      const entry = book.context.lookup(structure.values.get(key)) as PDFArray;
      expect(entry).toBeInstanceOf(PDFArray);
      for (const id of ids) expect(elements.has(book.context.lookup(entry.get(id)) as PDFDict)).toBe(true);
    }
    expect(marked).toBeGreaterThan(book.getPageCount() / 2);
  });

  it('reads back in poppler without errors, the headings with their text in book order (as the bookmarks)', async () => {
    const result = spawnSync('pdfinfo', ['-struct-text', outcome.file], { encoding: 'utf8' });
    expect(result.stderr).toBe(''); // Em and Strong (PDF 2.0 types) role-mapped
    const headings: string[] = [];
    let depth = -1;
    for (const line of result.stdout.split('\n')) {
      const indent = line.length - line.trimStart().length;
      if (depth >= 0 && indent <= depth) depth = -1;
      if (/^\s*H[12] \(block\)$/.test(line)) {
        depth = indent;
        headings.push('');
      } else if (depth >= 0 && line.trim().startsWith('"')) headings[headings.length - 1] += line.trim().slice(1, -1);
    }
    expect(headings.map((heading) => heading.replace(/\s+/g, ' ').trim())).toEqual(
      await outlineTitles(readFileSync(outcome.file)),
    );
  });

  it('keeps headings, paragraphs, lists, and the figure with its alt text', () => {
    const roles = new Set(structure.elements.map(role));
    for (const wanted of ['H1', 'H2', 'P', 'L', 'LI', 'Figure', 'Link', 'Em']) expect(roles).toContain(wanted);
    const roleMap = book.catalog.lookup(name('StructTreeRoot'), PDFDict).lookup(name('RoleMap'), PDFDict);
    expect(roleMap.get(name('Em'))).toBe(name('Span'));
    const figures = structure.elements.filter((element) => role(element) === 'Figure' && element.get(name('Alt')));
    expect(figures.length).toBeGreaterThan(0);
    expect((figures[0].lookup(name('Alt')) as PDFString).decodeText()).toMatch(/^A timeline /);
  });

  it('tags every footnote as a Note holding its own backlink, once', () => {
    const notes = structure.elements.filter((element) => role(element) === 'Note');
    expect(notes.length).toBe(outcome.layout.notes.length);
    expect(notes.length).toBe(28);
    const backlinks = (element: PDFDict): string[] => {
      const found: string[] = [];
      const visit = (object: PDFObject | undefined) => {
        const value = object && book.context.lookup(object);
        if (value instanceof PDFArray) return value.asArray().forEach(visit);
        if (!(value instanceof PDFDict)) return;
        if (value.get(name('Type')) === name('OBJR')) {
          const dest = book.context.lookup(value.get(name('Obj')), PDFDict).get(name('Dest'));
          if (dest instanceof PDFName && /^noteref-/.test(dest.decodeText())) found.push(dest.decodeText());
          return;
        }
        visit(value.get(name('K')));
      };
      visit(element.get(name('K')));
      return found;
    };
    const numbers = notes.map((note) => backlinks(note));
    expect(numbers.every((list) => list.length === 1)).toBe(true);
    expect(new Set(numbers.flat()).size).toBe(notes.length);
  });

  it('embeds each face once: every glyph and width the chapters drew, under a name of its own', () => {
    const bookFonts = embeddedFonts(book);
    const chapterFonts = chapters.flatMap(embeddedFonts);
    expect(bookFonts.length).toBeLessThan(chapterFonts.length / 2);
    expect(new Set(bookFonts.map((font) => font.name)).size).toBe(bookFonts.length);
    expect(new Set(bookFonts.map((font) => font.face)).size).toBe(bookFonts.length);
    // Each chapter's subset is held whole by the book's font of its face: same outlines (a
    // composite's components moved with it) and widths, at its glyph ids or, for a later file of a
    // face split by unicode-range, all moved up by one offset.
    for (const subset of chapterFonts) {
      const font = bookFonts.find((candidate) => candidate.face === subset.face)!;
      const [first] = subset.raw.keys();
      const offsets = [...font.raw.keys()].map((gid) => gid - first).filter((offset) => offset >= 0);
      const holds = (offset: number) =>
        [...subset.raw].every(
          ([gid, glyph]) => font.glyphs.get(gid + offset) === glyphKey(shiftComponents(glyph, offset)),
        ) && [...subset.widths].every(([cid, width]) => font.widths.get(cid + offset) === width);
      expect(offsets.filter(holds).length, subset.name).toBeGreaterThan(0);
    }
  });

  it('reads the same text, page by page, as the chapters printed it', () => {
    const pagesOf = (file: string) =>
      execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
        .split('\f')
        .slice(0, -1);
    const chapterPages = chapterFiles.flatMap(pagesOf).sort();
    expect(pagesOf(outcome.file).sort()).toEqual(chapterPages);
  });
});

/** An embedded Type0 font: its name, face (name without subset tag), outlines by glyph id, and widths of the glyphs it draws. */
interface EmbeddedFont {
  name: string;
  face: string;
  glyphs: Map<number, string>;
  raw: Map<number, Uint8Array>;
  widths: Map<number, number>;
}

function embeddedFonts(document: PDFDocument): EmbeddedFont[] {
  const fonts: EmbeddedFont[] = [];
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(name('Subtype')) !== name('Type0')) continue;
    const fontName = (object.get(name('BaseFont')) as PDFName).decodeText();
    const descendant = object.lookup(name('DescendantFonts'), PDFArray).lookup(0, PDFDict);
    const file = descendant.lookup(name('FontDescriptor'), PDFDict).lookup(name('FontFile2')) as PDFRawStream;
    const parsed = parseTrueType(decodePDFRawStream(file).decode());
    const glyphs = new Map(
      parsed.glyphs.flatMap((glyph, gid) => (glyph.length ? [[gid, glyphKey(glyph)] as const] : [])),
    );
    const listed = readWidths(descendant.lookup(name('W')), (value) => document.context.lookup(value));
    const defaultWidth = (descendant.lookup(name('DW')) as PDFNumber | undefined)?.asNumber() ?? 1000;
    const unicode = readToUnicode(
      Buffer.from(decodePDFRawStream(object.lookup(name('ToUnicode')) as PDFRawStream).decode()).toString('latin1'),
    );
    // Drawn: a Unicode entry, or a listed width that is the glyph's own advance (Chromium pads the
    // runs of W with its neighbours' widths).
    const unitsPerEm = Buffer.from(parsed.tables.get('head')!).readUInt16BE(18);
    const own = (cid: number, width: number) =>
      width && Math.abs((parsed.advances[cid] * 1000) / unitsPerEm - width) < 0.5;
    const drawn = new Set([
      ...[...listed].filter(([cid, width]) => own(cid, width)).map(([cid]) => cid),
      ...unicode.keys(),
    ]);
    fonts.push({
      name: fontName,
      face: fontName.replace(/^[A-Z]{6}\+/, ''),
      glyphs,
      raw: new Map(parsed.glyphs.flatMap((glyph, gid) => (glyph.length ? [[gid, glyph] as const] : []))),
      widths: new Map([...drawn].map((cid) => [cid, listed.get(cid) ?? defaultWidth])),
    });
  }
  return fonts;
}
