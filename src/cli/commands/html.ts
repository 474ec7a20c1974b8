import path from 'node:path';
import { formatCheck } from '../../check/format.js';
import { build } from '../../pipeline.js';
import type { Command } from '../command.js';

export const htmlCommand: Command = {
  name: 'html',
  summary: 'Write DIR/book.html, the print HTML Paged.js lays out, with its styles, fonts and images (for preview and debugging).',
  usage: 'folio html [INPUT] [--out DIR]',
  options: { out: { type: 'string', short: 'o', default: 'output' } },
  async run({ input, values, cwd, logger }) {
    const outDir = path.resolve(cwd, String(values.out));
    const result = await build({ input, cwd, logger, outDir, formats: ['html'] });
    const { book, summary } = result;
    if (summary.errors > 0) {
      process.stderr.write(formatCheck('text', book.files, summary, cwd));
      logger.error('html not written: fix the errors above (see `folio check`)');
      return 1;
    }
    for (const file of result.results.html?.files ?? []) logger.info(`wrote ${path.relative(cwd, file)}`);
    return 0;
  },
};
