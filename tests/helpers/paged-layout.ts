/**
 * Lays out one HTML file with pagedjs-cli in a browser the test already holds, once per handler
 * script, and reads back what a script run in the laid-out page returns. The PDF tests compare
 * Folio's Paged.js handlers with Paged.js's own layout this way, without a browser per layout.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Printer from 'pagedjs-cli';
import type { BrowserSession } from '../../src/emit/pdf/browser.js';

/** A function that lays `htmlUrl` out with a handler `script` (written as `dir/name`) and returns `read`'s result. */
export function pagedLayout<T>(
  browser: BrowserSession,
  dir: string,
  htmlUrl: string,
  read: string,
): (name: string, script: string) => Promise<T> {
  class SessionPrinter extends Printer {
    override async setup(): Promise<unknown> {
      this.browser = { newPage: () => browser.newPage(), close: async () => undefined };
      return this.browser;
    }
  }
  return async (name, script) => {
    const file = path.join(dir, name);
    writeFileSync(file, script);
    const printer = new SessionPrinter({ timeout: 120_000, closeAfter: false, additionalScripts: [file] });
    const page = await printer.render(htmlUrl);
    const result = (await page.evaluate(read)) as T;
    await page.close();
    return result;
  };
}
