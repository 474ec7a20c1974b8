/**
 * A long export's pages parsed on two cores (src/read/pages-thread.ts) give the tree the file gives
 * parsed whole, positions included, whether the worker parses its share (the compiled build) or
 * this thread parses every page (the sources, which have no compiled worker), with or without
 * pages known from the cache.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { pageKey, pagesOf, type PageText, type PageTrees } from '../src/read/pages.js';
import { parseExportPage, parseMarkdown } from '../src/read/parse.js';
import { corpusPath, describeCorpus, repoRoot } from './helpers/corpus.js';

const whole = (text: string) => parseMarkdown(new VFile({ value: text }), 'export');
const parse = (page: PageText) => parseExportPage(page.text, page.offset === 0);

/** pages-thread.ts from dist/ (compiled before the tests run, scripts/test.sh), where its worker is. */
async function compiled(): Promise<typeof import('../src/read/pages-thread.js')> {
  return import(path.join(repoRoot, 'dist/read/pages-thread.js'));
}

/** A long synthetic export: numbered pages of paragraphs with note calls, notes, emphasis and a list. */
function longExport(pages: number): string {
  const page = (n: number) =>
    `## Section ${n}\n\nParagraph *${n}* with a call.<sup>${n}</sup> And **more** text on page ${n}.\n\n` +
    `- item one\n- item two\n\n<sup>${n}</sup> The note of page ${n}, with a [link](https://example.org/${n}).\n`;
  return `---\ntitle: A Long Export\n---\n\n${Array.from({ length: pages }, (_, n) => page(n + 1)).join('\n---\n\n')}`;
}

describe('an export parsed by pages on two cores', () => {
  const text = longExport(800);

  it('parses every page here on fewer than four logical processors', async () => {
    const { parsePagesShared, sharedFromProcessors } = await compiled();
    let here = 0;
    const counted = (page: PageText) => {
      here++;
      return parse(page);
    };
    expect(
      await parsePagesShared(text, pagesOf(text)!, counted, new Map(), undefined, sharedFromProcessors - 1),
    ).toEqual(whole(text));
    expect(here).toBe(pagesOf(text)!.length);
  });

  it('is long enough to share its pages', async () => {
    const { sharedFromChars } = await compiled();
    expect(text.length).toBeGreaterThan(sharedFromChars);
  });

  it('gives the whole file’s tree, its pages kept for the cache as this thread would keep them', async () => {
    const { parsePagesShared, sharedFromProcessors } = await compiled();
    const parsed: PageTrees = new Map();
    let here = 0;
    const counted = (page: PageText) => {
      here++;
      return parse(page);
    };
    const tree = await parsePagesShared(text, pagesOf(text)!, counted, new Map(), parsed, sharedFromProcessors);
    expect(tree).toEqual(whole(text));
    expect(parsed.size).toBe(new Set(pagesOf(text)!.map(pageKey)).size);
    // The worker parsed the last pages, a bit under half of them.
    expect(here).toBeGreaterThan(pagesOf(text)!.length / 2);
    expect(here).toBeLessThan(pagesOf(text)!.length * 0.7);
  });

  it('takes the known pages from the cache and shares only the others', async () => {
    const { parsePagesShared } = await compiled();
    const pages = pagesOf(text)!;
    const known: PageTrees = new Map();
    await parsePagesShared(text, pages.slice(0, 100), parse, new Map(), known);
    const edited = text.replace('Paragraph *700*', 'Paragraph *seven hundred*');
    expect(await parsePagesShared(edited, pagesOf(edited)!, parse, known, undefined, 4)).toEqual(whole(edited));
  });
});

describeCorpus('the thesis parsed on two cores', () => {
  it('gives the whole file’s tree', async () => {
    const { parsePagesShared } = await compiled();
    const thesis = readFileSync(corpusPath, 'utf8');
    expect(await parsePagesShared(thesis, pagesOf(thesis)!, parse, new Map(), undefined, 4)).toEqual(whole(thesis));
  });
});
