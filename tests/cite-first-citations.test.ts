/**
 * Citations whose shape hides what they are: a family name of several words that only the short forms tell
 * (family-from-short.ts), a book known by the part cited in it, a part first cited in a book named short
 * (part-in-cited-book.ts), a book's introduction cited again, a classical or church text cited by its author's one
 * name (classical-work.ts), its divisions parted by full stops after the title or the name alone, `idem` after a signal, the author's sentence leading straight into a book's title
 * (lead-prose.ts) but not into a work it names with its year alone (classify/dated-mention.ts), the person quoted
 * before `quoted in` (classify/quoted-in.ts), authors who published their own book (imprint-author.ts), a part named
 * by the sentence before `in` (part-named-before.ts), a link's sentence and the address it links, or `Read the`
 * before one (classify/address-lead-in.ts), a title after `in her book` (classify/pronoun-work.ts), `Also quoted in
 * the *Paper*`, MHRA's `interviewed by`, APA's linked titles, books, chapters and theses (author-date.ts,
 * apa-reference.ts), an archive's path of series (letter.ts) and `A, citing B`; a reference opening with its year
 * (author-date.ts), a monthly issue named in italics, a page run into italics (pinpoint-in-italics.ts), a letter filed
 * after its repository (letter.ts), an APA title linked in italics, a thesis named by its degree and an entry the
 * author leads into (lead-prose.ts); MHRA's `*Ibid*.`, an imprint without a year, brackets in straight quotes with square
 * ones inside (bracketed-citations.ts, details.ts) and a part of a book cited whole before (part-in-cited-book.ts);
 * author-date's names and year in brackets (parse-short.ts, classify/known-author.ts); Ibid. with the author's remark
 * on emphasis or translation (classify/ibid.ts). Every name and title here is made up.
 */
import { describe, expect, it } from 'vitest';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { citedIn, marked } from './helpers/chapter-notes.js';

const names = (item: { author?: unknown; type?: string }) =>
  ((item.author ?? []) as Array<{ family?: string; given?: string }>).map((name) =>
    [name.family, name.given].filter(Boolean).join(', '),
  );

describe('a family name of several words', () => {
  it('takes the words the short form writes as the family name, and links the short form', () => {
    const { works, notes } = citedIn(
      'Emma Running Water, *Salt Roads of the Plains* (Hull: Quay Press, 2004), 41.',
      'Luis Ruiz Vega and Bo Chen, “Tides,” *Shore Review* 4, no. 2 (2001): 3–19.',
      'Running Water, *Salt Roads*, 45.',
      'Ruiz Vega and Chen, “Tides,” 7.',
    );
    expect(works.map(names)).toEqual([['Running Water, Emma'], ['Ruiz Vega, Luis', 'Chen, Bo']]);
    expect(notes.slice(2)).toEqual([[['short', 0, '45']], [['short', 1, '7']]]);
  });

  it('keeps the whole name as given when the short form gives it again', () => {
    const { works, notes } = citedIn('Ann Lee, *Tides* (Hull: Quay Press, 2004), 41.', 'Ann Lee, *Tides*, 45.');
    expect(works.map(names)).toEqual([['Lee, Ann']]);
    expect(notes[1]).toEqual([['short', 0, '45']]);
  });
});

describe('a book known by the part cited in it', () => {
  it('links the author’s short form of the book to the part, when no other work of theirs fits', () => {
    const { notes } = citedIn(
      'Ann Lee, ed., “Coats and Gowns,” in *Harbour Dress: Clothes of the Shore* (Hull: Quay Press, 2007), 79.',
      'Lee, *Harbour Dress*, 33.',
    );
    expect(notes[1]).toEqual([['short', 0, '33']]);
  });

  it('reads `introduction to *Book*` as the book cited again', () => {
    const { notes } = citedIn(
      'Ann Lee and Bo Chen, introduction to *Nets of the Coast*, ed. Ann Lee and Bo Chen (Hull: Quay Press, 2019), 22.',
      'Lee and Chen, introduction to *Nets of the Coast*, 25.',
    );
    expect(notes[1]).toEqual([['short', 0, '25']]);
  });
});

