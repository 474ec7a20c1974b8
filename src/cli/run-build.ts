/** What `folio build`, `pdf`, `epub` and `html` share: run the pipeline, report, pick the exit code. */
import path from 'node:path';
import { formatCheck } from '../check/format.js';
import { overridesFromFlags, type ConfigOverrides } from '../config/flags.js';
import { removeStaleTemporaries } from '../atomic.js';
import type { Format } from '../emit/index.js';
import { build, keepsGoing } from '../pipeline.js';
import type { CommandContext } from './command.js';

export type Target = Format | 'bib';

/** Warnings printed in full by a build; `folio check` lists them all. */
const warningsShown = 10;

export interface RunBuildOptions {
  /** After the build, start the browsers the next PDF build will need (`build --watch`). */
  warmBrowsers?: boolean;
}

/** `forced`: settings the command itself implies (the cover's interior is the printer's file), over the flags. */
export async function runBuild(
  context: CommandContext,
  targets: Target[],
  forced: ConfigOverrides = {},
  options: RunBuildOptions = {},
): Promise<number> {
  const { input, values, cwd, logger, cacheDir } = context;
  const flags = overridesFromFlags(values, cwd);
  const config: ConfigOverrides = { ...flags, pdf: { ...flags.pdf, ...forced.pdf } };
  const outDir = path.resolve(cwd, String(values.out ?? 'output'));
  const formats = targets.filter((target): target is Format => target !== 'bib');
  await removeStaleTemporaries(outDir);
  const result = await build({ input, cwd, logger, outDir, formats, cacheDir, config });
  const { book, summary } = result;
  if (options.warmBrowsers && formats.includes('pdf')) {
    const [{ prelaunchBrowsers }, { layoutWorkers }] = await Promise.all([
      import('../emit/pdf/browser.js'),
      import('../emit/pdf.js'),
    ]);
    const { layout, workers, timeout } = book.config.pdf;
    prelaunchBrowsers(layout === 'single' ? 1 : layoutWorkers(workers), { protocolTimeout: timeout });
  }
  const keepGoing = summary.errors > 0 && keepsGoing(book);
  if (summary.errors > 0) {
    process.stderr.write(formatCheck('text', book.files, summary, cwd));
    if (!keepGoing) {
      logger.error(`nothing written: fix the errors above (see \`folio check\`), or build a draft with --keep-going`);
      return 1;
    }
    logger.error(
      `built despite ${summary.errors} error${summary.errors === 1 ? '' : 's'} (--keep-going): a draft, exit 1`,
    );
  }
  // With --keep-going every message was printed above (the draft's own, such as an image left out, included).
  const warnings = (keepGoing ? [] : book.files).flatMap((file) =>
    file.messages.map(
      (message) =>
        `${path.relative(cwd, file.path)}:${message.line ?? 1}:${message.column ?? 1}:` +
        ` ${message.reason} [${message.ruleId}]`,
    ),
  );
  for (const warning of warnings.slice(0, warningsShown)) logger.warn(warning);
  if (warnings.length > warningsShown) {
    logger.warn(`… and ${warnings.length - warningsShown} more (\`folio check\` lists them all)`);
  }
  const written = Object.values(result.results).flatMap((emitted) => emitted?.files ?? []);
  if (targets.includes('bib') && book.citations) {
    const { style, locale, title } = book.config.bibliography;
    const { writeBibliography } = await import('../emit/bib.js');
    written.push(...(await writeBibliography(book.citations, { outDir, style, locale, title })));
  }
  for (const file of written) logger.info(`wrote ${path.relative(cwd, file)}`);
  return !keepGoing && Object.values(result.results).every((emitted) => emitted?.ok !== false) ? 0 : 1;
}
