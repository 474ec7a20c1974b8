/** `folio html`: the print HTML bundle Paged.js lays out. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHtmlBundle } from '../src/emit/html.js';
import { bibliographyHtml, cite, read, render } from '../src/pipeline.js';
import { repoRoot } from './helpers/corpus.js';

describe('folio html: the sample book', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-html-test-'));
  let html: string;
  beforeAll(async () => {
    const book = await read(path.join(repoRoot, 'manuscript'), repoRoot);
    const bundle = await writeHtmlBundle(await render(book, await bibliographyHtml(book, await cite(book))), dir);
    html = readFileSync(bundle.htmlPath, 'utf8');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('links its stylesheets, fonts and images, all local', () => {
    for (const name of ['fonts.css', 'base.css', 'print.css', 'page.css']) {
      expect(html).toContain(`href="styles/${name}"`);
      expect(existsSync(path.join(dir, 'styles', name)), name).toBe(true);
    }
    const fontsCss = readFileSync(path.join(dir, 'styles/fonts.css'), 'utf8');
    for (const [, url] of fontsCss.matchAll(/url\('([^']+)'\)/g)) expect(existsSync(path.join(dir, 'styles', url)), url).toBe(true);
    expect(fontsCss).toContain("font-family: 'Noto Serif Armenian'");
    expect(existsSync(path.join(dir, 'assets/timeline.svg'))).toBe(true);
    expect(html).not.toMatch(/<script|\son\w+=|src="https?:/i);
    expect(readFileSync(path.join(dir, 'styles/page.css'), 'utf8')).toContain('size: 6in 9in;');
  });

  it('places each note beside its call and numbers it as in the manuscript', () => {
    expect(html.match(/<span class="footnote" data-note-number="\d+">/g)).toHaveLength(28);
    expect(html).toMatch(/<span class="noteref-glue">\S+<sup><a class="noteref" id="noteref-3" href="#note-3"[^>]*>3<\/a><\/sup><span class="footnote" data-note-number="3">/);
    expect(html).not.toContain('<aside');
  });

  it('hyphenates with soft hyphens and names the pages', () => {
    expect(html).toContain('Ar\u00admen\u00adian');
    expect(html).toMatch(/class="part part-chapter folio-page-body folio-first-body"/);
    expect(html).toMatch(/<h1 id="chapter-1-title" data-running-head="Letters for a Language">|data-running-head="Letters for a Language"/);
    expect(html).toMatch(/<html lang="en">/);
  });
});