describe('a part first cited in a book named short (Chicago 14.107)', () => {
  it('makes a full citation of the part, its book as written', () => {
    const { works, notes } = citedIn(
      'Ann Lee and Bo Chen, introduction to *Nets of the Coast*, ed. Ann Lee and Bo Chen (Hull: Quay Press, 2019), 22.',
      'Eze, “Knots and Nets,” in Lee and Chen, *Nets of the Coast*, 206.',
    );
    expect(notes[1]).toEqual([['full', 1, '206']]);
    expect(works[1]).toMatchObject({
      type: 'chapter',
      title: 'Knots and Nets',
      'container-title': 'Nets of the Coast',
    });
  });

  it('reads the book by the short title the author announced for it', () => {
    const { works, notes } = citedIn(
      'Ann Lee, ed., *Shore Letters and Lives* (Hull: Quay Press, 1990) (hereafter *SLL*).',
      'Roe, “Disunion,” in *SLL*, 45–47.',
    );
    expect(notes[1]).toEqual([['full', 1, '45–47']]);
    expect(works[1]).toMatchObject({ type: 'chapter', title: 'Disunion', 'container-title': 'SLL' });
  });

  it('leaves a short form whose book after `in` no work was cited in', () => {
    const { notes } = citedIn(
      'Ann Lee, *Tides* (Hull: Quay Press, 2019), 22.',
      'Eze, “Knots and Nets,” in Roe and Chen, *Harbour Crafts*, 206.',
    );
    expect(notes[1].every(([form]) => form === 'short')).toBe(true);
  });
});

describe('a classical or church text cited by one name', () => {
  it('is a first citation when no work cited before fits', () => {
    const { works, notes } = citedIn(
      'Ann Lee, *Tides* (Hull: Quay Press, 2004), 41.',
      'See Thessalos, *The Harbours*, book 3, 412c–14a. He argued that the port was closed.',
      'Gregory XIX, *Mare Nostrum*, §41.',
      'Thessalos, *Harbours*, bk. 2, 612c.',
    );
    expect(works.map((work) => [names(work), work.title])).toEqual([
      [['Lee, Ann'], 'Tides'],
      [['Thessalos'], 'The Harbours'],
      [['Gregory XIX'], 'Mare Nostrum'],
    ]);
    expect(notes.slice(1)).toEqual([
      [['full', 1, 'book 3, 412c–14a']],
      [['full', 2, '§41']],
      [['short', 1, 'bk. 2, 612c']],
    ]);
  });

  it('never takes a modern author’s family name and page for one', () => {
    const { works, notes } = citedIn('Lee, *Tides*, 41.');
    expect([works, notes[0]]).toEqual([[], [['short', -1, '41']]]);
  });

  it('reads divisions parted by full stops after the title, the one name, or both', () => {
    const { works, notes } = citedIn(
      'Thessalos, *The Harbours* 3.192–96.',
      'Orestor 12.552c–d.',
      '*The Harbours* 8.134–36.',
      '*Tide Songs* 14.1.2.',
    );
    expect(works.map((work) => [work.type, names(work), work.title])).toEqual([
      ['book', ['Thessalos'], 'The Harbours'],
      ['book', ['Orestor'], undefined],
      ['book', [], 'Tide Songs'],
    ]);
    expect(notes).toEqual([
      [['full', 0, '3.192–96']],
      [['full', 1, '12.552c–d']],
      [['short', 0, '8.134–36']],
      [['full', 2, '14.1.2']],
    ]);
  });
});

