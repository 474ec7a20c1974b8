/**
 * The bibliography formatted off the main thread (see bibliography-thread.ts): citation-js loads here
 * as soon as the build starts, and the book's own style and locale are made into citeproc's engine
 * once the main thread has read the manuscript (and its config), while it checks and resolves the
 * citations.
 */
import { parentPort } from 'node:worker_threads';
import { FolioError } from '../errors.js';
import { formatBibliography, formatBibtex, type FormatOptions } from './citeproc.js';
import type { FormatRequest, FormatResponse } from './bibliography-thread.js';
import type { CitationResult } from '../book.js';

/** Makes the style, the locale and citeproc's engine for them ahead of the items. */
function warm(options: FormatOptions): void {
  try {
    formatBibliography(
      { items: [{ id: 'warm', type: 'book', title: 'Warm' }], notes: [] } as unknown as CitationResult,
      options,
    );
  } catch {
    // Reported when the bibliography is asked for.
  }
}

parentPort!.on('message', (request: FormatRequest | { warm: FormatOptions }) => {
  if ('warm' in request) return warm(request.warm);
  let response: FormatResponse;
  try {
    const html = formatBibliography(request.result, request.options);
    response = request.bibtex ? { html, bibtex: formatBibtex(request.result) } : { html };
  } catch (error) {
    response = { error: (error as Error).message, folio: error instanceof FolioError };
  }
  parentPort!.postMessage(response);
});
