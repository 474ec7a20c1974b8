/**
 * The print document: the rendered parts as one HTML page for Paged.js, with the print-only
 * transforms (notes beside their calls, soft hyphens, URL breaks, page-number slots in the
 * contents, named pages and running-head strings) and the stylesheets and fonts it links to.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeFingerprint, hashKey, type Store } from '../../cache.js';
import type { RenderedBook, RenderedPart } from '../../render/types.js';
import { roleFacts } from '../../roles.js';
import { bookFontFaces, fontFaceCss, type BookFontFace } from './fonts.js';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { pageSetupCss } from './page-setup.js';
import rehypeContentsEntries from './print/contents-entries.js';
import { printFacts } from './print/data.js';
import rehypeHeadingIds from './print/heading-ids.js';
import rehypeInlineNotes from './print/inline-notes.js';
import rehypeInterElementSpaces from './print/inter-element-spaces.js';
import rehypePageClasses from './print/page-classes.js';
import rehypeSoftHyphens from './print/soft-hyphens.js';
import rehypeUrlBreaks from './print/url-breaks.js';
import { blockText } from './text.js';

export interface PrintDocumentOptions {
  /** Insert soft hyphens (default true). */
  hyphenate?: boolean;
  /** Bleed and crop marks (printer's file). */
  bleed?: boolean;
  cropMarks?: boolean;
  /**
   * Parts already transformed for print (see preparePrintParts); the others are transformed here
   * and added to it, so the next writer of the same build (the PDF after the print HTML) finds them.
   */
  prepared?: PreparedPrintParts;
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
export function pageName(part: Pick<RenderedPart, 'kind' | 'role'>): string {
  if (roleFacts(part.role).display) return 'display';
  return part.kind;
}

/** The verso running head: the title up to its subtitle colon. */
export function runningTitle(title: string): string {
  return title.split(/:\s/)[0].trim();
}

export function printDocument(book: RenderedBook, options: PrintDocumentOptions = {}): PrintDocument {
  const context = printContext(book.parts, book.metadata.language, options);
  const kindById = new Map<string, RenderedPart['kind']>();
  for (const part of book.parts) {
    kindById.set(part.id, part.kind);
    for (const section of part.sections) kindById.set(section.id, part.kind);
  }
  const stats: PrintDocument['stats'] = { notes: 0, orphanNotes: [], hyphenatedWords: 0, urls: 0 };
  const printed: PrintedPart[] = [];
  for (const part of book.parts) {
    const result = printPart(part, context, options.prepared, part.role === 'toc' ? kindById : undefined);
    if (!result) continue;
    stats.notes += result.notes;
    stats.orphanNotes.push(...result.orphans);
    stats.hyphenatedWords += result.hyphenatedWords;
    stats.urls += result.urls;
    printed.push(result);
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
    h('meta', { charSet: 'utf-8' }),
    h('title', book.metadata.title),
    ...meta('author', book.metadata.authors.join(', ')),
    ...meta('subject', book.metadata.subtitle ?? book.metadata.description),
    ...meta('description', book.metadata.description),
    ...meta('generator', 'Folio'),
    ...stylesheets.map((name) => h('link', { rel: ['stylesheet'], href: `styles/${name}` })),
  ];
  // The page around the parts, serialised once; the parts' HTML goes where its body ends.
  const shell = unified()
    .use(rehypeStringify, { allowDangerousHtml: false })
    .stringify({
      type: 'root',
      children: [
        { type: 'doctype' },
        h('html', { lang: context.language }, [h('head', head), h('body', { className: ['folio-print'] })]),
      ],
    });
  const bodyEnd = shell.lastIndexOf('</body>');
  const page = (body: string) => shell.slice(0, bodyEnd) + body + shell.slice(bodyEnd);
  const chunkHtml = (partIds: string[]) => {
    const wanted = new Set(partIds);
    // In Paged.js's own template, so the browser does not lay the chapter out once as a plain
    // page before Paged.js takes it (nor Paged.js copy it into a template itself).
    const sections = printed.filter((part) => wanted.has(part.id)).map((part) => part.html);
    return page(`<template data-ref="pagedjs-content">${sections.join('')}</template>`);
  };
  let html: string | undefined;
  return {
    get html() {
      return (html ??= page(printed.map((part) => part.html).join('')));
    },
    generatedStyles,
    staticStyles,
    fonts: faces,
    missingFonts: missing,
    stats,
    text: printed.map((part) => part.text).join('\n'),
    firstBodyPart: context.firstBodyPart,
    parts: printed.map(({ id, kind }) => ({ id, kind })),
    tocTargets: [...new Set(printed.flatMap((part) => part.tocTargets))],
    chunkHtml,
  };
}

/** What every part's print transforms depend on besides the part itself. */
interface PrintContext {
  language: string;
  firstBodyPart?: string;
  hyphenate: boolean;
}

