/**
 * Citations carried by the author's own sentences (src/cite/classify/prose-anchors.ts), each anchor on made-up
 * notes: an imprint after a title whose italics were lost (after a possessive, after names and a comma, after a
 * signal), a journal after a quoted title (after a colon ending the author's sentence, with an italic journal and a
 * DOI, with a series), a law report after a case's name, software's version and address, a report's title before
 * its year and page, an address closing the author's sentence after a colon, and the author's sentences around a
 * citation found whole; and prose that must not be cut (a year in brackets, a span of years in a title, a place
 * and year in a sentence about events, a quoted phrase).
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0 } from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';

const marked = (text: string) => text.replace(/\*([^*]+)\*/g, (_, title: string) => `${E0}${title}${E1}`);
const parts = (text: string) =>
  classifyNote(marked(text)).map(({ kind, text }) => [kind, text.replace(/[\uE000\uE001]/g, '*')]);
const fulls = (text: string) => classifyNote(marked(text)).filter((segment) => segment.kind === 'full');

describe('an imprint in brackets after a title in the author’s sentence', () => {
  it('cuts a possessive’s work, the owner read as its author', () => {
    const note =
      'The coast was charted many times before the survey of the quays was printed. For an example of an early chart see Ann Lee’s Tidal ledgers, or the coast surveyed by the pilots of the port (Hull: 1702).';
    expect(parts(note)).toEqual([
      ['commentary', 'The coast was charted many times before the survey of the quays was printed.'],
      ['full', 'Ann Lee, Tidal ledgers, or the coast surveyed by the pilots of the port (Hull: 1702).'],
    ]);
    expect(parseFullCitation(fulls(note)[0].text).item).toMatchObject({
      type: 'book',
      author: [{ family: 'Lee', given: 'Ann' }],
      title: 'Tidal ledgers, or the coast surveyed by the pilots of the port',
      issued: { 'date-parts': [[1702]] },
    });
  });

  it('cuts names and a quoted title from the words of the sentence around them', () => {
    expect(
      parts(
        'The mean number of routes in the whole network is 4.2, the network modified to drop the later editions of Bo Chen, "Ein Hafenbuch der Küste" (Leiden: Jan Smit, 1694) has a mean of 3.9 routes. The counts of the larger ports change the most.',
      ),
    ).toEqual([
      [
        'commentary',
        'The mean number of routes in the whole network is 4.2, the network modified to drop the later editions of',
      ],
      ['full', 'Bo Chen, "Ein Hafenbuch der Küste" (Leiden: Jan Smit, 1694)'],
      ['commentary', 'has a mean of 3.9 routes. The counts of the larger ports change the most.'],
    ]);
  });

  it('starts at the signal before the names, past a colon inside the title', () => {
    const note =
      'This reading stays partial, since works such as Ann Lee, Bo Chen, Ports Within Reach: Northern Sailors on the Coastal Run and Beyond (1610-1790) (Leiden: 2017) trace a growing interest in the southern ports among early sailors.';
    expect(parts(note)).toEqual([
      ['commentary', 'This reading stays partial, since works such as'],
      [
        'full',
        'Ann Lee, Bo Chen, Ports Within Reach: Northern Sailors on the Coastal Run and Beyond (1610-1790) (Leiden: 2017)',
      ],
      ['commentary', 'trace a growing interest in the southern ports among early sailors.'],
    ]);
  });
});

