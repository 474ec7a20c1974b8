import path from 'node:path';
import { writeFileAtomic } from '../../atomic.js';
import { createBuildContext } from '../../context.js';
import { FolioError } from '../../errors.js';
import { read } from '../../pipeline.js';
import { outOption, type Command } from '../command.js';

export const normaliseCommand: Command = {
  name: 'normalise',
  summary: 'Write the manuscript as canonical clean Markdown (GFM footnotes, YAML front matter).',
  usage: 'folio normalise [INPUT] [-o FILE] [--citations pandoc]',
  options: { ...outOption, citations: { type: 'string' } },
  async run({ input, values, cwd, logger, cacheDir }) {
    const book = await read(input, cwd, createBuildContext(cacheDir));
    // The Markdown writer is loaded by this command only, not by every command's start.
    const [{ toMarkdown }, { pandocCitations }] = await Promise.all([
      import('../../emit/markdown.js'),
      import('../../emit/pandoc-citations.js'),
    ]);
    const target = typeof values.out === 'string' ? path.resolve(cwd, values.out) : undefined;
    const baseDir = target ? path.dirname(target) : cwd;
    if (values.citations !== undefined) {
      if (values.citations !== 'pandoc')
        throw new FolioError(`Unexpected --citations \`${values.citations}\`, expected \`pandoc\``);
      if (!target)
        throw new FolioError('Unexpected --citations without -o FILE.md, expected a file to write the CSL-JSON beside');
      // The works go beside the Markdown, named in its front matter for citeproc.
      const cited = pandocCitations(book);
      const json = `${target.replace(/\.(?:md|markdown)$/i, '')}.json`;
      await writeFileAtomic(json, `${JSON.stringify(cited.items, null, 2)}\n`);
      await writeFileAtomic(
        target,
        toMarkdown(book, { baseDir, trees: cited.trees, frontMatter: { bibliography: path.basename(json) } }),
      );
      logger.info(
        `wrote ${path.relative(cwd, target)} (${cited.rewritten} notes with Pandoc` +
          ` citations, ${cited.kept} kept as written) and ${path.relative(cwd, json)}` +
          ` (${cited.items.length} works)`,
      );
      return 0;
    }
    const markdown = toMarkdown(book, { baseDir });
    if (target) {
      await writeFileAtomic(target, markdown);
      logger.info(`wrote ${path.relative(cwd, target)}`);
    } else {
      process.stdout.write(markdown);
    }
    return 0;
  },
};
