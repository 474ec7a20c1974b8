/**
 * The Bluebook's note forms, as US law reviews and legal books write them (steering-italics.ts, the `Id.` of
 * classify/ibid.ts, public-law.ts, code-section.ts, congress-document.ts, bluebook-book.ts, bluebook-periodical.ts,
 * a case's parties in split italics in split-italics.ts, a company's suffix in a case name, a newspaper's section
 * page in text.ts, the remarks and quoting brackets of classify/ibid.ts and classify/quoting-bracket.ts), on made-up notes: signals and Latin words in italics, `Id.` and `supra note` pointing back, a
 * book's page before its bracketed edition and year, Acts by public law number, code sections, hearings and
 * committee reports, newspaper and blog pieces with the publication upright; a `supra` form or `Id.` opening a note
 * before the author's sentences (classify/short-then-sentence.ts, classify/ibid.ts); a code of regulations by its
 * acronym and section (code-acronym.ts); a body's report by its title and year alone (bluebook-book.ts). Every name,
 * title and number here is made up.
 */
import { describe, expect, it } from 'vitest';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { citedIn, marked } from './helpers/chapter-notes.js';

const parsed = (text: string) => parseFullCitation(marked(text));
const cited = (...texts: string[]) => citedIn(...texts).notes;

describe('italics that steer the reader, not titles', () => {
  it('reads `*Id.*`, `*Id.* at 5`, `*See id.* at 7` as the work just cited, with the page after `at`', () => {
    expect(
      cited(
        'Ann Lee, *Tides of the Quay*, 31 Shore L. Rev. 183, 190 (1997).',
        '*Id.* at 192.',
        '*Id.*',
        '*See id.* at 195.',
        '*See also* *id.* at 196.',
      ),
    ).toEqual([
      [['full', 0, '190']],
      [['ibid', 0, '192']],
      [['ibid', 0, null]],
      [['ibid', 0, '195']],
      [['ibid', 0, '196']],
    ]);
  });

  it('reads `Lee, *supra* note 1, at 12` as a pointer back at note 1, and italic signals as no title', () => {
    expect(
      cited(
        'Ann Lee, *Tides of the Quay*, 31 Shore L. Rev. 183, 190 (1997).',
        '*See* Bo Chen & Dara Eze, *The Price of Salt*, 12 J. Harbour Econ. 55, 60–62 (2004).',
        'Lee, *supra* note 1, at 200; *cf.* Chen & Eze, *supra* note 2, at 58.',
      ),
    ).toEqual([
      [['full', 0, '190']],
      [['full', 1, '60–62']],
      [
        ['short', 0, '200'],
        ['short', 1, '58'],
      ],
    ]);
  });

  it('keeps the italics of a title that only looks like a word of reference (a whole title is never a signal)', () => {
    expect(parsed('Ann Lee, *See Also the Sea* (Hull: Quay Press, 2001), 4.').item.title).toBe('See Also the Sea');
  });
});

describe('cases', () => {
  it('joins a case whose parties are set in italics apart, around an upright `v.`', () => {
    const { notes, works } = citedIn('*Lee* v. *Shore Ferry Co*., 50 S.E. 68, 70 (Ga. 1905).');
    expect(works[0]).toMatchObject({
      type: 'legal_case',
      title: 'Lee v. Shore Ferry Co.',
      'container-title': 'S.E.',
      issued: { 'date-parts': [[1905]] },
    });
    expect(notes).toEqual([[['full', 0, '70']]]);
  });

  it('keeps a company’s suffix after a comma in the case name, and reads the report after it', () => {
    expect(
      parsed('*Quay Studios, Inc. v. Harbour Corp. of America, Inc.*, 480 F. Supp. 429, 438 (C.D. Cal. 1979).'),
    ).toMatchObject({
      item: {
        type: 'legal_case',
        title: 'Quay Studios, Inc. v. Harbour Corp. of America, Inc.',
        'container-title': 'F. Supp.',
        issued: { 'date-parts': [[1979]] },
      },
      locator: '438',
    });
  });
});

