/**
 * The dialect is decided from evidence across the file, and an export's page breaks and note texts
 * are recognised by their structure, whatever the converter's punctuation. Each fixture
 * (tests/fixtures/dialect-<case>/, invented text) has `input.md` and the exact `folio normalise`
 * output in `expected.md`; assertions pin the dialect, the notes and their places.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FootnoteDefinition, FootnoteReference } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { divisions, type Book } from '../src/book.js';
import { checkBook } from '../src/check/index.js';
import { weighDialect } from '../src/read/dialect.js';
import { readBook } from '../src/read/index.js';
import { run } from './helpers/cli.js';
import { expectFolderNormalised, expectNormalised, fixtures, readFixture } from './helpers/normalise.js';

const read = readFixture;

/** The fixture normalises to its `expected.md` and reads as an export; gives its book. */
async function normalisedExport(name: string): Promise<Book> {
  await expectNormalised(name);
  const book = await read(name);
  expect(book.dialect).toBe('export');
  return book;
}

function notes(book: Book): Array<[number | undefined, string]> {
  const found: Array<[number | undefined, string]> = [];
  for (const division of divisions(book)) {
    visit(division.tree, 'footnoteDefinition', (definition: FootnoteDefinition) => {
      found.push([definition.data?.number, toString(definition)]);
    });
  }
  return found;
}

function calls(book: Book): FootnoteReference[] {
  const found: FootnoteReference[] = [];
  for (const division of divisions(book)) visit(division.tree, 'footnoteReference', (call) => void found.push(call));
  return found;
}

describe('clean stays clean', () => {
  it('an export shown inside a code fence or an HTML comment does not make the file an export (dialect-code-fence)', async () => {
    await expectNormalised('dialect-code-fence');
    const book = await read('dialect-code-fence');
    expect(book.dialect).toBe('clean');
    // GFM footnotes, tables, setext headings and indented code keep working.
    expect(notes(book)).toEqual([[1, 'See the chapter on exports.']]);
    const types = book.body[0].tree.children.map((node) => node.type);
    expect(types).toEqual([
      'heading',
      'paragraph',
      'code',
      'html',
      'paragraph',
      'table',
      'heading',
      'code',
      'footnoteDefinition',
    ]);
  });

  it('isotopes and scene breaks stay text and scene breaks (dialect-isotope)', async () => {
    await expectNormalised('dialect-isotope');
    const book = await read('dialect-isotope');
    expect(book.dialect).toBe('clean');
    expect(notes(book)).toEqual([[1, 'Report of the dating laboratory, 1998.']]);
    expect(book.body[0].tree.children.filter((node) => node.type === 'thematicBreak')).toHaveLength(2);
  });

  it('one call and one note-like line after a rule are not enough (dialect-one-match)', async () => {
    await expectNormalised('dialect-one-match');
    const evidence = weighDialect(await readFile(path.join(fixtures, 'dialect-one-match/input.md'), 'utf8'));
    expect(evidence).toMatchObject({ dialect: 'clean', pages: 1, notes: 1, matched: 1 });
  });

  it("the front matter's closing `---` is not a page break, even before raised numbers", () => {
    const text = [
      '---',
      'title: A Book',
      '---',
      '',
      '<sup>1</sup> A raised one.',
      '',
      '<sup>2</sup> A raised two.',
      '',
      'A call.<sup>1</sup> Another.<sup>2</sup>',
      '',
    ].join('\n');
    expect(weighDialect(text)).toMatchObject({ dialect: 'clean', pages: 0, notes: 0 });
  });

  it('weighs `\\[N] text` as `[N] text`, so a file and its normalised form (which escapes the bracket) read alike', () => {
    const page = (bracket: (number: number) => string) =>
      [
        'The mill stood.<sup>1</sup> It burned.<sup>2</sup>',
        '',
        '\\newpage',
        '',
        '1. Parish register.',
        '',
        '2. Fire log.',
        '',
        'A stray line.',
        '',
        `${bracket(3)} Builder’s invoice.`,
        '',
        `${bracket(4)} Account book.`,
        '',
      ].join('\n');
    const plain = weighDialect(page((number) => `[${number}]`));
    expect(plain).toMatchObject({ dialect: 'clean', notes: 4, matched: 2 });
    expect(weighDialect(page((number) => `\\[${number}]`))).toEqual(plain);
    expect(weighDialect(page((number) => `\\[${number}\\]`))).toEqual(plain);
  });
});

