/**
 * Citation forms of an anthology's notes (the good-data development set), each on a made-up citation:
 * one title published as a paper and as a chapter of an edited book, cited in two chapters; a paper whose
 * genre names its meeting; a quotation mark left between asterisks by the Markdown.
 */
import { describe, expect, it } from 'vitest';
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
