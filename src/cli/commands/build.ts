import path from 'node:path';
import { formats, writers } from '../../emit/index.js';
import { flagOptions } from '../../config/flags.js';
import { FolioError } from '../../errors.js';
import type { Command } from '../command.js';
import { runBuild, type Target } from '../run-build.js';

export const buildCommand: Command = {
  name: 'build',
  summary: 'Check the manuscript, then build the PDF, the EPUB, the print HTML and the bibliography files.',
  usage:
    'folio build [INPUT] [--out DIR] [--only pdf,epub,html,bib] [--print] [--workers N|auto] [--watch]' +
    ' [--keep-going] [--restyle]',
  options: {
    out: { type: 'string', short: 'o', default: 'output' },
    only: { type: 'string' },
    ...flagOptions('print', 'workers', 'keep-going', 'restyle'),
    watch: { type: 'boolean', short: 'w' },
  },
  async run(context) {
    const targets = parseTargets(context.values.only);
    const watching = Boolean(context.values.watch);
    // While watching, the browsers for the next build start as soon as one ends.
    const once = () => runBuild(context, targets, {}, { warmBrowsers: watching });
    const code = await once();
    if (!watching) return code;
    const { watchManuscript } = await import('../../watch.js');
    context.logger.info('watching for changes (Ctrl-C to stop)');
    let running: Promise<unknown> = Promise.resolve();
    const watcher = watchManuscript(path.resolve(context.cwd, context.input), () => {
      running = running.then(() => once().catch((error: unknown) => context.logger.error(String(error))));
    });
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    watcher.close();
    await running;
    const { closeSpareBrowsers } = await import('../../emit/pdf/browser.js');
    await closeSpareBrowsers();
    return code;
  },
};

function parseTargets(only: unknown): Target[] {
  const available: Target[] = [...formats.filter((format) => writers[format]), 'bib'];
  if (typeof only !== 'string') return available;
  const requested = only
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of requested) {
    if (!available.includes(name as Target)) {
      throw new FolioError(`Unexpected --only \`${name}\`, expected some of ${available.join(', ')}`);
    }
  }
  return requested as Target[];
}
