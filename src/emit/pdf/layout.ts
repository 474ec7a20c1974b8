/**
 * Paged.js layout and Chromium's print, in a browser from ./browser.ts: a document (a chunk of
 * chapter-by-chapter layout, or the whole book in the single flow, single.ts) laid out by Paged.js
 * in the browser's one tab and printed through the DevTools protocol. A render that stalls is
 * killed after `timeout` ms with a clear error instead of hanging the build.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CDPSession } from 'puppeteer-core';
import { launchBrowser, withTimeout } from './browser.js';
import { collectPageStarts, type PageStart } from './page-map.js';

export interface RenderOptions {
  /** Milliseconds before the render is abandoned (config pdf.timeout). */
  timeout: number;
  /** Heading tags that become PDF bookmarks, outermost first; none for the printer's file. */
  outlineTags: string[];
  /**
   * Chapters printed as tagged PDF (a structure tree for screen readers), kept through the merge; the printer's file
   * leaves it out.
   */
  tagged?: boolean;
  /** Scripts run after Paged.js loads (Folio's handlers), as file paths. */
  scripts?: string[];
  /** Called as Paged.js finishes each page. */
  onPage?: (count: number) => void;
  /** Called with each refused (non-local) request. */
  onBlocked?: (url: string) => void;
  /** Called as Chromium starts a layout: the caller's own work may go on meanwhile. */
  onLayoutStart?: () => void;
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
  /** Per page: where it begins in the source (page-map.ts); null for a page without text. */
  pageStarts?: Array<PageStart | null>;
}

/** A heading for the PDF outline; `destination` is the named destination Chromium writes for it. */
export interface OutlineItem {
  title: string;
  destination: string;
  children: OutlineItem[];
}

/** One chunk of a chapter-by-chapter layout, as laid out (before it is printed). */
export interface ChunkLayout {
  layout: LayoutFacts;
  /** Per requested id: the (chunk) page its element starts on. */
  anchors: Record<string, number>;
  /** The chunk's headings (outline tags), nested. */
  outline: OutlineItem[];
  /** Whether a blank verso was added after the last page. */
  blankAdded: boolean;
  milliseconds: number;
}

export interface ChunkOptions {
  /** The page counter of the chunk's first page. */
  firstFolio: number;
  /** Contents folios by target id, when they must be in place before layout. */
  tocFolios?: Record<string, string>;
  /** Add a blank verso when the chunk ends on a recto (the next chunk opens on a recto). */
  blankIfOdd: boolean;
  /** Ids whose pages are wanted (the contents' targets). */
  anchors: string[];
  onPage?: (count: number) => void;
}

/** Numbers a laid-out chunk shows that are only known once other chunks are laid out. */
export interface ChunkNumbers {
  /** The page counter of the first page. */
  firstFolio?: number;
  /** Contents folios by target id. */
  tocFolios?: Record<string, string>;
}

