/**
 * The bibliography formatted off the main thread (see formatter.ts): citation-js and the CSL style
 * load here while the main thread reads and renders the manuscript.
 */
import { parentPort } from 'node:worker_threads';
import { FolioError } from '../errors.js';
import { formatBibliography } from './format.js';
import type { FormatRequest, FormatResponse } from './formatter.js';
import type { CitationResult } from './types.js';

parentPort!.on('message', (request: FormatRequest | { warm: { style?: string; locale?: string } }) => {
  if ('warm' in request) {
    // The style, the locale and citeproc's engine for them are made ahead of the items.
    try {
      formatBibliography({ items: [{ id: 'warm', type: 'book', title: 'Warm' }], notes: [] } as unknown as CitationResult, request.warm);
    } catch {
      // Reported when the bibliography is asked for.
    }
    return;
  }
  let response: FormatResponse;
  try {
    response = { html: formatBibliography(request.result, request.options) };
  } catch (error) {
    response = { error: (error as Error).message, folio: error instanceof FolioError };
  }
  parentPort!.postMessage(response);
});
