/**
 * The PDF writer: the print HTML laid out by Paged.js in Chromium, then checked. Screen PDF by
 * default (bookmarks, metadata); `--print` or config `pdf.print` makes the printer's file (no
 * bookmarks, optional bleed and crop marks) as PDF/X, preflighted. The previous book.pdf stays until a new one is
 * complete: the PDF is written beside it and renamed over it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../atomic.js';
import { bookFontFaces, coveredCodePoints, describeUncovered, uncoveredCharacters } from './pdf/fonts.js';
import { writeHtmlBundle } from './html.js';
import { layOutInChunks, layoutWorkers, renderChunked, type ChunkedRender } from './pdf/chunks.js';
import { deferred } from './pdf/pool.js';
import { layoutFingerprint } from './pdf/fingerprint.js';
import { pagedHandlersScript } from './pdf/paged-handlers.js';
import { trimPoints } from './pdfx/trim.js';
import { startBrowserEarly } from './pdf/browser.js';
import { printPageMap, type PrintPageMap } from './pdf/page-map.js';
import { renderSingle } from './pdf/single.js';
import { partTexts } from './pdf/text.js';
import type { PDFDocument } from 'pdf-lib';
import type { EmitContext, Writer } from './types.js';
import type { CheckResult, PdfFacts } from './pdf/post-render-checks.js';
import type { LayoutFacts, OutlineItem } from './pdf/layout.js';

export interface PdfOutcome {
  file: string;
  checks: CheckResult[];
  facts: PdfFacts;
  layout: LayoutFacts;
  /** The print text the PDF must show. */
  text: string;
  milliseconds: { layout: number; total: number };
  /** How the book was laid out: one Paged.js flow, or chapter by chapter (config pdf.layout, the book's length). */
  layoutMode: 'single' | 'chapters';
  /** Chapter by chapter: each chunk's pages, and whether it came from the cache. */
  chunks?: ChunkedRender['chunks'];
  /** Where each page begins in the source, for the EPUB's page-break markers. */
  pageMap?: PrintPageMap;
}

export { layoutWorkers } from './pdf/chunks.js';

export const pdfWriter: Writer = async (context) => {
  const outcome = await writePdf({ ...context, baseDir: context.book.baseDir });
  return { files: [outcome.file], ok: outcome.checks.every((check) => check.ok) };
};

/** ", chapter by chapter: 8 parts in 2 browsers, 7 from the cache" */
function describeChunks({ chunks, workers }: { chunks?: ChunkedRender['chunks']; workers?: number }): string {
  if (!chunks) return '';
  const cached = chunks.filter((chunk) => chunk.cached).length;
  const browsers = workers ? ` in ${workers} browser${workers === 1 ? '' : 's'}` : '';
  return `, chapter by chapter: ${chunks.length} parts${browsers}${cached ? `, ${cached} from the cache` : ''}`;
}

