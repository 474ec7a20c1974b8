import type { Command } from '../command.js';
import { runBuild } from '../run-build.js';

export const pdfCommand: Command = {
  name: 'pdf',
  summary: 'Check the manuscript, then typeset DIR/book.pdf with Paged.js and check it (notes on their page, text, fonts).',
  usage: 'folio pdf [INPUT] [--out DIR] [--print] [--bleed] [--crop-marks] [--keep-going]',
  options: {
    out: { type: 'string', short: 'o', default: 'output' },
    print: { type: 'boolean' },
    bleed: { type: 'boolean' },
    'crop-marks': { type: 'boolean' },
    'keep-going': { type: 'boolean', short: 'k' },
  },
  run(context) {
    const { values } = context;
    return runBuild(context, ['pdf'], {
      print: Boolean(values.print),
      bleed: Boolean(values.bleed),
      'crop-marks': Boolean(values['crop-marks']),
      'keep-going': Boolean(values['keep-going']),
    });
  },
};
