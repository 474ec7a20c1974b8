/**
 * Citation forms of an anthology's notes (the good-data development set), each on a made-up citation:
 * one title published as a paper and as a chapter of an edited book, cited in two chapters.
 */
import { describe, expect, it } from 'vitest';
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
