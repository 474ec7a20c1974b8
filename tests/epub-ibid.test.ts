/**
 * Ibid.-safe e-book notes (`epub.expandIbid`): in the EPUB a certain Ibid. names its work in short
 * form, an uncertain one stays as written, and the print HTML keeps every Ibid.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { epubWriter } from '../src/emit/epub.js';
import { expandIbid, shortForm, shortFormHtml } from '../src/emit/epub/expand-ibid.js';
import { silentLogger } from '../src/log.js';
import { build, cite, read, render } from '../src/pipeline.js';
import { corpusPath, describeCorpus, repoRoot } from './helpers/corpus.js';

const execFileAsync = promisify(execFile);
const fixture = path.join(repoRoot, 'tests/fixtures/epub-expand-ibid');

/** Each note's text (markup removed, backlink number kept) by number, from HTML or XHTML. */
function notesOf(html: string): Map<number, string> {
  const notes = new Map<number, string>();
  for (const match of html.matchAll(/<aside\b[^>]*\bid="note-(\d+)"[^>]*>([\s\S]*?)<\/aside>/g)) {
    notes.set(
      Number(match[1]),
      match[2]
        .replace(/<[^>]*>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  return notes;
}

async function buildTo(input: string, formats: Array<'epub' | 'html'>) {
  const out = await mkdtemp(path.join(tmpdir(), 'folio-ibid-'));
  const result = await build({ input, cwd: repoRoot, logger: silentLogger, outDir: out, formats });
  expect(result.summary.errors).toBe(0);
  return out;
}

async function epubNotes(file: string): Promise<Map<number, string>> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const names = Object.keys(zip.files).filter((name) => name.endsWith('.xhtml'));
  const notes = new Map<number, string>();
  for (const name of names)
    for (const [number, text] of notesOf(await zip.file(name)!.async('string'))) notes.set(number, text);
  return notes;
}

async function epubcheck(file: string): Promise<string> {
  const { stdout, stderr } = await execFileAsync('java', ['-jar', '/usr/share/java/epubcheck.jar', file], {
    maxBuffer: 1 << 24,
  }).catch((error: { stdout: string; stderr: string }) => error);
  return /Messages: .*/.exec(`${stdout}\n${stderr}`)?.[0] ?? `${stdout}\n${stderr}`;
}

describe('Ibid. in the EPUB names its work in short form', () => {
  let epub: Map<number, string>;
  let epubFile: string;
  let print: Map<number, string>;
  beforeAll(async () => {
    const out = await buildTo(fixture, ['epub', 'html']);
    epubFile = path.join(out, 'book.epub');
    epub = await epubNotes(epubFile);
    // The print HTML sets each note in place as `<span class="footnote" data-note-number="N">` (no nested spans here).
    const html = await readFile(path.join(out, 'book.html'), 'utf8');
    print = new Map(
      [...html.matchAll(/data-note-number="(\d+)">([\s\S]*?)<\/span><\/span>/g)].map((match) => [
        Number(match[1]),
        match[2].replace(/<[^>]*>/g, '').trim(),
      ]),
    );
  });

  it('writes an Ibid. with a locator as author, short title and the locator', () => {
    expect(epub.get(2)).toBe('2. Ortolan, Salt Roads, 85.');
    expect(epub.get(8)).toBe('8. Quill, Lanterns at Sea, 8. The lanterns were lit at dusk.');
  });

  it('writes an Ibid. without a locator (italic or not) as author and short title', () => {
    expect(epub.get(3)).toBe('3. Ortolan, Salt Roads.');
  });

  it('quotes an article title with the comma inside the marks', () => {
    expect(epub.get(10)).toBe('10. Varro, “Salt and Tide,” 14.');
  });

  it('leaves an Ibid. after a note citing two works as written, and the Ibid. after it', () => {
    expect(epub.get(5)).toBe('5. Ibid., 40.');
    expect(epub.get(6)).toBe('6. Ibid., 41.');
  });

  it('keeps every Ibid. in the print HTML', () => {
    expect(print.get(2)).toBe('2. Ibid., 85.');
    expect(print.get(3)).toBe('3. Ibid.');
    expect(print.get(10)).toBe('10. Ibid., 14.');
    expect([...print.values()].filter((note) => /\bIbid\b/.test(note))).toHaveLength(6);
  });

  it('leaves the EPUB valid', async () => {
    expect(await epubcheck(epubFile)).toBe('Messages: 0 fatals / 0 errors / 0 warnings / 0 infos');
  });

  it('never changes the shared rendered book', async () => {
    const book = await read(fixture, repoRoot);
    const citations = await cite(book);
    const rendered = await render(book);
    const before = JSON.stringify(rendered.parts);
    const { rendered: copy, expanded } = expandIbid(rendered, citations);
    expect(expanded).toEqual([2, 3, 8, 10]);
    expect(JSON.stringify(rendered.parts)).toBe(before);
    expect(JSON.stringify(copy.parts)).not.toBe(before);
  });

  it('is on by default and off with epub.expandIbid: false', async () => {
    const book = await read(fixture, repoRoot);
    expect(book.config.epub.expandIbid).toBe(true);
    await cite(book);
    const rendered = await render(book);
    book.config.epub.expandIbid = false;
    const out = await mkdtemp(path.join(tmpdir(), 'folio-ibid-off-'));
    await epubWriter({ book, rendered, outDir: out, logger: silentLogger });
    const notes = await epubNotes(path.join(out, 'book.epub'));
    expect(notes.get(2)).toBe('2. Ibid., 85.');
    expect([...notes.values()].filter((note) => /\bIbid\b/.test(note))).toHaveLength(6);
  });
});

describe('short forms of works', () => {
  it('names one to three authors and shortens four or more to et al.', () => {
    const item = (n: number) => ({
      id: 'x',
      type: 'book',
      title: 'A Long Title: With a Subtitle',
      'title-short': 'A Long Title',
      author: ['Ash', 'Birch', 'Cedar', 'Dogwood'].slice(0, n).map((family) => ({ family, given: 'Q' })),
    });
    expect(shortFormHtml(shortForm(item(1))!, ',')).toBe('Ash, <em>A Long Title</em>,');
    expect(shortFormHtml(shortForm(item(2))!, '.')).toBe('Ash and Birch, <em>A Long Title</em>.');
    expect(shortFormHtml(shortForm(item(3))!, '')).toBe('Ash, Birch, and Cedar, <em>A Long Title</em>');
    expect(shortFormHtml(shortForm(item(4))!, '')).toBe('Ash et al., <em>A Long Title</em>');
  });

  it('uses the title alone for a work without names, and keeps particles', () => {
    expect(shortFormHtml(shortForm({ id: 'y', type: 'report', title: 'Water & Salt' })!, '.')).toBe(
      '<em>Water &amp; Salt</em>.',
    );
    const particle = {
      id: 'z',
      type: 'book',
      title: 'Rivers',
      author: [{ family: 'Berg', 'non-dropping-particle': 'van den', given: 'E' }],
    };
    expect(shortFormHtml(shortForm(particle)!, '')).toBe('van den Berg, <em>Rivers</em>');
  });
});

describe('Ibid. in the sample book EPUB', () => {
  it('names the work of its four Ibid. notes, and EPUBCheck stays clean', async () => {
    const out = await buildTo(path.join(repoRoot, 'manuscript'), ['epub']);
    const notes = await epubNotes(path.join(out, 'book.epub'));
    expect([4, 11, 14, 21].map((number) => notes.get(number))).toEqual([
      '4. Hewsen, Armenia.',
      '11. Franklin, Writing, Society and Culture, 35.',
      '14. Panossian, The Armenians, 80.',
      '21. Franklin, The Russian Graphosphere, 1450-1850, 34.',
    ]);
    expect([...notes.values()].filter((note) => /\bIbid\b/i.test(note))).toEqual([]);
    expect(await epubcheck(path.join(out, 'book.epub'))).toBe('Messages: 0 fatals / 0 errors / 0 warnings / 0 infos');
  }, 300_000);
});

describeCorpus('Ibid. in the thesis EPUB', () => {
  it('names the work of every one of its 397 Ibid. notes, and EPUBCheck stays clean', async () => {
    const book = await read(corpusPath, repoRoot);
    const citations = await cite(book);
    const ibidNotes = citations.notes.filter((note) => note.citations.some((citation) => citation.form === 'ibid'));
    const { expanded } = expandIbid(await render(book), citations);
    expect(ibidNotes).toHaveLength(397);
    expect(expanded).toHaveLength(397);

    const out = await buildTo(corpusPath, ['epub']);
    const notes = await epubNotes(path.join(out, 'book.epub'));
    expect(notes.size).toBe(1085);
    expect(notes.get(33)).toMatch(/^33\. Broers, Anatomy of A Rivalry, 86-87\.$/);
    expect([...notes.values()].filter((note) => /^\d+\. Ibid\b/i.test(note))).toEqual([]);
    expect(await epubcheck(path.join(out, 'book.epub'))).toBe('Messages: 0 fatals / 0 errors / 0 warnings / 0 infos');
  }, 600_000);
});
