/**
 * The build, as a list of stages: read → check → cite → render → emit. Each stage takes what the
 * previous one made; commands run the prefix they need.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { divisions, type Book, type CitationResult } from './book.js';
import { cachedText, codeFingerprint, hashKey } from './cache.js';
import { reportFindings, resolveCitations, type Citations } from './cite/index.js';
import { styleFingerprint } from './cite/style-files.js';
import type { ConfigOverrides } from './config/flags.js';
import { resolveConfig } from './config/resolve.js';
import { checkBook, summarise, type CheckSummary } from './check/index.js';
import { createBuildContext, type BuildContext } from './context.js';
import { startBibliographyFormatter, type BibliographyFormatter } from './cite/bibliography-thread.js';
import { drafters, preparers, starters, writers, type Format } from './emit/index.js';
import type { PreparedPrintParts } from './emit/pdf/document.js';
import type { PrintPageMap } from './emit/pdf/page-map.js';
import type { EmitResult } from './emit/types.js';
import { FolioError } from './errors.js';
import type { Logger } from './log.js';
import { readBook } from './read/index.js';
import type { RenderedBook } from './render/types.js';

export interface BuildOptions {
  input: string;
  cwd: string;
  logger: Logger;
  outDir: string;
  formats: Format[];
  /** What the command line sets over the manuscript's config (src/config/flags.ts). */
  config?: ConfigOverrides;
  cacheDir?: string;
}

export interface BuildResult {
  book: Book;
  summary: CheckSummary;
  rendered?: RenderedBook;
  results: Partial<Record<Format, EmitResult>>;
}

/** Where parsed manuscripts and formatted bibliographies are cached, unless `--no-cache` or `FOLIO_CACHE=0`. */
export function defaultCacheDir(cwd: string): string | undefined {
  if (process.env.FOLIO_CACHE === '0') return undefined;
  return path.resolve(cwd, process.env.FOLIO_CACHE_DIR ?? 'output/.cache');
}

/** Whether a build goes on past check errors: `--keep-going`, or `keepGoing: true` in the config. */
export function keepsGoing(book: Book): boolean {
  return book.config.keepGoing;
}

/** Reads the manuscript; with a cached context (see createBuildContext), parsed files are kept. */
export async function read(input: string, cwd: string, context: BuildContext = createBuildContext()): Promise<Book> {
  return readBook(input, { cwd, cacheDir: context.parseDir });
}

/** Footnote integrity, then citation lint: both leave their messages on the book's files. */
export async function check(book: Book, context: BuildContext = createBuildContext()): Promise<CheckSummary> {
  const { chapters, notes } = checkBook(book);
  await cite(book, context);
  return summarise(book.files, chapters, notes);
}

/**
 * Citations are a transform: the notes' citations resolved to CSL items, kept on the book, and
 * their lint filed as warnings. Cached by the notes' content and the citation code.
 */
export async function cite(book: Book, context: BuildContext = createBuildContext()): Promise<CitationResult> {
  if (book.citations) return book.citations;
  const resolve = () => JSON.stringify(resolveCitations(book));
  // The key (the notes and a hash of the citation code) is worked out only when there is a cache to look in.
  const store = context.stores.citations;
  const key = () => {
    const notes = divisions(book).map((division) =>
      division.tree.children.filter((node) => node.type === 'footnoteDefinition'),
    );
    return `${hashKey(codeFingerprint(citeCodeDir), JSON.stringify(notes))}.json`;
  };
  const citations = JSON.parse(store ? await cachedText(store, key(), resolve) : resolve()) as Citations;
  reportFindings(book, citations);
  book.citations = citations.result;
  return citations.result;
}

const citeCodeDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cite');

/**
 * With `notes.restyle`, the notes' citations written again in the book's CSL style (src/cite/restyle.ts):
 * a transform on the trees, after cite and before render. Says what it did; nothing without the key.
 */
