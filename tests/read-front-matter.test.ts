/**
 * Front matter as other tools write it: Pandoc's `...` fence and keys, Hugo's author maps and
 * keys Folio has no field for (one warning per file), a publisher's `Key: value` lines that are not
 * valid YAML, dates, and template tags in the text. Fixtures: tests/fixtures/front-matter-*.
 */
import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { divisions } from '../src/book.js';
import { checkBook } from '../src/check/index.js';
import { parseConfig } from '../src/config/load.js';
import type { FolioError } from '../src/errors.js';
import { authorNames } from '../src/read/front-matter-keys.js';
import { closeFrontMatterFence, opensFrontMatter } from '../src/read/front-matter-fence.js';
import { readBook } from '../src/read/index.js';
import { repoRoot } from './helpers/corpus.js';

const fixture = (name: string) => path.join(repoRoot, 'tests/fixtures', name);
const warnings = (book: Awaited<ReturnType<typeof readBook>>) =>
  book.files.flatMap((file) =>
    file.messages.map(
      (message) => `${path.basename(file.path)}:${message.line}:${message.column} ${message.ruleId} ${message.reason}`,
    ),
  );

describe('Pandoc front matter in a single file', () => {
  it('closes at `...` and maps title, subtitle, author maps, a numeric year, lang, abstract and rights', async () => {
    const book = await readBook(path.join(fixture('front-matter-pandoc'), 'book.md'));
    expect(book.metadata).toMatchObject({
      title: 'The Salt Roads',
      subtitle: 'Trade and Weather on a Northern Coast',
      authors: ['Ada Quill', 'Tomas Reed'],
      date: '2017',
      language: 'en-GB',
      description: 'How salt moved inland before the railways.',
      rights: 'All rights reserved',
    });
    expect(book.body.map((division) => division.title)).toEqual(['The First Road']);
    expect(book.body[0].tree.children.some((node) => node.type === 'footnoteDefinition')).toBe(true);
  });

  it('warns once, at the first key it ignores', async () => {
    const book = await readBook(path.join(fixture('front-matter-pandoc'), 'book.md'));
    expect(warnings(book)).toEqual([
      "book.md:11:1 front-matter-key Unexpected front matter key `keywords`, expected Folio's or Pandoc's keys (title, subtitle, author, date, lang, abstract, rights, publisher …); ignored",
    ]);
  });

  it('turns only a closing `...` into `---`, keeping every offset', () => {
    const text = '---\na: 1\n...\n\nText\n\n---\n';
    const closed = closeFrontMatterFence(text);
    expect(closed).toBe('---\na: 1\n---\n\nText\n\n---\n');
    expect(closed.length).toBe(text.length);
    expect(closeFrontMatterFence('---\na: 1\n---\n\n...\n')).toBe('---\na: 1\n---\n\n...\n');
    // A thematic break followed by a blank line opens no front matter.
    expect(closeFrontMatterFence('---\n\na\n...\n')).toBe('---\n\na\n...\n');
  });
});

describe("chapter files' front matter in a folder", () => {
  it('gives a chapter its title (with subtitle) and authors, and its own `#` headings become sections', async () => {
    const book = await readBook(fixture('front-matter-hugo'));
    const [one, two] = divisions(book);
    expect(one.title).toBe('Counting Wrens: A Winter Survey');
    const heading = one.tree.children[0];
    expect(heading.type === 'heading' && heading.children.some((child) => child.type === 'emphasis')).toBe(true);
    expect(toString(one.tree.children[1])).toBe('Lena Marsh and Piet Olde');
    expect(one.sections.map((section) => [section.title, section.depth])).toEqual([
      ['Methods', 2],
      ['Counts', 3],
    ]);
    expect(two.title).toBe('Return to the Hedges');
    expect(toString(two.tree.children[1])).toBe('Mira Stone and Jon Fell');
    expect(book.body).toHaveLength(2);
    expect(book.metadata.title).toBe('Field Notes');
  });

  it('warns once per file (`weight` only orders): keys ignored, and YAML that is not valid read as `Key: value` lines', async () => {
    const book = await readBook(fixture('front-matter-hugo'));
    expect(warnings(book)).toEqual([
      "one.md:5:1 front-matter-key Unexpected front matter key `draft`, expected Folio's or Pandoc's keys (title, subtitle, author, date, lang, abstract, rights, publisher …); ignored",
      expect.stringMatching(
        /^two\.md:3:\d+ front-matter-key Unexpected YAML syntax \([A-Z_]+\), expected valid YAML: front matter read as `Key: value` lines; unexpected front matter key `Series-id`/,
      ),
    ]);
  });
});

