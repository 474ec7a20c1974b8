/**
 * Citations woven into the author's sentences, as humanities notes write them: a book's title opening the citation
 * after the sentence that names its author (resolve.ts withSubject), a short title as a sentence of its own after the
 * author's (classify/title-after-sentence.ts) and linked through the author named there (resolve.ts withNamedAuthor),
 * names, `in` and a title inside a sentence (classify/known-author.ts),
 * a short title from the subtitle (match.ts opensTitle) and `idem` for the names just given. Every name and title
 * here is made up.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { citedIn, marked } from './helpers/chapter-notes.js';

const rivers = 'Bo Chen, *Rivers* (Oxford: Fell Books, 1999), 4.';

describe('the author’s sentences around citations', () => {
  it('takes the author of a book cited without names from the sentence before it', () => {
    const { works } = citedIn(
      'Ann Lee provides this six-question framework for reading the port. *The Salt Roads: A History* (Hull: Quay Press, 2019), 28–36.',
    );
    expect(works[0]).toMatchObject({ title: 'The Salt Roads: A History', author: [{ family: 'Lee', given: 'Ann' }] });
  });

  it('cuts a short title standing as a sentence after the author’s, and links it through the author named there', () => {
    expect(
      classifyNote(
        marked('Lee lists the ports of the coast as havens. *Salt Roads*, 317. Chen argues the opposite.'),
      ).map(({ kind }) => kind),
    ).toEqual(['commentary', 'short', 'commentary']);
    const { notes } = citedIn(
      'Ann Lee, *Salt Roads: Chapters 1–7* (Hull: Quay Press, 2007), 4.',
      rivers,
      'I agree with Lee’s reading that “the port was never closed.” *Salt Roads 1–7*, 318.',
    );
    expect(notes[2]).toEqual([['short', 0, '318']]);
  });

  it('reads names, `in` and a title inside the author’s sentence as a short form of a work cited before', () => {
    const { notes } = citedIn(
      'Ann Lee, *The Salt Roads: A History* (Hull: Quay Press, 1999), 231.',
      rivers,
      'The trade of the port is explored by Lee in *Salt Roads*, 121–45. On the tides, see Chen.',
    );
    expect(notes[2][0]).toEqual(['short', 0, '121–45']);
  });

  it('reads a short title that opens the subtitle', () => {
    const { notes } = citedIn(
      'Ann Lee, “Tides 6:9–13: A Harbour Prayer?,” *Shore Review* 31 (2001): 96–105.',
      rivers,
      '“A Harbour Prayer?,” 99.',
    );
    expect(notes[2]).toEqual([['short', 0, '99']]);
  });

  it('gives `idem` the names of the work cited just before', () => {
    const { works } = citedIn(
      'See Ann Lee, *Tides* (Hull: Quay Press, 1971), 36; idem, *Salt Roads* (Hull: Quay Press, 1967), 11.',
    );
    expect(works.map((work) => [work.title, work.author])).toEqual([
      ['Tides', [{ family: 'Lee', given: 'Ann' }]],
      ['Salt Roads', [{ family: 'Lee', given: 'Ann' }]],
    ]);
  });

  it('makes the names the sentence gives as the author, before a title, the authors of the work', () => {
    const { works } = citedIn(
      'This cost is lamented by Ann Lee in *The Salt Roads* (Hull: Quay Press, 1999).',
      'We draw on the work of Orla Pennick in *Harbour Walls and Their Keepers* (Hull: Quay Press, 2010).',
      'This is what Bo Chen and Dara Eze suggest in "Quiet Ports," *Journal of Shores* 45 (2014), 360.',
      '"Radical tides" is an old phrase. Dara Eze\'s *Tide Tables* (Hull: Quay Press, 1970), for example, shows it.',
    );
    expect(works.map((work) => [work.type, work.title, work.author])).toEqual([
      ['book', 'The Salt Roads', [{ family: 'Lee', given: 'Ann' }]],
      ['book', 'Harbour Walls and Their Keepers', [{ family: 'Pennick', given: 'Orla' }]],
      [
        'article-journal',
        'Quiet Ports',
        [
          { family: 'Chen', given: 'Bo' },
          { family: 'Eze', given: 'Dara' },
        ],
      ],
      ['book', 'Tide Tables', [{ family: 'Eze', given: 'Dara' }]],
    ]);
  });

  it('leaves a place or the author’s words before `in` and a title out of the names', () => {
    const { works } = citedIn(
      'Much was written in New York in *The Salt Roads* (Hull: Quay Press, 1999), 23.',
      'Our survey follows that in *Tide Tables* (Hull: Quay Press, 1970), 4.',
    );
    expect(works.map((work) => [work.title, work.author ?? []])).toEqual([
      ['The Salt Roads', []],
      ['Tide Tables', []],
    ]);
  });
});
