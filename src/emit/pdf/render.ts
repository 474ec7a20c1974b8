/**
 * Paged.js layout and Chromium's print, through pagedjs-cli's Printer API, in a browser from
 * ../browser.ts (so the Printer never launches one of its own). A render that stalls is killed
 * after `timeout` ms with a clear error instead of hanging the build.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Printer from 'pagedjs-cli';
import type { Page } from 'puppeteer-core';
import { launchBrowser, withTimeout, type BrowserSession } from '../browser.js';

export interface RenderOptions {
  /** Milliseconds before the render is abandoned (config pdf.timeout). */
  timeout: number;
  /** Heading tags that become PDF bookmarks, outermost first; none for the printer's file. */
  outlineTags: string[];
  /** Scripts run after Paged.js loads (Folio's handlers), as file paths. */
  scripts?: string[];
  /** Called as Paged.js finishes each page. */
  onPage?: (count: number) => void;
  /** Called with each refused (non-local) request. */
  onBlocked?: (url: string) => void;
}

export interface LayoutFacts {
  /** Pages Paged.js laid out. */
  pages: number;
  /** Per note number: the page (1-based) of its call and of its text's start, from the laid-out DOM. */
  notes: Array<{ number: number; callPage: number; notePage: number }>;
  /** Per part id: the page its first element starts on. */
  partStarts: Record<string, number>;
  /** Text of the laid-out pages' content areas, to compare with the PDF's. */
  text: string;
}

export interface RenderResult {
  pdf: Uint8Array;
  layout: LayoutFacts;
  milliseconds: { layout: number; total: number };
}

/** pagedjs-cli's Printer with its browser replaced by a guarded session page. */
class SessionPrinter extends Printer {
  page?: Page;
  constructor(private readonly session: BrowserSession, options: ConstructorParameters<typeof Printer>[0]) {
    super(options);
  }
  override async setup(): Promise<unknown> {
    this.browser = {
      newPage: async () => (this.page = await this.session.newPage()),
      close: () => this.session.close(),
    };
    return this.browser;
  }
}

export async function renderPdf(htmlPath: string, options: RenderOptions): Promise<RenderResult> {
  const started = Date.now();
  const session = await launchBrowser({
    onBlocked: options.onBlocked,
    protocolTimeout: options.timeout,
    allowedDirs: [path.dirname(htmlPath)],
  });
  try {
    return await withTimeout(
      (async () => {
        const printer = new SessionPrinter(session, { timeout: options.timeout, closeAfter: false, additionalScripts: options.scripts ?? [] });
        let laidOut = 0;
        let layoutDone = 0;
        printer.on('page', () => options.onPage?.(++laidOut));
        printer.on('rendered', () => (layoutDone = Date.now()));
        const pdf = await printer.pdf(pathToFileURL(htmlPath).href, { outlineTags: options.outlineTags.length ? options.outlineTags : ['folio-no-outline'] });
        const layout = await printer.page!.evaluate(collectLayoutFacts);
        return { pdf, layout, milliseconds: { layout: (layoutDone || Date.now()) - started, total: Date.now() - started } };
      })(),
      options.timeout,
      'The PDF render (Paged.js layout and print)',
      () => session.kill(),
    );
  } finally {
    await session.close();
  }
}

/** Runs in the page: where notes, calls and parts fell. */
function collectLayoutFacts(): LayoutFacts {
  const pages = Array.from(document.querySelectorAll('.pagedjs_page'));
  const pageOf = (element: Element | null) => (element ? pages.indexOf(element.closest('.pagedjs_page')!) + 1 : 0);
  const notes: LayoutFacts['notes'] = [];
  for (const note of Array.from(document.querySelectorAll('.pagedjs_footnote_area span.footnote[data-note-number]:not([data-split-from])'))) {
    const number = Number(note.getAttribute('data-note-number'));
    notes.push({ number, callPage: pageOf(document.getElementById(`noteref-${number}`)), notePage: pageOf(note) });
  }
  const partStarts: Record<string, number> = {};
  for (const part of Array.from(document.querySelectorAll('.pagedjs_page_content section.part, .pagedjs_page_content nav.part'))) {
    const id = part.id;
    if (id && !(id in partStarts) && !part.hasAttribute('data-split-from')) partStarts[id] = pageOf(part);
  }
  const text = pages.map((page) => (page.querySelector('.pagedjs_area') as HTMLElement | null)?.innerText ?? '').join('\n');
  return { pages: pages.length, notes, partStarts, text };
}