describe('an imprint after names before the title, led in by `in` or a comma', () => {
  it('reads the subject named before `in` and the title as the author', () => {
    const note =
      'This close tie of the ports and the weight of news that was never sure has been noted by Cy Dunn in The Long Reach of the Northern Quays (Hull; York: 1998) and by others since.';
    expect(fulls(note).map((segment) => segment.text)).toEqual([
      'Cy Dunn, The Long Reach of the Northern Quays (Hull; York: 1998)',
    ]);
  });

  it('starts at a comma before the names, a publisher list with a semicolon in the imprint', () => {
    const note =
      'The printer was also much involved in the making of a northern version of Hale, Cy Dunn, Tides in their Old Order (Hull:S. Fell; H. Pier, 1660).';
    expect(parts(note)).toEqual([
      ['commentary', 'The printer was also much involved in the making of a northern version of Hale,'],
      ['full', 'Cy Dunn, Tides in their Old Order (Hull:S. Fell; H. Pier, 1660).'],
    ]);
  });

  it('cuts a citation, the author’s sentence and the work it leads to out of one run', () => {
    const note =
      'Cy Dunn, "Hale, Ann [pseud. Ann Quay]" (May 3 2004), in the Shore Dictionary of Lives, at http://shore.example.org. Her printer, H. Pier, was also much involved in the making of a northern version of Hale, Bo Chen, Tides in their Old Order (Hull: S. Fell; H. Pier, 1660).';
    expect(parts(note)).toEqual([
      [
        'full',
        'Cy Dunn, "Hale, Ann [pseud. Ann Quay]" (May 3 2004), in the Shore Dictionary of Lives, at http://shore.example.org.',
      ],
      ['commentary', 'Her printer, H. Pier, was also much involved in the making of a northern version of Hale,'],
      ['full', 'Bo Chen, Tides in their Old Order (Hull: S. Fell; H. Pier, 1660).'],
    ]);
  });
});

describe('an italic title after a preposition, its volume and imprint', () => {
  it('opens the citation at the title', () => {
    expect(
      parts(
        'The names of the pilots on the voyage were taken from the *Wills and Ledgers of the Quay*, vol. 13 (Hull: Pier Press, 1921), 347-367.',
      ),
    ).toEqual([
      ['commentary', 'The names of the pilots on the voyage were taken from the'],
      ['full', '*Wills and Ledgers of the Quay*, vol. 13 (Hull: Pier Press, 1921), 347-367.'],
    ]);
  });
});

describe('a journal after a quoted title', () => {
  it('cuts the work after a colon that ends the author’s sentence', () => {
    const note =
      'Ann Lee and Bo Chen discuss how hard it is to read dated spatial records, in the case of the harbour ledgers in particular: Ann Lee, Bo Chen "Tides and graphs for the social analysis of ports: a case" in Coastal Studies and Harbour Heritage 9 (2018).';
    expect(parts(note)).toEqual([
      [
        'commentary',
        'Ann Lee and Bo Chen discuss how hard it is to read dated spatial records, in the case of the harbour ledgers in particular:',
      ],
      // (The names run into the quoted title: read with the comma that closes a list of names.)
      [
        'full',
        'Ann Lee, Bo Chen, "Tides and graphs for the social analysis of ports: a case" in Coastal Studies and Harbour Heritage 9 (2018).',
      ],
    ]);
    expect(parseFullCitation(fulls(note)[0].text).item.author).toEqual([
      { family: 'Lee', given: 'Ann' },
      { family: 'Chen', given: 'Bo' },
    ]);
  });

  it('cuts an article with an italic journal, its page and DOI from the words after it', () => {
    expect(
      parts(
        "Lee, 'Tides', 248; Bo Chen, 'Ports, Tolls and Quays in the Northern Harbours', *Coastal Review* 3.2 (2014): 417, DOI: 10.1234/cr.2016.4 on the quays, and in particular art 9 with art 22(4).",
      ),
    ).toEqual([
      ['short', "Lee, 'Tides', 248"],
      [
        'full',
        "Bo Chen, 'Ports, Tolls and Quays in the Northern Harbours', *Coastal Review* 3.2 (2014): 417, DOI: 10.1234/cr.2016.4",
      ],
      ['commentary', 'on the quays, and in particular art 9 with art 22(4).'],
    ]);
  });

  it('reads an italic journal closed by a comma before its volume', () => {
    expect(
      parts(
        "Ann Lee, Bo Chen and Cy Dunn, 'Tides of the north and the quays of the south', *Shore Practice*, 6.2 (2013): 71-90 on the tolls of the ports, and much more.",
      ),
    ).toEqual([
      [
        'full',
        "Ann Lee, Bo Chen and Cy Dunn, 'Tides of the north and the quays of the south', *Shore Practice*, 6.2 (2013): 71-90",
      ],
      ['commentary', 'on the tolls of the ports, and much more.'],
    ]);
  });

  it('cuts a journal cited with its series from the author’s next sentence', () => {
    const cut = parts(
      'The ports have been treated in shorter forms. N. Hale, "The Harbour Letters: An Essay on the Passage of Tide Tables in the Northern Ports," Coastal Quarterly 2d ser., 41 (Jan. 1981), 517-39. The ports have also been treated at length in books.',
    );
    expect(cut).toContainEqual([
      'full',
      'N. Hale, "The Harbour Letters: An Essay on the Passage of Tide Tables in the Northern Ports," Coastal Quarterly 2d ser., 41 (Jan. 1981), 517-39.',
    ]);
    expect(cut.at(-1)).toEqual(['commentary', 'The ports have also been treated at length in books.']);
  });
});

