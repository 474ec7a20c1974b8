import { flagOptions } from '../../config/flags.js';
import type { Command } from '../command.js';
import { runBuild } from '../run-build.js';

export const htmlCommand: Command = {
  name: 'html',
  summary:
    'Write DIR/book.html, the print HTML Paged.js lays out, with its styles, fonts' +
    ' and images (for preview and debugging).',
  usage: 'folio html [INPUT] [--out DIR] [--keep-going] [--restyle]',
  options: { out: { type: 'string', short: 'o', default: 'output' }, ...flagOptions('keep-going', 'restyle') },
  run(context) {
    return runBuild(context, ['html']);
  },
};
