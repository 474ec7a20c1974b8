/**
 * The pages of an export that pages-thread.ts hands to another core: each parsed by the same
 * parser as on the main thread, its top-level nodes sent back serialised under the page's key.
 */
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { parseExportPage } from './parse.js';
import type { PageRequest } from './pages-thread.js';

const requests = workerData as PageRequest[];
parentPort!.postMessage(
  requests.map((request) => [request.key, serialize(parseExportPage(request.text, request.first).children)]),
);
