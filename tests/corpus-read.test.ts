import { readFileSync } from 'node:fs';
import type { FootnoteDefinition, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { beforeAll, expect, it } from 'vitest';
import { divisions, type Book } from '../src/book.js';
import { checkBook } from '../src/check/index.js';
import { readBook } from '../src/read/index.js';
import { displayDate } from '../src/render/templates.js';
import { corpusPath, describeCorpus } from './helpers/corpus.js';
import { firstOutOfOrder, multisetDiff, words } from './helpers/words.js';

describeCorpus('the thesis, read', () => {
  let book: Book;
  let source: string;
  beforeAll(async () => {
    book = await readBook(corpusPath);
    source = readFileSync(corpusPath, 'utf8');
  });

  it('is detected as a word-processor export with its title page as metadata', () => {
    expect(book.dialect).toBe('export');
    expect(book.metadata).toMatchObject({
      title: 'Mountain Fortress',
      subtitle: 'The Past, Present, and Future of the Artsakh Conflict',
      institution: 'Boston College',
      date: '2021-05',
    });
    expect(book.metadata.authors).toHaveLength(1);
    expect(book.metadata.statement).toMatch(/^Senior Honors Thesis/);
  });

  it('has the front matter, the Introduction, Chapters One to Four and the Conclusion, with their sections', () => {
    expect(book.front.map((division) => division.role)).toEqual(['acknowledgements', 'authors-note', 'dedication']);
    expect(book.body.map((division) => division.title.split(':')[0])).toEqual([
      'Introduction',
      'Chapter One',
      'Chapter Two',
      'Chapter Three',
      'Chapter Four',
      'Conclusion',
    ]);
    expect(book.body.map((division) => division.sections.length)).toEqual([0, 5, 4, 7, 6, 3]);
    const depths = book.body.flatMap((division) => division.sections.map((section) => section.depth));
    expect(new Set(depths)).toEqual(new Set([2]));
    expect(book.back).toEqual([]);
  });

  it('has the 1085 notes, each called once, in order, in the chapter that calls it', () => {
    const calls: number[] = [];
    const texts: number[] = [];
    for (const division of divisions(book)) {
      const called = new Set<string>();
      visit(division.tree, (node) => {
        if (node.type === 'footnoteReference') {
          calls.push(node.data?.number ?? -1);
          called.add(node.identifier);
        }
        if (node.type === 'footnoteDefinition') {
          texts.push(node.data?.number ?? -1);
          expect(called.has(node.identifier)).toBe(true);
        }
      });
    }
    const oneTo1085 = Array.from({ length: 1085 }, (_, index) => index + 1);
    expect(calls).toEqual(oneTo1085);
    expect(texts).toEqual(oneTo1085);
  });

  it('passes folio check with no errors or warnings', () => {
    expect(checkBook(book)).toEqual({ chapters: 6, notes: 1085, errors: 0, warnings: 0 });
  });

  it('leaves no page break, <sup> call, hand-made contents or escaped underscore', () => {
    for (const division of divisions(book)) {
      visit(division.tree, (node) => {
        expect(node.type).not.toBe('thematicBreak');
        if (node.type === 'html') expect(node.value).not.toMatch(/<\/?(sup|b)>/i);
        if (node.type === 'text') expect(node.value).not.toMatch(/\\_|<sup>/);
        if (node.type === 'link') expect(node.url).not.toMatch(/\\/);
      });
    }
    const text = divisions(book)
      .map((division) => toString(division.tree))
      .join('\n');
    expect(text).not.toMatch(/Table of Contents/i);
  });

  it('rejoins every paragraph cut by a page break', () => {
    const cut: string[] = [];
    for (const division of book.body) {
      const children = division.tree.children;
      children.forEach((node, index) => {
        const next = children[index + 1];
        if (node.type !== 'paragraph' || !next?.position || !node.position) return;
        const text = toString(node).trimEnd();
        const between = source.slice(node.position.end.offset, next.position.start.offset);
        if (!/[.!?…:]["”’')\]*]*$/.test(text) && /\n---\n/.test(between)) cut.push(text.slice(-60));
      });
    }
    expect(cut).toEqual([]);
  });

  it('keeps every word of the body and of every note, in order (text conservation)', () => {
    const firstHeading = source.search(/^# /m);
    const tocStart = source.indexOf('# *Table of Contents*');
    const tocEnd = source.indexOf('\n#', tocStart + 1);
    const titlePage = source.slice(0, firstHeading);
    const blockWords = (nodes: RootContent[]) => nodes.flatMap((node) => words(toString(node)));
    const sourceWords = blockWords(
      unified()
        .use(remarkParse)
        .parse(
          (source.slice(firstHeading, tocStart) + source.slice(tocEnd))
            .replace(/<sup>\s*\d+\s*<\/sup>/g, ' ')
            .replace(/<sup>(st|nd|rd|th)<\/sup>/g, '$1'),
        ).children,
    );
    const bodyWords = divisions(book).flatMap((division) =>
      blockWords(division.tree.children.filter((node) => node.type !== 'footnoteDefinition')),
    );
    const noteWords = divisions(book)
      .flatMap((division) =>
        division.tree.children.filter((node): node is FootnoteDefinition => node.type === 'footnoteDefinition'),
      )
      .sort((a, b) => (a.data?.number ?? 0) - (b.data?.number ?? 0))
      .flatMap((note) => blockWords(note.children));

    const diff = multisetDiff(sourceWords, [...bodyWords, ...noteWords]);
    expect([...diff.missing]).toEqual([]);
    expect([...diff.extra]).toEqual([]);
    expect(firstOutOfOrder(bodyWords, sourceWords)).toBe(-1);
    expect(firstOutOfOrder(noteWords, sourceWords)).toBe(-1);
    console.info(
      `[text conservation] source ${sourceWords.length} words = body ${bodyWords.length} + notes ${noteWords.length}; missing 0, added 0, out of order 0`,
    );

    const metadataWords = new Set(
      words(`${Object.values(book.metadata).flat().join(' ')} ${displayDate(book.metadata.date)}`),
    );
    expect(words(titlePage).filter((word) => word !== 'by' && !metadataWords.has(word))).toEqual([]);
  });
});
