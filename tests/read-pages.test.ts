/** An export parsed page by page is the export parsed whole, positions included; a rebuild parses only the changed pages. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { pagesOf, parseByPages, type PageTrees } from '../src/read/pages.js';
import { parseExportPage, parseMarkdown } from '../src/read/parse.js';
import { corpusPath, describeCorpus } from './helpers/corpus.js';

const whole = (text: string) => parseMarkdown(new VFile({ value: text }), 'export');

function byPages(text: string, known: PageTrees = new Map()) {
  const parsed: PageTrees = new Map();
  let parses = 0;
  const tree = parseByPages(
    text,
    pagesOf(text)!,
    (page) => {
      parses++;
      return parseExportPage(page.text, page.offset === 0);
    },
    known,
    parsed,
  );
  return { tree, parsed, parses };
}

const exports: Record<string, string> = {
  'page breaks between paragraphs, and one that cuts a paragraph':
    'One *two*\n\n---\n\nthree\n---\nfour<sup>1</sup>\n\n---\n\n<sup>1</sup> A note.\n',
  'front matter, then pages': '---\ntitle: T\n---\n\n# Chapter\n\nText.\n\n---\n\nMore.\n',
  'a break as the first line, and two in a row': '---\n\nText.\n\n---\n---\n\nEnd',
  'lists and quotes ended by a break': '- one\n- two\n---\n> quoted\n---\n1. first\n\n   still first\n---\nafter\n',
  'Windows line ends': 'One\r\n\r\n---\r\n\r\nTwo **bold**\r\n---\r\nThree\r\n',
  'breaks with trailing spaces, and dashes that are not breaks': 'A\n\n---  \n\nB --- c\n\n ---\n\n----\n\nD\n',
  'a GFM table on a page':
    'Text.<sup>1</sup>\n\n---\n\n<sup>1</sup> A note.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n---\nMore.\n',
};

describe('an export parsed by pages', () => {
  for (const [name, text] of Object.entries(exports)) {
    it(`gives the whole file's tree: ${name}`, () => {
      expect(byPages(text).tree).toEqual(whole(text));
    });
  }

  it('is not cut where a code fence could hold a page break, nor at line ends Markdown does not share', () => {
    expect(pagesOf('Text\n\n```\n---\n```\n')).toBeUndefined();
    expect(pagesOf('One\r---\rTwo')).toBeUndefined();
    expect(pagesOf('One\u2028---\nTwo')).toBeUndefined();
    // A definition on one page decides whether `[^x]` or `[x]` on another is a call or a link.
    expect(pagesOf('Text.[^x]\n\n---\n\n[^x]: A GFM note.\n')).toBeUndefined();
    expect(pagesOf('See [the map][m].\n\n---\n\n[m]: https://example.org/map\n')).toBeUndefined();
  });

  it('parses again only the pages whose text changed', () => {
    const text = Object.values(exports)[0];
    const first = byPages(text);
    expect(first.parses).toBe(pagesOf(text)!.length);
    const edited = text.replace('three', 'thirty-three');
    const second = byPages(edited, first.parsed);
    expect(second.parses).toBe(1);
    expect(second.tree).toEqual(whole(edited));
    // A line added on the first page moves every later page's lines and offsets.
    const longer = edited.replace('One *two*', 'One *two*\nand a new line');
    const third = byPages(longer, second.parsed);
    expect(third.parses).toBe(1);
    expect(third.tree).toEqual(whole(longer));
  });
});

describeCorpus('the thesis parsed by pages', () => {
  it('gives the whole file’s tree, and after a one-word edit parses one page', () => {
    const text = readFileSync(corpusPath, 'utf8');
    const first = byPages(text);
    expect(pagesOf(text)!.length).toBeGreaterThan(200);
    expect(first.tree).toEqual(whole(text));
    const at = text.indexOf(' victorious ');
    const edited = `${text.slice(0, at)} triumphant ${text.slice(at + ' victorious '.length)}`;
    const second = byPages(edited, first.parsed);
    expect(second.parses).toBe(1);
    expect(second.tree).toEqual(whole(edited));
  });
});