/** One browser with one tab: lays out a chunk, renumbers it, prints it; then the next chunk. */
export interface ChunkRenderer {
  layout(htmlPath: string, options: ChunkOptions): Promise<ChunkLayout>;
  /**
   * Changes the numbers the laid-out chunk shows. The folios sit in the page margins and the
   * contents' folios in boxes sized beforehand (print.css), so the text does not move; returns
   * false when a contents line did move (the chunk must then be laid out again).
   */
  renumber(numbers: ChunkNumbers): Promise<boolean>;
  print(): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * A browser for Paged.js documents (chapter-by-chapter layout): each chunk is a new document in
 * the one tab (a background tab would be throttled; parallel layout uses separate browsers).
 * Paged.js and the handlers are loaded from files in `dir`, which the page may read.
 */
export async function openChunkRenderer(dir: string, options: Omit<RenderOptions, 'onPage'>): Promise<ChunkRenderer> {
  const session = await launchBrowser({
    onBlocked: options.onBlocked,
    protocolTimeout: options.timeout,
    allowedDirs: [dir],
  });
  const tags = options.outlineTags;
  let onPage: ((count: number) => void) | undefined;
  let laidOut = 0;
  const page = await session.newPage();
  await page.emulateMediaType('print');
  await page.exposeFunction('folioOnPage', () => onPage?.(++laidOut));
  const guard = <T>(task: Promise<T>, what: string) => withTimeout(task, options.timeout, what, () => session.kill());
  let devtools: CDPSession | undefined;
  return {
    layout(htmlPath, chunk) {
      const started = Date.now();
      return guard(
        (async () => {
          laidOut = 0;
          onPage = chunk.onPage;
          await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load', timeout: options.timeout });
          await page.evaluate(
            (firstFolio, tocFolios) => {
              const folio = window as unknown as {
                PagedConfig: object;
                folioFirstFolio: number;
                folioTocFolios?: Record<string, string>;
              };
              folio.PagedConfig = { auto: false };
              folio.folioFirstFolio = firstFolio;
              folio.folioTocFolios = tocFolios;
            },
            chunk.firstFolio,
            chunk.tocFolios,
          );
          for (const script of options.scripts ?? []) await page.addScriptTag({ url: pathToFileURL(script).href });
          options.onLayoutStart?.();
          await page.evaluate(async () => {
            const paged = (
              window as unknown as {
                PagedPolyfill: { on(event: string, listener: () => void): void; preview(): Promise<unknown> };
              }
            ).PagedPolyfill;
            paged.on('page', () => void (window as unknown as { folioOnPage(): void }).folioOnPage());
            await paged.preview();
          });
          const milliseconds = Date.now() - started;
          const blankAdded = await page.evaluate(addBlankVerso, chunk.blankIfOdd);
          const layout = await page.evaluate(collectLayoutFacts);
          layout.pageStarts = await page.evaluate(collectPageStarts);
          const anchors = await page.evaluate(collectAnchors, chunk.anchors);
          const outline = await page.evaluate(collectOutline, tags);
          return { layout, anchors, outline, blankAdded, milliseconds };
        })(),
        'The PDF render (Paged.js layout of one chapter)',
      );
    },
    renumber: (numbers) => guard(page.evaluate(renumberPages, numbers), 'Renumbering a chapter'),
    // Through the DevTools protocol, for generateTaggedPDF (puppeteer's page.pdf leaves Chromium's
    // default): tagged for the screen PDF (merge.ts joins the chapters' structure trees); the
    // printer's file goes without, as the print then takes about a third less time and the file
    // half the bytes.
    print: () =>
      guard(
        (async () => {
          devtools ??= await page.target().createCDPSession();
          const request = {
            printBackground: true,
            displayHeaderFooter: false,
            preferCSSPageSize: true,
            marginTop: 0,
            marginBottom: 0,
            marginLeft: 0,
            marginRight: 0,
            generateTaggedPDF: Boolean(options.tagged), // newer than puppeteer-core's protocol types
            transferMode: 'ReturnAsBase64' as const,
          };
          const { data } = await devtools.send('Page.printToPDF', request);
          return new Uint8Array(Buffer.from(data, 'base64'));
        })(),
        'The PDF print of one chapter',
      ),
    close: () => session.close(),
  };
}

/** Paged.js as pagedjs-cli bundles it for the browser. */
export const pagedScript = path.join(
  path.dirname(createRequire(import.meta.url).resolve('pagedjs-cli')),
  '../dist/browser.js',
);

/**
 * Runs in the page: the first folio (see FolioFolios in handlers/folios.js) and the contents' folios, changed after
 * layout.
 */
function renumberPages(numbers: ChunkNumbers): boolean {
  if (numbers.firstFolio !== undefined) {
    const first = document.querySelector<HTMLElement>('.pagedjs_page.pagedjs_first_page');
    first?.style.setProperty('counter-set', `page ${numbers.firstFolio}`);
  }
  if (!numbers.tocFolios) return true;
  const entries = Array.from(document.querySelectorAll<HTMLElement>('a.toc-entry'));
  const place = () =>
    entries.map(
      (entry) =>
        JSON.stringify(entry.getBoundingClientRect()) +
        JSON.stringify(entry.querySelector('.toc-title')?.getBoundingClientRect()),
    );
  const before = place();
  for (const entry of entries) {
    const folio = numbers.tocFolios[decodeURIComponent((entry.getAttribute('href') ?? '#').slice(1))];
    if (folio !== undefined) entry.setAttribute('data-folio', folio);
  }
  const after = place();
  return before.every((rect, index) => rect === after[index]);
}

/**
 * Runs in the page: a blank verso after a chunk that ends on a recto, made as Paged.js makes one before a recto
 * opener.
 */
async function addBlankVerso(wanted: boolean): Promise<boolean> {
  if (!wanted || document.querySelectorAll('.pagedjs_page').length % 2 === 0) return false;
  type Hook = { trigger(...args: unknown[]): Promise<unknown> };
  const chunker = (
    window as unknown as {
      PagedPolyfill: { chunker: { addPage(blank: boolean): { element: HTMLElement }; hooks: Record<string, Hook> } };
    }
  ).PagedPolyfill.chunker;
  const page = chunker.addPage(true);
  await chunker.hooks.beforePageLayout.trigger(page, undefined, undefined, chunker);
  await chunker.hooks.afterPageLayout.trigger(page.element, page, undefined, chunker);
  await chunker.hooks.finalizePage.trigger(page.element, page, undefined, chunker);
  return true;
}

/** Runs in the page: the page each wanted id starts on. */
function collectAnchors(ids: string[]): Record<string, number> {
  const pages = Array.from(document.querySelectorAll('.pagedjs_page'));
  const found: Record<string, number> = {};
  for (const id of ids) {
    const element = document.getElementById(id);
    const page = element?.closest('.pagedjs_page');
    if (page) found[id] = pages.indexOf(page) + 1;
  }
  return found;
}

/**
 * Runs in the page: the headings for the outline, nested by tag rank, each given a hidden link so
 * Chromium writes a named destination for it (as pagedjs-cli does for a single document).
 */
function collectOutline(tags: string[]): OutlineItem[] {
  if (!tags.length) return [];
  // A heading's text without a note called on it (a chapter title's source note); defined here, as only this function
  // is sent to the page.
  const outlineTitle = (heading: HTMLElement): string => {
    // biome-ignore lint/performance/useDomNodeTextContent: the heading as laid out (a line break is a space, hidden text left out)
    if (!heading.querySelector('.noteref')) return heading.innerText.trim();
    const copy = heading.cloneNode(true) as HTMLElement;
    for (const call of Array.from(copy.querySelectorAll('.noteref, .footnote'))) call.remove();
    return (copy.textContent ?? '')
      .replace(/\u00ad/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  };
  const holder = document.createElement('div');
  holder.style.display = 'none';
  document.body.insertBefore(holder, document.body.firstChild);
  const root: { item: { children: OutlineItem[] }; depth: number }[] = [{ item: { children: [] }, depth: -1 }];
  for (const heading of Array.from(document.querySelectorAll<HTMLElement>(tags.join(',')))) {
    const depth = tags.indexOf(heading.tagName.toLowerCase());
    const destination = encodeURIComponent(heading.id).replace(/%/g, '#25');
    const link = document.createElement('a');
    link.href = `#${destination}`;
    holder.appendChild(link);
    while (root.length > 1 && root[root.length - 1].depth >= depth) root.pop();
    const item: OutlineItem = { title: outlineTitle(heading), destination, children: [] };
    root[root.length - 1].item.children.push(item);
    root.push({ item, depth });
  }
  return root[0].item.children;
}

/** Runs in the page: where notes, calls and parts fell. */
function collectLayoutFacts(): LayoutFacts {
  const pages = Array.from(document.querySelectorAll('.pagedjs_page'));
  const pageOf = (element: Element | null) => (element ? pages.indexOf(element.closest('.pagedjs_page')!) + 1 : 0);
  const notes: LayoutFacts['notes'] = [];
  for (const note of Array.from(
    document.querySelectorAll('.pagedjs_footnote_area span.footnote[data-note-number]:not([data-split-from])'),
  )) {
    const number = Number(note.getAttribute('data-note-number'));
    notes.push({ number, callPage: pageOf(document.getElementById(`noteref-${number}`)), notePage: pageOf(note) });
  }
  const partStarts: Record<string, number> = {};
  for (const part of Array.from(
    document.querySelectorAll('.pagedjs_page_content section.part, .pagedjs_page_content nav.part'),
  )) {
    const id = part.id;
    if (id && !(id in partStarts) && !part.hasAttribute('data-split-from')) partStarts[id] = pageOf(part);
  }
  const text = pages
    // biome-ignore lint/performance/useDomNodeTextContent: the page's text as read (lines apart, hidden text left out)
    .map((page) => (page.querySelector('.pagedjs_area') as HTMLElement | null)?.innerText ?? '')
    .join('\n');
  return { pages: pages.length, notes, partStarts, text };
}
