import { flagOptions } from '../../config/flags.js';
import type { Command } from '../command.js';
import { runBuild } from '../run-build.js';

export const pdfCommand: Command = {
  name: 'pdf',
  summary:
    'Check the manuscript, then typeset DIR/book.pdf with Paged.js and check it (notes on their page, text, fonts).',
  usage:
    'folio pdf [INPUT] [--out DIR] [--print] [--bleed] [--crop-marks] [--layout' +
    ' auto|chapters|single] [--workers N|auto] [--keep-going] [--restyle]',
  options: {
    out: { type: 'string', short: 'o', default: 'output' },
    ...flagOptions('print', 'bleed', 'crop-marks', 'layout', 'workers', 'keep-going', 'restyle'),
  },
  run(context) {
    return runBuild(context, ['pdf']);
  },
};
