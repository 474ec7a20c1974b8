/**
 * `folio preflight FILE.pdf`: a printer's checks on any PDF; exit 1 when one fails, 2 when the file is not a readable
 * PDF.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { FolioError } from '../../errors.js';
import type { Command } from '../command.js';

export const preflightCommand: Command = {
  name: 'preflight',
  summary:
    'Check a PDF as a printer would: PDF/X keys and output intent, boxes and trim,' +
    ' colour spaces, fonts, image resolution, page count.',
  usage: 'folio preflight [FILE.pdf] [--pdfx X-4|X-1a] [--trim 6x9in|5.5x8.5in|A5|letter]',
  options: {
    pdfx: { type: 'string' },
    trim: { type: 'string' },
  },
  async run({ input, values, cwd, logger }) {
    // Without an argument, the book just built.
    const file = path.resolve(cwd, input === 'manuscript' ? path.join('output', 'book.pdf') : input);
    const where = path.relative(cwd, file) || file;
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(file);
    } catch {
      throw new FolioError(
        `Unexpected missing file \`${where}\`, expected a PDF (build one with \`folio pdf --print\`)`,
      );
    }
    if (stats.isDirectory()) throw new FolioError(`Unexpected folder \`${where}\`, expected a PDF file`);
    const [{ preflight }, { parsePdfxVersion }, { trimPoints }, { trimSizes }] = await Promise.all([
      import('../../emit/preflight/index.js'),
      import('../../emit/pdfx/setup.js'),
      import('../../emit/pdfx/trim.js'),
      import('../../config/schema.js'),
    ]);
    const trim = typeof values.trim === 'string' ? values.trim : undefined;
    if (trim && !trimSizes.includes(trim as (typeof trimSizes)[number]))
      throw new FolioError(`Unexpected --trim \`${trim}\`, expected one of ${trimSizes.join(', ')}`);
    const report = await preflight(file, {
      expectedVersion: typeof values.pdfx === 'string' ? parsePdfxVersion(values.pdfx) : undefined,
      expectedTrim: trim ? trimPoints(trim as (typeof trimSizes)[number]) : undefined,
    });
    for (const finding of report.findings) {
      // The logger opens a warning with `warning: ` itself, as it does the check's warnings.
      const line = `${where}: ${finding.severity === 'error' ? 'error: ' : ''}${finding.message} [${finding.rule}]`;
      if (finding.severity === 'error') logger.error(line);
      else if (finding.severity === 'warning') logger.warn(line);
      else logger.info(line);
    }
    logger.info(
      `${where}: ${report.errors} error${report.errors === 1 ? '' : 's'},` +
        ` ${report.warnings} warning${report.warnings === 1 ? '' : 's'}`,
    );
    return report.errors > 0 ? 1 : 0;
  },
};