/** Renders, checks and writes DIR/book.pdf; the checks' report goes to the logger. */
export async function writePdf({
  rendered,
  outDir,
  logger,
  stores,
  printParts,
  waiting,
  onPageMap,
  baseDir,
}: Pick<EmitContext, 'rendered' | 'outDir' | 'logger' | 'stores' | 'printParts' | 'waiting' | 'onPageMap'> & {
  baseDir?: string;
}): Promise<PdfOutcome> {
  const config = rendered.config.pdf;
  const print = config.print;
  const bleed = print && config.bleed;
  const cropMarks = print && config.cropMarks;
  // The printer's file is PDF/X: Ghostscript and the profile are checked before anything is laid out.
  const pdfxModule = print ? await import('./pdfx/index.js') : undefined;
  const pdfx = await pdfxModule?.pdfxSetup(config.pdfx, { profilePath: config.iccProfile, baseDir });

  const { faces, missing } = bookFontFaces(config.fonts);
  for (const family of missing)
    logger.warn(`font \`${family}\` (pdf.fonts) has no @fontsource package installed; it will not be used`);

  const workDir = await mkdtemp(path.join(os.tmpdir(), 'folio-pdf-'));
  // Chromium starts while the print HTML is prepared; layout takes it (launchBrowser).
  const closeEarlyBrowser = startBrowserEarly({ protocolTimeout: config.timeout });
  try {
    logger.progress('preparing print HTML');
    const bundle = await writeHtmlBundle(rendered, workDir, { bleed, cropMarks, prepared: printParts });
    for (const number of bundle.document.stats.orphanNotes)
      logger.warn(`note ${number} has no call; it is printed at the end of its part`);
    const handlersPath = path.join(workDir, 'folio-paged-handlers.js');
    await writeFileAtomic(handlersPath, pagedHandlersScript);
    // Once Chromium is busy laying out, this thread finds the characters no book font covers (reported after layout).
    const layoutStarted = deferred<void>();
    const glyphs = layoutStarted.promise.then(() => {
      const covered = coveredCodePoints(faces);
      return { covered, uncovered: uncoveredCharacters(partTexts(rendered), covered) };
    });
    // So does what reads and finishes the PDF (pdf-lib and the checks).
    const finishing = layoutStarted.promise.then(() =>
      Promise.all([import('./pdf/postprocess.js'), import('./pdf/post-render-checks.js')]),
    );
    for (const later of [glyphs, finishing]) later.catch(() => undefined); // awaited after layout
    const blocked: string[] = [];
    const renderOptions = {
      timeout: config.timeout,
      outlineTags: print ? [] : ['h1', 'h2'],
      tagged: !print,
      scripts: [handlersPath],
      onBlocked: (url: string) => blocked.push(url),
      onLayoutStart: () => {
        waiting?.();
        layoutStarted.resolve();
      },
    };
    const chunked = layOutInChunks(config.layout, bundle.document);
    const result: {
      pdf: Uint8Array | PDFDocument;
      layout: LayoutFacts;
      milliseconds: { layout: number; total: number };
      arabicFrom?: number;
      pageTexts?: string[];
      outline?: OutlineItem[];
      chunks?: ChunkedRender['chunks'];
      workers?: number;
    } = chunked
      ? await renderChunked(bundle.document, workDir, {
          ...renderOptions,
          cache: stores?.chapters
            ? {
                store: stores.chapters,
                fingerprint: await layoutFingerprint(workDir, {
                  outlineTags: renderOptions.outlineTags,
                  tagged: renderOptions.tagged,
                  handlers: pagedHandlersScript,
                }),
              }
            : undefined,
          workers: layoutWorkers(config.workers),
          onProgress: ({ done, chunks, pages }) =>
            logger.progress(`laying out chapter by chapter: ${done}/${chunks} parts, page ${pages}`),
        })
      : await renderSingle(bundle.document, workDir, {
          ...renderOptions,
          onPage: (count) => logger.progress(`laying out page ${count}`),
        });
    for (const { chunk, firstPage, pages, milliseconds, cached, laidOut } of result.chunks ?? []) {
      const how = cached
        ? 'from the cache'
        : `${(milliseconds / 1000).toFixed(2)} s${laidOut > 1 ? ', laid out twice' : ''}`;
      logger.debug(`${chunk.partIds.join(', ')}: pages ${firstPage}–${firstPage + pages - 1}, ${how}`);
    }
    layoutStarted.resolve(); // a book laid out entirely from the cache started no layout
    const { covered, uncovered } = await glyphs;
    const [{ postprocess }, { checkPdf, formatReport }] = await finishing;
    if (uncovered.length) logger.warn(describeUncovered(uncovered, config.fonts));
    for (const url of new Set(blocked)) logger.warn(`blocked a non-local resource: ${url}`);
    logger.progress('merging and finishing the PDF');
    const firstBody = bundle.document.firstBodyPart;
    const arabicFrom = result.arabicFrom ?? (firstBody ? result.layout.partStarts[firstBody] : undefined);
    const pdf = await postprocess(result.pdf, {
      metadata: rendered.metadata,
      print,
      bleedPoints: bleed || cropMarks ? 9 : 0,
      arabicFrom,
      pdfx,
      outline: result.outline,
      onPdfx: (report) => {
        logger.debug(
          `PDF/${pdfx?.version}: ${report.bytesBefore} bytes before Ghostscript, ${report.bytesAfter} after`,
        );
        const loss = pdfx && pdfxModule?.describeTextLoss(report, pdfx);
        if (loss) logger.warn(loss);
      },
    });
    const draft = path.join(workDir, 'book.pdf');
    await writeFileAtomic(draft, pdf);
    logger.progress('checking the PDF');
    const { checks, facts } = await checkPdf(draft, {
      layout: result.layout,
      document: bundle.document,
      covered,
      families: config.fonts,
      sourceText: bundle.document.text,
      pageTexts: result.pageTexts,
      preflight: pdfx ? { expectedVersion: pdfx.version, expectedTrim: trimPoints(config.trim) } : undefined,
    });
    logger.progress('writing book.pdf');
    const target = path.join(outDir, 'book.pdf');
    await writeFileAtomic(target, pdf);
    const pageMap = printPageMap(result.layout, arabicFrom);
    onPageMap?.(pageMap);
    logger.done();
    logger.info(
      `PDF: ${result.layout.pages} pages,` +
        ` ${(result.milliseconds.total / 1000).toFixed(1)} s (layout` +
        ` ${(result.milliseconds.layout / 1000).toFixed(1)}` +
        ` s${describeChunks(result)})` +
        `${pdfx ? `, printer's file (PDF/${pdfx.version})` : ''}`,
    );
    for (const line of formatReport(checks)) (line.ok ? logger.info : logger.error)(line.text);
    return {
      file: target,
      checks,
      facts,
      layout: result.layout,
      text: bundle.document.text,
      milliseconds: result.milliseconds,
      layoutMode: chunked ? 'chapters' : 'single',
      chunks: result.chunks,
      pageMap,
    };
  } finally {
    await closeEarlyBrowser();
    await rm(workDir, { recursive: true, force: true });
  }
}
