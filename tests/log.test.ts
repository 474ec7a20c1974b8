/** The one logger: progress animates on a terminal, and is one plain line per stage elsewhere (CI, pipes). */
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';

function capture(options: Parameters<typeof createLogger>[0]) {
  let written = '';
  const stream = { isTTY: false, write: (text: string) => (written += text) } as unknown as NodeJS.WriteStream;
  const logger = createLogger({ ...options, stream });
  return { logger, output: () => written };
}

const layout = (logger: ReturnType<typeof createLogger>) => {
  logger.progress('reading manuscript');
  logger.progress('laying out chapter by chapter: 0/3 parts, page 1');
  logger.progress('laying out chapter by chapter: 0/3 parts, page 2');
  logger.progress('laying out chapter by chapter: 1/3 parts, page 3');
  logger.info('wrote output/book.pdf');
};

describe('logger', () => {
  it('prints one plain line per stage when not on a terminal, not one per page', () => {
    const { logger, output } = capture({ interactive: false });
    layout(logger);
    expect(output()).toBe(
      'reading manuscript\nlaying out chapter by chapter: 0/3 parts, page 1\nlaying out chapter by chapter: 1/3 parts, page 3\nwrote output/book.pdf\n',
    );
  });

  it('rewrites one line in place on a terminal, and clears it before other output', () => {
    const { logger, output } = capture({ interactive: true });
    layout(logger);
    expect(output()).toBe(
      '\r\x1b[Kreading manuscript\r\x1b[Klaying out chapter by chapter: 0/3 parts, page 1\r\x1b[Klaying out chapter by chapter: 0/3 parts, page 2\r\x1b[Klaying out chapter by chapter: 1/3 parts, page 3\r\x1b[Kwrote output/book.pdf\n',
    );
  });

  it('keeps only warnings and errors when quiet', () => {
    const { logger, output } = capture({ quiet: true });
    layout(logger);
    logger.warn('a note without a call');
    expect(output()).toBe('warning: a note without a call\n');
  });

  it('stamps each stage with its start time with --debug', () => {
    const { logger, output } = capture({ interactive: true, timings: true });
    layout(logger);
    logger.debug('chapter-1: pages 1–10, 0.80 s');
    expect(
      output()
        .split('\n')
        .filter(Boolean)
        .map((line) => line.replace(/^\[\d+\.\d\d s\]/, '[t]')),
    ).toEqual([
      '[t] reading manuscript',
      '[t] laying out chapter by chapter: 0/3 parts, page 1',
      '[t] laying out chapter by chapter: 1/3 parts, page 3',
      'wrote output/book.pdf',
      '[t]   chapter-1: pages 1–10, 0.80 s',
    ]);
  });
});