describe('legislation and documents of Congress', () => {
  it('reads an Act by its public law number: the Statutes at Large its container, its page cited after the first', () => {
    expect(parsed('Shore Records Act of 2014, Pub. L. No. 113-187, 128 Stat. 2003, 2005 (2014).')).toEqual({
      item: {
        type: 'legislation',
        title: 'Shore Records Act of 2014',
        number: '113-187',
        'container-title': 'Stat.',
        volume: '128',
        page: '2003',
        issued: { 'date-parts': [[2014]] },
      },
      locator: '2005',
      etAl: false,
    });
  });

  it('reads the body enacting it as the author, the date and the section cited', () => {
    expect(
      parsed(
        'US Congress, Harbour Heritage Act for Fiscal Year 2021, Public Law No. 116–283, Section 1216, 9 May 2016, https://congress.example.gov/bill/6395.',
      ),
    ).toMatchObject({
      item: {
        type: 'legislation',
        title: 'Harbour Heritage Act for Fiscal Year 2021',
        author: [{ literal: 'US Congress' }],
        issued: { 'date-parts': [[2016, 5, 9]] },
      },
      locator: 'Section 1216',
    });
  });

  it('reads a code section by its title number, alone or after the Act’s name', () => {
    expect(parsed('44 U.S.C. § 3301 (2018).')).toEqual({
      item: { type: 'legislation', title: '44 U.S.C.', issued: { 'date-parts': [[2018]] } },
      locator: '§ 3301',
      etAl: false,
    });
    expect(parsed('Shore Marks Act § 43(a), 15 U.S.C. § 1125(a) (2018).')).toMatchObject({
      item: {
        type: 'legislation',
        title: 'Shore Marks Act',
        'container-title': 'U.S.C.',
        volume: '15',
        section: '1125(a)',
      },
      locator: '§ 43(a)',
    });
  });

  it('reads a hearing: its title in italics or unmarked, the page cited before the year, the statement left out', () => {
    expect(
      parsed(
        '*Oversight of Harbour Records: Hearing Before the S. Comm. on Quays*, 113th Cong. 12–14 (2013) (statement of Ann Lee, Archivist).',
      ),
    ).toEqual({
      item: {
        type: 'hearing',
        title: 'Oversight of Harbour Records: Hearing Before the S. Comm. on Quays',
        issued: { 'date-parts': [[2013]] },
      },
      locator: '12–14',
      etAl: false,
    });
    expect(
      parsed(
        'Ferry Law Revision—Tolls: Hearing on S. 1006 Before the Subcommittee on Piers, Docks, and Quays of the Senate Committee on the Harbour, 89th Cong., 2nd sess., 78 (1966) (statement of Bo Chen).',
      ),
    ).toMatchObject({ item: { type: 'hearing', issued: { 'date-parts': [[1966]] } }, locator: '78' });
  });

  it('takes a Congress named in a title for no document of it (the abbreviation `Cong.` marks one)', () => {
    expect(
      parsed('Shore Printing Office *Review of Harbour Acts During the 105th Congress*. April 13, 1999, 23.').item
        .title,
    ).toBe('Review of Harbour Acts During the 105th Congress');
  });

  it('reads a committee’s report, the committee named after the title its author, and the Bluebook’s numbered report', () => {
    expect(
      parsed(
        'Ferry Law Revision: Report to Accompany H.R. 2512, House Committee on the Harbour, 90th Cong., 1st sess., House Document no. 83, 66 (8 March 1967).',
      ),
    ).toEqual({
      item: {
        type: 'report',
        title: 'Ferry Law Revision: Report to Accompany H.R. 2512',
        author: [{ literal: 'House Committee on the Harbour' }],
        issued: { 'date-parts': [[1967, 3, 8]] },
      },
      locator: '66',
      etAl: false,
    });
    expect(parsed('H.R. Rep. No. 94-1476, at 47 (1976).')).toEqual({
      item: { type: 'report', title: 'H.R. Rep. No. 94-1476', issued: { 'date-parts': [[1976]] } },
      locator: '47',
      etAl: false,
    });
  });
});