export async function restyle(book: Book, logger?: Logger): Promise<void> {
  if (!book.config.notes.restyle) return;
  const { restyleBook } = await import('./cite/restyle.js');
  const report = restyleBook(book);
  logger?.info(
    `restyled ${report.restyled} citations in ${report.style} (${report.kept} kept as written` +
      `${report.notesInText ? `, ${report.notesInText} notes moved into the text` : ''})`,
  );
}

/** The bibliography as HTML for the back matter, in the configured CSL style; none when nothing is cited. */
export async function bibliographyHtml(
  book: Book,
  result: CitationResult,
  { formatter, context = createBuildContext() }: { formatter?: BibliographyFormatter; context?: BuildContext } = {},
): Promise<string | undefined> {
  if (!book.config.bibliography.include || result.items.length === 0) return undefined;
  const { style, locale } = book.config.bibliography;
  const key = `${hashKey(JSON.stringify(result.items), styleFingerprint(style), locale)}.html`;
  return cachedText(context.stores.bibliography, key, async () => {
    if (formatter) return formatter.format(result, { style, locale });
    const { formatBibliography } = await import('./cite/citeproc.js');
    return formatBibliography(result, { style, locale });
  });
}

/** The rendered book (what every writer reads). */
export async function render(
  book: Book,
  bibliographyHtml?: string | Promise<string | undefined>,
): Promise<RenderedBook> {
  return (await renderFor(book, bibliographyHtml, [])).rendered;
}

export interface RenderStage {
  rendered: RenderedBook;
  /** The manuscript's parts transformed for print, when a writer of the print HTML is among the formats. */
  printParts?: PreparedPrintParts;
  /** What writers drafted from the book before its bibliography came (emit/index.ts `drafters`), by format. */
  drafts?: Partial<Record<Format, unknown>>;
}

/**
 * The rendered book; the bibliography may still be on its way (formatted on another thread) while
 * the divisions are rendered, and meanwhile the writers of `formats` prepare the parts they can.
 */
export async function renderFor(
  book: Book,
  bibliographyHtml: string | Promise<string | undefined> | undefined,
  formats: Format[],
  context: BuildContext = createBuildContext(),
): Promise<RenderStage> {
  const { assembleBook, manuscriptParts, renderDivisions } = await import('./render/index.js');
  const divisions = renderDivisions(book);
  let printParts: PreparedPrintParts | undefined;
  // Writers that share a preparer (the print HTML's) prepare once.
  for (const load of new Set(formats.map((format) => preparers[format]))) {
    const prepare = await load?.();
    printParts = await prepare?.(manuscriptParts(divisions), book.metadata.language, context.stores);
  }
  // While the bibliography is formatted on the other thread, writers draft from the book without it. Not
  // beside the PDF: the EPUB then marks the print pages in every part, so nothing drafted would be kept.
  const drafts: RenderStage['drafts'] = {};
  const drafting = formats.filter((format) => drafters[format]);
  if (drafting.length && typeof bibliographyHtml === 'object' && !formats.includes('pdf')) {
    const draft = assembleBook(book, divisions);
    for (const format of drafting) drafts[format] = (await drafters[format]!())(book, draft);
  }
  const rendered = assembleBook(book, divisions, { bibliographyHtml: await bibliographyHtml });
  return { rendered, printParts, drafts };
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const formatter = startBibliographyFormatter();
  const browser: EarlyBrowser = {};
  try {
    return await buildWith(formatter, browser, options);
  } finally {
    formatter.close();
    await browser.close?.();
  }
}

/** The PDF's browser, started by the build before its writer asks for it; `close` if no layout took it. */
interface EarlyBrowser {
  close?: () => Promise<void>;
}

