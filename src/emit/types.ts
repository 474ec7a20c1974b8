import type { Book } from '../book.js';
import type { BuildStores } from '../context.js';
import type { Logger } from '../log.js';
import type { RenderedBook } from '../render/types.js';
import type { PreparedPrintParts } from './pdf/document.js';
import type { PrintPageMap } from './pdf/page-map.js';

export interface EmitContext {
  book: Book;
  rendered: RenderedBook;
  /** Folder the outputs go to (created when missing). */
  outDir: string;
  logger: Logger;
  /** The build's stores (see src/context.ts); writers keep costly intermediate results in theirs. */
  stores?: BuildStores;
  /** Parts the print HTML's preparer transformed while the book was assembled (html, pdf). */
  printParts?: PreparedPrintParts;
  /**
   * Called by a writer once its remaining work happens in another process (the PDF writer, when
   * Chromium starts laying out): the next writer then starts meanwhile.
   */
  waiting?: () => void;
  /** Given the print edition's pages once book.pdf is written (the PDF writer; page-map.ts). */
  onPageMap?: (pages: PrintPageMap | undefined) => void;
  /** The print edition's pages, when the PDF is built with the EPUB (the EPUB writer marks them). */
  pageMap?: Promise<PrintPageMap | undefined>;
  /** What the writer's starter (emit/index.ts `starters`) began once the book was read. */
  early?: Promise<unknown>;
  /** What the writer's drafter (emit/index.ts `drafters`) prepared while the bibliography was formatted. */
  prepared?: unknown;
}

export interface EmitResult {
  /** Files written, absolute paths. */
  files: string[];
  /** False when post-write checks failed (the command then exits 1). */
  ok: boolean;
}

/**
 * Work a writer can begin as soon as the book is read, from its metadata and config alone (the
 * EPUB's cover), so that it runs while the text is checked, cited and rendered.
 */
export type Starter = (book: Book, stores?: BuildStores) => Promise<unknown>;

/**
 * Work a writer can do on a draft of the book (assembled before its bibliography is formatted, on
 * another thread), handed back to the writer as `prepared`: the writer must check that the finished
 * book still matches what it prepared.
 */
export type Drafter = (book: Book, draft: RenderedBook) => unknown;

/** A writer turns the rendered book into one output format. Writers never see Markdown. */
export type Writer = (context: EmitContext) => Promise<EmitResult>;
