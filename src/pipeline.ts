/**
 * The build, as a list of stages: read → check → cite → render → emit. Each stage takes what the
 * previous one made; commands run the prefix they need.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { divisions, type Book } from './book.js';
import { codeFingerprint, createStore, hashKey } from './cache.js';
import { reportFindings, resolveCitations, type Citations } from './cite/index.js';
import { styleFingerprint } from './cite/style-files.js';
import type { CitationResult } from './cite/types.js';
import { checkBook, summarise, type CheckSummary } from './check/index.js';
import { startBibliographyFormatter, type BibliographyFormatter } from './cite/formatter.js';
import { preparers, writers, type Format } from './emit/index.js';
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
  flags?: Record<string, string | boolean | undefined>;
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
export function keepsGoing(book: Book, flags: BuildOptions['flags'] = {}): boolean {
  return Boolean(flags['keep-going']) || book.config.keepGoing;
}

/** Reads the manuscript; with `cacheDir` (see defaultCacheDir), stages keep their results there. */
export async function read(input: string, cwd: string, cacheDir?: string): Promise<Book> {
  const book = await readBook(input, { cwd, cacheDir: cacheDir && path.join(cacheDir, 'read') });
  cacheDirs.set(book, cacheDir);
  return book;
}

const cacheDirs = new WeakMap<Book, string | undefined>();

/** Footnote integrity, then citation lint: both leave their messages on the book's files. */
export async function check(book: Book): Promise<CheckSummary> {
  const { chapters, notes } = checkBook(book);
  await cite(book);
  return summarise(book.files, chapters, notes);
}

/**
 * Citations are a transform: the notes' citations resolved to CSL items, kept on the book, and
 * their lint filed as warnings. Cached by the notes' content and the citation code.
 */
export async function cite(book: Book): Promise<CitationResult> {
  if (book.citations) return book.citations;
  const cacheDir = cacheDirs.get(book);
  const store = cacheDir ? createStore(path.join(cacheDir, 'citations')) : undefined;
  const notes = divisions(book).map((division) =>
    division.tree.children.filter((node) => node.type === 'footnoteDefinition'),
  );
  const key = `${hashKey(codeFingerprint(citeCodeDir), JSON.stringify(notes))}.json`;
  const cached = await store?.get(key);
  const citations: Citations = cached ? JSON.parse(cached.toString('utf8')) : resolveCitations(book);
  if (!cached) await store?.set(key, JSON.stringify(citations));
  reportFindings(book, citations);
  book.citations = citations.result;
  return citations.result;
}

const citeCodeDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cite');

/** The bibliography as HTML for the back matter, in the configured CSL style; none when nothing is cited. */
export async function bibliographyHtml(book: Book, result: CitationResult, formatter?: BibliographyFormatter): Promise<string | undefined> {
  if (!book.config.bibliography.include || result.items.length === 0) return undefined;
  const { style, locale } = book.config.bibliography;
  const cacheDir = cacheDirs.get(book);
  const store = cacheDir ? createStore(path.join(cacheDir, 'bibliography')) : undefined;
  const key = `${hashKey(JSON.stringify(result.items), styleFingerprint(style), locale)}.html`;
  const cached = await store?.get(key);
  if (cached) return cached.toString('utf8');
  let html: string;
  if (formatter) html = await formatter.format(result, { style, locale });
  else {
    const { formatBibliography } = await import('./cite/format.js');
    html = formatBibliography(result, { style, locale });
  }
  await store?.set(key, html);
  return html;
}

/**
 * The rendered book; the bibliography may still be on its way (formatted on another thread) while
 * the divisions are rendered, and meanwhile the writers of `formats` prepare the parts they can.
 */
export async function render(book: Book, bibliographyHtml?: string | Promise<string | undefined>, formats: Format[] = []): Promise<RenderedBook> {
  const { assembleBook, manuscriptParts, renderDivisions } = await import('./render/index.js');
  const divisions = renderDivisions(book);
  // Writers that share a preparer (the print HTML's) prepare once.
  for (const load of new Set(formats.map((format) => preparers[format]))) {
    const prepare = await load?.();
    await prepare?.(manuscriptParts(divisions), book.metadata.language, cacheDirs.get(book));
  }
  return assembleBook(book, divisions, { bibliographyHtml: await bibliographyHtml });
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const formatter = startBibliographyFormatter();
  try {
    return await buildWith(formatter, options);
  } finally {
    formatter.close();
  }
}

async function buildWith(formatter: BibliographyFormatter, options: BuildOptions): Promise<BuildResult> {
  const { logger } = options;
  logger.progress('reading manuscript');
  const book = await read(options.input, options.cwd, options.cacheDir);
  formatter.warm(book.config.bibliography);
  logger.progress('checking');
  const summary = await check(book);
  if (summary.errors > 0 && !keepsGoing(book, options.flags)) return { book, summary, results: {} };
  // A draft: the renderer leaves out what the check refused (an image outside the book) instead of stopping.
  if (summary.errors > 0) book.config.keepGoing = true;
  logger.progress('resolving citations');
  const citations = await cite(book);
  logger.progress('rendering');
  const bibliography = bibliographyHtml(book, citations, formatter);
  bibliography.catch(() => undefined); // awaited by render
  const rendered = await render(book, bibliography, options.formats);
  // A writer that waits on another process (the PDF, on Chromium) says so, and the next starts meanwhile.
  const running: Array<Promise<readonly [Format, EmitResult]>> = [];
  for (const format of options.formats) {
    const load = writers[format];
    if (!load) throw new FolioError(`Unexpected output format \`${format}\`, expected one of ${Object.keys(writers).join(', ')}`);
    const writer = await load();
    let waiting!: () => void;
    const overlapped = new Promise<void>((resolve) => (waiting = resolve));
    const task = writer({
      book,
      rendered,
      outDir: path.resolve(options.cwd, options.outDir),
      logger,
      flags: options.flags ?? {},
      cacheDir: options.cacheDir,
      waiting,
    }).then((result) => [format, result] as const);
    running.push(task);
    await Promise.race([overlapped, task.catch(() => undefined)]);
  }
  const settled = await Promise.allSettled(running);
  // Every writer has finished (no browser left running) before a failure is reported.
  const failed = settled.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  const results: BuildResult['results'] = Object.fromEntries(settled.map((outcome) => (outcome as PromiseFulfilledResult<readonly [Format, EmitResult]>).value));
  return { book, summary, rendered, results };
}
