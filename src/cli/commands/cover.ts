/**
 * `folio cover`: DIR/cover.pdf, the full-wrap cover. The interior's page count comes from
 * `--pages`, else DIR/book.pdf when it is there, else from building the printer's PDF first.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FolioError } from '../../errors.js';
import { createBuildContext } from '../../context.js';
import { read } from '../../pipeline.js';
import type { Command } from '../command.js';
import { runBuild } from '../run-build.js';

export const coverCommand: Command = {
  name: 'cover',
  summary:
    'Write DIR/cover.pdf, the full-wrap print cover (back, spine, front, bleed) as' +
    " PDF/X, sized from the interior's page count.",
  usage: 'folio cover [INPUT] [--out DIR] [--pages N]',
  options: {
    out: { type: 'string', short: 'o', default: 'output' },
    pages: { type: 'string' },
  },
  async run(context) {
    const { input, values, cwd, logger, cacheDir } = context;
    const outDir = path.resolve(cwd, String(values.out ?? 'output'));
    let pages: number | undefined;
    if (values.pages !== undefined) {
      pages = Number(values.pages);
      if (!Number.isInteger(pages) || pages < 1)
        throw new FolioError(`Unexpected --pages \`${String(values.pages)}\`, expected a whole number of pages`);
    }
    const interior = path.join(outDir, 'book.pdf');
    if (pages === undefined && !existsSync(interior)) {
      logger.info(`no ${path.relative(cwd, interior)} yet: building the printer's PDF for its page count`);
      const code = await runBuild(context, ['pdf'], { pdf: { print: true } });
      if (code !== 0 || !existsSync(interior)) return code || 1;
    }
    const { pdfPageCount } = await import('../../emit/pdf/poppler.js');
    if (pages === undefined) {
      pages = await pdfPageCount(interior);
      logger.info(`interior: ${pages} pages (${path.relative(cwd, interior)})`);
    }
    const book = await read(input, cwd, createBuildContext(cacheDir));
    const { writeCover } = await import('../../emit/cover/index.js');
    logger.progress('printing the cover');
    const outcome = await writeCover({
      metadata: book.metadata,
      config: book.config,
      baseDir: book.baseDir,
      pages,
      outDir,
      warn: (message) => logger.warn(message),
    });
    logger.done();
    const { size } = outcome;
    logger.info(
      `cover: ${size.width.toFixed(3)} × ${size.height.toFixed(3)} in with bleed, spine` +
        ` ${size.spine.toFixed(3)} in (${size.pages} pages, ${book.config.pdf.trim},` +
        ` ${book.config.cover?.paper ?? 'white'}` +
        ` paper)${size.spineText ? '' : ', spine too narrow for text'}`,
    );
    for (const finding of outcome.preflight.findings) {
      if (finding.severity === 'error') logger.error(`  ${finding.message} [${finding.rule}]`);
      else if (finding.severity === 'warning') logger.warn(`  ${finding.message} [${finding.rule}]`);
    }
    logger.info(`wrote ${path.relative(cwd, outcome.file)}`);
    return outcome.preflight.errors > 0 ? 1 : 0;
  },
};
