import { checkFormats, formatCheck, type CheckFormat } from '../../check/format.js';
import { FolioError } from '../../errors.js';
import { createBuildContext } from '../../context.js';
import { check, read } from '../../pipeline.js';
import type { Command } from '../command.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check footnote integrity (and citations); exit 1 on errors.',
  usage: 'folio check [INPUT] [--format text|json|github]',
  options: { format: { type: 'string', short: 'f', default: 'text' } },
  async run({ input, values, cwd, cacheDir, logger }) {
    const format = String(values.format);
    if (!checkFormats.includes(format as CheckFormat)) {
      throw new FolioError(`Unexpected --format \`${format}\`, expected one of ${checkFormats.join(', ')}`);
    }
    const build = createBuildContext(cacheDir);
    const book = await read(input, cwd, build);
    // Said after reading: a manuscript that cannot be read is reported on the first line.
    logger.debug('checking (the manuscript read)');
    const summary = await check(book, build);
    process.stdout.write(formatCheck(format as CheckFormat, book.files, summary, cwd));
    return summary.errors > 0 ? 1 : 0;
  },
};
