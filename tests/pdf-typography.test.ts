/**
 * Typography of the sample book's pages as Paged.js lays them out with Folio's handlers: no widow
 * (a paragraph's last line alone at the head of a page) and no orphan (its first line alone at the
 * foot), and no split paragraph whose short last line is justified with wide gaps (the line left
 * behind when a word goes to the next page with its note call).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Printer from 'pagedjs-cli';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '../src/emit/pdf/browser.js';
import { writeHtmlBundle } from '../src/emit/html.js';
import { writePdf, type PdfOutcome } from '../src/emit/pdf.js';
import { pagedHandlersScript } from '../src/emit/pdf/paged-handlers.js';
import { silentLogger } from '../src/log.js';
import { bibliographyHtml, cite, read, render } from '../src/pipeline.js';
import { repoRoot } from './helpers/corpus.js';

interface Census {
  pages: number;
  /** 1-based pages, with the line's text. */
  widows: Array<{ page: number; text: string }>;
  orphans: Array<{ page: number; text: string }>;
  /** What the handler reports (window.folioBreaks). */
  handler: {
    overflowPages: number[];
    widows: number[];
    orphans: number[];
    moved: { widows: number; orphans: number };
    shortLastLines: Array<{ page: number }>;
  };
}

/**
 * Runs in the laid-out book, independently of the handler's own count: for each page, the block
 * that holds its first text and the one that holds its last, and their lines (text rects grouped
 * by height).
 */
const censusScript = `(() => {
  const inNote = (node) => Boolean(node.parentElement.closest('[data-note]'));
  const lines = (block) => {
    const style = getComputedStyle(block);
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
    const tops = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.data.trim() || inNote(node)) continue;
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) tops.push(rect.top);
    }
    tops.sort((a, b) => a - b);
    let count = 0;
    let top = -Infinity;
    for (const t of tops) if (t > top + 0.5 * lineHeight) { count++; top = t; }
    return count;
  };
  const blockOf = (node) => {
    for (let element = node.parentElement; element; element = element.parentElement) {
      if (['block', 'list-item'].includes(getComputedStyle(element).display)) return element;
    }
    return undefined;
  };
  const pages = Array.from(document.querySelectorAll('.pagedjs_page'));
  const widows = [];
  const orphans = [];
  pages.forEach((page, index) => {
    const wrapper = page.querySelector('.pagedjs_page_content > div');
    if (!wrapper) return;
    const texts = [];
    const walker = document.createTreeWalker(wrapper, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.data.trim() && !inNote(node)) texts.push(node);
    if (!texts.length) return;
    const first = blockOf(texts[0]);
    if (first && first.hasAttribute('data-split-from') && !first.hasAttribute('data-split-to') && lines(first) === 1) widows.push({ page: index + 1, text: first.textContent.trim() });
    const last = blockOf(texts[texts.length - 1]);
    if (last && last.hasAttribute('data-split-to') && !last.hasAttribute('data-split-from') && lines(last) === 1) orphans.push({ page: index + 1, text: last.textContent.trim() });
  });
  return { pages: pages.length, widows, orphans, handler: window.folioBreaks };
})()`;

/** pdftotext -bbox words of one page, grouped into lines. */
function bboxLines(file: string, page: number): Array<Array<{ text: string; xMin: number; xMax: number }>> {
  const xml = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', file, '-'], {
    encoding: 'utf8',
  });
  const lines = new Map<string, Array<{ text: string; xMin: number; xMax: number }>>();
  for (const match of xml.matchAll(
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
  )) {
    const key = Number(match[2]).toFixed(0);
    if (!lines.has(key)) lines.set(key, []);
    lines.get(key)!.push({
      text: match[4].replace(/&apos;/g, "'").replace(/\u00ad/g, ''),
      xMin: Number(match[1]),
      xMax: Number(match[3]),
    });
  }
  return [...lines.values()];
}

const gaps = (line: Array<{ xMin: number; xMax: number }>) =>
  line.slice(1).map((word, index) => word.xMin - line[index].xMax);

