/**
 * Note placement (handlers/notes.js): a chapter dense with notes of every length is laid out in one
 * Paged.js flow twice, with Folio's handlers and with Paged.js placing each note itself (FolioNotes
 * not registered). The pages must come out the same, note for note and line for line, with far fewer
 * layouts of the page than notes; and the PDF build keeps its checks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '../src/emit/pdf/browser.js';
import { writeHtmlBundle } from '../src/emit/html.js';
import { writePdf, type PdfOutcome } from '../src/emit/pdf.js';
import { pagedHandlersScript } from '../src/emit/pdf/paged-handlers.js';
import { silentLogger } from '../src/log.js';
import { bibliographyHtml, cite, read, render } from '../src/pipeline.js';
import { repoRoot } from './helpers/corpus.js';
import { pagedLayout } from './helpers/paged-layout.js';

interface PageNotes {
  /** Note numbers in the page's footnote area; `c` marks a note continued from the page before. */
  notes: string[];
  /** The page's text, without its notes. */
  text: string;
}

interface Flow {
  pages: PageNotes[];
  /** Notes left in the text instead of the footnote area. */
  inline: number;
  counts?: { placed: number; measures: number; checks: number };
}

const flowScript = `(() => {
  const pages = Array.from(document.querySelectorAll('.pagedjs_page')).map((page) => {
    const content = page.querySelector('.pagedjs_page_content').cloneNode(true);
    for (const note of content.querySelectorAll('[data-note]')) note.remove();
    return {
      notes: Array.from(page.querySelectorAll('.pagedjs_footnote_area [data-note-number]')).map(
        (note) => note.getAttribute('data-note-number') + (note.hasAttribute('data-split-from') ? 'c' : ''),
      ),
      text: content.textContent.replace(/\\s+/g, ' ').trim(),
    };
  });
  const inline = document.querySelectorAll('.pagedjs_page_content [data-note-number]').length;
  return { pages, inline, counts: window.folioNotes };
})()`;

describe('folio pdf: notes placed a page at a time', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-pdf-notes-'));
  const fixture = path.join(repoRoot, 'tests/fixtures/pdf-notes');
  let outcome: PdfOutcome;
  let folio: Flow;
  let paged: Flow;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    const book = await read(fixture, repoRoot);
    const rendered = await render(book, await bibliographyHtml(book, await cite(book)));
    outcome = await writePdf({ rendered, outDir: path.join(dir, 'pdf'), logger: silentLogger });

    const bundle = await writeHtmlBundle(rendered, path.join(dir, 'html'), {});
    const browser = (session = await launchBrowser({ allowedDirs: [dir] }));
    const layOut = pagedLayout<Flow>(browser, dir, pathToFileURL(bundle.htmlPath).href, flowScript);
    folio = await layOut('folio.js', pagedHandlersScript);
    const withoutNotes = pagedHandlersScript.replace(/registerHandlers\(([^)]*)FolioNotes, /, 'registerHandlers($1');
    expect(withoutNotes).not.toBe(pagedHandlersScript);
    paged = await layOut('paged.js', withoutNotes);
  });
  afterAll(async () => {
    await session?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the checks: every note on its call page, no text lost', () => {
    expect(outcome.checks.filter((check) => !check.ok)).toEqual([]);
    expect(outcome.checks.find((check) => check.name === 'notes')?.summary).toBe(
      "notes on their call's page: 90 of 90",
    );
  });

  it('lays the pages out as Paged.js does, note for note', () => {
    expect(paged.counts).toBeUndefined();
    expect(folio.pages.length).toBeGreaterThan(12);
    expect(folio.pages.map((page) => page.notes)).toEqual(paged.pages.map((page) => page.notes));
    expect(folio.pages.map((page) => page.text)).toEqual(paged.pages.map((page) => page.text));
    expect(folio.inline).toBe(0);
  });

  it('meets the hard cases: pages with many notes, calls near the foot asked of the page', () => {
    expect(Math.max(...folio.pages.map((page) => page.notes.length))).toBeGreaterThanOrEqual(6);
    expect(folio.counts!.checks).toBeGreaterThan(0);
  });

  it('measures the page once per batch of notes, not twice per note', () => {
    const counts = folio.counts!;
    expect(counts.placed).toBeGreaterThanOrEqual(90);
    expect(counts.measures + counts.checks).toBeLessThan(counts.placed);
  });
});
