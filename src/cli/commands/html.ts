import type { Command } from '../command.js';
import { runBuild } from '../run-build.js';

export const htmlCommand: Command = {
  name: 'html',
  summary: 'Write DIR/book.html, the print HTML Paged.js lays out, with its styles, fonts and images (for preview and debugging).',
  usage: 'folio html [INPUT] [--out DIR] [--keep-going]',
  options: { out: { type: 'string', short: 'o', default: 'output' }, 'keep-going': { type: 'boolean', short: 'k' } },
  run(context) {
    return runBuild(context, ['html'], { 'keep-going': Boolean(context.values['keep-going']) });
  },
};
