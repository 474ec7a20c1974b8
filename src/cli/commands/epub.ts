import type { Command } from '../command.js';
import { runBuild } from '../run-build.js';

export const epubCommand: Command = {
  name: 'epub',
  summary: 'Check the manuscript, then write DIR/book.epub (EPUB 3); --ace also checks its accessibility.',
  usage: 'folio epub [INPUT] [--out DIR] [--ace] [--keep-going]',
  options: {
    out: { type: 'string', short: 'o', default: 'output' },
    ace: { type: 'boolean' },
    'keep-going': { type: 'boolean', short: 'k' },
  },
  run(context) {
    return runBuild(context, ['epub'], { ace: Boolean(context.values.ace), 'keep-going': Boolean(context.values['keep-going']) });
  },
};
