/**
 * Citation forms of an anthology's notes (the good-data development set), each on a made-up citation:
 * one title published as a paper and as a chapter of an edited book, cited in two chapters; a paper whose
 * genre names its meeting; a quotation mark left between asterisks by the Markdown; a dash a line break put
 * at the start of a line; a phrase that points at an address after a colon.
 */
import type { FootnoteDefinition, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { noteText } from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { resolveNotes } from '../src/cite/resolve.js';

/** A note as the resolver takes it; italics between E0 and E1. */
const note = (number: number, text: string) => ({ number, text, spans: [] });
const em = (text: string) => `\uE000${text}\uE001`;

describe('one title as a paper in one chapter and as a book chapter in another', () => {
  const paper = `Ann Lee and Bo C. Chen, 'Salt Roads of the North', ${em('Harbour Working Paper')} 2 (2014), http://example.org/salt.`;
  const chapter = `Ann Lee and Bo C. Chen, 'Salt Roads of the North', in D Eze and F Gold (eds), ${em('Shore Essays')}, Hull: Quay Press, 2014.`;

  it('keeps two works, each with its own container, when the chapters differ', () => {
    const { works, notes } = resolveNotes([
      { note: note(1, paper), owner: 'first chapter' },
      { note: note(1, chapter), owner: 'second chapter' },
    ]);
    expect(works).toHaveLength(2);
    expect(notes[1].citations[0].work?.item).toMatchObject({
      type: 'chapter',
      'container-title': 'Shore Essays',
      author: [
        { family: 'Lee', given: 'Ann' },
        { family: 'Chen', given: 'Bo C.' },
      ],
    });
    expect(notes[1].citations[0].work?.item.URL).toBeUndefined();
  });

  it('keeps one work when one chapter cites it both ways', () => {
    const { works } = resolveNotes([
      { note: note(1, paper), owner: 'one chapter' },
      { note: note(2, chapter), owner: 'one chapter' },
    ]);
    expect(works).toHaveLength(1);
  });
});

describe('papers read at a meeting', () => {
  it('reads `*Book of talks*, *… Conference Paper*, Place, date` as a conference paper, not a newspaper', () => {
    const { item } = parseFullCitation(
      `Ann Lee, 'Salt Roads: How Tides Moved', ${em('Shore Talks from the North')}, ${em('Harbour Preconference Paper')}, Hull, England, 15 July 2017, http://example.org/talks`,
    );
    expect(item).toMatchObject({ type: 'paper-conference', title: 'Salt Roads: How Tides Moved' });
  });

  it("reads `*'*Title'`, a quote mark alone between asterisks, as the quoted title's opening mark", () => {
    const { item } = parseFullCitation(
      `Ann Lee, *'*Salt Roads: Web-based Tides', ${em('the 9th Harbour Symposium')}, 2008.`,
    );
    expect(item).toMatchObject({
      type: 'paper-conference',
      title: 'Salt Roads: Web-based Tides',
      'container-title': 'the 9th Harbour Symposium',
    });
  });
});

describe('a dash at the start of a note’s line', () => {
  const textOf = (markdown: string) => {
    const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
    return noteText(tree.children.find((node) => node.type === 'footnoteDefinition') as FootnoteDefinition).text;
  };

  it('keeps the dash Markdown read as a bullet list inside a title', () => {
    expect(textOf("Tides.[^1]\n\n[^1]: Ann Lee, 'The Pull of the Moon\n    - A Study of Ports', Hull, 2011.\n")).toBe(
      "Ann Lee, 'The Pull of the Moon - A Study of Ports', Hull, 2011.",
    );
    expect(textOf("Tides.[^1]\n\n[^1]: Quay Board, 'Tide Tables: 1 May\n    - 30 June 2019', 2019.\n")).toBe(
      "Quay Board, 'Tide Tables: 1 May - 30 June 2019', 2019.",
    );
  });

  it('leaves a list after a blank line a list of its own', () => {
    expect(textOf('Tides.[^1]\n\n[^1]: Two sources:\n\n    - Ann Lee, *Tides*.\n')).toBe(
      'Two sources: Ann Lee, \uE000Tides\uE001.',
    );
  });
});

describe('a phrase, a colon, an address', () => {
  const address = (text: string) => `\uE002${text}\uE003`;
  const kinds = (text: string) => classifyNote(text).map((segment) => [segment.kind, segment.text]);

  it('keeps the phrase as commentary and cites the address alone', () => {
    expect(kinds(`Available on the Quay Board’s website: ${address('https://quay.example.org/')}`)).toEqual([
      ['commentary', 'Available on the Quay Board’s website:'],
      ['full', address('https://quay.example.org/')],
    ]);
    expect(
      parseFullCitation(
        classifyNote(`See e.g. a related thread on the Tide Wiki: ${address('https://x.example.org/1')}.`)[1].text,
      ).item,
    ).toEqual({ type: 'webpage', URL: 'https://x.example.org/1' });
  });

  it('leaves a name and an address, or a title and an address, a citation', () => {
    expect(kinds(`Quay Board: ${address('https://quay.example.org/')}`).map(([kind]) => kind)).toEqual(['full']);
    expect(kinds(`Ann Lee, 'Salt Roads': ${address('https://quay.example.org/')}`).map(([kind]) => kind)).toEqual([
      'full',
    ]);
  });
});
