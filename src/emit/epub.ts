/** The EPUB writer: DIR/book.epub, written atomically; with `epub.ace` (`--ace`), checked by DAISY Ace. */
import path from 'node:path';
import { writeFileAtomic } from '../atomic.js';
import { runAce } from './epub/ace.js';
import { expandIbid } from './epub/expand-ibid.js';
import type { CoverImage } from './epub/cover.js';
import { makeEpub, prepareDocuments, startCover } from './epub/index.js';
import type { PreparedDocuments } from './epub/part-documents.js';
import { insertPageBreaks, type PageBreak } from './epub/page-breaks.js';
import type { Book } from '../book.js';
import type { RenderedBook } from '../render/types.js';
import type { Drafter, Starter, Writer } from './types.js';

export const epubFileName = 'book.epub';

/** What the EPUB starts once the book is read: its cover, drawn meanwhile (handed back to the writer as `early`). */
export const epubStarter: Starter = (book, stores) => startCover(book, stores?.covers);

/** The EPUB's own copy of the rendered book: with `epub.expandIbid`, its Ibid. notes name their work. */
function epubParts(book: Book, rendered: RenderedBook): RenderedBook {
  return book.config.epub.expandIbid && book.citations ? expandIbid(rendered, book.citations).rendered : rendered;
}

/**
 * What the EPUB prepares from the book assembled without its bibliography, while that is formatted on
 * the other core: every part's content document (handed back to the writer as `prepared`).
 */
export const epubDrafter: Drafter = (book, draft) => prepareDocuments(epubParts(book, draft));

export const epubWriter: Writer = async ({
  book,
  rendered,
  outDir,
  logger,
  stores,
  pageMap,
  waiting,
  early,
  prepared,
}) => {
  let own = epubParts(book, rendered);
  let pageBreaks: PageBreak[] | undefined;
  if (pageMap) {
    // The print edition's pages come once the PDF is written; the next writer need not wait meanwhile.
    waiting?.();
    const pages = await pageMap;
    if (pages) ({ rendered: own, breaks: pageBreaks } = insertPageBreaks(own, pages));
  }
  logger.progress('making the EPUB');
  const epub = await makeEpub(own, {
    baseDir: book.baseDir,
    sourceFiles: book.files.flatMap((file) => (file.path ? [file.path] : [])),
    warn: (message) => logger.warn(`epub: ${message}`),
    coverStore: stores?.covers,
    cover: early as Promise<CoverImage> | undefined,
    prepared: prepared as PreparedDocuments | undefined,
    pageBreaks,
    debug: (message) => logger.debug(message),
  });
  const target = path.join(outDir, epubFileName);
  logger.debug('epub: writing the file');
  await writeFileAtomic(target, epub);
  logger.done();
  if (!rendered.config.epub.ace) return { files: [target], ok: true };

  logger.progress('checking accessibility with Ace');
  const { violations, reportDir } = await runAce(target, path.join(outDir, 'ace'));
  logger.done();
  for (const violation of violations) {
    logger.warn(`ace: ${violation.impact} ${violation.rule} in ${violation.document}: ${violation.description}`);
  }
  const report = path.relative(process.cwd(), path.join(reportDir, 'report.html'));
  if (violations.length) logger.error(`ace: ${violations.length} violation(s); see ${report}`);
  else logger.info(`ace: no violations (report in ${report})`);
  return { files: [target], ok: violations.length === 0 };
};
