/**
 * `folio preview`: the book as Paged.js paginates it, served on the loopback interface only, and
 * reloaded in the browser whenever a manuscript file is saved. The page is the same print HTML as
 * `folio html`, with Paged.js's polyfill and a reload script added.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { writeHtmlBundle } from '../emit/html.js';
import { pagedHandlersScript, pagedPolyfillPath } from '../emit/pdf/index.js';
import { FolioError } from '../errors.js';
import type { Logger } from '../log.js';
import { createBuildContext } from '../context.js';
import { bibliographyHtml, check, cite, read, renderFor, restyle } from '../pipeline.js';
import { watchManuscript } from '../watch.js';

export interface PreviewOptions {
  input: string;
  cwd: string;
  logger: Logger;
  /** TCP port on 127.0.0.1; 0 picks a free one. Default 4173. */
  port?: number;
  cacheDir?: string;
}

export interface PreviewServer {
  url: string;
  /** Resolves after the next rebuild (for tests and scripts). */
  nextBuild(): Promise<void>;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

const reloadScript = `new EventSource('/__folio/events').onmessage = () => location.reload();`;

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const { logger } = options;
  const bundleDir = await mkdtemp(path.join(os.tmpdir(), 'folio-preview-'));
  const clients = new Set<ServerResponse>();
  let page = '';
  let waiting: Array<() => void> = [];

  const rebuild = async () => {
    const started = performance.now();
    try {
      const context = createBuildContext(options.cacheDir);
      const book = await read(options.input, options.cwd, context);
      const summary = await check(book, context);
      if (summary.errors > 0) {
        page = errorPage(book.files.flatMap((file) => file.messages.filter((message) => message.fatal).map(String)));
      } else {
        const bibliography = await bibliographyHtml(book, await cite(book, context), { context });
        await restyle(book);
        const { rendered, printParts } = await renderFor(book, bibliography, ['html'], context);
        const bundle = await writeHtmlBundle(rendered, bundleDir, { prepared: printParts });
        page = withPreviewScripts(bundle.document.html);
      }
      logger.info(`preview rebuilt in ${Math.round(performance.now() - started)} ms`);
    } catch (error) {
      page = errorPage([error instanceof FolioError ? error.format() : String(error)]);
      logger.warn(error instanceof FolioError ? error.format() : String(error));
    }
    for (const client of clients) client.write('data: reload\n\n');
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
  };
  await rebuild();

  const server = createServer((request, response) => {
    void serve(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/' || url.pathname === '/book.html') {
      response.writeHead(200, { 'content-type': contentTypes['.html'], 'cache-control': 'no-store' });
      response.end(page);
      return;
    }
    if (url.pathname === '/__folio/events') {
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      response.write(': connected\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    if (url.pathname === '/__folio/paged.polyfill.js') return sendFile(response, pagedPolyfillPath);
    const file = path.resolve(bundleDir, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(bundleDir + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    return sendFile(response, file);
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new FolioError(`Cannot listen on 127.0.0.1:${options.port ?? 4173} (${error.code ?? error.message})`)),
    );
    server.listen(options.port ?? 4173, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  const watcher = watchManuscript(path.resolve(options.cwd, options.input), () => void rebuild());
  return {
    url: `http://127.0.0.1:${port}/`,
    nextBuild: () => new Promise<void>((resolve) => waiting.push(resolve)),
    async close() {
      watcher.close();
      for (const client of clients) client.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(bundleDir, { recursive: true, force: true });
    },
  };
}

async function sendFile(response: ServerResponse, file: string): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {
    'content-type': contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(response);
}

function withPreviewScripts(html: string): string {
  const scripts = [
    `<script src="/__folio/paged.polyfill.js"></script>`,
    `<script>${pagedHandlersScript}</script>`,
    `<script>${reloadScript}</script>`,
  ].join('\n');
  return html.includes('</head>') ? html.replace('</head>', `${scripts}\n</head>`) : `${scripts}\n${html}`;
}

function errorPage(lines: string[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Folio preview:` +
    ` errors</title><script>${reloadScript}</script></head>
<body><h1>The manuscript has errors</h1><pre>${lines.map(escape).join('\n')}</pre><p>Fix them and` +
    ` save; this page reloads.</p></body></html>`
  );
}