async function buildWith(
  formatter: BibliographyFormatter,
  browser: EarlyBrowser,
  options: BuildOptions,
): Promise<BuildResult> {
  const { logger } = options;
  // Puppeteer loads while the manuscript is read, Chromium starts as soon as the config is known (for its
  // protocol timeout), once per browser the layout will use, and is ready by the time the book is checked and
  // rendered (the PDF writer takes them).
  const browserModule = options.formats.includes('pdf')
    ? Promise.all([import('./emit/pdf/browser.js'), import('./emit/pdf/chunks.js')])
    : undefined;
  browserModule?.catch(() => undefined); // reported when awaited
  logger.progress('reading manuscript');
  const context = createBuildContext(options.cacheDir);
  const book = await read(options.input, options.cwd, context);
  book.config = resolveConfig(book.config, options.config);
  if (browserModule) {
    const [{ startBrowserEarly }, { expectedBrowsers }] = await browserModule;
    const count = expectedBrowsers(book.config.pdf, book);
    browser.close = startBrowserEarly({ protocolTimeout: book.config.pdf.timeout, count });
  }
  formatter.warm(book.config.bibliography);
  // What writers can start from the read book alone (the EPUB's cover) runs while the text is checked and rendered.
  const early = new Map(
    options.formats.flatMap((format) => {
      const load = starters[format];
      if (!load) return [];
      const started = load().then((start) => start(book, context.stores));
      started.catch(() => undefined); // awaited by the writer; a build stopped by the check never asks
      return [[format, started] as const];
    }),
  );
  logger.progress('checking');
  const summary = await check(book, context);
  if (summary.errors > 0 && !keepsGoing(book)) return { book, summary, results: {} };
  // A draft: the renderer leaves out what the check refused (an image outside the book) instead of stopping.
  logger.progress('resolving citations');
  const citations = await cite(book, context);
  await restyle(book, logger);
  logger.progress('rendering');
  const bibliography = bibliographyHtml(book, citations, { formatter, context });
  bibliography.catch(() => undefined); // awaited by renderFor
  const { rendered, printParts, drafts } = await renderFor(book, bibliography, options.formats, context);
  // A writer that waits on another process (the PDF, on Chromium) says so, and the next starts meanwhile.
  const running: Array<Promise<readonly [Format, EmitResult]>> = [];
  // The EPUB marks the print edition's pages only when this build writes the PDF (page-map.ts).
  const printPages = options.formats.includes('pdf') && options.formats.includes('epub') ? pageMapHandoff() : undefined;
  for (const format of options.formats) {
    const load = writers[format];
    if (!load)
      throw new FolioError(
        `Unexpected output format \`${format}\`, expected one of ${Object.keys(writers).join(', ')}`,
      );
    const writer = await load();
    let waiting!: () => void;
    const overlapped = new Promise<void>((resolve) => (waiting = resolve));
    const task = writer({
      book,
      rendered,
      outDir: path.resolve(options.cwd, options.outDir),
      logger,
      stores: context.stores,
      printParts,
      waiting,
      early: early.get(format),
      prepared: drafts?.[format],
      ...(format === 'pdf' && printPages ? { onPageMap: printPages.resolve } : {}),
      ...(format === 'epub' && printPages ? { pageMap: printPages.promise } : {}),
    }).then((result) => [format, result] as const);
    // A PDF that fails leaves the EPUB without pages rather than waiting.
    if (format === 'pdf') void task.finally(() => printPages?.resolve(undefined)).catch(() => undefined);
    running.push(task);
    await Promise.race([overlapped, task.catch(() => undefined)]);
  }
  const settled = await Promise.allSettled(running);
  // Every writer has finished (no browser left running) before a failure is reported.
  const failed = settled.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  const results: BuildResult['results'] = Object.fromEntries(
    settled.map((outcome) => (outcome as PromiseFulfilledResult<readonly [Format, EmitResult]>).value),
  );
  return { book, summary, rendered, results };
}

/** The page map passed from the PDF writer to the EPUB writer of one build; the first value given is kept. */
function pageMapHandoff() {
  let resolve!: (pages: PrintPageMap | undefined) => void;
  const promise = new Promise<PrintPageMap | undefined>((done) => (resolve = done));
  return { promise, resolve };
}
