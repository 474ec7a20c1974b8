/**
 * The one module that owns the browser: Debian's Chromium, headless, with a throw-away profile,
 * and pages that may load nothing but local `file:` and `data:` resources. Everything that drives
 * Chromium (Paged.js layout, printing) goes through a `BrowserSession`.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { FolioError } from '../../errors.js';

export interface BrowserOptions {
  /** Chromium binary. Default: `$PUPPETEER_EXECUTABLE_PATH`, else `/usr/bin/chromium`. */
  executablePath?: string;
  /** Milliseconds for any single DevTools call. Default 300 000 (5 min). */
  protocolTimeout?: number;
  /** When given, `file:` URLs must also lie inside one of these folders. */
  allowedDirs?: string[];
  /** Called with each URL a page tried to load and was refused. */
  onBlocked?: (url: string) => void;
  /** Origins (e.g. the preview server's `http://127.0.0.1:4173`) a page may also load from. */
  allowedOrigins?: string[];
}

export interface BrowserSession {
  /** A new page whose requests are limited to `file:` and `data:` URLs. */
  newPage(): Promise<Page>;
  /** Closes Chromium and deletes its profile; safe to call twice. */
  close(): Promise<void>;
  /** Kills Chromium at once (for timeouts, when the DevTools connection may be stuck). */
  kill(): void;
}

export const defaultChromium = '/usr/bin/chromium';

/** Chromium flags: no network side-channels, no GPU, nothing kept between runs. */
export function chromiumArgs(userDataDir: string, isRoot = process.getuid?.() === 0): string[] {
  return [
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--disable-dev-shm-usage',
    // Paged.js reads the page's stylesheets with XHR; file: pages may not otherwise.
    '--allow-file-access-from-files',
    // Hinting changes glyph advances with the screen resolution; layout must match print.
    '--font-render-hinting=none',
    `--user-data-dir=${userDataDir}`,
    ...(isRoot ? ['--no-sandbox'] : []),
  ];
}

/** Only local files (inside `allowedDirs`, when given) and inline data may load; http, https, ws, ftp… are refused. */
export function isAllowedUrl(url: string, allowedDirs?: string[]): boolean {
  if (url.startsWith('data:')) return true;
  if (!url.startsWith('file:')) return false;
  if (!allowedDirs) return true;
  let file: string;
  try {
    file = path.resolve(fileURLToPath(url));
  } catch {
    return false;
  }
  return allowedDirs.some((dir) => {
    const relative = path.relative(path.resolve(dir), file);
    return !relative.startsWith('..') && !path.isAbsolute(relative);
  });
}

/** Browsers started ahead of need (see prelaunchBrowsers), waiting for launchBrowser. */
const spares: Array<{ session: Promise<PolicedSession>; protocolTimeout?: number }> = [];

/**
 * Starts `count` browsers now, for launchBrowser to hand out later (`build --watch` starts the next
 * build's browsers as soon as a build ends: Chromium takes about half a second to start). Call
 * closeSpareBrowsers when done, whether or not they were used.
 */
export function prelaunchBrowsers(
  count: number,
  options: Pick<BrowserOptions, 'executablePath' | 'protocolTimeout'> = {},
): void {
  for (let index = 0; index < count; index++) {
    const session = startBrowser(options);
    session.catch(() => undefined); // a failed start is reported when the session is asked for
    spares.push({ session, protocolTimeout: options.protocolTimeout });
  }
}

/**
 * Starts browsers now, up to `count` (default one) waiting for the next launchBrowser calls with the
 * same `protocolTimeout` (a PDF build's, while the book is checked and its print HTML prepared: a
 * book laid out chapter by chapter takes one per layout worker); the function returned closes those
 * no one took.
 */