describe('names', () => {
  it('reads a regnal name as one name, and `Saint` as no given name', () => {
    const item = (text: string) => parseFullCitation(marked(text)).item;
    expect(names(item('Gregory XIX, *Mare Nostrum* (Rome, 1961), §12.'))).toEqual(['Gregory XIX']);
    expect(names(item('Ann Lee III, *Tides* (Hull: Quay Press, 1990), 3.'))).toEqual(['Lee, Ann']);
    expect(names(item('Saint Ann Lee, *Tides* (Hull: Quay Press, 1964), 3.'))).toEqual(['Lee, Ann']);
  });

  it('reads `see also idem` as the author of the work cited just before, a short form’s too', () => {
    const { works } = citedIn(
      'Ann Lee, *Tides* (Hull: Quay Press, 1990), 3.',
      'Bo Chen, *Rivers* (Hull: Quay Press, 1991).',
      'See Lee, *Tides*, 4; idem, *Salt* (Jena: Fell, 1928); see also idem, “Nets,” *Shore Review* 29 (1997).',
    );
    expect(works.map((work) => [names(work), work.title])).toEqual([
      [['Lee, Ann'], 'Tides'],
      [['Chen, Bo'], 'Rivers'],
      [['Lee, Ann'], 'Salt'],
      [['Lee, Ann'], 'Nets'],
    ]);
  });
});

describe('the author’s sentence leading into a book’s title', () => {
  it('cuts the sentence off, after another citation too', () => {
    const { works, notes } = citedIn(
      'Ann Lee, *Salt Roads* (Hull: Quay Press, 2004), 41. Printed lists include *The Harbour Studio: A Guide* (Hull: Shore Museum, 1931), 15–29; and Bo Chen, *Tides* (Hull: Quay Press, 1995), 23–51.',
      'The point is made in *Harbour Lights* (Hull: Quay Press, 1950), 12.',
    );
    expect(works.map((work) => [names(work), work.title])).toEqual([
      [['Lee, Ann'], 'Salt Roads'],
      [[], 'The Harbour Studio: A Guide'],
      [['Chen, Bo'], 'Tides'],
      [[], 'Harbour Lights'],
    ]);
    expect(notes[0].map(([, , locator]) => locator)).toEqual(['41', '15–29', '23–51']);
  });

  it('leaves a work of art dated in brackets to the sentence', () => {
    const { works } = citedIn(
      'Ann Lee, *Tides* (Hull: Quay Press, 2004), 41.',
      'She cut a woodblock print called *Quay at Dusk* (1935). See Lee, *Tides*, 50.',
    );
    expect(works.map((work) => work.title)).toEqual(['Tides']);
  });
});

describe('a work cited again by its author without the particle, or as idem', () => {
  it('links `Roux` to `von Roux` and `idem, *Title*` to the author cited just before', () => {
    const { notes } = citedIn(
      'Ann von Roux, “The Keeper,” in *Tides of Trade* (Hull: Quay Press, 1998), 761–63.',
      'Ann von Roux, *Salt* (Hull: Quay Press, 1980).',
      'Bo Chen, *Rivers* (Hull: Quay Press, 1991).',
      'See Roux, *Tides of Trade*, esp. chap. 7; Chen, *Rivers*, 4.',
      'See Roux, *Salt*; idem, *Tides of Trade*, part 3.',
    );
    expect(notes.slice(3)).toEqual([
      [
        ['short', 0, 'chap. 7'],
        ['short', 2, '4'],
      ],
      [
        ['short', 1, null],
        ['short', 0, 'part 3'],
      ],
    ]);
  });
});

describe('a work’s own divisions as the place cited', () => {
  it('reads books, parts, lectures, columns and Stephanus numbers after an imprint', () => {
    const { notes } = citedIn(
      'Ann Lee, *Tides*, vol. 1 (Hull: Quay Press, 1964), bk. 2, lect. 4, col. 311, pp. 120–22.',
      'Bo Chen, *Rivers* (Hull: Quay Press, 1991), part 1.',
      'Bo Chen, *Rivers* (Hull: Quay Press, 1991), book 2, 318b–20a.',
    );
    expect(notes.map((note) => note.map(([, , locator]) => locator))).toEqual([
      ['bk. 2, lect. 4, col. 311, 120–22'],
      ['part 1'],
      ['book 2, 318b–20a'],
    ]);
  });
});

