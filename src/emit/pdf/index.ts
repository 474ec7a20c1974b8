/**
 * What the PDF writer offers besides itself (`emit/pdf.ts`): the pieces a page that paginates the
 * print HTML in a browser needs, so `folio preview` shows the book as the PDF lays it out without
 * reaching into the writer's modules.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

export { pagedHandlersScript } from './paged-handlers.js';

/** Paged.js's browser build (the polyfill that paginates on load), beside the `lib/index.cjs` its package exports. */
export const pagedPolyfillPath = path.join(
  path.dirname(createRequire(import.meta.url).resolve('pagedjs')),
  '../dist/paged.polyfill.js',
);
