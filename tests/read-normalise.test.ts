/**
 * Fixture tests for the reader: one fixture per normalisation rule (word-processor export quirks)
 * and for the division and note-placement stages. Each fixture is `tests/fixtures/read-<rule>/`
 * with an `input.md` (invented text) and the exact `folio normalise` output in `expected.md`;
 * targeted assertions pin the AST (node data and source positions).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FootnoteDefinition, FootnoteReference, Heading, Link, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { divisions, type Book, type Division } from '../src/book.js';
import { readBook } from '../src/read/index.js';
import { run } from './helpers/cli.js';
import { expectFolderNormalised, expectNormalised, fixtures, readFixture } from './helpers/normalise.js';

const read = readFixture;

function nodesOf<T extends Node>(division: Division, type: string): T[] {
  const found: T[] = [];
  visit(division.tree, type, (node) => {
    found.push(node as unknown as T);
  });
  return found;
}

function where(node: Node | undefined): string {
  const position = node?.position;
  return position
    ? `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}`
    : 'none';
}

function summary(book: Book) {
  return divisions(book).map(({ id, kind, role, title, sections }) => ({ id, kind, role, title, sections }));
}

describe('sup-calls: <sup>N</sup> calls and <sup>th</sup> ordinals', () => {
  it('normalises to GFM footnotes with ordinals as plain text', async () => {
    await expectNormalised('read-sup-calls');
  });

  it('makes each numeric <sup> a footnoteReference with its number, positioned on the <sup>…</sup>', async () => {
    const book = await read('read-sup-calls');
    expect(book.dialect).toBe('export');
    const [chapter] = book.body;
    const calls = nodesOf<FootnoteReference>(chapter, 'footnoteReference');
    expect(calls.map((call) => [call.identifier, call.label, call.data?.number, where(call)])).toEqual([
      ['1', '1', 1, '3:85-3:97'],
      // `<sup> 2 </sup>`: the label is trimmed.
      ['2', '2', 2, '3:143-3:157'],
      ['3', '3', 3, '5:49-5:61'],
    ]);
  });

  it('joins ordinal suffixes to their number and leaves other superscripts alone', async () => {
    const [chapter] = (await read('read-sup-calls')).body;
    const [first, second] = chapter.tree.children.filter((node): node is Paragraph => node.type === 'paragraph');
    expect(first.children[0]).toMatchObject({
      type: 'text',
      value: 'The river rose on the 4th of May and again on the 1st of June.',
      position: { start: { line: 3, column: 1 }, end: { line: 3, column: 85 } },
    });
    expect(first.children[2]).toMatchObject({ type: 'text', value: ' The mill on the 2nd weir was lost.' });
    // `<sup>a</sup>` is neither a number nor an ordinal: it stays raw HTML.
    expect(
      second.children.map((child) => (child.type === 'text' || child.type === 'html' ? child.value : child.type)),
    ).toEqual(['The 3rd flood', '<sup>', 'a', '</sup>', ' came later.', 'footnoteReference']);
  });
});

describe('page-notes: page breaks, note texts and cut paragraphs', () => {
  it('normalises to one body paragraph per paragraph and notes with their spilled parts', async () => {
    await expectNormalised('read-page-notes');
  });

  it('reads a page break right under a line of text as a page break, not a heading underline (read-page-break-under-text)', async () => {
    await expectNormalised('read-page-break-under-text');
  });

  it('turns note texts into footnoteDefinitions carrying number and page', async () => {
    const [chapter] = (await read('read-page-notes')).body;
    const notes = nodesOf<FootnoteDefinition>(chapter, 'footnoteDefinition');
    expect(notes.map((note) => [note.identifier, note.data?.number, note.data?.page, where(note)])).toEqual([
      ['1', 1, 2, '7:1-9:36'],
      ['2', 2, 3, '15:1-17:33'],
      ['3', 3, 3, '19:1-25:27'],
      ['4', 4, 4, '27:1-27:29'],
      ['5', 5, 5, '33:1-33:34'],
    ]);
    // The note's text starts after `<sup>1</sup> `.
    expect(where(notes[0].children[0])).toBe('7:14-7:37');
    expect(notes.map((note) => note.children.map((child) => toString(child)))).toEqual([
      // A URL-only paragraph after a note belongs to it.
      ['Harbour records, box 3.', 'https://example.org/harbour/box-3'],
      // A paragraph between two notes is the tail of the first.
      ["Pilot's log, vol. 1.", 'Quoted in the parish newsletter.'],
      // A tail at the top of the next page's notes area belongs to the last note of the previous page,
      // and finishes the sentence the page cut.
      ['Letter to the mayor, 1911. The letter runs over two pages in the original.'],
      ['Census of 1910.'],
      ['Board minutes, 1912.'],
    ]);
    expect(notes[0].children[1]).toMatchObject({
      type: 'paragraph',
      children: [{ type: 'link', url: 'https://example.org/harbour/box-3' }],
      position: { start: { line: 9, column: 1 } },
    });
  });

  it('records on each call the page it stood on', async () => {
    const [chapter] = (await read('read-page-notes')).body;
    const calls = nodesOf<FootnoteReference>(chapter, 'footnoteReference');
    expect(calls.map((call) => [call.identifier, call.data?.page, where(call)])).toEqual([
      ['1', 1, '3:27-3:39'],
      ['2', 2, '11:41-11:53'],
      ['3', 2, '11:80-11:92'],
      ['4', 3, '21:11-21:23'],
      ['5', 4, '29:33-29:45'],
    ]);
  });

  it('rejoins paragraphs cut by a page break, and only those', async () => {
    const [chapter] = (await read('read-page-notes')).body;
    const blocks = chapter.tree.children.filter((node) => node.type !== 'footnoteDefinition');
    expect(blocks.map((node) => [node.type, toString(node), where(node)])).toEqual([
      ['heading', 'Chapter One', '1:1-1:14'],
      [
        'paragraph',
        // "for the" + "harbour": cut mid-sentence, one space; "non-" + "islanders": no space.
        // (mdast-util-to-string gives calls no text.)
        'The ferry crossed at dawn. Its pilot kept a log of every crossing for the harbour board, who paid him by the trip.' +
          ' The crossing took an hour. Most passengers were non-islanders. The fare was “low.”',
        '3:1-21:43',
      ],
      // The previous paragraph ended with terminal punctuation (inside quotes): not joined.
      ['paragraph', 'A new paragraph starts the page. The harbour then closed for the', '29:1-29:77'],
      // A heading after a break is never joined, though the paragraph before it was open.
      ['heading', 'A Later Harbour', '35:1-35:19'],
      ['paragraph', 'It was rebuilt.', '37:1-37:16'],
    ]);
    expect(chapter.tree.children.some((node) => node.type === 'thematicBreak')).toBe(false);
  });
});

describe('unescape-urls: `\\\\_` in URLs', () => {
  it('normalises URLs without their stray backslashes', async () => {
    await expectNormalised('read-unescape-urls');
  });

  it('removes backslashes from link destinations and from link text that is a URL only', async () => {
    const [chapter] = (await read('read-unescape-urls')).body;
    const links = nodesOf<Link>(chapter, 'link');
    expect(links.map((link) => [link.url, toString(link), where(link)])).toEqual([
      ['https://example.org/field_survey_2020.pdf', 'https://example.org/field_survey_2020.pdf', '7:28-7:122'],
      ['https://example.org/raw_data', 'https://example.org/raw_data', '7:124-7:156'],
      // Link text that is not a URL is the author's: kept as written.
      ['https://example.org/_index', 'the \\_index page', '7:158-7:207'],
    ]);
  });
});

describe('heading-emphasis: headings wrapped whole in emphasis or strong', () => {
  it('normalises to plain headings', async () => {
    await expectNormalised('read-heading-emphasis');
  });

  it('unwraps emphasis, strong and both, but keeps emphasis on part of a heading', async () => {
    const [chapter] = (await read('read-heading-emphasis')).body;
    const headings = nodesOf<Heading>(chapter, 'heading');
    expect(
      headings.map((heading) => [
        heading.depth,
        heading.children.map((child) => child.type),
        toString(heading),
        where(heading),
      ]),
    ).toEqual([
      [1, ['text'], 'Chapter One', '1:1-1:16'],
      [2, ['text'], 'A Bold Section', '3:1-3:22'],
      [3, ['text'], 'Both at Once', '7:1-7:23'],
      [2, ['text', 'emphasis', 'text'], 'A partly emphasised heading', '11:1-11:33'],
    ]);
    expect(chapter.title).toBe('Chapter One');
    expect(chapter.sections).toEqual([
      { id: 'a-bold-section', title: 'A Bold Section', depth: 2 },
      { id: 'both-at-once', title: 'Both at Once', depth: 3 },
      { id: 'a-partly-emphasised-heading', title: 'A partly emphasised heading', depth: 2 },
    ]);
  });
});

describe('table-of-contents: a hand-made contents', () => {
  it('is dropped from the normalised text', async () => {
    await expectNormalised('read-table-of-contents');
  });

  it('keeps its entries in file.data.toc: bold ones chapters, plain ones sections', async () => {
    const book = await read('read-table-of-contents');
    expect(book.files[0].data.toc).toEqual([
      { title: 'Introduction', level: 1, page: 1 },
      { title: 'Chapter One: The Road', level: 1, page: 3 },
      { title: 'First Stages', level: 2, page: 3 },
      { title: 'The Mountain Pass', level: 2, page: 5 },
      { title: 'Chapter Two: The Sea', level: 1, page: 9 },
      { title: 'Harbours', level: 2, page: 9 },
      { title: 'Tides', level: 2, page: 11 },
    ]);
    expect(divisions(book).some((division) => /contents/i.test(division.title))).toBe(false);
  });

  it('makes its plain entries sibling sections at depth 2, whatever `#` depth the export used', async () => {
    const book = await read('read-table-of-contents');
    expect(summary(book)).toEqual([
      { id: 'introduction', kind: 'body', role: 'introduction', title: 'Introduction', sections: [] },
      {
        id: 'chapter-1',
        kind: 'body',
        role: 'chapter',
        title: 'Chapter One: The Road',
        sections: [
          { id: 'first-stages', title: 'First Stages', depth: 2 },
          // `###` in the source.
          { id: 'the-mountain-pass', title: 'The Mountain Pass', depth: 2 },
        ],
      },
      {
        id: 'chapter-2',
        kind: 'body',
        role: 'chapter',
        title: 'Chapter Two: The Sea',
        sections: [
          // `###` before a `##`: without the contents it would sink to depth 3.
          { id: 'harbours', title: 'Harbours', depth: 2 },
          { id: 'tides', title: 'Tides', depth: 2 },
        ],
      },
    ]);
    const headings = nodesOf<Heading>(book.body[2], 'heading');
    expect(headings.map((heading) => [heading.depth, heading.data?.id, where(heading)])).toEqual([
      [1, 'chapter-2-title', '29:1-29:25'],
      [2, 'harbours', '31:1-31:13'],
      [2, 'tides', '35:1-35:9'],
    ]);
  });

  it('reads entries without page numbers whole, roman numerals included (read-table-of-contents-roman)', async () => {
    await expectNormalised('read-table-of-contents-roman');
    const book = await read('read-table-of-contents-roman');
    expect(book.files[0].data.toc).toEqual([
      { title: 'Chapter One: The War', level: 1, page: undefined },
      // Not "World War", page "II".
      { title: 'World War II', level: 2, page: undefined },
      { title: 'Aftermath', level: 2, page: undefined },
    ]);
    expect(book.body[0].sections).toEqual([
      { id: 'world-war-ii', title: 'World War II', depth: 2 },
      { id: 'aftermath', title: 'Aftermath', depth: 2 },
    ]);
  });

  it('keeps a heading that is not in the contents one level below the contents’ sections', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'folio-toc-'));
    const input = path.join(folder, 'input.md');
    await writeFile(
      input,
      [
        'Title Of The Book',
        '',
        '# Contents',
        '',
        'Chapter One\t1',
        'Alpha\t2',
        'Beta\t3',
        '',
        '# Chapter One',
        '',
        'Opening words.<sup>1</sup>',
        '',
        '## Alpha',
        '',
        'Text.',
        '',
        '### Beta',
        '',
        'Text.',
        '',
        '#### Gamma',
        '',
        'Text.<sup>2</sup>',
        '',
        '---',
        '',
        '<sup>1</sup> A note.',
        '',
        '<sup>2</sup> Another note.',
        '',
      ].join('\n'),
    );
    const book = await readBook(input);
    expect(book.body[0].sections.map(({ title, depth }) => `${depth}:${title}`)).toEqual([
      '2:Alpha',
      '2:Beta',
      '3:Gamma',
    ]);
  });
});

describe('title-page: the plain lines before the first heading', () => {
  it('are removed from the text and become the front matter', async () => {
    await expectNormalised('read-title-page');
  });

  it('give institution, title, subtitle, statement, authors and date', async () => {
    const book = await read('read-title-page');
    expect(book.metadata).toEqual({
      title: 'The Salt Road',
      subtitle: 'A History of the Inland Trade',
      authors: ['Jane Q. Doe', 'Omar Fell'],
      language: 'en',
      date: '2019-04',
      institution: 'University of Nowhere',
      statement: 'Senior Thesis Submitted to the Faculty of History',
      publisher: undefined,
      description: undefined,
      rights: undefined,
      identifier: undefined,
      modified: undefined,
    });
    expect(book.files[0].data.titlePage).toEqual({
      title: 'The Salt Road',
      subtitle: 'A History of the Inland Trade',
      authors: ['Jane Q. Doe', 'Omar Fell'],
      date: '2019-04',
      institution: 'University of Nowhere',
      statement: 'Senior Thesis Submitted to the Faculty of History',
    });
    // The first division starts at the first heading, line 14.
    expect(summary(book).map(({ id }) => id)).toEqual(['introduction']);
    expect(where(book.body[0].tree)).toBe('14:1-26:37');
  });

  it('take only plain short lines before the first note, page break or heading: body paragraphs stay, word for word', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'folio-title-page-'));
    const input = path.join(folder, 'book.md');
    const long =
      'This opening paragraph runs on well past the length of any line a title page would hold, as body text does.';
    await writeFile(
      input,
      [
        'The Ferry Log',
        '',
        'A Short Account',
        '',
        long,
        '',
        'It crossed at dawn.<sup>1</sup> Its pilot kept a log.<sup>2</sup>',
        '',
        '---',
        '',
        '<sup>1</sup> Harbour records.',
        '',
        '<sup>2</sup> The log, volume two.',
        '',
        'A new paragraph starts the page.',
        '',
        '## Later',
        '',
        'Rebuilt.',
        '',
      ].join('\n'),
    );
    const book = await readBook(input);
    expect(book.dialect).toBe('export');
    expect(book.files[0].data.titlePage).toEqual({ title: 'The Ferry Log', subtitle: 'A Short Account', authors: [] });
    const paragraphs = book.body.flatMap((division) =>
      division.tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node)),
    );
    expect(paragraphs).toEqual([
      long,
      'It crossed at dawn. Its pilot kept a log.',
      'A new paragraph starts the page.',
      'Rebuilt.',
    ]);
  });
});

describe('divisions: roles, ids and section depths', () => {
  it('normalise with front-matter divisions as level-1 headings and the dedication labelled', async () => {
    await expectNormalised('read-divisions');
  });

  it('gives front matter its roles, splits the dedication, and numbers chapters', async () => {
    const book = await read('read-divisions');
    expect(summary(book)).toEqual([
      { id: 'acknowledgements', kind: 'front', role: 'acknowledgements', title: 'Acknowledgements', sections: [] },
      // `## *Author's Note*` in the export's front matter opens a division of its own.
      { id: 'authors-note', kind: 'front', role: 'authors-note', title: "Author's Note", sections: [] },
      // The all-italic "Dedicated to …" paragraph, split out of the author's note; untitled.
      { id: 'dedication', kind: 'front', role: 'dedication', title: '', sections: [] },
      {
        id: 'introduction',
        kind: 'body',
        role: 'introduction',
        title: 'Introduction',
        sections: [{ id: 'sources', title: 'Sources', depth: 2 }],
      },
      {
        id: 'chapter-1',
        kind: 'body',
        role: 'chapter',
        title: 'Chapter One: The Road',
        sections: [
          // Same title as the introduction's section: the id is made unique book-wide.
          { id: 'sources-2', title: 'Sources', depth: 2 },
          { id: 'old-maps', title: 'Old Maps', depth: 3 },
        ],
      },
      { id: 'conclusion', kind: 'body', role: 'conclusion', title: 'Conclusion', sections: [] },
    ]);
  });

  it('keeps positions into the source and sets heading ids', async () => {
    const book = await read('read-divisions');
    const all = divisions(book);
    expect(all.map((division) => [division.id, where(division.tree)])).toEqual([
      ['acknowledgements', '1:1-3:21'],
      ['authors-note', '5:1-7:33'],
      ['dedication', '9:1-9:47'],
      ['introduction', '11:1-21:9'],
      ['chapter-1', '23:1-31:11'],
      ['conclusion', '33:1-41:37'],
    ]);
    const [dedication] = all[2].tree.children;
    expect(dedication).toMatchObject({ type: 'paragraph', children: [{ type: 'emphasis' }] });
    expect(toString(dedication)).toBe('Dedicated to the salt carriers of the valley');
    const authorsNoteHeading = all[1].tree.children[0] as Heading;
    expect([authorsNoteHeading.depth, authorsNoteHeading.data?.id, where(authorsNoteHeading)]).toEqual([
      1,
      'authors-note-title',
      '5:1-5:19',
    ]);
    const chapterHeadings = nodesOf<Heading>(book.body[1], 'heading');
    expect(chapterHeadings.map((heading) => [heading.depth, heading.data?.id, where(heading)])).toEqual([
      [1, 'chapter-1-title', '23:1-23:26'],
      [2, 'sources-2', '25:1-25:15'],
      [3, 'old-maps', '29:1-29:13'],
    ]);
  });
});

describe('notes: placement and numbering', () => {
  it('normalises a clean manuscript with each note after the division that first calls it', async () => {
    await expectNormalised('read-notes-clean');
  });

  it('moves definitions to the division of their first call and numbers notes by first call (clean)', async () => {
    const book = await read('read-notes-clean');
    const [first, second] = book.body;
    const shape = (division: Division) =>
      division.tree.children
        .filter((node): node is FootnoteDefinition => node.type === 'footnoteDefinition')
        .map((note) => [note.identifier, note.data?.number, where(note)]);
    // The definitions stand at the end of the file in the order ice, dry, flood.
    expect(shape(first)).toEqual([
      ['flood', 1, '22:1-22:26'],
      ['ice', 2, '18:1-18:24'],
    ]);
    expect(shape(second)).toEqual([['dry', 3, '20:1-20:24']]);
    const calls = [
      ...nodesOf<FootnoteReference>(first, 'footnoteReference'),
      ...nodesOf<FootnoteReference>(second, 'footnoteReference'),
    ];
    expect(calls.map((call) => [call.identifier, call.data?.number, where(call)])).toEqual([
      ['flood', 1, '8:11-8:19'],
      ['ice', 2, '8:31-8:37'],
      // A second call of a note keeps the note's number.
      ['flood', 1, '12:10-12:18'],
      ['dry', 3, '16:11-16:17'],
    ]);
    // Definitions come after the division's content.
    const types = first.tree.children.map((node: RootContent) => node.type);
    expect(types).toEqual(['heading', 'paragraph', 'heading', 'paragraph', 'footnoteDefinition', 'footnoteDefinition']);
  });

  it('makes identifiers unique when files of a manuscript folder reuse a label, and numbers across the book', async () => {
    const book = await readBook(path.join(fixtures, 'read-notes-multifile'));
    const notes = book.body.map((division) =>
      [
        ...nodesOf<FootnoteReference>(division, 'footnoteReference'),
        ...nodesOf<FootnoteDefinition>(division, 'footnoteDefinition'),
      ].map((node) => [node.type, node.identifier, node.data?.number, where(node)]),
    );
    expect(notes).toEqual([
      [
        ['footnoteReference', 'one-1', 1, '3:7-3:11'],
        ['footnoteReference', '2', 2, '3:19-3:23'],
        ['footnoteDefinition', 'one-1', 1, '5:1-5:15'],
        ['footnoteDefinition', '2', 2, '7:1-7:15'],
      ],
      [
        ['footnoteReference', 'two-1', 3, '3:7-3:11'],
        ['footnoteReference', 'x', 4, '3:19-3:23'],
        ['footnoteDefinition', 'two-1', 3, '5:1-5:15'],
        ['footnoteDefinition', 'x', 4, '7:1-7:13'],
      ],
    ]);
    expect(book.body.map((division) => path.basename(division.file.path))).toEqual(['one.md', 'two.md']);
  });

  it('reads Pandoc inline notes ^[…] as notes, nested brackets and links included; escaped ones stay text (read-inline-notes)', async () => {
    await expectNormalised('read-inline-notes');
    const [chapter] = (await read('read-inline-notes')).body;
    const calls = nodesOf<FootnoteReference>(chapter, 'footnoteReference');
    expect(calls.map((call) => [call.identifier, call.data?.number, where(call)])).toEqual([
      ['inline-1', 1, '3:17-3:122'],
      ['1', 2, '3:138-3:142'],
      ['inline-2', 3, '5:17-5:53'],
    ]);
    const texts = nodesOf<FootnoteDefinition>(chapter, 'footnoteDefinition');
    expect(texts.map((text) => toString(text))).toEqual([
      'Fire brigade log, 1871; see also the register and Annals [vol. 2].',
      "Builder's invoice.",
      'He kept the accounts [1880–1890].',
    ]);
  });

  it('finds a note text defined in another file of the book, where nothing calls it (read-notes-across-files)', async () => {
    const book = await expectFolderNormalised('read-notes-across-files');
    const [quarry] = book.body;
    const calls = nodesOf<FootnoteReference>(quarry, 'footnoteReference');
    expect(calls.map((call) => [call.identifier, call.data?.number, where(call)])).toEqual([
      ['one-1', 1, '3:23-3:27'],
      ['carts', 2, '3:49-3:57'],
    ]);
    const texts = nodesOf<FootnoteDefinition>(quarry, 'footnoteDefinition');
    expect(texts.map((text) => [text.identifier, text.data?.number, toString(text)])).toEqual([
      ['one-1', 1, 'Quarry accounts, 1820.'],
      ['carts', 2, "Cartwright's bill, 1826; its note text was kept with the next chapter."],
    ]);
  });

  it('writes distinct labels for notes whose label collides across the files of a folder', async () => {
    const { code, stdout } = await run(['normalise', '.'], path.join(fixtures, 'read-notes-multifile'));
    expect(code).toBe(0);
    expect(stdout.match(/^\[\^[^\]]+\]:/gm)).toEqual(['[^one-1]:', '[^2]:', '[^two-1]:', '[^x]:']);
  });
});

describe("smart-dashes: `--` and `---` typed for dashes (Pandoc's smart extension)", () => {
  it('normalises to en and em dashes in text, keeping code, addresses, escaped hyphens and longer runs', async () => {
    await expectNormalised('read-smart-dashes');
  });

  it('changes text nodes only: inline code and a link address keep their hyphens', async () => {
    const [chapter] = divisions(await read('read-smart-dashes'));
    expect(nodesOf<{ value: string } & Node>(chapter, 'inlineCode').map((node) => node.value)).toEqual(['12--14']);
    expect(nodesOf<Link>(chapter, 'link').map((link) => [link.url, toString(link)])).toEqual([
      ['https://archive.example.org/weir--letters', 'https://archive.example.org/weir--letters'],
      ['https://county.example.org/a--b', "in the\ncounty's list"],
    ]);
    expect(toString(chapter.tree.children[1])).toContain('1841\u20131847, and the weir\u2014rebuilt twice\u2014held');
    expect(toString(chapter.tree.children[1])).toContain('not-- quite, and -- again');
  });
});

describe('ligatures: U+FB00–FB06 copied out of a PDF', () => {
  it('normalises to their letters in text, notes and image descriptions, not in code', async () => {
    await expectNormalised('read-ligatures');
    const [chapter] = divisions(await read('read-ligatures'));
    expect(toString(chapter.tree.children[1])).toContain(
      'The first floods reached the staff of the harbour office, and baffled the fishers on the stone quay.',
    );
    expect(nodesOf<{ value: string } & Node>(chapter, 'inlineCode').map((node) => node.value)).toEqual(['\ufb01le']);
  });
});

describe('line-end-hyphens: a word broken at a line end inside a paragraph', () => {
  it('joins the halves without the hyphen unless a half is a word seen elsewhere and the whole is not, or a digit precedes it; addresses and code stay', async () => {
    await expectNormalised('read-line-end-hyphens');
    const [chapter] = divisions(await read('read-line-end-hyphens'));
    const [first, second, third] = chapter.tree.children.slice(1).map((node) => toString(node));
    expect(first).toContain('tested the assumptions each clerk');
    expect(first).toContain('kept their self-aware tone');
    expect(second).toContain(
      // The address keeps its hyphen; the line break inside it goes (wrapped-urls.ts).
      'to compare the thirteenth-century rolls with the 13th-century charters and the records at https://records.example.org/rolls-and-charters,',
    );
    // A query's `key=value` is an address's part: its hyphen and its line stay as typed.
    expect(third).toBe('The search kept its query, page=2&sort=date-\ndesc, as typed.');
  });
});

describe('divisions: an empty heading', () => {
  it('is not a section: the contents and the navigation list only headings with text', async () => {
    const [chapter] = divisions(await read('read-empty-heading'));
    expect(chapter.sections).toEqual([{ id: 'the-second-quay', title: 'The Second Quay', depth: 2 }]);
  });
});
