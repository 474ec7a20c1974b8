/**
 * The author's own short forms (own-short-forms.ts): a short title announced with `Henceforth cited as` and then
 * given with the place cited, and the place alone once a note announced that later citations give only that; and a
 * chapter first cited in a book named short (classify/title-in-container.ts). Every name and title here is made up.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { announcesPlaceOnly, placeOnly } from '../src/cite/own-short-forms.js';
import { resolveNotes } from '../src/cite/resolve.js';
import { citedIn, marked, notesOf } from './helpers/chapter-notes.js';

const tides = 'Ann Lee, *Tides of the North* (Hull: Quay Press, 2004), p. 89.';
const rivers = 'Bo Chen, *Rivers* (Oxford: Fell Books, 1999), 4.';

describe('a short title the author announces', () => {
  it('reads `D 80.` as the work announced as D, and Ibid. after it as that work', () => {
    const { works, notes } = citedIn(`${tides} Henceforth cited as 'TN'.`, rivers, 'TN 80.', 'Ibid.');
    expect(works.map((work) => work.title)).toEqual(['Tides of the North', 'Rivers']);
    expect(notes.slice(2)).toEqual([[['short', 0, '80']], [['ibid', 0, null]]]);
  });

  it('leaves a capital and a number alone when nothing was announced', () => {
    expect(citedIn(tides, rivers, 'D 80.').notes[2]).toEqual([]);
  });
});

describe('the place alone, once announced', () => {
  it('knows the announcement in its common wordings', () => {
    expect(
      announcesPlaceOnly(marked('Subsequent citations to the *Tides* will simply give the paragraph number.')),
    ).toBe(true);
    expect(announcesPlaceOnly('All further references are to this edition, given by page in the text.')).toBe(true);
    expect(announcesPlaceOnly('Subsequent scholars have given the number of the ships.')).toBe(false);
  });

  it('reads the places of a note that gives only them, a remark after a comma aside', () => {
    expect(['§73.', '§74, §76.', 'See §252.', '§17, my translation.', 'p. 23.', 'Lee, 23.'].map(placeOnly)).toEqual([
      '§73',
      '§74, §76',
      '§252',
      '§17',
      'p. 23',
      undefined,
    ]);
  });

  it('links such notes to the work cited before the announcement, in its division only', () => {
    const announcing = `${tides} Subsequent citations to the *Tides* will simply give the paragraph number.`;
    const { works, notes } = citedIn(announcing, rivers, '§73.', 'See §252.', '§17, my translation.');
    expect(works.map((work) => work.title)).toEqual(['Tides of the North', 'Rivers']);
    expect(notes.slice(2)).toEqual([[['short', 0, '§73']], [['short', 0, '§252']], [['short', 0, '§17']]]);
    // (Another chapter's notes never take the announcement.)
    const [first, ...rest] = notesOf(announcing, '§73.');
    const other = resolveNotes([first, { ...rest[0], owner: 'two' }]);
    expect(other.notes[1].citations.every((citation) => !citation.work)).toBe(true);
  });
});

describe('a chapter first cited in a book named short', () => {
  it('reads names with the given name, or a translator, before `in *Book*` as a full citation', () => {
    const kinds = (text: string) => classifyNote(marked(text)).map((segment) => segment.kind);
    expect(kinds("Ann Lee, 'Lee's Harbours', in *Harbour Essays*, p. 15.")).toEqual(['full']);
    expect(kinds("Lee, 'The Harbours', translated by Bo Chen, in *Harbour Essays*, p. 288.")).toEqual(['full']);
    // (A short form gives the family name alone, and a place set in italics by mistake is no container.)
    expect(kinds('Lee, “The Harbours,” in *Harbour Essays*.')).toEqual(['short']);
    expect(kinds("Ann Lee and Bo Chen, 'Where are the Harbours?', *p. 3.*")).toEqual(['short']);
  });
});

describe('the edition the author cites throughout, and its parts cited again', () => {
  it('cuts the author’s sentence before `All citations are to`, and drops those words', () => {
    expect(
      classifyNote(
        marked(
          'The letters were collected in 1797. All citations are to Ann Lee, *Letters to a Harbourmaster*, ed. Bo Chen (Hull: Quay Press, 1988).',
        ),
      ).map(({ kind, text }) => [kind, text.replace(/[\uE000\uE001]/g, '*')]),
    ).toEqual([
      ['commentary', 'The letters were collected in 1797.'],
      ['full', 'Ann Lee, *Letters to a Harbourmaster*, ed. Bo Chen (Hull: Quay Press, 1988).'],
    ]);
  });

  it('reads a part named by its number and year in the book’s short title as a short form of the book', () => {
    const { works, notes } = citedIn(
      'All citations are to Ann Lee, *Letters to a Harbourmaster*, ed. Bo Chen (Hull: Quay Press, 1988).',
      rivers,
      'Lee, Letter IV (1771), in *Letters*, 69.',
    );
    expect(works.map((work) => work.title)).toEqual(['Letters to a Harbourmaster', 'Rivers']);
    expect(notes[2]).toEqual([['short', 0, '69']]);
  });

  it('reads a sentence with a verb in a perfect tense as the author’s, the quotation it holds aside', () => {
    expect(
      classifyNote(
        marked(
          'Ann Lee has described the port as "a late and important harbour". See Lee, *Tides* (Hull: Quay Press, 1967), 68.',
        ),
      ).map(({ kind }) => kind),
    ).toEqual(['commentary', 'full']);
  });
});
