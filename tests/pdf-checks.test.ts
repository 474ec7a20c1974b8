/**
 * Overflow looks (handlers/checks.js, handlers/steps.js): a title page of a few words, then a list
 * of short entries, each a block of small inline pieces (names, titles, places in spans), is laid
 * out in one Paged.js flow twice: with Folio's handlers, and without FolioChecks and FolioSteps
 * (Paged.js looking after every piece once a page holds as many characters as the title page).
 * The pages must come out the same, line for line, with a few looks per page that find no
 * overflow instead of one per piece.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '../src/emit/pdf/browser.js';
import { pagedHandlersScript } from '../src/emit/pdf/paged-handlers.js';
import { pagedLayout } from './helpers/paged-layout.js';

interface Flow {
  /** Per page: its lines (text rects grouped by top), each line's text. */
  pages: string[][];
  checks?: { empty: number };
}

const flowScript = `(() => {
  const pages = Array.from(document.querySelectorAll('.pagedjs_page')).map((page) => {
    const lines = new Map();
    const walker = document.createTreeWalker(page.querySelector('.pagedjs_page_content'), NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (!rect.width) continue;
      const top = Math.round(rect.top);
      lines.set(top, (lines.get(top) || '') + node.data);
    }
    return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([top, text]) => top + ' ' + text);
  });
  return { pages, checks: window.folioChecks };
})()`;

const names = ['Ada Brook', 'Ben Carter', 'Cleo Dunn', 'Dov Ellis', 'Eva Ford', 'Finn Gray', 'Gia Hale'];
const words = ['harbour', 'ledger', 'lantern', 'orchard', 'quarry', 'meadow', 'signal', 'timber', 'valley'];

/** A made-up reference list: each entry a block of text nodes and inline elements. */
function entriesHtml(count: number): string {
  const entries: string[] = [];
  for (let index = 0; index < count; index++) {
    const name = names[index % names.length];
    const title = `${words[index % words.length]} and ${words[(index * 5 + 2) % words.length]}`;
    entries.push(
      `<div class="entry"><span class="name">${name}</span>, <em>The ${title} papers, volume ${index + 1}</em>` +
        ` (<span class="place">Northport</span>: <span class="publisher">Quayside Press</span>, ${1950 + (index % 70)}),` +
        ` <span class="pages">${index + 3}–${index + 19}</span>; <a href="#e${index}">see also</a> the ${words[(index * 3) % words.length]} notes.</div>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
@page { size: 130mm 190mm; margin: 18mm 16mm; }
body { font: 10pt/1.35 serif; }
.entry { padding-left: 1.5em; text-indent: -1.5em; margin-bottom: 0.3em; }
.title { break-after: page; }
</style></head><body><section class="title"><h1>Entries</h1></section>${entries.join('\n')}</body></html>`;
}

describe('folio pdf: overflow looks a page-full apart', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-pdf-checks-'));
  let folio: Flow;
  let paged: Flow;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    const html = path.join(dir, 'entries.html');
    writeFileSync(html, entriesHtml(260));
    const browser = (session = await launchBrowser({ allowedDirs: [dir] }));
    const layOut = pagedLayout<Flow>(browser, dir, pathToFileURL(html).href, flowScript);
    folio = await layOut('folio.js', pagedHandlersScript);
    const withoutChecks = pagedHandlersScript.replace(
      /registerHandlers\(([^)]*)FolioChecks, FolioSteps, /,
      'registerHandlers($1',
    );
    expect(withoutChecks).not.toBe(pagedHandlersScript);
    paged = await layOut('paged.js', withoutChecks);
  });
  afterAll(async () => {
    await session?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lays the pages out as Paged.js does, line for line', () => {
    expect(paged.checks).toBeUndefined();
    expect(folio.pages.length).toBeGreaterThan(8);
    expect(folio.pages).toEqual(paged.pages);
  });

  it('looks a few times per page, not after every piece of an entry', () => {
    expect(folio.checks!.empty).toBeGreaterThan(0);
    expect(folio.checks!.empty).toBeLessThanOrEqual(2 * folio.pages.length);
  });
});
