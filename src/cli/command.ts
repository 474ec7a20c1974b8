import type { ParseArgsConfig } from 'node:util';
import type { Logger } from '../log.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CommandContext {
  /** The manuscript: a folder with folio.yaml, or a Markdown file. Defaults to `manuscript`. */
  input: string;
  /** Parsed option values, by option name. */
  values: Record<string, string | boolean | string[] | undefined>;
  logger: Logger;
  cwd: string;
  /** Parse cache folder; undefined with `--no-cache`. */
  cacheDir: string | undefined;
  debug: boolean;
}

export interface Command {
  name: string;
  summary: string;
  /** e.g. `folio pdf [INPUT] [--out DIR] [--print]` */
  usage: string;
  options: OptionSpec;
  /** Returns the process exit code: 0 success, 1 problems found (e.g. check errors), 2 bad input. */
  run(context: CommandContext): Promise<number>;
}

export const outOption: OptionSpec = { out: { type: 'string', short: 'o' } };