describe('books, reports and periodicals', () => {
  it('reads a book’s page straight after its title, then the edition and year in brackets', () => {
    expect(parsed('Ann Lee, *Paper Trails: Records of the Quay* 45 (2d ed. 2010).')).toEqual({
      item: {
        type: 'book',
        title: 'Paper Trails: Records of the Quay',
        author: [{ family: 'Lee', given: 'Ann' }],
        issued: { 'date-parts': [[2010]] },
        edition: '2d ed.',
      },
      locator: '45',
      etAl: false,
    });
  });

  it('reads persons joined by `&` before an upright title as persons, not a firm', () => {
    expect(parsed('Ann Lee & Bo Chen, Budgets of the Quay: Funding the Harbour 14 (1997).').item.author).toEqual([
      { family: 'Lee', given: 'Ann' },
      { family: 'Chen', given: 'Bo' },
    ]);
  });

  it('reads a journal’s name abbreviated with apostrophes or written with `of`, and a note on the page cited', () => {
    expect(
      parsed("Ann Lee, *Quays in a Bureaucratic Arena*, 27 Int'l J. of Harb. Mgmt. 386, 392 (2007)."),
    ).toMatchObject({
      item: { type: 'article-journal', 'container-title': "Int'l J. of Harb. Mgmt.", volume: '27', page: '386' },
      locator: '392',
    });
    expect(
      parsed('Bo Chen, *Deliverables of the Quay*, 9 Harb. L. Rev. & Tech. J. 181, 192 n.75 (2004).'),
    ).toMatchObject({
      item: { type: 'article-journal', 'container-title': 'Harb. L. Rev. & Tech. J.' },
      locator: '192 n.75',
    });
  });

  it('reads a body’s numbered report', () => {
    expect(parsed('Shore Accountability Office, SAO-12-345, *Records Lag Behind* 7 (2012).')).toMatchObject({
      item: {
        type: 'report',
        title: 'Records Lag Behind',
        number: 'SAO-12-345',
        author: [{ literal: 'Shore Accountability Office' }],
      },
      locator: '7',
    });
  });

  it('leaves Chicago’s author and bracketed year alone (no page, no edition)', () => {
    expect(parsed('Ann Lee, *Tides* (1999).').item.type).toBe('book');
    expect(parsed('Ann Lee, *Tides* (1999).').item.edition).toBeUndefined();
  });

  it('reads a newspaper piece with its publication upright, the section page after `at`', () => {
    expect(parsed('Tom Baker, *Why Harbours Lose Ferries*, Shore Post, Mar. 3, 2013, at A4.')).toMatchObject({
      item: {
        type: 'article-newspaper',
        title: 'Why Harbours Lose Ferries',
        'container-title': 'Shore Post',
        issued: { 'date-parts': [[2013, 3, 3]] },
      },
      locator: 'A4',
    });
  });

  it('reads a blog post dated in brackets before its address', () => {
    expect(
      parsed(
        'Rita Gomez, *Ten Rules for Quays*, Harbour Blog (Jan. 5, 2015), http://harbourblog.example.org/ten-rules.',
      ),
    ).toMatchObject({
      item: { type: 'post-weblog', title: 'Ten Rules for Quays', 'container-title': 'Harbour Blog' },
    });
  });

  it('leaves a body’s report with its issuer after the title to the common grammar', () => {
    expect(parsed('Ann Lee, *Harbour Dues*, Shore Trust, March 2003.').item.type).not.toBe('article-newspaper');
  });

  it('reads a Chicago newspaper’s section page after the date', () => {
    expect(parsed('“Ferries Return,” *Shore Chronicle*, 25 May 1997, B6.').locator).toBe('B6');
  });
});

describe('brackets after a place cited', () => {
  it('reads the author’s remark after `Id.` or `supra` as no part of the citation', () => {
    expect(
      cited(
        'Ann Lee, *Tides of the Quay*, 31 Shore L. Rev. 183, 190 (1997).',
        '*Id.* at 195 (emphasis added).',
        'Lee, *supra* note 1, at 197 (citation omitted).',
      ),
    ).toEqual([[['full', 0, '190']], [['ibid', 0, '195']], [['short', 0, '197']]]);
  });

  it('reads a bracket quoting or citing another work as a second citation', () => {
    expect(
      cited(
        'Ann Lee, *Tides of the Quay*, 31 Shore L. Rev. 183, 190 (1997).',
        'Lee, *supra* note 1, at 192 (quoting Bo Chen, *Salt of the Quay* 4 (1990)).',
      ),
    ).toEqual([
      [['full', 0, '190']],
      [
        ['short', 0, '192'],
        ['full', 1, '4'],
      ],
    ]);
  });
});