describe('a law report after a case named in a sentence', () => {
  const note =
    'Besides his work on the harbour laws, which reached as far as the tolls, Lee was known for his advocacy. He took the winning part in leading cases such as Ex parte Moore, 12 U.S. (3 Cranch) 45 (1801) (holding the port open to all), Doe v. Roe, 13 U.S. 77 (1802) (striking a toll as void), and Shore v. Poe, 97 U.S. 318 (1878) (enforcing the charter against the city). He was later censured for his work for the owners of the quays, as were others.';

  it('cuts each case, its report and year, the glosses left to the author', () => {
    expect(fulls(note).map((segment) => segment.text)).toEqual([
      'Ex parte Moore, 12 U.S. (3 Cranch) 45 (1801)',
      'Doe v. Roe, 13 U.S. 77 (1802)',
      'Shore v. Poe, 97 U.S. 318 (1878)',
    ]);
  });

  it('reads a case of one party and an early report’s own volume in brackets', () => {
    expect(parseFullCitation('Ex parte Moore, 12 U.S. (3 Cranch) 45 (1801)').item).toMatchObject({
      type: 'legal_case',
      title: 'Ex parte Moore',
      volume: '12',
      'container-title': 'U.S.',
      page: '45',
    });
    // A sentence that opens with the words names no case.
    expect(parseFullCitation('Ex parte letters were sent, see Lee, *Tides* (Hull: Quay, 1990).').item.type).not.toBe(
      'legal_case',
    );
  });
});

describe('software, a report and an address in the author’s sentences', () => {
  it('cuts software by its version and address, and an address after a colon closing a sentence', () => {
    const note =
      'We have released both repositories with the code used for this study. Ann Lee, "tidy: Tools for Reading Tide Gauges," R package version 0.2.1 (2015): https://example.org/tidy, holds our reading of the gauges and other code that other scholars may use. A second folder holds all of our code for the ports: https://example.org/ports/.';
    expect(parts(note)).toEqual([
      ['commentary', 'We have released both repositories with the code used for this study.'],
      [
        'full',
        'Ann Lee, "tidy: Tools for Reading Tide Gauges," R package version 0.2.1 (2015): https://example.org/tidy',
      ],
      ['commentary', 'holds our reading of the gauges and other code that other scholars may use.'],
      ['commentary', 'A second folder holds all of our code for the ports:'],
      ['full', 'https://example.org/ports/.'],
    ]);
  });

  it('types a package’s release as software, a document’s version not', () => {
    expect(parseFullCitation('Ann Lee, "Tides," R package version 0.2.1 (2015)').item.type).toBe('software');
    expect(parseFullCitation('Ann Lee, "Tides," version 2, 12 May 2015').item.type).not.toBe('software');
  });

  it('cuts a report’s title opening the note, its year and page, from the quoted gloss and prose after it', () => {
    expect(
      parts(
        'Report of the Harbour Board to the Second Assembly of the Shore (1859), 296, note to § 12 ("The right to moor follows from the right of the quay.") The tolls of the quays were never lowered by the board.',
      ),
    ).toEqual([
      ['full', 'Report of the Harbour Board to the Second Assembly of the Shore (1859), 296, note to § 12'],
      [
        'commentary',
        '("The right to moor follows from the right of the quay.") The tolls of the quays were never lowered by the board.',
      ],
    ]);
  });
});

