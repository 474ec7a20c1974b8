import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { formatBibliography } from '../src/cite/citeproc.js';
import { epubDrafter } from '../src/emit/epub.js';
import { expandIbid } from '../src/emit/epub/expand-ibid.js';
import { planFiles } from '../src/emit/epub/files.js';
import { makeEpub } from '../src/emit/epub/index.js';
import { indexIds } from '../src/emit/epub/links.js';
import { reusableDocument, type PreparedDocuments } from '../src/emit/epub/part-documents.js';
import { cite, read } from '../src/pipeline.js';
import { assembleBook, renderDivisions } from '../src/render/index.js';
import { repoRoot } from './helpers/corpus.js';

const fixture = path.join(repoRoot, 'tests/fixtures/epub-drafts');

/** The fixture's book drafted without its bibliography (as while it is formatted) and finished with it. */
async function draftAndFinal() {
  const book = await read(fixture, repoRoot);
  const citations = await cite(book);
  const divisions = renderDivisions(book);
  const prepared = epubDrafter(book, assembleBook(book, divisions)) as PreparedDocuments;
  const rendered = assembleBook(book, divisions, { bibliographyHtml: formatBibliography(citations) });
  const own = expandIbid(rendered, citations).rendered;
  return { book, prepared, own };
}

async function epubOf(
  own: Awaited<ReturnType<typeof draftAndFinal>>['own'],
  baseDir: string,
  prepared?: PreparedDocuments,
) {
  const warnings: string[] = [];
  const bytes = await makeEpub(own, {
    baseDir,
    sourceFiles: [],
    sourceDateEpoch: '1700000000',
    warn: (message) => warnings.push(message),
    prepared,
  });
  return { bytes, warnings };
}

describe('EPUB part documents written while the bibliography is formatted', () => {
  it('keeps the drafted documents of parts that do not change, and writes again one that links into the bibliography', async () => {
    const { prepared, own } = await draftAndFinal();
    const planned = planFiles(own.parts.filter((part) => part.role !== 'halftitle'));
    const links = indexIds(planned.map(({ href, part }) => ({ href, html: part.html })));
    const kept = Object.fromEntries(
      planned.map((entry) => [entry.href, Boolean(reusableDocument(prepared, entry, links))]),
    );
    // Chapter one links to #bibliography, which the draft did not have: its link would have been dropped.
    expect(prepared.get('chapter-1.xhtml')?.broken).toEqual(['#bibliography']);
    expect(kept).toMatchObject({ 'chapter-1.xhtml': false, 'chapter-2.xhtml': true, 'chapter-3.xhtml': true });
    expect(kept['bibliography.xhtml']).toBe(false);
  });

  it('makes the same EPUB, byte for byte and with the same warnings, as one written all at once', async () => {
    const { book, prepared, own } = await draftAndFinal();
    const ahead = await epubOf(own, book.baseDir, prepared);
    const atOnce = await epubOf(own, book.baseDir);
    expect(ahead.bytes.equals(atOnce.bytes)).toBe(true);
    expect(ahead.warnings).toEqual(atOnce.warnings);
    expect(atOnce.warnings).toEqual([
      'chapter-2.xhtml: link to `#no-such-place`, which is nowhere in the book (unlinked)',
    ]);
    const zip = await JSZip.loadAsync(ahead.bytes);
    expect(await zip.file('OEBPS/chapter-1.xhtml')!.async('string')).toContain(
      'href="bibliography.xhtml#bibliography"',
    );
    expect(await zip.file('OEBPS/bibliography.xhtml')!.async('string')).toContain('<i>The Long River');
  });
});
