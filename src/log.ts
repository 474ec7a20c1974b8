/**
 * The one logger. Progress lines animate only on an interactive terminal; in CI or when piped,
 * each stage prints one plain line, and `quiet` keeps only warnings and errors.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Transient progress ("laying out chapter 3/6"); replaced in place on a TTY. */
  progress(message: string): void;
  /** Ends a progress line. */
  done(message?: string): void;
  /** Detail for `--debug` only (timings of stages and chapters). */
  debug(message: string): void;
}

export interface LoggerOptions {
  quiet?: boolean;
  stream?: NodeJS.WriteStream;
  interactive?: boolean;
  /** Every progress message as a plain line with the seconds since the logger was made (`--debug`). */
  timings?: boolean;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const stream = options.stream ?? process.stderr;
  const interactive = options.interactive ?? (Boolean(stream.isTTY) && !process.env.CI);
  let pending = false;
  const started = performance.now();
  let lastStage = '';
  const clear = () => {
    if (pending && interactive) stream.write('\r\x1b[K');
    pending = false;
  };
  return {
    info(message) {
      if (options.quiet) return;
      clear();
      stream.write(`${message}\n`);
    },
    warn(message) {
      clear();
      stream.write(`warning: ${message}\n`);
    },
    error(message) {
      clear();
      stream.write(`${message}\n`);
    },
    progress(message) {
      if (options.quiet && !options.timings) return;
      if (interactive && !options.timings) {
        stream.write(`\r\x1b[K${message}`);
        pending = true;
        return;
      }
      // Plain lines: one per stage, not one per laid-out page.
      const stage = message.replace(/page \S+$/, '');
      if (stage === lastStage) return;
      lastStage = stage;
      clear();
      stream.write(
        options.timings ? `[${((performance.now() - started) / 1000).toFixed(2)} s] ${message}\n` : `${message}\n`,
      );
    },
    done(message) {
      clear();
      if (message && !options.quiet) stream.write(`${message}\n`);
    },
    debug(message) {
      if (!options.timings) return;
      clear();
      stream.write(`[${((performance.now() - started) / 1000).toFixed(2)} s]   ${message}\n`);
    },
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {}, progress() {}, done() {}, debug() {} };