describe('a citation in brackets inside the author’s sentence', () => {
  it('cuts a body’s or a person’s work, its italic title and year, out of the brackets', () => {
    expect(
      parts(
        'In that year 3% of the fleet were pilots (Shore Bureau of Statistics, *Fleet Census 2016*, 2017) while 60% of the losses at sea were the boats of pilots (Ann Lee, *Losses at Sea, North 2016*, 2017).',
      ),
    ).toEqual([
      ['commentary', 'In that year 3% of the fleet were pilots'],
      ['full', 'Shore Bureau of Statistics, *Fleet Census 2016*, 2017'],
      ['commentary', 'while 60% of the losses at sea were the boats of pilots'],
      ['full', 'Ann Lee, *Losses at Sea, North 2016*, 2017'],
    ]);
  });

  it('leaves a name, a quoted nickname and a year in brackets to the author', () => {
    const note = "The clerk of the port (Ann Lee, 'the elder', 1790) kept the books of the quay for many years.";
    expect(parts(note)).toEqual([['commentary', note]]);
  });
});

describe('a public body’s report named by its title in a sentence', () => {
  it('cuts each report named with its years in brackets', () => {
    const note =
      'For instance, see the Report of the Board for the Deepening of the Channel of the River Hale (1836, 1840, etc.), Reports by the Warden of Quays and Engineer of the Harbour on the Locks of the River Hale (1870), and the letters of the pilots.';
    expect(fulls(note).map((segment) => segment.text)).toEqual([
      'Report of the Board for the Deepening of the Channel of the River Hale (1836, 1840, etc.)',
      'Reports by the Warden of Quays and Engineer of the Harbour on the Locks of the River Hale (1870)',
    ]);
  });

  it('leaves a report the sentence goes on to speak of', () => {
    const note =
      'The Report of the Board on the Quays (1840) found that the tolls were too high for the fishing fleet.';
    expect(parts(note)).toEqual([['commentary', note]]);
  });
});

describe('the author’s sentences around a citation found whole', () => {
  it('leaves the clause after the imprint to the author', () => {
    expect(
      parts(
        'Ann Lee, “The Quays of the North”, in *The Harbour Book*, ed. Bo Chen (Hull: Quay Press, 2006), 30-44 and Cy Dunn, *Salt and the Northern Ports* (York: Pier, 1989) reach no firm view of the tolls.',
      ).at(-1),
    ).toEqual(['commentary', 'reach no firm view of the tolls.']);
  });
});

describe('a short form closed by a full stop before a work cited in full', () => {
  it('cuts the short form from the work whose imprint, broken over a line, follows it', () => {
    expect(
      parts(
        'Lee and Chen, eds., Harbour Lives. Cy Dunn, The Quays of the North: How the Ports came to Know Their Tides (New\nHaven: 2014). The layouts of the maps give different views of the ports, though the main traits remain.',
      ),
    ).toEqual([
      ['short', 'Lee and Chen, eds., Harbour Lives'],
      ['full', 'Cy Dunn, The Quays of the North: How the Ports came to Know Their Tides (New\nHaven: 2014).'],
      ['commentary', 'The layouts of the maps give different views of the ports, though the main traits remain.'],
    ]);
  });

  it('leaves names closed by a full stop before their quoted title whole', () => {
    const note = "Ann Lee, Bo Chen, and Cy Dunn. 'Tides of the North', Shore Review 4 (2019): 12-30.";
    expect(parts(note)).toEqual([['full', note]]);
  });
});

describe('prose with no citation in it stays whole', () => {
  it.each([
    'The riots of that summer spread from the docks (Hull, 1789) to the inland towns, and lasted for most of the year.',
    'The harbour was closed for a year (1840) and then reopened by the board for the fishing fleet.',
    'Ann Lee wrote that the trade of the ports (1610-1790) was never measured by the board or its clerks.',
    'The clerks called the new tariff "the great toll" (Hull, 1790) in their letters to the board of the port.',
    'The board met in the town hall (York, 1802) and agreed to lower the tolls for the fishing fleet, as the clerks had asked.',
    'In that year, Ann Lee moved to the port of Hull (Yorkshire, 1840), where she kept the ledgers of the quay.',
  ])('%s', (note) => {
    expect(parts(note)).toEqual([['commentary', note]]);
  });
});