describe('the Bluebook’s books with upright titles, and `[hereinafter …]`', () => {
  it('reads a book whose title came out of small capitals upright, its page and sections before the brackets', () => {
    expect(parsed('Bo Chen, Ferry Law and the Courts 12 (Shore Univ. Press 2004).')).toMatchObject({
      item: { type: 'book', title: 'Ferry Law and the Courts', publisher: 'Shore Univ. Press' },
      locator: '12',
    });
    expect(parsed('Dara Eze, Salt and Sea §§ 3.1–3.4 (1999).').locator).toBe('§§ 3.1–3.4');
  });

  it('leaves upright words before a bracketed year alone when no person or body is named first', () => {
    expect(parsed('See the Harbour Report 12 (1999).').item.title).not.toBe('the Harbour Report');
  });

  it('reads the short title announced in square brackets, which a later `supra` form then cites', () => {
    expect(
      cited(
        'Ann Lee, *Tides of the Quay: A Course in Harbour Law* 45 (2d ed. 2010) [hereinafter Course Manual].',
        'Bo Chen, Ferry Law and the Courts 12 (Shore Univ. Press 2004).',
        'Course Manual, *supra* note 1, at 50.',
        '*Id.* at 52.',
      ),
    ).toEqual([[['full', 0, '45']], [['full', 1, '12']], [['short', 0, '50']], [['ibid', 0, '52']]]);
  });
});

describe('a short form or `Id.` opening a note, then the author’s sentences', () => {
  it('cuts `Name, *supra* note N, at P.` and `*Id.*` (its full stop inside or outside the italics) from the sentences after them', () => {
    expect(
      cited(
        'Ann Lee, *Tides of the Quay* 45 (2d ed. 2010).',
        'Lee, *supra* note 1, at 50. Harbour dues were raised twice that year.',
        '*Id.* Similar rules applied to the ferries.',
        '*ID*. Nothing changed until the next decade.',
        'Lee, *supra* note 1. “Dues” was the board’s word for the tolls.',
      ).map((note) => note[0]),
    ).toEqual([
      ['full', 0, '45'],
      ['short', 0, '50'],
      ['ibid', 0, null],
      ['ibid', 0, null],
      ['short', 0, null],
    ]);
  });

  it('keeps a sentence before the names as the author’s', () => {
    expect(
      cited('Ann Lee, *Tides of the Quay* 45 (2010).', 'The rule is old. Lee, *supra* note 1, at 4. It held.')[1],
    ).not.toContainEqual(['short', 0, '4']);
  });
});

describe('a body’s report cited by its title and year alone', () => {
  it('reads the body’s name with its commas, the title upright, and a later `supra` form of its announced short title', () => {
    const { works, notes } = citedIn(
      'Office of the Harbour Sec’y for Tides, Quays, and Ferries, Report of the Task Force on Harbour Records (2009) [hereinafter Harbour Report].',
      'Harbour Report, *supra* note 1, at 44.',
    );
    expect(works[0]).toMatchObject({
      type: 'report',
      title: 'Report of the Task Force on Harbour Records',
      author: [{ literal: 'Office of the Harbour Sec’y for Tides, Quays, and Ferries' }],
    });
    expect(notes[1]).toEqual([['short', 0, '44']]);
  });
});

describe('a code of regulations by its acronym and section', () => {
  it('reads `FAR 2.101`, `FAR Part 15` and `UCC § 2-207` as full citations of the code, the section the place cited', () => {
    const { works, notes } = citedIn('QAR 36.6.', '*See* QAR Part 15.', 'QAR 2.101(b).', 'SCC § 2-207.');
    expect(works.map((work) => [work.type, work.title])).toEqual([
      ['legislation', 'QAR'],
      ['legislation', 'SCC'],
    ]);
    expect(notes).toEqual([
      [['full', 0, '36.6']],
      [['full', 0, 'Part 15']],
      [['full', 0, '2.101(b)']],
      [['full', 1, '§ 2-207']],
    ]);
  });

  it('leaves an acronym before a plain number, a shelfmark, to the other readers', () => {
    expect(citedIn('MS 148.').works).toEqual([]);
  });
});