describe('author names', () => {
  it('reads strings, lists, Hugo and Pandoc maps and CSL names', () => {
    expect(authorNames('Ada Quill')).toEqual(['Ada Quill']);
    expect(authorNames('Quill, Ada')).toEqual(['Quill, Ada']);
    expect(authorNames('Editors: Ada Quill, Tomas Reed and Lena Marsh')).toEqual([
      'Ada Quill',
      'Tomas Reed',
      'Lena Marsh',
    ]);
    expect(
      authorNames([
        { name: 'Ada Quill', affiliation: 'X' },
        { text: 'Tomas Reed' },
        { given: 'Lena', family: 'Marsh' },
      ]),
    ).toEqual(['Ada Quill', 'Tomas Reed', 'Lena Marsh']);
  });
});

describe('dates', () => {
  const config = (text: string) => parseConfig({ text, file: 'folio.yaml' });
  it('takes a year as a number, YYYY-MM, and a timestamp by its day', () => {
    expect(config('date: 2017').date).toBe('2017');
    expect(config('date: 2019-04').date).toBe('2019-04');
    expect(config('date: 2020-02-03T10:00:00Z').date).toBe('2020-02-03');
  });
  it("reads a date in English words, as Pandoc's `date:` often is, and refuses a day the month lacks", () => {
    expect(config('date: May 2021').date).toBe('2021-05');
    expect(config('date: March 4, 2017').date).toBe('2017-03-04');
    expect(config('date: 4 March 2017').date).toBe('2017-03-04');
    expect(config('date: Sept. 2017').date).toBe('2017-09');
    expect(() => config('date: 2017-02-29')).toThrow('expected YYYY, YYYY-MM or YYYY-MM-DD');
    expect(() => config('date: 31 June 2017')).toThrow('expected YYYY, YYYY-MM or YYYY-MM-DD');
  });
  it('says what is expected', () => {
    expect(() => config('title: X\ndate: Spring 2021')).toThrow(
      'Unexpected value for `date`, expected YYYY, YYYY-MM or YYYY-MM-DD',
    );
    try {
      config('title: X\ndate: Spring 2021');
    } catch (error) {
      expect((error as FolioError).format()).toBe(
        'folio.yaml:2:1: Unexpected value for `date`, expected YYYY, YYYY-MM or YYYY-MM-DD',
      );
    }
  });
  it('keeps folio.yaml strict about keys', () => {
    expect(() => config('layout: post')).toThrow(/Unexpected config key `layout`/);
  });
});

