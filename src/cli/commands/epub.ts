import { flagOptions } from '../../config/flags.js';
import type { Command } from '../command.js';
import { runBuild } from '../run-build.js';

export const epubCommand: Command = {
  name: 'epub',
  summary: 'Check the manuscript, then write DIR/book.epub (EPUB 3); --ace also checks its accessibility.',
  usage: 'folio epub [INPUT] [--out DIR] [--ace] [--keep-going] [--restyle]',
  options: {
    out: { type: 'string', short: 'o', default: 'output' },
    ...flagOptions('ace', 'keep-going', 'restyle'),
  },
  run(context) {
    return runBuild(context, ['epub']);
  },
};