describe('the person quoted, and authors who published their own book', () => {
  it('reads `Name quoted in Source` as the source alone', () => {
    const { works, notes } = citedIn(
      'Ann Lee quoted in Bo Chen, *Rivers* (Hull: Quay Press, 1959), 12.',
      'Ann Lee, quoted in Bo Chen, *Rivers* (Hull: Quay Press, 1959), 13.',
    );
    expect(works.map(names)).toEqual([['Chen, Bo']]);
    expect(notes).toEqual([[['full', 0, '12']], [['full', 0, '13']]]);
  });

  it('keeps persons who are also the imprint, or whose edited writings bear their name, as persons', () => {
    const item = (text: string) => parseFullCitation(marked(text)).item;
    expect(names(item('A. B. Lee and C. D. Roe, *Tides* (Hull: A. B. Lee and C. D. Roe, 1893), n.p.'))).toEqual([
      'Lee, A. B.',
      'Roe, C. D.',
    ]);
    expect(names(item('Ann Lee, *Ann Lee: Her Life and Letters*, ed. Bo Chen (Hull: Quay Press, 1996), 96.'))).toEqual([
      'Lee, Ann',
    ]);
  });
});

describe('a part, a version or a newspaper the author’s words name', () => {
  it('reads the part a sentence names before `in` and the book’s author', () => {
    const { works, notes } = citedIn(
      'The song was printed again as "The Keeper’s Air" in Ann Lee, *Harbour Songs* (Hull: Quay Press, 1907), 12.',
    );
    expect(works[0]).toMatchObject({
      type: 'chapter',
      title: 'The Keeper’s Air',
      'container-title': 'Harbour Songs',
    });
    expect(notes[0]).toEqual([['full', 0, '12']]);
  });

  it('keeps a sentence on a link, and cites the address it links apart from the work before', () => {
    const { works } = citedIn(
      'Bo Chen, "Rivers of Print," *Journal of Shore History* 12, no. 3 (2019): 31--52, <https://doi.org/10.1000/jsh.2019.3>. [A draft is also online.](https://example.org/deposits/item/31/)',
    );
    expect(works.map((work) => [work.type, work.URL])).toEqual([
      ['article-journal', 'https://doi.org/10.1000/jsh.2019.3'],
      ['webpage', 'https://example.org/deposits/item/31/'],
    ]);
  });

  it('drops `Also quoted in the` before a newspaper’s name', () => {
    const { works } = citedIn('Also quoted in the *Harbour Lamp* (Hull, MA), 4 May 1851.');
    expect(works).toMatchObject([{ type: 'article-newspaper', 'container-title': 'Harbour Lamp' }]);
  });

  it('reads `interviewed by` after a quoted title as an interview', () => {
    const { works } = citedIn(
      "Ann Lee, 'Tides and Verse', interviewed by Bo Chen, *The Shore Review*, 21 (2016), 9--40.",
    );
    expect(works).toMatchObject([{ type: 'interview', title: 'Tides and Verse' }]);
    expect(names(works[0])).toEqual(['Lee, Ann']);
  });
});

describe('works the author’s sentence points to', () => {
  it('reads the address after `Read the` as the work, and no name', () => {
    const { works } = citedIn('Read the [issue on printing](https://example.org/tides/issues/12) for the details.');
    expect(works).toMatchObject([{ type: 'webpage', URL: 'https://example.org/tides/issues/12' }]);
    expect(names(works[0])).toEqual([]);
  });

  it('reads a title after `in her book` as a short form of a work cited before, and only then', () => {
    const { notes } = citedIn(
      'Ann Lee, *Folded Tides: Shapes in Paper* (Hull: Quay Press, 1990), 12.',
      'More designs can be found in her book *Folded Tides*.',
      'He set it out in his book *Harbour Lights*.',
    );
    expect(notes[1]).toEqual([['short', 0, null]]);
    expect(notes[2].every(([, index]) => index === -1)).toBe(true);
  });
});

