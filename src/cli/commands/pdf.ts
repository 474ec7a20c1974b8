import path from 'node:path';
import { formatCheck } from '../../check/format.js';
import { build } from '../../pipeline.js';
import type { Command } from '../command.js';

export const pdfCommand: Command = {
  name: 'pdf',
  summary: 'Check the manuscript, then typeset DIR/book.pdf with Paged.js and check it (notes on their page, text, fonts).',
  usage: 'folio pdf [INPUT] [--out DIR] [--print] [--bleed] [--crop-marks]',
  options: {
    out: { type: 'string', short: 'o', default: 'output' },
    print: { type: 'boolean' },
    bleed: { type: 'boolean' },
    'crop-marks': { type: 'boolean' },
  },
  async run({ input, values, cwd, logger }) {
    const outDir = path.resolve(cwd, String(values.out));
    const flags = { print: Boolean(values.print), bleed: Boolean(values.bleed), 'crop-marks': Boolean(values['crop-marks']) };
    const result = await build({ input, cwd, logger, outDir, formats: ['pdf'], flags });
    const { book, summary } = result;
    if (summary.errors > 0) {
      process.stderr.write(formatCheck('text', book.files, summary, cwd));
      logger.error('pdf not written: fix the errors above (see `folio check`)');
      return 1;
    }
    for (const message of book.files.flatMap((file) => file.messages)) {
      logger.warn(`${path.relative(cwd, message.file ?? '')}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason} [${message.ruleId}]`);
    }
    const emitted = result.results.pdf;
    for (const file of emitted?.files ?? []) logger.info(`wrote ${path.relative(cwd, file)}`);
    return emitted?.ok === false ? 1 : 0;
  },
};
