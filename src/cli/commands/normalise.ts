import path from 'node:path';
import { writeFileAtomic } from '../../atomic.js';
import { toMarkdown } from '../../emit/markdown.js';
import { createBuildContext } from '../../context.js';
import { read } from '../../pipeline.js';
import { outOption, type Command } from '../command.js';

export const normaliseCommand: Command = {
  name: 'normalise',
  summary: 'Write the manuscript as canonical clean Markdown (GFM footnotes, YAML front matter).',
  usage: 'folio normalise [INPUT] [-o FILE]',
  options: outOption,
  async run({ input, values, cwd, logger, cacheDir }) {
    const book = await read(input, cwd, createBuildContext(cacheDir));
    const target = typeof values.out === 'string' ? path.resolve(cwd, values.out) : undefined;
    const markdown = toMarkdown(book, { baseDir: target ? path.dirname(target) : cwd });
    if (target) {
      await writeFileAtomic(target, markdown);
      logger.info(`wrote ${path.relative(cwd, target)}`);
    } else {
      process.stdout.write(markdown);
    }
    return 0;
  },
};