describe('APA references in notes', () => {
  it('reads a linked title, a book without a place and a chapter with its editors', () => {
    const { works, notes } = citedIn(
      'Lee, A. (2000). [A theorem for harbour tolls](https://example.org/article/tolls). *Economics and Tides*, 16(2), 247–266.',
      'For a defence, see Chen, B. (2012). [*Salt and the Sea*](https://example.org/books/salt). Quay University Press.',
      'Eze, D. (1999). The tide tables. In R. Roe & F. Dunn (Eds.), *Harbour Essays* (2nd ed., pp. 29–44). Quay Press.',
    );
    expect(works.map((work) => [work.type, work.title, work['container-title'], work.URL])).toEqual([
      ['article-journal', 'A theorem for harbour tolls', 'Economics and Tides', 'https://example.org/article/tolls'],
      ['book', 'Salt and the Sea', undefined, 'https://example.org/books/salt'],
      ['chapter', 'The tide tables', 'Harbour Essays', undefined],
    ]);
    expect(notes[2]).toEqual([['full', 2, '29–44']]);
  });

  it('reads an italic volume, the page cited after the pages, a year without brackets and a thesis', () => {
    const { works, notes } = citedIn(
      'Lee, A. (2000). A theorem for harbour tolls. *Economics and Tides*, *16*(2), 247–266, p. 250.',
      'Chen, B. 2001. [Salt in the rigging](https://example.org/a/3). *Shore Review* 9(1): 12–30.',
      'Roe, R. (2016). [Population tides](https://example.org/t/7) [Doctoral dissertation, University of Hull]. Hull Archive.',
    );
    expect(works.map((work) => [work.type, work.title, work['container-title'] ?? work.publisher, work.URL])).toEqual([
      ['article-journal', 'A theorem for harbour tolls', 'Economics and Tides', undefined],
      ['article-journal', 'Salt in the rigging', 'Shore Review', 'https://example.org/a/3'],
      ['thesis', 'Population tides', 'University of Hull', 'https://example.org/t/7'],
    ]);
    expect(notes[0]).toEqual([['full', 0, '250']]);
  });

  it('reads a chapter whose book is plain or followed by a series, and a journal after a full stop', () => {
    const { works, notes } = citedIn(
      'Roe, D. (1986). Crowds and tides. In P. Lee (ed.), Applied Harbours (pp. 145–164). Quay University Press.',
      'Lee, G. (2011). [The shore problem](https://example.org/x/7). In Roe, D. & Chen, J. (Eds.), *Harbour Ethics*. Library of Harbours. 15: 99–128.',
      'Dunn, K. (2010). [The harbour argument](https://example.org/x/5). *Shore Studies*. 12(11): 2–5.',
    );
    expect(works.map((work) => [work.type, work.title, work['container-title']])).toEqual([
      ['chapter', 'Crowds and tides', 'Applied Harbours'],
      ['chapter', 'The shore problem', 'Harbour Ethics'],
      ['article-journal', 'The harbour argument', 'Shore Studies'],
    ]);
    expect(notes.map((note) => note[0][2])).toEqual(['145–164', '99–128', null]);
  });
});

