/**
 * Notes written without italics and with a student's or a word processor's labels (page-label.ts, issue-label.ts,
 * ordinal-dates.ts, book-after-editors.ts, details.ts, classify/names-and-year.ts, classify/quoted-in.ts,
 * classify/bracketed-citations.ts, names.ts): a journal named upright before its labelled volume (`Vol. 45, No. 2`,
 * `Volume 51, Number 3`, `Vol. 25, Issue 3`, `Vol.17, No.4`), a page labelled `pg.` or `Pp.`, a chapter's book named
 * upright after its editors' bracketed role (`(Eds.)`), a thesis in capitals with its year in brackets, a day written
 * as an ordinal, a work cited by its names and year alone (`Ann Mill (1987) cited in …`, `(See also Chen: 2004)`),
 * a person described before `cited in`, and editors written family name first with their initials after. Every name
 * and title here is made up.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citeBook } from '../src/cite/index.js';
import { readBook } from '../src/read/index.js';
import { issueLabels } from '../src/cite/issue-label.js';
import { ordinalDates } from '../src/cite/ordinal-dates.js';
import { pageLabels } from '../src/cite/page-label.js';
import { citedIn } from './helpers/chapter-notes.js';

type Name = { family?: string; given?: string; literal?: string; 'non-dropping-particle'?: string };
const names = (item: Record<string, unknown>, role = 'author') =>
  ((item[role] ?? []) as Name[]).map(
    (name) =>
      name.literal ??
      [[name['non-dropping-particle'], name.family].filter(Boolean).join(' '), name.given].filter(Boolean).join(', '),
  );

describe('a journal named without italics before its labelled volume', () => {
  it('reads `Vol. 45, No. 2 (2001), pg. 143`: the journal, its year, the page cited; Ibid. with `pg.`', () => {
    const { works, notes } = citedIn(
      'Ann Lee, ‘The Harbour Walls and Their Keepers’, Journal of Coastal History, Vol. 45, No. 2 (2001), pg. 143.',
      'Ibid, pg. 144.',
    );
    expect(works[0]).toMatchObject({
      type: 'article-journal',
      title: 'The Harbour Walls and Their Keepers',
      'container-title': 'Journal of Coastal History',
      volume: '45',
      issue: '2',
    });
    expect(works[0].issued).toEqual({ 'date-parts': [[2001]] });
    expect(notes).toEqual([[['full', 0, '143']], [['ibid', 0, '144']]]);
  });

  it('reads the issue labelled `Number`, `Issue` or `No.` without a space, and a spaced range as the extent', () => {
    const { works, notes } = citedIn(
      'Max Roe, ‘Quays: Truth and Tides?’, Shore Studies Review, Volume 51, Number 3 (2008) pg. 31.',
      'Jen Ray, ‘The Power of the Tide’, Harbour Sociology, Vol. 25, Issue 3 (2007), pp. 239.',
      'Al Bett, ‘Should Harbours be Determined Locally?’, The Journal of Quays, Vol.17, No.4 (2005), pp. 735 – 752.',
      'Bo Roe, ‘Quays and Tides: From Stone to Steel?’, Maritime Review, vol. 39, no. 4 (2008), pp. 537–555.',
    );
    expect(works.map((work) => [work.type, work['container-title'], work.volume, work.issue])).toEqual([
      ['article-journal', 'Shore Studies Review', '51', '3'],
      ['article-journal', 'Harbour Sociology', '25', '3'],
      ['article-journal', 'The Journal of Quays', '17', '4'],
      ['article-journal', 'Maritime Review', '39', '4'],
    ]);
    expect(notes.map((note) => note[0][2])).toEqual(['31', '239', null, null]);
  });

  it('leaves a book’s volume dated with its imprint, and `Number` or `Issue` outside a volume, as written', () => {
    expect(issueLabels('a Number 3 of the Quay, Issue 4')).toBe('a Number 3 of the Quay, Issue 4');
    expect(issueLabels('Review, Vol. 25, Issue 3 (2007)')).toBe('Review, Vol. 25, no.   3 (2007)');
    const { works } = citedIn('Ann Lee, ‘Tides’, Collected Harbour Papers, vol. 2 (Hull: Quay Press, 1990), 45.');
    expect(works[0].type).not.toBe('article-journal');
  });
});

describe('page labels', () => {
  it('reads `pg.`, `pgs.`, `pg` and `Pp.` as `pp.`, keeping the text’s length, titles left as written', () => {
    expect(pageLabels('Lee, ‘Tides’, pg. 12.')).toBe('Lee, ‘Tides’, pp. 12.');
    expect(pageLabels('Lee, ‘Tides’, pgs. 12-14.')).toBe('Lee, ‘Tides’, pp.  12-14.');
    expect(pageLabels('Lee, ‘Tides’, pg 5.')).toBe('Lee, ‘Tides’, pp 5.');
    expect(pageLabels('Did They Hold? Pp. 31-43')).toBe('Did They Hold? pp. 31-43');
    expect(pageLabels('Lee, “The pg. 5 Affair,” 12.')).toBe('Lee, “The pg. 5 Affair,” 12.');
    expect(pageLabels('The pgn format, 12.')).toBe('The pgn format, 12.');
  });
});

describe('a chapter’s book named without italics after its editors’ bracketed role', () => {
  it('reads `in A and B (Eds.), Book (Place, Year), pg. 45` and the book closed by its page', () => {
    const { works, notes } = citedIn(
      'Di Park, ‘The Quay’s Approach’, in  A. R. Park and Hugo van der Berg (Eds.), Harbours of the North: Did They Hold? (Leith, 2008), pg. 45.',
      'Guy Hale, ‘Quays and Harbours’ in Stone (Ed.) Harbours in Transition, pp. 206-238.',
      'Ivo Marr, ‘What Pilots Say’, in Park and van der Berg (Eds.), Harbours of the North: Did They Hold? Pp. 31-43.',
    );
    expect(works.map((work) => [work.type, work.title, work['container-title']])).toEqual([
      ['chapter', 'The Quay’s Approach', 'Harbours of the North: Did They Hold?'],
      ['chapter', 'Quays and Harbours', 'Harbours in Transition'],
      ['chapter', 'What Pilots Say', 'Harbours of the North: Did They Hold?'],
    ]);
    expect(names(works[0], 'editor')).toEqual(['Park, A. R.', 'van der Berg, Hugo']);
    expect(notes.map((note) => note[0][2])).toEqual(['45', '206-238', '31-43']);
  });

  it('reads the role with a capital before a book in italics, and editors written family name first', () => {
    const { works } = citedIn(
      'Ed Fox, ‘Moral Tides’, in R. Stone and D. Mill (Eds) *Quay v. Shore: the morality of harbours*, (Princeton: 2000), p. 71.',
      'Paul Kay, ‘Preface’, in Clark P. and Kaufman Z. (Eds.), After the Tide, (London: 2008), pg. xxi.',
    );
    expect(works[0]).toMatchObject({ type: 'chapter', 'container-title': 'Quay v. Shore: the morality of harbours' });
    expect(works[1]).toMatchObject({ type: 'chapter', 'container-title': 'After the Tide' });
    expect(names(works[1], 'editor')).toEqual(['Clark, P.', 'Kaufman, Z.']);
  });
});

describe('a thesis named in capitals, its year in brackets after the school', () => {
  it('reads `Unpublished PHD Thesis, University of Leith (2010)`', () => {
    const { works, notes } = citedIn(
      'Fay Gold, ‘Harbours and Democracy’, Unpublished PHD Thesis, University of Leith (2010), pp. 11-42.',
    );
    expect(works[0]).toMatchObject({
      type: 'thesis',
      title: 'Harbours and Democracy',
      publisher: 'University of Leith',
    });
    expect(works[0].issued).toEqual({ 'date-parts': [[2010]] });
    expect(notes[0][0][2]).toBe('11-42');
  });
});

describe('a day written as an ordinal', () => {
  it('dates `23rd March 2012` and `August 5th 2010` by their day, the letters blanked', () => {
    expect(ordinalDates('Harbour Press, 23rd March 2012.')).toBe('Harbour Press, 23   March 2012.');
    expect(ordinalDates('the 5th of May 2012')).toBe('the 5      May 2012');
    expect(ordinalDates('25th-27th August 2011')).toBe('25  -27   August 2011');
    expect(ordinalDates('August 5th, 2010')).toBe('August 5  , 2010');
    expect(ordinalDates('3rd ed., 19th-century quays, “The 4th March Riot”')).toBe(
      '3rd ed., 19th-century quays, “The 4th March Riot”',
    );
    const { works } = citedIn('Ivy Jones, ‘The Legacy of the Quays’, Harbour Press, 23rd March 2012.');
    expect(works[0].issued).toEqual({ 'date-parts': [[2012, 3, 23]] });
  });
});

describe('a work cited by its names and year alone', () => {
  it('reads `Ann Mill (1987) cited in` a short form as two short forms, the year no place cited', () => {
    const { notes } = citedIn(
      'Bo Stone, *Harbours in Transition* (New York, 2006), 10.',
      'Ann Mill (1987) cited in Stone, *Harbours in Transition*, 11.',
      'S. van Vliet (1999) cited in Stone, *Harbours in Transition*, 12.',
    );
    expect(notes.slice(1)).toEqual([
      [
        ['short', -1, null],
        ['short', 0, '11'],
      ],
      [
        ['short', -1, null],
        ['short', 0, '12'],
      ],
    ]);
  });

  it('reads a bracketed `See also` after a short form apart, a name’s work of another year left unmatched', () => {
    const { notes } = citedIn(
      'Ann Lee, ‘The Harbour Walls’, Journal of Coastal History, Vol. 45, No. 2 (2001), pg. 143.',
      'Bo Chen, ‘Quays’, *Harbour Press*, 23 March 2012.',
      'Lee, ‘The Harbour Walls’, pg. 150. (See also Chen: 2004; Lee: 2001)',
    );
    // (`Chen: 2004` fits no work: Chen's of 2012 is another, and a bracket's short form that fits none is dropped.)
    expect(notes[2]).toEqual([
      ['short', 0, '150'],
      ['short', 0, null],
    ]);
  });

  it('never takes the bibliography’s entry of another year, whose initials would then name the note’s work', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-upright-'));
    try {
      await writeFile(
        path.join(dir, 'ch.md'),
        [
          '# Quays',
          '',
          'The quay.[^1] The ferry.[^2]',
          '',
          '[^1]: Ann Lee, *Tides* (Hull, 2001), 4. (See also Chen: 2004)',
          '',
          '[^2]: Bo Chen, ‘Quays’, Harbour Press, 23 March 2012. Accessed at: https://example.org/q',
          '',
          '## Bibliography',
          '',
          'Chen, B (2012) ‘Quays’, Harbour Press, 23 March. Accessed at: <https://example.org/q>',
          '',
        ].join('\n'),
      );
      await writeFile(path.join(dir, 'folio.yaml'), 'title: "Quays"\nchapters:\n  - ch.md\n');
      const result = citeBook(await readBook(dir));
      const chen = result.items.find((item) => item.title === 'Quays');
      expect(chen?.author).toEqual([{ family: 'Chen', given: 'Bo' }]);
      expect(result.notes[0].citations.map((citation) => citation.id)).not.toContain(chen?.id);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('links a person’s names and year, given names too, and a body’s, to the work of that year cited before', () => {
    const { notes } = citedIn(
      'Ann Mill, *Quays and Tides* (Hull, 1987), 5.',
      'Harbour Board, *Tide Tables* (Hull, 2004), 5.',
      'Ann Mill (1987), 6; Harbour Board (2004), 7.',
    );
    expect(notes[2]).toEqual([
      ['short', 0, '6'],
      ['short', 1, '7'],
    ]);
  });

  it('leaves an Act, a record and a month with their years alone', () => {
    const { notes } = citedIn('Shore Protection Act 1999, s 4.', 'Harbour Council Journal (1871), 118–19.');
    expect(notes.map((note) => note[0][0])).toEqual(['full', 'full']);
  });
});

describe('a person described before `cited in`', () => {
  it('cites only the work the person is quoted in', () => {
    const { notes } = citedIn(
      'Bo Chen, ‘Quays’, *Harbour Press*, 23 March 2012.',
      'Cy Ray, former harbour master of Leith cited in Ibid, pg. 154.',
    );
    expect(notes[1]).toEqual([['ibid', 0, '154']]);
  });
});