describe("other tools' front matter in a single file (tests/fixtures/front-matter-cases)", () => {
  const read = (name: string) => readBook(path.join(fixture('front-matter-cases'), name));

  it('Jekyll: its layout, categories, tags and permalink ignored with one warning; a timestamp with a zone keeps the day written', async () => {
    const book = await read('jekyll.md');
    expect(book.metadata).toMatchObject({
      title: 'Notes from the Salt Road',
      authors: ['Ada Quill'],
      date: '2017-03-04',
    });
    expect(checkBook(book)).toMatchObject({ notes: 1, errors: 0, warnings: 1 });
    expect(warnings(book)).toEqual([
      "jekyll.md:2:1 front-matter-key Unexpected front matter keys `layout`, `categories`, `tags`, `permalink`, expected Folio's or Pandoc's keys (title, subtitle, author, date, lang, abstract, rights, publisher …); ignored",
    ]);
  });

  it('MkDocs: `description` kept, its `hide` list ignored with one warning', async () => {
    const book = await read('mkdocs.md');
    expect(book.metadata).toMatchObject({ title: 'Field Manual', description: 'How to read a field.' });
    expect(warnings(book).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual([
      'mkdocs.md:4:1 front-matter-key',
    ]);
  });

  it('a title, subtitle, ISBN or name that YAML reads as a number is the text written', async () => {
    const book = await read('numbers.md');
    expect(book.metadata).toMatchObject({
      title: '1984',
      subtitle: '2',
      identifier: '9780262033848',
      publisher: '4AD',
    });
    expect(warnings(book)).toEqual([]);
  });

  it('a date in words is read; a day the month lacks stops a single file, saying what is expected', async () => {
    expect((await read('written-date.md')).metadata.date).toBe('2017-03-04');
    await expect(read('bad-date.md')).rejects.toThrow(
      'Unexpected value for `date`, expected YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });

  it("Hugo's TOML front matter between `+++` lines: title, date and `authors` tables read, `draft` and `tags` ignored with one warning", async () => {
    const book = await read('hugo-toml.md');
    expect(book.metadata).toMatchObject({
      title: 'Salt and Iron',
      date: '2019-03-04',
      authors: ['Mira Oduya', 'Tomas Reyl'],
    });
    expect(book.body.map((division) => division.title)).toEqual(['The Forge']);
    expect(checkBook(book)).toMatchObject({ chapters: 1, notes: 1, errors: 0, warnings: 1 });
    expect(warnings(book)).toEqual([
      "hugo-toml.md:4:1 front-matter-key Unexpected front matter keys `draft`, `tags`, expected Folio's or Pandoc's keys (title, subtitle, author, date, lang, abstract, rights, publisher …); ignored",
    ]);
    await expect(read('bad-toml.md')).rejects.toThrow(
      'Unexpected TOML syntax (Invalid TOML document: unfinished string), expected valid TOML',
    );
  });

  it('an edited volume: `editor` names its creators, `institute` (Pandoc) its institution, `updated` its modification time', async () => {
    const book = await read('edited.md');
    expect(book.metadata).toMatchObject({
      title: 'Tide Tables',
      authors: ['Ines Varga', 'Ole Brandt'],
      institution: 'Estuary Institute',
      modified: '2021-05-06T10:00:00Z',
    });
    expect(warnings(book)).toEqual([]);
  });

  it('empty front matter is no front matter', async () => {
    const book = await read('empty.md');
    expect(book.body.map((division) => division.title)).toEqual(["Only a Heading's Chapter"]);
    expect(warnings(book)).toEqual([]);
  });
});

describe('template tags in the text', () => {
  it('drops Hugo shortcodes and Liquid tags, keeps the text between them and code, warns once', async () => {
    const book = await readBook(path.join(fixture('front-matter-template-tags'), 'book.md'));
    const text = book.body[0].tree.children.map((node) => toString(node));
    expect(text).toEqual([
      'One',
      'An aside kept as text.',
      'A headnote kept too.',
      'Inline braces stay readable.',
      '{{< code >}} in code is left alone.',
    ]);
    expect(warnings(book)).toEqual([
      'book.md:7:1 template-tags Unexpected template tags (6, the first `{{< notation title="Aside" >}}`), expected Markdown; dropped, the text between them kept',
    ]);
  });
});

describe("Hugo's figure shortcode", () => {
  it("becomes a figure when its image is in Hugo's static/ folder, else its caption (and its note call) stay as text", async () => {
    const book = await readBook(path.join(fixture('hugo-figure'), 'content/book.md'));
    const [, first, , second] = book.body[0].tree.children;
    expect(first).toMatchObject({
      type: 'paragraph',
      children: [{ type: 'image', url: 'static/img/dot.png', alt: 'A dot', title: 'The only dot' }],
    });
    expect(second).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'A lost map of the river' },
        { type: 'footnoteReference', identifier: '2' },
      ],
    });
    expect(checkBook(book)).toMatchObject({ notes: 2, errors: 0 });
    expect(warnings(book)).toEqual([
      "book.md:11:1 figure-missing Unexpected figure image not found (1, the first `/img/gone.png`), expected the file beside the chapter or in Hugo's `static/`; caption kept as text",
    ]);
  });
});

describe('an opening `---` that nothing closes', () => {
  it('is a scene break: the lines after it stay text, lists and notes after it are read, and `key:` lines get one warning', async () => {
    const book = await readBook(path.join(fixture('read-unclosed-front-matter'), 'book.md'));
    const [opening, chapter] = book.body;
    expect(opening.tree.children.map((node) => node.type)).toEqual(['thematicBreak', 'paragraph']);
    expect(toString(opening.tree.children[1])).toBe('title: Lantern Hours\nauthor: Mira Holt');
    expect(chapter.title).toBe('The Night Ferry');
    expect(chapter.tree.children.map((node) => node.type)).toEqual([
      'heading',
      'paragraph',
      'list',
      'blockquote',
      'footnoteDefinition',
      'footnoteDefinition',
    ]);
    expect(checkBook(book)).toMatchObject({ notes: 2, errors: 0 });
    expect(warnings(book)).toEqual([
      "book.md:1:1 front-matter-unclosed Unexpected end of file, expected the front matter's closing `---`; the opening `---` is read as a scene break and the lines after it as text",
    ]);
  });

  it('opens front matter only when a `---` or `...` line closes it', () => {
    expect(opensFrontMatter('---\nA line.\n\n[^2]: One.\n')).toBe(false);
    expect(opensFrontMatter('---\ntitle: A\n---\nText\n')).toBe(true);
    expect(opensFrontMatter(closeFrontMatterFence('---\ntitle: A\n...\nText\n'))).toBe(true);
    expect(opensFrontMatter('---\ntitle: A\n----\nText\n')).toBe(false);
    expect(opensFrontMatter('Text\n---\n')).toBe(false);
  });
});