/** Each call's number and page. */
const callPages = (book: Book) => calls(book).map((call) => [call.data?.number, call.data?.page]);
/** Calls 1 and 2 on page 1, call 3 on page 2. */
const threeCallsOnTwoPages = [
  [1, 1],
  [2, 1],
  [3, 2],
];

/** Every page-break form the issue lists, with every note-text form (and the call each form goes with). */
const breakForms = [
  '---',
  '***',
  '___',
  '* * *',
  '\f',
  '\\newpage',
  '<div style="page-break-after: always;"></div>',
  '<div class="page-break-before"></div>',
];
const noteForms: Array<[string, (n: number) => string, (n: number) => string]> = [
  ['<sup>N</sup> text', (n) => `<sup>${n}</sup> `, (n) => `<sup>${n}</sup>`],
  ['<sup>N</sup> text', (n) => `<sup>${n}</sup>`, (n) => `<sup>${n}</sup>`],
  ['^N^ text', (n) => `^${n}^ `, (n) => `^${n}^`],
  ['N. text', (n) => `${n}. `, (n) => `<sup>${n}</sup>`],
  ['[N] text', (n) => `[${n}] `, (n) => `<sup>${n}</sup>`],
];

describe('every page break form with every note-text form, attribute lines and CRLF line ends', () => {
  for (const pageBreak of breakForms) {
    for (const [form, text, call] of noteForms) {
      it(`${JSON.stringify(pageBreak)} breaks, \`${text(1)}text\` notes`, async () => {
        const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-dialect-'));
        try {
          const source =
            `# Mills\n\nThe mill was built in 1650.${call(1)} It ground oats for the valley${call(2)} and the\n\n${pageBreak}\n\n` +
            `${text(1)}Valley survey, 1650.\n{: .fs-2}\n\n${text(2)}Miller's book.\n\nweir was raised in 1700.${call(3)}\n\n` +
            `${pageBreak}\n\n${text(3)}Weir accounts.\n`;
          const file = path.join(dir, 'input.md');
          await writeFile(file, form === '[N] text' ? source.replace(/\n/g, '\r\n') : source);
          const book = await readBook(file);
          expect(book.dialect).toBe('export');
          expect(book.files[0].data.dialectEvidence?.noteForms).toEqual([form]);
          expect(notes(book)).toEqual([
            [1, 'Valley survey, 1650.'],
            [2, "Miller's book."],
            [3, 'Weir accounts.'],
          ]);
          const body = book.body[0].tree.children.filter((node) => node.type === 'paragraph');
          expect(body.map((node) => toString(node))).toEqual([
            'The mill was built in 1650. It ground oats for the valley and the weir was raised in 1700.',
          ]);
          expect(checkBook(book)).toMatchObject({ notes: 3, errors: 0, warnings: 0 });
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      });
    }
  }
});

describe('export dialects recognised by structure', () => {
  it('`***` breaks, `<sup>N</sup>text` glued notes and kramdown attribute lines; a paragraph cut by a page is rejoined (dialect-stars-kramdown)', async () => {
    const book = await normalisedExport('dialect-stars-kramdown');
    expect(notes(book)).toEqual([
      [1, 'Customs ledger, 1788.'],
      [2, 'Diary of a carrier, entry for 3 May.'],
      [3, 'Survey map, sheet 12.'],
    ]);
    expect(callPages(book)).toEqual(threeCallsOnTwoPages);
  });

  it('`___` breaks and `<sup>N</sup> text` notes; a note the page cut goes on at the head of the next page’s notes, before its own notes or alone (dialect-underscores-continued)', async () => {
    const book = await normalisedExport('dialect-underscores-continued');
    expect(book.files[0].data.dialectEvidence).toMatchObject({ breakForms: ['___'], noteForms: ['<sup>N</sup> text'] });
    expect(notes(book)).toEqual([
      [1, 'Canal company minutes, 1790–1796.'],
      [2, 'Kiln accounts, 1791, which list every load of brick sent to the locks and the price of each.'],
      [3, "Engineer's report, 1795, on the summit level and its water supply, with a plan of the feeder."],
      [4, 'Reservoir book, 1810.'],
    ]);
    // Each continued note is one paragraph; the body keeps its own paragraphs, the cut one rejoined.
    const [chapter] = book.body;
    const definitions = chapter.tree.children.filter((node) => node.type === 'footnoteDefinition');
    expect(definitions.map((definition) => definition.children.length)).toEqual([1, 1, 1, 1]);
    const body = chapter.tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node));
    expect(body).toEqual([
      'The canal was dug by hand between 1790 and 1796. Its locks were\nbuilt of brick from the kilns at the summit. The company paid the\ndiggers weekly, and the works at the summit took the longest. Boats came in 1797.',
      'The feeder reservoir filled in the wet winter of 1798. It was never dry\nagain.',
      'A second reservoir followed in 1810.',
    ]);
  });

  it('`* * *` breaks and `^N^` calls and note numbers, positioned on the `^N^` (dialect-caret)', async () => {
    const book = await normalisedExport('dialect-caret');
    expect(notes(book).map(([number]) => number)).toEqual([1, 2, 3]);
    const [first] = calls(book);
    expect(first.position).toMatchObject({ start: { line: 3, column: 27 }, end: { line: 3, column: 30 } });
  });

  it('form feeds alone on their line as page breaks; a paragraph cut by one is rejoined (dialect-form-feed)', async () => {
    const book = await normalisedExport('dialect-form-feed');
    expect(book.files[0].data.dialectEvidence).toMatchObject({
      pages: 2,
      notes: 3,
      matched: 3,
      breakForms: ['form feed'],
    });
    expect(callPages(book)).toEqual(threeCallsOnTwoPages);
  });

  it('`\\newpage` and page-break `<div>`s, notes as `N. text` and `[N] text`; a numbered list in the body stays a list (dialect-numbered)', async () => {
    const book = await normalisedExport('dialect-numbered');
    expect(notes(book)).toEqual([
      [1, 'Parish register, 1871.'],
      [2, 'Fire brigade log.'],
      [3, 'Builder’s invoice.'.replace('’', "'")],
      [4, 'Account book, 1880–1890.'],
    ]);
    expect(book.body[0].tree.children.some((node) => node.type === 'list')).toBe(true);
  });

  it('keeps GFM footnotes, tables, link definitions and fenced code in a file read as an export (dialect-gfm-in-export)', async () => {
    const book = await normalisedExport('dialect-gfm-in-export');
    const types = new Set<string>();
    visit(book.body[0].tree, (node) => void types.add(node.type));
    for (const type of ['table', 'code', 'definition', 'linkReference', 'footnoteDefinition'])
      expect(types).toContain(type);
    expect(notes(book).map(([, text]) => text)).toEqual([
      'Harbour board minutes.',
      'Survey of 1902, map.',
      'Clerk’s marginal note.'.replace('’', "'"),
    ]);
  });

  it('a call in one file and its note text opening the next file (read-notes-next-file)', async () => {
    const folder = path.join(fixtures, 'read-notes-next-file');
    const book = await expectFolderNormalised('read-notes-next-file');
    expect(book.body.map(({ title }) => title)).toEqual(['Chapter One', 'Chapter Two']);
    const [one] = book.body;
    const texts: FootnoteDefinition[] = [];
    visit(one.tree, 'footnoteDefinition', (definition: FootnoteDefinition) => void texts.push(definition));
    expect(texts.map((text) => [text.data?.number, toString(text)])).toEqual([
      [1, 'Quarry accounts, 1820.'],
      [2, "Boatmen's ledger, 1821."],
      [3, 'Harbour register, 1822; the converter cut the file after the call.'],
    ]);
    const check = await run(['check', '.', '--format', 'json'], folder);
    const { summary, messages } = JSON.parse(check.stdout) as {
      summary: { notes: number; errors: number };
      messages: Array<{ ruleId: string }>;
    };
    expect(summary).toMatchObject({ notes: 5, errors: 0 });
    expect(messages.filter(({ ruleId }) => ruleId.startsWith('note-'))).toEqual([]);
  });
});