export function startBrowserEarly(
  options: Pick<BrowserOptions, 'executablePath' | 'protocolTimeout'> & { count?: number } = {},
): () => Promise<void> {
  const waiting = spares.filter((spare) => spare.protocolTimeout === options.protocolTimeout).length;
  const started: typeof spares = [];
  for (let index = waiting; index < (options.count ?? 1); index++) {
    const session = startBrowser(options);
    session.catch(() => undefined); // a failed start is reported when the session is asked for
    const spare = { session, protocolTimeout: options.protocolTimeout };
    spares.push(spare);
    started.push(spare);
  }
  return async () => {
    const untaken = started.filter((spare) => spares.includes(spare));
    for (const spare of untaken) spares.splice(spares.indexOf(spare), 1);
    await Promise.all(untaken.map((spare) => spare.session.then((session) => session.close()).catch(() => undefined)));
  };
}

/** Closes the browsers prelaunchBrowsers started that no one took. */
export async function closeSpareBrowsers(): Promise<void> {
  const left = spares.splice(0);
  await Promise.all(left.map((spare) => spare.session.then((session) => session.close()).catch(() => undefined)));
}

export async function launchBrowser(options: BrowserOptions = {}): Promise<BrowserSession> {
  const spare = spares.findIndex(
    (candidate) => candidate.protocolTimeout === options.protocolTimeout && !options.executablePath,
  );
  const session = spare >= 0 ? spares.splice(spare, 1)[0].session : startBrowser(options);
  const started = await session;
  started.setPolicy(options);
  return started;
}

type Policy = Pick<BrowserOptions, 'allowedDirs' | 'onBlocked' | 'allowedOrigins'>;
type PolicedSession = BrowserSession & { setPolicy(policy: Policy): void };

async function startBrowser(options: BrowserOptions): Promise<PolicedSession> {
  const executablePath = options.executablePath ?? process.env.PUPPETEER_EXECUTABLE_PATH ?? defaultChromium;
  if (!existsSync(executablePath)) {
    throw new FolioError(
      `Chromium not found at ${executablePath}; install it with \`npm run setup\` (Debian package chromium)`,
    );
  }
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'folio-chromium-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      // The flags above already ask for headless mode; puppeteer must not add its own profile or flags.
      headless: false,
      ignoreDefaultArgs: ['--user-data-dir'],
      args: chromiumArgs(userDataDir),
      protocolTimeout: options.protocolTimeout ?? 300_000,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw new FolioError(`Chromium (${executablePath}) failed to start: ${(error as Error).message.split('\n')[0]}`);
  }

  let policy: Policy = options;
  let closed = false;
  // Chromium opens with one blank tab: the first page asked for is that one (a new tab costs a renderer's start).
  let blank: Promise<Page | undefined> | undefined = browser
    .pages()
    .then((pages) => pages.find((page) => page.url() === 'about:blank'));
  blank.catch(() => undefined); // a new tab is opened instead
  const cleanUp = async () => {
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  return {
    setPolicy(next) {
      policy = next;
    },
    async newPage() {
      const first = blank;
      blank = undefined;
      const page = (await first?.catch(() => undefined)) ?? (await browser.newPage());
      await page.setRequestInterception(true);
      page.on('request', (request: HTTPRequest) => {
        if (request.isInterceptResolutionHandled()) return;
        const url = request.url();
        const fromAllowedOrigin = policy.allowedOrigins?.some(
          (origin) => url === origin || url.startsWith(`${origin}/`),
        );
        if (fromAllowedOrigin || isAllowedUrl(url, policy.allowedDirs)) void request.continue();
        else {
          policy.onBlocked?.(url);
          void request.abort('blockedbyclient');
        }
      });
      return page;
    },
    async close() {
      if (closed) return;
      closed = true;
      await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
      await cleanUp();
    },
    kill() {
      if (closed) return;
      closed = true;
      browser.process()?.kill('SIGKILL');
      void cleanUp();
    },
  };
}

/**
 * Runs `task`, failing with a clear error after `ms` milliseconds; `onTimeout` must stop the work
 * (e.g. kill the browser), since a stalled Paged.js layout never settles on its own.
 */
export async function withTimeout<T>(task: Promise<T>, ms: number, what: string, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(
        new FolioError(`${what} did not finish within ${Math.round(ms / 1000)} s (config pdf.timeout); abandoned`),
      );
    }, ms);
  });
  try {
    return await Promise.race([task, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
