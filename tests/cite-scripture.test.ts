/**
 * References to the Bible by book, chapter and verse (classify/scripture.ts, Chicago 14.238–14.241) are the author's
 * words: no work, no short form naming none; the works cited beside them stay citations. Every name and title here is
 * made up.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { citedIn, marked } from './helpers/chapter-notes.js';

const kinds = (text: string) => classifyNote(marked(text)).map(({ kind }) => kind);

describe('a reference to the Bible', () => {
  it('is commentary, abbreviated or in full, numbered books, verses listed, more chapters, a translation', () => {
    for (const note of [
      'Deut 6:4-5.',
      'See 1 Cor 13:4–7 (NRSV).',
      'Gen. 3:1-24.',
      'Cf. Prov 6:14, 19.',
      'Matthew 5:3–12 and Luke 6:20–23.',
      'Song of Songs 2:1.',
      'Isa 40:1–2, KJV.',
    ])
      expect(kinds(note), note).toEqual(['commentary']);
  });

  it('leaves the works cited beside it to the citations, and a name with a page no reference', () => {
    const { works, notes } = citedIn(
      'Ann Lee, *The Quay Psalms* (Hull: Quay Press, 2004), 409.',
      'Lee, *Quay Psalms*, 12. For a survey, see Gen 3:1-24; Ps 55:9; Prov 6:14, 19; 10:12; Rom 16:17.',
      'John Mark, *Harbours* (Hull: Quay Press, 1990), 4:12.',
    );
    expect(notes[1]).toEqual([['short', 0, '12']]);
    expect(works.map((work) => work.title)).toEqual(['The Quay Psalms', 'Harbours']);
  });
});
