/**
 * The print document: the rendered parts as one HTML page for Paged.js, with the print-only
 * transforms (notes beside their calls, soft hyphens, URL breaks, page-number slots in the
 * contents, named pages and running-head strings) and the stylesheets and fonts it links to.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { RenderedBook, RenderedPart } from '../../render/types.js';
import { bookFontFaces, fontFaceCss, type BookFontFace } from '../fonts.js';
import { hyphenateTree } from '../hyphenate.js';
import { classes, inlineFootnotes } from './footnotes.js';
import { pageSetupCss } from './page-setup.js';
import { blockText } from './text.js';
import { keepInterElementSpaces } from './spaces.js';
import { breakUrls } from './urls.js';

export interface PrintDocumentOptions {
  /** Insert soft hyphens (default true). */
  hyphenate?: boolean;
  /** Bleed and crop marks (printer's file). */
  bleed?: boolean;
  cropMarks?: boolean;
}

export interface PrintDocument {
  /** The complete HTML page (book.html). */
  html: string;
  /** Generated stylesheets, by file name under `styles/`. */
  generatedStyles: Record<string, string>;
  /** Static stylesheets from the project's `styles/` folder, in cascade order. */
  staticStyles: string[];
  fonts: BookFontFace[];
  /** Families of `pdf.fonts` that have no `@fontsource` package installed. */
  missingFonts: string[];
  stats: { notes: number; orphanNotes: number[]; hyphenatedWords: number; urls: number };
  /** The text the PDF must show (the parts as transformed for print), for the conservation check. */
  text: string;
  /** The first part of the body (arabic folio 1). */
  firstBodyPart?: string;
  /** The parts in book order, as laid out (for chapter-by-chapter layout). */
  parts: Array<{ id: string; kind: RenderedPart['kind'] }>;
  /** Ids the contents entries point at. */
  tocTargets: string[];
  /**
   * A page of only some parts (same head, stylesheets and transforms), for chapter-by-chapter
   * layout. Its folios are not in it: the first folio and the contents' folios are given to the
   * renderer (see chunks.ts).
   */
  chunkHtml(partIds: string[]): string;
}

/** Page names (CSS `page`, set through the `folio-page-{name}` class): display pages carry no head and no folio. */
const displayRoles = new Set(['halftitle', 'titlepage', 'copyright', 'dedication', 'epigraph']);

export function pageName(part: Pick<RenderedPart, 'kind' | 'role'>): string {
  if (displayRoles.has(part.role)) return 'display';
  return part.kind;
}

/** The verso running head: the title up to its subtitle colon. */
export function runningTitle(title: string): string {
  return title.split(/:\s/)[0].trim();
}

