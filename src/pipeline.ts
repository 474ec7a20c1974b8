/**
 * The build, as a list of stages: read → check → cite → render → emit. Each stage takes what the
 * previous one made; commands run the prefix they need.
 */
import path from 'node:path';
import type { Book } from './book.js';
import { checkBook, type CheckSummary } from './check/index.js';
import { writers, type Format } from './emit/index.js';
import type { EmitResult } from './emit/types.js';
import { FolioError } from './errors.js';
import type { Logger } from './log.js';
import { readBook } from './read/index.js';
import { renderBook } from './render/index.js';
import type { RenderedBook } from './render/types.js';

export interface BuildOptions {
  input: string;
  cwd: string;
  logger: Logger;
  outDir: string;
  formats: Format[];
  flags?: Record<string, string | boolean | undefined>;
}

export interface BuildResult {
  book: Book;
  summary: CheckSummary;
  rendered?: RenderedBook;
  results: Partial<Record<Format, EmitResult>>;
}

export async function read(input: string, cwd: string): Promise<Book> {
  return readBook(input, { cwd });
}

export function check(book: Book): CheckSummary {
  return checkBook(book);
}

/** Citations: resolves the notes' citations and returns the bibliography HTML for the back matter. */
export type CiteStage = (book: Book) => Promise<string | undefined>;
let citeStage: CiteStage = async () => undefined;
export function useCiteStage(stage: CiteStage): void {
  citeStage = stage;
}

export function render(book: Book, bibliographyHtml?: string): RenderedBook {
  return renderBook(book, { bibliographyHtml });
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const { logger } = options;
  logger.progress('reading manuscript');
  const book = await read(options.input, options.cwd);
  const summary = check(book);
  if (summary.errors > 0) return { book, summary, results: {} };
  logger.progress('resolving citations');
  const bibliographyHtml = book.config.bibliography.include ? await citeStage(book) : undefined;
  logger.progress('rendering');
  const rendered = render(book, bibliographyHtml);
  const results: BuildResult['results'] = {};
  for (const format of options.formats) {
    const writer = writers[format];
    if (!writer) throw new FolioError(`Unexpected output format \`${format}\`, expected one of ${Object.keys(writers).join(', ')}`);
    results[format] = await writer({
      book,
      rendered,
      outDir: path.resolve(options.cwd, options.outDir),
      logger,
      flags: options.flags ?? {},
    });
  }
  return { book, summary, rendered, results };
}
