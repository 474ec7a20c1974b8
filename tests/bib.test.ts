import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { citeBook } from '../src/cite/index.js';
import { formatBibliography, formatNotes } from '../src/cite/citeproc.js';
import type { CitationResult } from '../src/book.js';
import { writeBibliography } from '../src/emit/bib.js';
import { readBook } from '../src/read/index.js';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/cite-mini/book.md');

describe('bibliography outputs', () => {
  let result: CitationResult;
  beforeAll(async () => {
    result = citeBook(await readBook(fixture));
  });

  it('renders the bibliography in Chicago as csl-entry divs, particles in front, tweets as written', () => {
    const html = formatBibliography(result);
    const entries = html.match(/<div[^>]*class="csl-entry"[^>]*>.*?<\/div>/g) ?? [];
    expect(entries).toHaveLength(4);
    expect(html).toContain('van Doren, Anna. <i>The Long River: A History of Rivers</i>. Boston: Harbour Press, 2001.');
    expect(html).toContain('“rivers are long, bridges are short.”');
  });

  it('prints a statute’s § only with its section (an Act in its volume of statutes has none)', () => {
    const statute = (id: string, section?: string): CitationResult['items'][number] => ({
      id,
      type: 'legislation',
      title: `Shore ${id} Act`,
      volume: '12',
      'container-title': 'Shore Statutes at Large',
      issued: { 'date-parts': [[1861]] },
      ...(section ? { section } : {}),
    });
    const html = formatBibliography({ items: [statute('Ferry'), statute('Harbour', '4')], notes: [] });
    expect(html).toContain('Shore Ferry Act, 12 Shore Statutes at Large (1861).');
    expect(html).toContain('Shore Harbour Act, 12 Shore Statutes at Large § 4 (1861).');
  });

  it('prints a hearing in a style older than CSL 1.0.2 as the congressional document it knows, not a quoted article', () => {
    const html = formatBibliography({
      items: [
        {
          id: 'quays',
          type: 'hearing',
          title: 'Oversight of Quays: Hearing Before the S. Comm. on Harbours',
          issued: { 'date-parts': [[2013]] },
        },
      ],
      notes: [],
    });
    expect(html).toContain('Oversight of Quays: Hearing Before the S. Comm. on Harbours (2013).');
    expect(html).not.toContain('“');
  });

  it('formats the bibliography on a worker thread (the compiled build) as on this one, and reports a bad style the same way', async () => {
    // dist/ is compiled before the tests run (scripts/test.sh); the sources have no compiled worker to start.
    const compiled = path.join(path.dirname(fileURLToPath(import.meta.url)), '../dist/cite/bibliography-thread.js');
    const { startBibliographyFormatter } = (await import(
      compiled
    )) as typeof import('../src/cite/bibliography-thread.js');
    const formatter = startBibliographyFormatter();
    try {
      formatter.warm({});
      expect(await formatter.format(result, {})).toBe(formatBibliography(result));
      await expect(formatter.format(result, { style: 'no-such-style' })).rejects.toThrow(/no-such-style/);
    } finally {
      formatter.close();
    }
  });

  it('formats every note in one pass, with short forms after the first citation', () => {
    const notes = formatNotes(result);
    expect(notes.get(1)).toContain(
      'Anna van Doren, <i>The Long River: A History of Rivers</i> (Boston: Harbour Press, 2001), 12.',
    );
    expect(notes.get(4)).toContain('van Doren, <i>Long River</i>, 20');
  });

  it('writes the four files atomically, citations.json in the agreed shape', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'folio-bib-'));
    const written = await writeBibliography(result, { outDir });
    expect(written.map((file) => path.basename(file))).toEqual([
      'bibliography.json',
      'references.bib',
      'citations.json',
      'bibliography.html',
    ]);
    expect((await readdir(outDir)).sort()).toEqual([
      'bibliography.html',
      'bibliography.json',
      'citations.json',
      'references.bib',
    ]);

    const items = JSON.parse(await readFile(path.join(outDir, 'bibliography.json'), 'utf8'));
    expect(items.map((item: { id: string }) => item.id)).toContain('kell2010notes');
    const citations = JSON.parse(await readFile(path.join(outDir, 'citations.json'), 'utf8'));
    expect(citations[1]).toEqual({
      note: 2,
      kind: 'ibid',
      citations: [{ id: 'vandoren2001long', form: 'ibid', locator: '14-15' }],
    });
    const bibtex = await readFile(path.join(outDir, 'references.bib'), 'utf8');
    expect(bibtex).toMatch(/@book\{vandoren2001long,/);
    expect(bibtex).toContain('van Doren, Anna');
    expect(await readFile(path.join(outDir, 'bibliography.html'), 'utf8')).toContain('class="csl-entry"');
  });

  it('refuses an unknown style before writing anything', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'folio-bib-'));
    await expect(writeBibliography(result, { outDir, style: 'no-such-style' })).rejects.toThrow(
      /Cannot find CSL style/,
    );
    expect(await readdir(outDir)).toEqual([]);
  });
});