function printContext(
  parts: RenderedPart[],
  language: string,
  options: Pick<PrintDocumentOptions, 'hyphenate'>,
): PrintContext {
  return {
    language: language || 'en',
    firstBodyPart: parts.find((part) => part.kind === 'body')?.id,
    hyphenate: options.hyphenate !== false,
  };
}

/** One part as it is printed. */
interface PrintedPart {
  id: string;
  kind: RenderedPart['kind'];
  /** The part's `<section>`, transformed for print and serialised. */
  html: string;
  /** Its text as the PDF must show it. */
  text: string;
  notes: number;
  orphans: number[];
  hyphenatedWords: number;
  urls: number;
  /** Contents only: the ids its entries point at. */
  tocTargets: string[];
}

/**
 * Parts transformed for print, by a hash of everything the transform reads: a part comes out the
 * same for the same input, so printDocument takes them as they are. One map per build.
 */
export type PreparedPrintParts = Map<string, PrintedPart | undefined>;

function printKey(part: RenderedPart, context: PrintContext, kindById?: Map<string, RenderedPart['kind']>): string {
  return hashKey(
    JSON.stringify([context, part.id, part.kind, part.role, part.title, kindById && [...kindById]]),
    part.html,
  );
}

function printPart(
  part: RenderedPart,
  context: PrintContext,
  prepared?: PreparedPrintParts,
  kindById?: Map<string, RenderedPart['kind']>,
): PrintedPart | undefined {
  const key = printKey(part, context, kindById);
  if (prepared?.has(key)) return prepared.get(key);
  const printed = transformPart(part, context, kindById);
  prepared?.set(key, printed);
  return printed;
}

/** The print transforms' own code (src/emit) and hyphenation patterns, which stored parts were made by. */
let printCodeHash: string | undefined;
const printCode = () =>
  (printCodeHash ??= hashKey(
    codeFingerprint(path.dirname(path.dirname(fileURLToPath(import.meta.url)))),
    (createRequire(import.meta.url)('hyphen/package.json') as { version: string }).version,
  ));

/**
 * Transforms the manuscript's own parts for print now, while the build waits on something else
 * (the bibliography, formatted on another thread); the result goes to printDocument as
 * `prepared`. With a `store`, parts an earlier build transformed are read from it, and new ones
 * kept in it. The generated parts around them (contents, bibliography) are left for printDocument.
 */
export async function preparePrintParts(
  parts: RenderedPart[],
  language: string,
  options: Pick<PrintDocumentOptions, 'hyphenate'> & { store?: Store } = {},
): Promise<PreparedPrintParts> {
  const context = printContext(parts, language, options);
  const { store } = options;
  const prepared = new Map<string, PrintedPart | undefined>();
  const prepare = async (part: RenderedPart) => {
    const key = printKey(part, context);
    if (prepared.has(key)) return;
    const storedKey = `${hashKey(printCode(), key)}.json`;
    const stored = await store?.get(storedKey);
    if (stored) {
      prepared.set(key, JSON.parse(stored.toString('utf8')) as PrintedPart);
      return;
    }
    const printed = transformPart(part, context);
    prepared.set(key, printed);
    if (printed) await store?.set(storedKey, JSON.stringify(printed));
  };
  await Promise.all(parts.filter((part) => part.role !== 'toc').map(prepare));
  return prepared;
}

/**
 * A part as it is printed, through one unified pipeline: the print-only transforms, one rehype
 * plugin per file in print/, in this order (notes beside their calls before the spaces are kept;
 * soft hyphens before URL breaks), then rehype-stringify.
 */
function transformPart(
  part: RenderedPart,
  context: PrintContext,
  kindById?: Map<string, RenderedPart['kind']>,
): PrintedPart | undefined {
  const element = fromHtml(part.html, { fragment: true }).children.find(
    (child): child is Element => child.type === 'element',
  );
  if (!element) return undefined;
  const page = pageName(part);
  const processor = unified()
    .use(rehypePageClasses, { pageName: page, firstBody: part.id === context.firstBodyPart })
    .use(rehypeInlineNotes)
    .use(rehypeInterElementSpaces)
    .use(kindById ? [[rehypeContentsEntries, kindById]] : [])
    .use(rehypeHeadingIds, { partId: part.id, runningHead: part.title ? runningTitle(part.title) : undefined })
    .use(context.hyphenate && page !== 'display' ? [[rehypeSoftHyphens, context.language]] : [])
    .use(rehypeUrlBreaks)
    .use(rehypeStringify, { allowDangerousHtml: false });
  const file = new VFile();
  const root: Root = { type: 'root', children: [element] };
  const tree = processor.runSync(root, file) as Root;
  const facts = printFacts(file);
  return {
    id: part.id,
    kind: part.kind,
    html: processor.stringify(tree, file),
    text: blockText([element]),
    notes: facts.notes,
    orphans: facts.orphans,
    hyphenatedWords: facts.hyphenatedWords,
    urls: facts.urls,
    tocTargets: facts.tocTargets,
  };
}

function meta(name: string, content: string | undefined): Element[] {
  return content ? [h('meta', { name, content })] : [];
}
