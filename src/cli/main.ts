/** argv → command → exit code. Errors in the user's input are one line and exit 2; `--debug` adds the stack. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FolioError } from '../errors.js';
import { createLogger } from '../log.js';
import { defaultCacheDir } from '../pipeline.js';
import type { Command } from './command.js';
import { commands } from './commands/index.js';

const globalOptions = {
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'no-cache': { type: 'boolean' },
} as const;

export const defaultInput = 'manuscript';

export async function main(argv: string[], cwd = process.cwd()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const command = commands.find(
    (candidate) => candidate.name === name || (name === 'normalize' && candidate.name === 'normalise'),
  );
  if (!command) {
    process.stderr.write(
      `folio: unknown command \`${name}\`, expected one of ${commands.map((c) => c.name).join(', ')}\n`,
    );
    return 2;
  }
  const debug = rest.includes('--debug');
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...globalOptions, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      process.stdout.write(commandHelp(command));
      return 0;
    }
    if (positionals.length > 1)
      throw new FolioError(`Unexpected extra argument \`${positionals[1]}\`, expected one INPUT`);
    // For `npm run bench`'s stages (bench/stages.ts): how long Node and the imports took before the logger.
    const startUp = performance.now() / 1000;
    const logger = createLogger({ quiet: Boolean(values.quiet), timings: debug });
    const code = await command.run({
      input: positionals[0] ?? defaultInput,
      values: values as Record<string, string | boolean | string[] | undefined>,
      logger,
      cwd,
      debug,
      cacheDir: values['no-cache'] ? undefined : defaultCacheDir(cwd),
    });
    logger.debug(`finished (start-up ${startUp.toFixed(2)} s before the first line)`);
    return code;
  } catch (error) {
    if (error instanceof FolioError) {
      process.stderr.write(`folio ${command.name}: ${error.format()}\n`);
      if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
      return 2;
    }
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      // The input limits (src/limits/) stop known shapes first; this catches any other too deep to walk.
      process.stderr.write(
        `folio ${command.name}: Unexpected input nested too deeply to process, expected shallower structure\n`,
      );
      return 2;
    }
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`folio ${command.name}: ${(error as Error).message}\nusage: ${command.usage}\n`);
      return 2;
    }
    process.stderr.write(`folio ${command.name}: internal error: ${(error as Error).message ?? String(error)}\n`);
    if (debug) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    else process.stderr.write('(run again with --debug for details)\n');
    return 70;
  }
}

function usage(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Folio ${version()}: manuscript to print-ready PDF, EPUB 3 and bibliography.

usage: folio <command> [INPUT] [options]

INPUT is a manuscript folder (folio.yaml and chapter files; default \`${defaultInput}\`) or a Markdown file.

commands:
${lines.join('\n')}

global options: --help, --quiet, --debug, --no-cache (parsed manuscripts are cached in output/.cache)
`;
}

function commandHelp(command: Command): string {
  const options = Object.entries(command.options).map(
    ([option, spec]) =>
      `  --${option}${spec.short ? `, -${spec.short}` : ''}${spec.type === 'string' ? ' VALUE' : ''}` +
      `${spec.default !== undefined ? ` (default ${String(spec.default)})` : ''}`,
  );
  return (
    `${command.summary}\n\nusage:` +
    ` ${command.usage}\n` +
    `${options.length ? `\noptions:\n${options.join('\n')}\n` : ''}`
  );
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
