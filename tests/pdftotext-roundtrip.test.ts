/**
 * A PDF converted to text (`pdftotext`) is read as a paged export: form feeds cut the pages,
 * folios and running heads go, note texts at the pages' feet pair with the digits glued to words
 * that call them, words broken at line ends are rejoined, and short lines set apart become
 * headings. Each rule has an invented fixture (tests/fixtures/read-pdftotext-<rule>/: `input.txt`
 * and the exact `folio normalise` output in `expected.md`). On the thesis, the round trip through
 * a real converter: Folio's own PDF → `pdftotext -layout` → `folio check` finds all 1085 notes in
 * order, and `normalise` conserves the body's and notes' words.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBook } from '../src/check/index.js';
import { indexNotes } from '../src/check/notes-index.js';
import { writePdf } from '../src/emit/pdf.js';
import { toMarkdown } from '../src/emit/markdown.js';
import { silentLogger } from '../src/log.js';
import { bibliographyHtml, cite, read, render } from '../src/pipeline.js';
import { readBook } from '../src/read/index.js';
import { run } from './helpers/cli.js';
import { corpusPath, describeCorpus, repoRoot } from './helpers/corpus.js';
import { multisetDiff, words } from './helpers/words.js';

const fixtures = path.join(repoRoot, 'tests/fixtures');

async function expectNormalised(name: string): Promise<void> {
  const folder = path.join(fixtures, name);
  const { code, stdout, stderr } = await run(['normalise', 'input.txt'], folder);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(stdout).toBe(readFileSync(path.join(folder, 'expected.md'), 'utf8'));
}

const readFixture = (name: string) => readBook(path.join(fixtures, name, 'input.txt'));

describe('a PDF converted to text', () => {
  it('drops folios that rise page by page (arabic and roman) and lines repeated at the top of three pages or more', async () => {
    await expectNormalised('read-pdftotext-folios-running-heads');
    const text = toMarkdown(await readFixture('read-pdftotext-folios-running-heads'));
    expect(text).not.toMatch(/THE SALT ROAD|CARAVANS OF THE PLAIN|\bvii\b|\bviii\b|^\d+$/m);
    // A number in the text that is not a folio stays.
    expect(text).toContain('Count 12 carts and 40 oxen');
  });

  it('pairs note texts at the foot (`N text`, `N. text`, continued lines) with digits glued to words', async () => {
    await expectNormalised('read-pdftotext-notes-calls');
    const book = await readFixture('read-pdftotext-notes-calls');
    expect(book.dialect).toBe('export');
    const { calls, texts } = indexNotes(book);
    expect(calls.map(({ node }) => node.data?.number)).toEqual([1, 2, 3, 4, 5]);
    expect(texts.map(({ node }) => node.data?.number)).toEqual([1, 2, 3, 4, 5]);
    const text = toMarkdown(book);
    // A year before a call, a figure not glued, and a number that is not the next note stay text.
    expect(text).toContain('spring of 1702.[^1]');
    expect(text).toContain('Pier 4\nwas');
    expect(text).toContain('toll of 5 pence');
    expect(text).toContain('[^5]: Toll roll, first page, continued on the back.');
  });

  it('reports a note text whose call the converter lost, and still pairs the calls after it (read-pdftotext-lost-call)', async () => {
    await expectNormalised('read-pdftotext-lost-call');
    const book = await readFixture('read-pdftotext-lost-call');
    // Three of four notes paired is too few for the Markdown weighing alone: the pages' note texts decide.
    expect(book.dialect).toBe('export');
    const { calls, texts } = indexNotes(book);
    expect(calls.map(({ node }) => node.data?.number)).toEqual([1, 3, 4]);
    expect(texts.map(({ node }) => node.data?.number).sort()).toEqual([1, 2, 3, 4]);
    const folder = path.join(fixtures, 'read-pdftotext-lost-call');
    const { code, stdout } = await run(['check', 'input.txt', '--format', 'json'], folder);
    expect(code).toBe(1);
    const { summary, messages } = JSON.parse(stdout) as {
      summary: { notes: number; errors: number };
      messages: Array<{ ruleId: string; line: number; message: string }>;
    };
    expect(summary).toMatchObject({ notes: 4, errors: 2 });
    // At the note text's own line in the .txt (line 8), then the call that comes after the gap.
    expect(messages.map(({ ruleId, line }) => [ruleId, line])).toEqual([
      ['note-missing-call', 8],
      ['note-sequence', 9],
    ]);
  });

  it('warns, never silently zero, when no note text at the feet pairs with the numbers glued to words (read-pdftotext-unrecognised-notes: notes as `(N) text`)', async () => {
    const folder = path.join(fixtures, 'read-pdftotext-unrecognised-notes');
    const { code, stdout } = await run(['check', 'input.txt', '--format', 'json'], folder);
    expect(code).toBe(0);
    const { summary, messages } = JSON.parse(stdout) as {
      summary: { notes: number; warnings: number };
      messages: Array<{ ruleId: string; line: number; column: number; message: string }>;
    };
    expect(summary).toMatchObject({ notes: 0, warnings: 1 });
    expect(messages.map(({ ruleId, line, column }) => [ruleId, line, column])).toEqual([['note-unrecognised', 3, 57]]);
    expect(messages[0].message).toMatch(/^Unexpected 8 numbers glued to words left in the text \(first `1650\.1`\)/);
  });

  it('rejoins words broken at line ends: soft hyphens, known words, fragments; compounds of two words keep the hyphen; across a page', async () => {
    await expectNormalised('read-pdftotext-hyphens');
    const text = toMarkdown(await readFixture('read-pdftotext-hyphens'));
    expect(text).not.toContain('\u00ad');
    expect(text).toContain('gardeners\nplanted bulbs in autumn and water-lilies');
    expect(text).toContain('twenty-two');
    expect(text).toContain('sun-dried');
    expect(text).toContain('Obermaier.');
    expect(text).toContain('the whole village, and the well-kept');
  });

  it('reads short lines set apart as headings, not contents lines nor a short line at the foot', async () => {
    await expectNormalised('read-pdftotext-headings');
    const text = toMarkdown(await readFixture('read-pdftotext-headings'));
    expect(text.match(/^#+ .*$/gm)).toEqual([
      '# Contents',
      '# Chapter One: Lighthouses',
      '## Stone Towers',
      '# Chapter Two: Keepers',
    ]);
    expect(text).toContain('\nThe Lamp Room\n');
  });
});

describeCorpus('pdftotext round trip: the thesis', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-pdftotext-'));
  const textFile = path.join(dir, 'thesis.txt');

  beforeAll(async () => {
    const book = await read(corpusPath, repoRoot);
    const rendered = await render(book, await bibliographyHtml(book, await cite(book)));
    const outcome = await writePdf({ rendered, outDir: dir, logger: silentLogger });
    writeFileSync(textFile, execFileSync('pdftotext', ['-layout', outcome.file, '-'], { maxBuffer: 64 << 20 }));
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds all 1085 notes in order, calls and texts paired, with no errors', async () => {
    const book = await readBook(textFile);
    expect(book.dialect).toBe('export');
    const { calls, texts } = indexNotes(book);
    const numbers = Array.from({ length: 1085 }, (_, index) => index + 1);
    expect(calls.map(({ node }) => node.data?.number)).toEqual(numbers);
    expect(texts.map(({ node }) => node.data?.number)).toEqual(numbers);
    const summary = checkBook(book);
    expect(summary.notes).toBe(1085);
    expect(summary.errors).toBe(0);
  });

  it('conserves the words of the body and the notes (at least 99.9%)', async () => {
    const source = words(toMarkdown(await readBook(corpusPath)));
    const { missing } = multisetDiff(source, words(toMarkdown(await readBook(textFile))));
    const lost = [...missing.values()].reduce((sum, count) => sum + count, 0);
    expect(lost / source.length).toBeLessThan(0.001);
  });
});
