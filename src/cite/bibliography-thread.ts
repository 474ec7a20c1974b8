/**
 * The bibliography formatter for a build: citeproc on a worker thread, so that loading citation-js and formatting
 * some hundred entries (most of a cold build's citation time) happen on the other core while the main thread parses
 * and renders. A build starts it before the manuscript is read; `folio bib`, which has nothing but the citations to
 * resolve after the read, once the manuscript is read, leaving both cores to the parse (read/pages-thread.ts).
 * The worker loads citation-js at once, but builds the engine for the book's style only when asked
 * (`warm`, once the config is read): a long manuscript is parsed on both cores (read/pages-thread.ts),
 * and the engine is built beside the check and the citations' resolution instead, when a core is free.
 * Only the items cross to the worker (the bibliography is made of them alone, not of the notes).
 * Where the compiled worker is not at hand (tests run the TypeScript sources), it formats in-thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FolioError } from '../errors.js';
import type { FormatOptions } from './citeproc.js';
import type { CitationResult } from '../book.js';

export interface FormatRequest {
  result: CitationResult;
  options: FormatOptions;
  /** The BibTeX too (`folio bib`'s files): citation-js is then loaded on the worker alone. */
  bibtex?: boolean;
}

export type FormatResponse = { html: string; bibtex?: string } | { error: string; folio: boolean };

/** The bibliography and the BibTeX of the same items. */
export interface FormattedFiles {
  html: string;
  bibtex: string;
}

export interface BibliographyFormatter {
  /** Loads the style and makes citeproc's engine for it, ahead of the items. */
  warm(options: FormatOptions): void;
  format(result: CitationResult, options: FormatOptions): Promise<string>;
  /** The bibliography and the BibTeX, both made on the worker. */
  formatFiles(result: CitationResult, options: FormatOptions): Promise<FormattedFiles>;
  /** Stops the worker (safe to call twice, and when it was never used). */
  close(): void;
}

const workerFile = fileURLToPath(new URL('./bibliography-worker.js', import.meta.url));

export function startBibliographyFormatter(): BibliographyFormatter {
  if (!existsSync(workerFile)) return inThread();
  const worker = new Worker(workerFile);
  worker.unref();
  // A worker that fails or ends early leaves the formatting to this thread.
  let broken = false;
  const stopped = new Promise<void>((resolve) => {
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  }).then(() => {
    broken = true;
  });
  let closed = false;
  const ask = async (result: CitationResult, options: FormatOptions, bibtex: boolean) => {
    const fallback = async () =>
      bibtex ? inThread().formatFiles(result, options) : { html: await inThread().format(result, options) };
    if (broken) return fallback();
    const response = await Promise.race([
      new Promise<FormatResponse>((resolve) => {
        worker.once('message', resolve);
        worker.postMessage({ result: { items: result.items, notes: [] }, options, bibtex } satisfies FormatRequest);
      }),
      stopped,
    ]);
    if (!response) return fallback();
    if ('html' in response) return response;
    throw response.folio ? new FolioError(response.error) : new Error(response.error);
  };
  return {
    warm(options) {
      if (!broken) worker.postMessage({ warm: options });
    },
    async format(result, options) {
      return (await ask(result, options, false)).html;
    },
    formatFiles(result, options) {
      return ask(result, options, true) as Promise<FormattedFiles>;
    },
    close() {
      if (closed) return;
      closed = true;
      void worker.terminate();
    },
  };
}

function inThread(): BibliographyFormatter {
  return {
    warm() {},
    async format(result, options) {
      const { formatBibliography } = await import('./citeproc.js');
      return formatBibliography(result, options);
    },
    async formatFiles(result, options) {
      const { formatBibliography, formatBibtex } = await import('./citeproc.js');
      return { html: formatBibliography(result, options), bibtex: formatBibtex(result) };
    },
    close() {},
  };
}
