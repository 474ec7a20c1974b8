import path from 'node:path';
import { formats as knownFormats, writers, type Format } from '../../emit/index.js';
import { FolioError } from '../../errors.js';
import { build } from '../../pipeline.js';
import { formatCheck } from '../../check/format.js';
import type { Command, CommandContext } from '../command.js';

const allTargets = [...knownFormats, 'bib'] as const;
type Target = (typeof allTargets)[number];

export const buildCommand: Command = {
  name: 'build',
  summary: 'Check the manuscript, then build the PDF, the EPUB, the print HTML and the bibliography files.',
  usage: 'folio build [INPUT] [--out DIR] [--only pdf,epub,html,bib] [--print] [--watch]',
  options: {
    out: { type: 'string', short: 'o', default: 'output' },
    only: { type: 'string' },
    print: { type: 'boolean' },
    watch: { type: 'boolean', short: 'w' },
  },
  async run(context) {
    const code = await buildOnce(context);
    if (!context.values.watch) return code;
    const { watchManuscript } = await import('../../watch.js');
    context.logger.info('watching for changes (Ctrl-C to stop)');
    let running: Promise<unknown> = Promise.resolve();
    const watcher = watchManuscript(path.resolve(context.cwd, context.input), () => {
      running = running.then(() => buildOnce(context).catch((error: unknown) => context.logger.error(String(error))));
    });
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    watcher.close();
    await running;
    return code;
  },
};

async function buildOnce({ input, values, cwd, logger, cacheDir }: CommandContext): Promise<number> {
  {
    const targets = parseTargets(values.only);
    const outDir = path.resolve(cwd, String(values.out));
    const formats = targets.filter((target): target is Format => target !== 'bib');
    const result = await build({ input, cwd, logger, outDir, formats, cacheDir, flags: { print: Boolean(values.print) } });
    const { book, summary } = result;
    if (summary.errors > 0) {
      process.stderr.write(formatCheck('text', book.files, summary, cwd));
      logger.error('build stopped: fix the errors above (see `folio check`)');
      return 1;
    }
    for (const message of book.files.flatMap((file) => file.messages)) {
      logger.warn(`${path.relative(cwd, message.file ?? '')}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason} [${message.ruleId}]`);
    }
    const written = Object.values(result.results).flatMap((emitted) => emitted?.files ?? []);
    if (targets.includes('bib') && book.citations) {
      const { style, locale, title } = book.config.bibliography;
      const { writeBibliography } = await import('../../emit/bib.js');
      written.push(...(await writeBibliography(book.citations, { outDir, style, locale, title })));
    }
    for (const file of written) logger.info(`wrote ${path.relative(cwd, file)}`);
    return Object.values(result.results).every((emitted) => emitted?.ok !== false) ? 0 : 1;
  }
}

function parseTargets(only: unknown): Target[] {
  const available = [...knownFormats.filter((format) => writers[format]), 'bib' as const];
  if (typeof only !== 'string') return available;
  const requested = only.split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of requested) {
    if (!available.includes(name as Target)) {
      throw new FolioError(`Unexpected --only \`${name}\`, expected some of ${available.join(', ')}`);
    }
  }
  return requested as Target[];
}