describe('archives and sources read in another work', () => {
  it('reads an archive’s path of series as the place cited, its special collections as the container', () => {
    const { works, notes } = citedIn(
      'Joseph Lee to Ann Chen, 4 May 1836, CWM/QMS/West Indies. Harbour/Incoming Correspondence/Box 5, Quay Special Collections.',
    );
    expect(works).toMatchObject([{ type: 'personal_communication', 'container-title': 'Quay Special Collections' }]);
    expect(notes[0]).toEqual([['full', 0, 'CWM/QMS/West Indies. Harbour/Incoming Correspondence/Box 5']]);
  });

  it('reads `A, citing B` as two works', () => {
    const { works, notes } = citedIn(
      'Ann Lee, *The Harbour Mission* (Hull: Quay Press, 1849), 12, citing Bo Chen, *Journal of a Voyage* (York: Fell, 1823), 45.',
    );
    expect(works.map((work) => work.title)).toEqual(['The Harbour Mission', 'Journal of a Voyage']);
    expect(notes[0]).toEqual([
      ['full', 0, '12'],
      ['full', 1, '45'],
    ]);
  });
});

describe('references without their author first, and pages run into italics', () => {
  it('reads a year opening a reference as its date, never as a name, and a monthly issue named in italics', () => {
    const { works, notes } = citedIn(
      '1834\\. ‘South Seas’, *Shore Chronicle for January, 1834*’, pp.29-30: <https://example.org/c/29>',
      '1835\\. *The Report of the Harbour Board to its Tenth Meeting*, p. 104: <https://example.org/r/104>',
    );
    expect(works.map((work) => [work.type, names(work), work.title, work['container-title'], work.issued])).toEqual([
      ['article-magazine', [], 'South Seas', 'Shore Chronicle', { 'date-parts': [[1834, 1]] }],
      ['report', [], 'The Report of the Harbour Board to its Tenth Meeting', undefined, { 'date-parts': [[1835]] }],
    ]);
    expect(notes).toEqual([[['full', 0, '29-30']], [['full', 1, '104']]]);
  });

  it('sets the page and address run into a title’s italics outside them', () => {
    const { works, notes } = citedIn(
      'Ann Lee, ‘The Annual Meeting’, *Quay Magazine for June, 1843, p. 312: <https://example.org/q/312>*',
      'Hale, J. 1847. *Memoir of a Harbour Master.* London, Quay Press, *pp. 398: <https://example.org/m/398>*',
    );
    expect(works.map((work) => [work.type, work.title, work['container-title'], work.URL])).toEqual([
      ['article-magazine', 'The Annual Meeting', 'Quay Magazine', 'https://example.org/q/312'],
      ['book', 'Memoir of a Harbour Master', undefined, 'https://example.org/m/398'],
    ]);
    expect(notes).toEqual([[['full', 0, '312']], [['full', 1, '398']]]);
  });

  it('reads a letter filed after its repository and path, from its writer alone', () => {
    const { works, notes } = citedIn(
      'Quay Special Collections: ABC/Harbour/Incoming/Box 7 – Letter from Joseph Lee, 21 March 1849, Hull',
    );
    expect(works).toMatchObject([
      {
        type: 'personal_communication',
        'container-title': 'Quay Special Collections',
        issued: { 'date-parts': [[1849, 3, 21]] },
      },
    ]);
    expect(works.map(names)).toEqual([['Lee, Joseph']]);
    expect(notes[0]).toEqual([['full', 0, 'ABC/Harbour/Incoming/Box 7']]);
  });

  it('reads an APA title linked in italics, a thesis named by its degree, and an entry the author leads into', () => {
    const { works } = citedIn(
      'Lee, A. (2004). *[Salt Roads](https://example.org/b/1)*. Hull: Quay Press.',
      'Roe, M. (2014). *The Ethics of Tides*. Unpublished DPhil dissertation, University of Hull.',
      'This formulation is taken from Moss, A. (2017). [Tide Axiology](https://example.org/a/2). *Shore Compass*. 12(11).',
    );
    expect(
      works.map((work) => [work.type, names(work), work.title, work['container-title'] ?? work.publisher]),
    ).toEqual([
      ['book', ['Lee, A.'], 'Salt Roads', 'Quay Press'],
      ['thesis', ['Roe, M.'], 'The Ethics of Tides', 'University of Hull'],
      ['article-journal', ['Moss, A.'], 'Tide Axiology', 'Shore Compass'],
    ]);
  });
});