export function printDocument(book: RenderedBook, options: PrintDocumentOptions = {}): PrintDocument {
  const language = book.metadata.language || 'en';
  const kindById = new Map<string, RenderedPart['kind']>();
  for (const part of book.parts) {
    kindById.set(part.id, part.kind);
    for (const section of part.sections) kindById.set(section.id, part.kind);
  }
  const firstBodyPart = book.parts.find((part) => part.kind === 'body')?.id;
  const stats: PrintDocument['stats'] = { notes: 0, orphanNotes: [], hyphenatedWords: 0, urls: 0 };
  const sections: Element[] = [];
  const partList: PrintDocument['parts'] = [];
  const tocEntries: Element[] = [];
  let headingCount = 0;

  for (const part of book.parts) {
    const tree = fromHtml(part.html, { fragment: true });
    const element = tree.children.find((child): child is Element => child.type === 'element');
    if (!element) continue;
    element.properties.className = [
      ...classes(element),
      `folio-page-${pageName(part)}`,
      ...(part.id === firstBodyPart ? ['folio-first-body'] : []),
    ];

    const notes = inlineFootnotes(element);
    keepInterElementSpaces(element);
    stats.notes += notes.moved.length;
    stats.orphanNotes.push(...notes.orphans);
    if (part.role === 'toc') tocEntries.push(...markContents(element, kindById));
    forEachElement(element, (node) => {
      if (/^h[1-6]$/.test(node.tagName) && !node.properties.id) node.properties.id = `folio-heading-${++headingCount}`;
      if (node.tagName === 'h1' && part.title) node.properties.dataRunningHead = runningTitle(part.title);
    });
    // Hyphenate first: it leaves whole URLs alone, and breakUrls then cuts them into pieces.
    if (options.hyphenate !== false && pageName(part) !== 'display') stats.hyphenatedWords += hyphenateTree(element, language);
    stats.urls += breakUrls(element);
    sections.push(element);
    partList.push({ id: part.id, kind: part.kind });
  }

  const { faces, missing } = bookFontFaces(book.config.pdf.fonts);
  const generatedStyles = {
    'fonts.css': fontFaceCss(faces, '../fonts'),
    'page.css': pageSetupCss({
      trim: book.config.pdf.trim,
      bookTitle: runningTitle(book.metadata.title),
      fonts: book.config.pdf.fonts,
      bleed: options.bleed,
      cropMarks: options.cropMarks,
    }),
  };
  const staticStyles = ['base.css', 'print.css'];
  const stylesheets = ['fonts.css', 'base.css', 'print.css', 'page.css'];

  const head: ElementContent[] = [
    el('meta', { charSet: 'utf-8' }),
    el('title', {}, [text(book.metadata.title)]),
    ...meta('author', book.metadata.authors.join(', ')),
    ...meta('subject', book.metadata.subtitle ?? book.metadata.description),
    ...meta('description', book.metadata.description),
    ...meta('generator', 'Folio'),
    ...stylesheets.map((name) => el('link', { rel: ['stylesheet'], href: `styles/${name}` })),
  ];
  const page = (body: Element[]) => {
    const root: Root = {
      type: 'root',
      children: [
        { type: 'doctype' },
        el('html', { lang: language }, [el('head', {}, head), el('body', { className: ['folio-print'] }, body)]),
      ],
    };
    return toHtml(root, { allowDangerousHtml: false });
  };
  const html = page(sections);
  const printedText = sections.map((section) => blockText([section])).join('\n');
  const tocTarget = (entry: Element) => decodeURIComponent(String(entry.properties.href).slice(1));
  const chunkHtml = (partIds: string[]) => {
    const wanted = new Set(partIds);
    // In Paged.js's own template, so the browser does not lay the chapter out once as a plain
    // page before Paged.js takes it (nor Paged.js copy it into a template itself).
    const template: Element = {
      ...el('template', { dataRef: 'pagedjs-content' }),
      content: { type: 'root', children: sections.filter((section) => wanted.has(String(section.properties.id))) },
    };
    return page([template]);
  };
  return {
    html,
    generatedStyles,
    staticStyles,
    fonts: faces,
    missingFonts: missing,
    stats,
    text: printedText,
    firstBodyPart,
    parts: partList,
    tocTargets: [...new Set(tocEntries.map(tocTarget))],
    chunkHtml,
  };
}

/** Contents entries: the title in a span, the page number drawn by CSS (`target-counter`), roman for front matter. */
function markContents(nav: Element, kindById: Map<string, RenderedPart['kind']>): Element[] {
  const entries: Element[] = [];
  // Two levels (parts and their sections): subsections would crowd the contents.
  forEachElement(nav, (node) => {
    for (const item of node.tagName === 'li' ? node.children : []) {
      if (item.type === 'element' && item.tagName === 'ol') {
        item.children = item.children.map((child) => {
          if (child.type === 'element') child.children = child.children.filter((c) => !(c.type === 'element' && c.tagName === 'ol'));
          return child;
        });
      }
    }
  });
  forEachElement(nav, (node) => {
    if (node.tagName !== 'a' || typeof node.properties.href !== 'string' || !node.properties.href.startsWith('#')) return;
    const kind = kindById.get(node.properties.href.slice(1));
    node.properties.className = ['toc-entry', `toc-${kind ?? 'body'}`];
    node.children = [el('span', { className: ['toc-title'] }, node.children)];
    entries.push(node);
  });
  return entries;
}

function forEachElement(node: Element, visit: (element: Element) => void): void {
  visit(node);
  for (const child of node.children) if (child.type === 'element') forEachElement(child, visit);
}

function el(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function meta(name: string, content: string | undefined): Element[] {
  return content ? [el('meta', { name, content })] : [];
}
