import path from 'node:path';
import { formatCheck } from '../../check/format.js';
import { build } from '../../pipeline.js';
import type { Command } from '../command.js';

export const epubCommand: Command = {
  name: 'epub',
  summary: 'Check the manuscript, then write DIR/book.epub (EPUB 3); --ace also checks its accessibility.',
  usage: 'folio epub [INPUT] [--out DIR] [--ace]',
  options: {
    out: { type: 'string', short: 'o', default: 'output' },
    ace: { type: 'boolean' },
  },
  async run({ input, values, cwd, logger }) {
    const outDir = path.resolve(cwd, String(values.out));
    const result = await build({ input, cwd, logger, outDir, formats: ['epub'], flags: { ace: Boolean(values.ace) } });
    const { book, summary } = result;
    if (summary.errors > 0) {
      process.stderr.write(formatCheck('text', book.files, summary, cwd));
      logger.error('epub not written: fix the errors above (see `folio check`)');
      return 1;
    }
    for (const message of book.files.flatMap((file) => file.messages)) {
      logger.warn(`${path.relative(cwd, message.file ?? '')}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason} [${message.ruleId}]`);
    }
    const emitted = result.results.epub;
    for (const file of emitted?.files ?? []) logger.info(`wrote ${path.relative(cwd, file)}`);
    return emitted?.ok === false ? 1 : 0;
  },
};
