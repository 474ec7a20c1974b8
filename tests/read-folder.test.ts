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

describe("a folder whose first file's front matter speaks for the book", () => {
  it("takes the book title, author, date and publisher from it; a later file's own title titles its chapter", async () => {
    const book = await readBook(fixture('read-folder-first-file'));
    expect(book.metadata).toMatchObject({
      title: 'The Harbour Book',
      authors: ['Ines Varga'],
      date: '2020',
      publisher: 'Tidewater Press',
    });
    expect(book.body.map((division) => division.title)).toEqual(['Introduction', 'The Quay', 'The Boats']);
    const info = book.files[0].messages.find((message) => message.ruleId === 'folder-guessed');
    expect(info?.reason).toContain('read 3 files in name order, title from the front matter');
  });
});

describe('a folder with a chapter in Markdown and in Word under one name', () => {
  it('reads the Markdown once and says it left the Word file out', async () => {
    const book = await readBook(fixture('read-folder-twins'));
    expect(book.body.map((division) => [division.title, division.file.basename])).toEqual([
      ['The Quay', '1-quay.md'],
      ['The Boats', '2-boats.md'],
    ]);
    const info = book.files[0].messages.find((message) => message.ruleId === 'folder-guessed');
    expect(info?.reason).toContain('read 2 files in name order');
    expect(info?.reason).toContain('left out: 1-quay.docx (Markdown of the same name read instead)');
  });
});

describe("a site's root without folio.yaml (content-folder.ts)", () => {
  const guessedInfo = (book: Awaited<ReturnType<typeof readBook>>) =>
    book.files.flatMap((file) => file.messages.filter((message) => message.ruleId === 'folder-guessed'))[0]?.reason;

  it("reads a Hugo site's one section under content/, not its archetypes, theme or README", async () => {
    const book = await readBook(fixture('read-folder-site-hugo'));
    expect(book.body.map((division) => [division.title, division.file.basename])).toEqual([
      ['The Caravans', 'caravans.md'],
      ['The Salt Pans', 'salt-pans.md'],
    ]);
    expect(checkBook(book)).toMatchObject({ chapters: 2, notes: 2, errors: 0, warnings: 0 });
    // The book's folder stays the site's root (Hugo's static/ is inside it); the title is the site's (config.toml).
    expect(book.baseDir).toBe(fixture('read-folder-site-hugo'));
    expect(book.metadata.title).toBe('Salt Roads');
    expect(guessedInfo(book)).toContain(
      'read 2 files of `content/essays/`, the Hugo content folder, in the order of their front matter’s `weight`, title from config.toml',
    );
  });

  it("takes MkDocs' docs/ over Markdown beside mkdocs.yml", async () => {
    const book = await readBook(fixture('read-folder-site-mkdocs'));
    expect(book.body.map((division) => division.title)).toEqual(['First Field', 'Second Field']);
    expect(guessedInfo(book)).toContain(
      'read 2 files of `docs/`, the MkDocs content folder, in name order, title from mkdocs.yml',
    );
    expect(book.metadata.title).toBe('Field Notes');
  });

  it('names the sections of a content folder that has several, rather than guess one', async () => {
    await expect(readBook(fixture('read-folder-site-sections'))).rejects.toThrow(
      'Unexpected content folder `content/` with several sections (`about/`, `posts/`), expected folio.yaml listing the chapters, or the path of one section',
    );
  });

  it('says where the Markdown is when no rule finds it', async () => {
    await expect(readBook(fixture('read-folder-site-elsewhere'))).rejects.toThrow(
      'Unexpected folder with no chapters, expected folio.yaml or Markdown or Word chapter files; Markdown or Word files are in `drafts/part-one/` (2): give Folio one of those folders',
    );
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

    it("reads the same articles from the site's root, through Hugo's content folder", async () => {
      const book = await readBook(path.join(corpus, 'model-articles'));
      expect(checkBook(book)).toMatchObject({ chapters: 11, notes: 581, errors: 0 });
      expect(book.body.map((division) => division.file.basename)[0]).toBe('introduction.md');
      expect(book.metadata.title).toBe('model-articles');
    }, 120_000);
  },
);
