/**
 * Short forms with no citation markup, read because they name a work the chapter cites
 * (src/cite/classify/known-author.ts): a title that lost its italics after the author's sentence or a
 * full citation, short forms at semicolons, the authors alone where the author points at their work, names
 * and a short title inside the author's sentence; and the author's prose that names the same people, which
 * stays prose.
 */
import { describe, expect, it } from 'vitest';
import { lintCitations } from '../src/cite/lint.js';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0 } from '../src/cite/note-text.js';
import { resolveNotes } from '../src/cite/resolve.js';

const note = (number: number, text: string) => ({ number, text, spans: [] });

/** Three works cited in full in chapter `one`, then the notes given. */
function resolve(notes: Array<[string, string?]>) {
  return resolveNotes([
    {
      note: note(
        1,
        `Ines Marlow, ${E0}Lanterns of the Estuary: Ferry Signals, 1700–1800${E1} (Hull: Quay Press, 2004).`,
      ),
      owner: 'one',
    },
    {
      note: note(
        2,
        `Tomas Brede and Olga Vinter, ${E0}Tolls at the Weir: A Ledger of River Dues${E1} (Leeds: Fell, 1999).`,
      ),
      owner: 'one',
    },
    {
      note: note(
        3,
        `Ruth Aldane, Piet Sorel, and Mona Kask, eds., ${E0}The Ferryman's Book: Accounts of a River Crossing${E1} (York: Dale, 2010).`,
      ),
      owner: 'one',
    },
    ...notes.map(([text, owner], index) => ({ note: note(index + 4, text), owner: owner ?? 'one' })),
  ]);
}

const cited = (resolution: ReturnType<typeof resolve>, index: number) =>
  resolution.notes[index + 3].citations.map((citation) => ({
    form: citation.form,
    title: citation.work?.title?.split(':')[0],
    locator: citation.locator,
  }));

describe('a short title that lost its italics', () => {
  it('is a short form after a sentence of the author’s, with its page', () => {
    const resolution = resolve([['The ferries stopped in 1741. Marlow, Lanterns of the Estuary, 44.']]);
    expect(cited(resolution, 0)).toEqual([{ form: 'short', title: 'Lanterns of the Estuary', locator: '44' }]);
  });

  it('is a short form at the end of a full citation', () => {
    const resolution = resolve([
      [`Ada Quill, ${E0}Mills${E1} (Hull: Quay Press, 2001). Brede and Vinter, Tolls at the Weir.`],
    ]);
    expect(cited(resolution, 0)).toEqual([
      { form: 'full', title: 'Mills', locator: null },
      { form: 'short', title: 'Tolls at the Weir', locator: null },
    ]);
  });

  it('is a short form beside a marked one at a semicolon, authors joined by `&`', () => {
    const resolution = resolve([[`Brede & Vinter, Tolls; Marlow, ${E0}Lanterns${E1}, 9.`]]);
    expect(cited(resolution, 0)).toEqual([
      { form: 'short', title: 'Tolls at the Weir', locator: null },
      { form: 'short', title: 'Lanterns of the Estuary', locator: '9' },
    ]);
  });

  it('keeps the editors’ mark out of the title (`eds.`)', () => {
    const resolution = resolve([
      ['Compare the entries in Aldane, Sorel, and Kask, eds., The Ferryman’s Book. Nothing else.'],
    ]);
    expect(cited(resolution, 0)).toEqual([{ form: 'short', title: "The Ferryman's Book", locator: null }]);
  });

  it('is the author’s sentence when the words after the comma are no run of the title', () => {
    const resolution = resolve([['The signals changed. Marlow, however, counts only the lanterns of 1760.']]);
    expect(cited(resolution, 0)).toEqual([]);
  });
});

describe('the first author and `et al.`', () => {
  it('names a work of four or more authors without a flaw (Chicago 14.76), even after the author’s words', () => {
    const resolution = resolve([
      [
        `Nils Orm, Kai Pale, Eva Rusk, and Lina Sand, “Ferry Routes of the North,” in ${E0}River Roads${E1}, ed. Ada Quill (Hull: Quay Press, 2016), 40–60.`,
      ],
      ['The crossing was “slow in every season,” as reported in Orm et al., “Ferry Routes,” 41.'],
    ]);
    const [citation] = resolution.notes[4].citations;
    expect(citation).toMatchObject({ form: 'short', locator: '41', quality: [{ kind: 'exact' }] });
    expect(citation.work?.title).toBe('Ferry Routes of the North');
  });
});

describe('the authors alone', () => {
  it('cite their work after `in`, and after a semicolon before what it is consulted for', () => {
    const resolution = resolve([
      ['See the tables in Aldane, Sorel, and Kask; and Brede and Vinter for the river dues of 1790.'],
    ]);
    expect(cited(resolution, 0)).toEqual([
      { form: 'short', title: "The Ferryman's Book", locator: null },
      { form: 'short', title: 'Tolls at the Weir', locator: null },
    ]);
    expect(lintCitations(resolution)).toEqual([]);
  });

  it('are prose in a chapter that has not cited their work', () => {
    const resolution = resolve([['See the tables in Aldane, Sorel, and Kask for the crossings.', 'two']]);
    expect(cited(resolution, 0)).toEqual([]);
  });

  it('are prose as a sentence’s subject, and a single name is never a citation alone', () => {
    const resolution = resolve([
      ['Brede and Vinter count the tolls of 1790. As Marlow argued, the lanterns came later.'],
      ['This is discussed in Marlow at length.'],
    ]);
    expect(cited(resolution, 0)).toEqual([]);
    expect(cited(resolution, 1)).toEqual([]);
  });
});

describe('names and a short title inside the author’s sentence', () => {
  it('cite the work when they fit it without a flaw, before a work cited after `in`', () => {
    const resolution = resolve([
      [
        'The essays gathered by Brede & Vinter, Tolls at the Weir show the same dues: "the weir was shut for the whole of the year" in Marlow, Lanterns of the Estuary, 44.',
      ],
    ]);
    expect(cited(resolution, 0)).toEqual([
      { form: 'short', title: 'Tolls at the Weir', locator: null },
      { form: 'short', title: 'Lanterns of the Estuary', locator: '44' },
    ]);
  });

  it('are prose when the words are no run of the title', () => {
    const resolution = resolve([['The essays gathered by Brede & Vinter, Tolls Paid show the same dues.']]);
    expect(cited(resolution, 0)).toEqual([]);
  });
});