describe('folio pdf: widows, orphans and short last lines (sample book)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-pdf-typography-'));
  let outcome: PdfOutcome;
  let census: Census;
  let visibility: {
    hidden?: number;
    shown: number;
    pages: number;
    unpainted?: { hidden: boolean; shown: boolean };
    rootVisibility: string;
  };
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    const book = await read(path.join(repoRoot, 'manuscript'), repoRoot);
    const rendered = await render(book, await bibliographyHtml(book, await cite(book)));
    outcome = await writePdf({ rendered, outDir: path.join(dir, 'pdf'), logger: silentLogger });

    // The same book laid out in one Paged.js flow, to read the pages' DOM.
    const bundle = await writeHtmlBundle(rendered, path.join(dir, 'html'), {});
    const handlers = path.join(dir, 'handlers.js');
    writeFileSync(handlers, pagedHandlersScript);
    const browser = (session = await launchBrowser({ allowedDirs: [dir] }));
    class SessionPrinter extends Printer {
      override async setup(): Promise<unknown> {
        this.browser = { newPage: () => browser.newPage(), close: () => browser.close() };
        return this.browser;
      }
    }
    const printer = new SessionPrinter({ timeout: 120_000, closeAfter: false, additionalScripts: [handlers] });
    const page: Page = await printer.render(pathToFileURL(bundle.htmlPath).href);
    census = (await page.evaluate(censusScript)) as Census;
    visibility = await page.evaluate(() => {
      const pages = Array.from(document.querySelectorAll('.pagedjs_page'));
      return {
        hidden: (window as unknown as { folioHiddenPages?: number }).folioHiddenPages,
        shown: pages.filter((element) => getComputedStyle(element).display !== 'none').length,
        pages: pages.length,
        unpainted: (window as unknown as { folioUnpainted?: { hidden: boolean; shown: boolean } }).folioUnpainted,
        rootVisibility: getComputedStyle(document.documentElement).visibility,
      };
    });
  });
  afterAll(async () => {
    await session?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps its checks: every note on its call page, no text lost', () => {
    expect(outcome.checks.filter((check) => !check.ok)).toEqual([]);
  });

  it('hides each finished page while the next are laid out, and shows every page again after layout', () => {
    expect(visibility.pages).toBeGreaterThan(18);
    expect(visibility.hidden).toBe(visibility.pages);
    expect(visibility.shown).toBe(visibility.pages);
  });

  it('lays the pages out unpainted (the document invisible), and makes them visible again after layout', () => {
    expect(visibility.unpainted).toEqual({ hidden: true, shown: true });
    expect(visibility.rootVisibility).toBe('visible');
  });

  it('leaves no widow and no orphan on any page', () => {
    expect(census.pages).toBeGreaterThan(18);
    expect(census.widows).toEqual([]);
    expect(census.orphans).toEqual([]);
  });

  it('reports what it did, for the checks: pages left overflowing, widows and orphans left, cuts moved', () => {
    expect(census.handler.overflowPages).toEqual([]);
    expect(census.handler.widows).toEqual([]);
    expect(census.handler.orphans).toEqual([]);
    // The sample has widows to keep (without the handler: "life.15" alone at the head of a page).
    expect(census.handler.moved.widows + census.handler.moved.orphans).toBeGreaterThan(0);
    expect(census.handler.shortLastLines.length).toBeGreaterThan(0);
  });

  it('does not justify the short line left at the foot when a word goes over with its note call', () => {
    const pageIndex = outcome.facts.pageTexts.findIndex((text) =>
      /wrote his teacher.s life a few years after his death in\s*\n/.test(text.replace(/\u00ad/g, '')),
    );
    expect(pageIndex).toBeGreaterThan(0);
    const line = bboxLines(outcome.file, pageIndex + 1).find(
      (words) => words[0].text === 'wrote' && words.at(-1)!.text === 'in',
    );
    expect(line).toBeDefined();
    // The page's full lines set the normal word space.
    const spaces = bboxLines(outcome.file, pageIndex + 1).flatMap((words) => (words.length > 6 ? gaps(words) : []));
    const median = spaces.sort((a, b) => a - b)[Math.floor(spaces.length / 2)];
    expect(Math.max(...gaps(line!))).toBeLessThan(1.6 * median);
  });
});