describe('MHRA notes', () => {
  it('reads `*Ibid*.` before the author’s sentence, and `(*ibid*.)` inside one', () => {
    const { notes } = citedIn(
      'Ann Lee, *Tides of the North* (Hull: Quay Press, 1999), p. 4.',
      "*Ibid*., p. 11. Lee's broader views on the harbour had been circulating for decades.",
      "Lee, *Tides of the North*, p. ix. In fairness, Lee is writing of what was expected by those 'who were kind enough to read the two books' (*ibid*.).",
    );
    expect(notes.slice(1)).toEqual([
      [['ibid', 0, '11']],
      [
        ['short', 0, 'ix'],
        ['ibid', 0, null],
      ],
    ]);
  });

  it('reads a book whose imprint gives no year', () => {
    const { works, notes } = citedIn('Ian Roe, *A Life in Harbours* (London: Quay Lane), p. 152.');
    expect(works).toMatchObject([{ type: 'book', title: 'A Life in Harbours', publisher: 'Quay Lane' }]);
    expect(notes[0]).toEqual([['full', 0, '152']]);
  });

  it('reads a bracket in straight quotes, its own brackets square, and a part of a book another part was cited in', () => {
    const { works, notes } = citedIn(
      "The view is plain in her essay, which says that 'the harbour is full' (Ann Lee, 'Under the Tide', in *A Selection from 'Tides'*, vol. 1, ed. by Ann Lee [Cambridge: Quay Press, 1968], 166--74 [p. 169]).",
      "Bo Chen, 'Keynes and the Harbour', in *A Selection from 'Tides'*, vol. 1, 185--96 (p. 195).",
    );
    expect(works.map((work) => [work.type, work.title, work['container-title']])).toEqual([
      ['chapter', 'Under the Tide', "A Selection from 'Tides'"],
      ['chapter', 'Keynes and the Harbour', "A Selection from 'Tides'"],
    ]);
    expect(notes).toEqual([[['full', 0, '169']], [['full', 1, '195']]]);
  });
});

describe('author-date short forms in notes', () => {
  it('reads names and a year in brackets as the author’s work of that year, inside a sentence too', () => {
    const { notes } = citedIn(
      'Lee, A. (2004). *Salt Roads*. Hull: Quay Press.',
      'Lee, A. (2010). *Tide Tables*. Hull: Quay Press.',
      'This is a variation on the *Spring Tide* case from Lee (2004), p. 422.',
      'Cf. Lee (2010), p. 95, who claims that this is not a bullet to bite.',
      'As Lee (2004: 12) says, the tides are late.',
      'Roe and Dunn (1999: 4) say otherwise.',
    );
    expect(notes.slice(2)).toEqual([[['short', 0, '422']], [['short', 1, '95']], [['short', 0, '12']], []]);
  });
});

describe('Ibid. with a remark, and a part of a book cited whole before', () => {
  it('reads `Ibid., p. 85, emphasis in original.` as Ibid., and a part `in *Book*, ed. by` a book cited before', () => {
    const { works, notes } = citedIn(
      'See Ann Roe, ed., *Harbours after the Flood: Essays on the Quay* (Hull: Quay Press, 2018).',
      "Bo Chen, 'The Naked Quay', in *Harbours after the Flood*, ed. by Roe, pp. 130–142 (p. 131).",
      'Ibid., p. 135, emphasis in original.',
      'Ibid., 12, my translation.',
    );
    expect(works.map((work) => [work.type, work.title, work['container-title']])).toEqual([
      ['book', 'Harbours after the Flood: Essays on the Quay', undefined],
      ['chapter', 'The Naked Quay', 'Harbours after the Flood'],
    ]);
    expect(notes.slice(1)).toEqual([[['full', 1, '131']], [['ibid', 1, '135']], [['ibid', 1, '12']]]);
  });
});
