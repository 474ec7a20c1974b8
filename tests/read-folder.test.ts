/**
 * A folder without `folio.yaml`: files in natural name order (or by Hugo's `weight`), roles guessed
 * from headings and file names, metadata from what every file's front matter agrees on, and one
 * info message saying what was guessed. Fixtures: tests/fixtures/read-folder-*.
 */
import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { divisions } from '../src/book.js';
import { checkBook } from '../src/check/index.js';
import { manuscriptFiles } from '../src/read/folder.js';
import { readBook } from '../src/read/index.js';
import { existsSync } from 'node:fs';
import { describeWhen } from './helpers/available.js';
import { repoRoot } from './helpers/corpus.js';

const fixture = (name: string) => path.join(repoRoot, 'tests/fixtures', name);

describe('a folder without folio.yaml', () => {
  it('lists its manuscript files in natural name order, leaving out a README', async () => {
    expect(await manuscriptFiles(fixture('read-folder-guessed'))).toEqual([
      '01-colophon.md',
      '02-contents.md',
      '03-part-one.md',
      '4-ferry.md',
      '10-tide-tables.md',
      '11-contributors.md',
    ]);
  });

  it('guesses roles: contents left out, colophon, a heading-only part, chapters, contributors at the back', async () => {
    const book = await readBook(fixture('read-folder-guessed'));
    expect(divisions(book).map((division) => [division.kind, division.role, division.title])).toEqual([
      ['front', 'colophon', 'Colophon'],
      ['body', 'part', 'PART ONE: WATER'],
      ['body', 'chapter', '3: The Ferry'],
      ['body', 'chapter', '4: The Tide Tables'],
      ['back', 'contributors', 'Notes on Contributors'],
    ]);
    expect(checkBook(book)).toMatchObject({ chapters: 2, notes: 3, errors: 0 });
  });

  it('reads `#Title` as a heading where one is expected, and a `######` line under the title as its byline', async () => {
    const book = await readBook(fixture('read-folder-guessed'));
    const chapter = book.body[2];
    const byline = chapter.tree.children[1];
    expect(byline.type).toBe('paragraph');
    expect(byline.data?.hProperties?.className).toEqual(['chapter-authors']);
    expect(toString(byline)).toBe('Ines Varga');
    expect(chapter.sections.map((section) => section.title)).toEqual(['Before the Tables']);
  });

  it('takes the metadata every front matter agrees on, and says what it guessed in one info message', async () => {
    const book = await readBook(fixture('read-folder-guessed'));
    expect(book.metadata).toMatchObject({
      title: 'Lanterns of the Estuary',
      authors: ['Ines Varga', 'Ole Brandt'],
      rights: 'CC BY 4.0',
    });
    const infos = book.files.flatMap((file) => file.messages.filter((message) => message.fatal === undefined));
    expect(infos.map((message) => message.reason)).toEqual([
      'Unexpected folder without folio.yaml, expected one listing the parts: read 6 files in name order, title from the front matter, roles guessed: Colophon → colophon; PART ONE: WATER → part; Notes on Contributors → contributors, left out: Contents',
    ]);
  });

  it("orders by every file's `weight`, titles chapters from their front matter, and the book's authors are the chapters'", async () => {
    const book = await readBook(fixture('read-folder-weights'));
    expect(book.body.map((division) => division.title)).toEqual(['First by Weight', 'Second by Weight: Reading Order']);
    expect(book.body[1].sections.map((section) => [section.title, section.depth])).toEqual([
      ['A Section Written at Depth One', 2],
    ]);
    expect(book.metadata.title).toBe('read-folder-weights');
    expect(book.metadata.authors).toEqual(['Amos Vale', 'Ruth Keel']);
    expect(toString(book.body[0].tree.children[2])).toBe('A headnote.');
    const warnings = book.files.flatMap((file) =>
      file.messages.filter((message) => message.fatal === false).map((message) => message.ruleId),
    );
    expect(warnings).toEqual(['template-tags']);
  });
});

const corpus = path.resolve(repoRoot, '../shared/corpus');
const errorsOf = (book: Awaited<ReturnType<typeof readBook>>) =>
  book.files.flatMap((file) =>
    file.messages.filter((message) => message.fatal === true).map((message) => `${file.basename} ${message.ruleId}`),
  );

describeWhen(
  existsSync(path.join(corpus, 'good-data/md')),
  '../shared/corpus/good-data',
  'an anthology folder of Markdown without folio.yaml',
  () => {
    it('gives 20 chapters between five part pages, every note, and only the real defects as errors', async () => {
      const book = await readBook(path.join(corpus, 'good-data/md'));
      expect(checkBook(book)).toMatchObject({ chapters: 20, notes: 1160 });
      expect(book.body.filter((division) => division.role === 'part')).toHaveLength(5);
      expect(book.metadata.title).toBe('Good Data');
      // One empty note, affiliation notes whose calls were lost, and three images referred to by
      // absolute paths on the publisher's own machine (never read: they are outside the book).
      expect(errorsOf(book).sort()).toEqual([
        '01colophon.md asset-outside-book',
        '10chapter6.md asset-outside-book',
        '10chapter6.md asset-outside-book',
        '10chapter6.md note-empty',
        '24chapter17.md note-missing-call',
        '26chapter19.md note-missing-call',
        '26chapter19.md note-missing-call',
        '26chapter19.md note-missing-call',
        '26chapter19.md note-missing-call',
      ]);
    }, 120_000);
  },
);

describeWhen(
  existsSync(path.join(corpus, 'model-articles')),
  '../shared/corpus/model-articles',
  'a Hugo content folder without folio.yaml',
  () => {
    it('orders the articles by weight, titles them from their front matter, and finds all 581 notes without an error', async () => {
      const book = await readBook(path.join(corpus, 'model-articles/content/articles'));
      expect(checkBook(book)).toMatchObject({ chapters: 11, notes: 581, errors: 0 });
      expect(book.body[0].file.basename).toBe('introduction.md');
      expect(book.body.every((division) => division.title.length > 10)).toBe(true);
    }, 120_000);
  },
);
