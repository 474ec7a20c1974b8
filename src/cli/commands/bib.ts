import path from 'node:path';
import { divisions } from '../../book.js';
import { startBibliographyFormatter } from '../../cite/bibliography-thread.js';
import { citeBook } from '../../cite/index.js';
import { flagOptions, overridesFromFlags } from '../../config/flags.js';
import { resolveConfig } from '../../config/resolve.js';
import { createBuildContext } from '../../context.js';
import { read } from '../../pipeline.js';
import type { Command } from '../command.js';

export const bibCommand: Command = {
  name: 'bib',
  summary: 'Resolve the notes’ citations into a CSL bibliography (JSON, BibTeX, HTML) and lint them.',
  usage: 'folio bib [INPUT] [--out DIR] [--style NAME|FILE.csl] [--locale xx-XX]',
  options: {
    out: { type: 'string', short: 'o' },
    ...flagOptions('style', 'locale'),
  },
  async run({ input, values, cwd, logger, cacheDir }) {
    const flags = overridesFromFlags(values, cwd);
    const book = await read(input, cwd, createBuildContext(cacheDir));
    // Citeproc loads on another thread while the citations are resolved (an unref'd worker: an error never waits on it).
    const formatter = startBibliographyFormatter();
    book.config = resolveConfig(book.config, flags);
    formatter.warm(book.config.bibliography);
    logger.debug('resolving citations (the manuscript read)');
    const result = citeBook(book);
    book.citations = result;
    const settings = book.config.bibliography;
    const outDir = path.resolve(cwd, typeof values.out === 'string' ? values.out : 'output');
    logger.debug('formatting and writing the bibliography');
    const { writeBibliography } = await import('../../emit/bib.js');
    const written = await writeBibliography(result, {
      outDir,
      style: settings.style,
      locale: settings.locale,
      title: settings.title,
      formatter,
    });
    formatter.close();

    const files = [...new Set(divisions(book).map((division) => division.file))];
    for (const file of files) {
      for (const message of file.messages) {
        if (message.source !== 'folio-cite') continue;
        const where = `${path.relative(cwd, file.path) || file.path}:${message.line ?? 1}:${message.column ?? 1}`;
        logger.warn(`${where}: ${message.reason} [${message.ruleId}]`);
      }
    }
    const unresolved = result.notes.reduce((count, note) => count + (note.unresolved?.length ?? 0), 0);
    logger.info(
      `${result.items.length} works from ${result.notes.length} notes` +
        (unresolved ? `, ${unresolved} citations unresolved` : '') +
        `; wrote ${written.map((file) => path.relative(cwd, file)).join(', ')}`,
    );
    return 0;
  },
};
