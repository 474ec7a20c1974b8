/**
 * Short forms tied to their works by what a reader would use (src/cite/resolve.ts, abbreviation.ts):
 * an abbreviation a full citation defined, an author-date short form with a slip in the name, a
 * title given again with a typo, a short form's pages followed by `passim`, a further dated place in the
 * work cited just before in the note, names only near the work's before its title's exact words, a table
 * or figure cited, an announced short title then a record's name and number, a report given again by its
 * title and imprint when printed in a series, a provision then an announced abbreviation, and more names
 * than the full citation gave.
 */
import { describe, expect, it } from 'vitest';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0 } from '../src/cite/note-text.js';
import { URL_CLOSE as U1, URL_OPEN as U0 } from '../src/cite/note-text.js';
import { resolveNotes } from '../src/cite/resolve.js';

const note = (number: number, text: string) => ({ number, text, spans: [] });

describe('an abbreviation defined in a full citation', () => {
  const resolution = resolveNotes([
    {
      note: note(
        1,
        'Regulation (EU) 2016/12 of the Harbour Board of 3 May 2016 on the levying of dues on salt, and repealing Directive 90/4/EC (Harbour Dues Regulation (HDR)) [2016] OJ L12/1, point (b) of art 3(2).',
      ),
      owner: 'one',
    },
    { note: note(2, `Ann Lee and Bo Chen, ‘Tides of the HDR and the Ports’ (2019) 4 Shore LJ 12.`), owner: 'one' },
    { note: note(3, 'HDR, point (a) of art 6(1).'), owner: 'one' },
    {
      note: note(
        4,
        'QAST: Quay Agreement on Salt Trade, arts. 4, 5, Apr. 2, 1901, 12 Harbour Treaty Series 40 (1901).',
      ),
      owner: 'one',
    },
    { note: note(5, 'QAST, art 4(a), fn 2.'), owner: 'one' },
    { note: note(6, 'Cy Eze, The Salt Roads (Hull: Quay Press, 2001) (UK), 4.'), owner: 'one' },
    { note: note(7, 'UK, 5.'), owner: 'one' },
  ]);
  const [regulation, , agreement] = resolution.works;

  it('names that work, not one whose title mentions it', () => {
    expect(regulation.abbreviations).toEqual(['HDR']);
    expect(resolution.notes[2].citations[0]).toMatchObject({
      form: 'short',
      work: regulation,
      locator: 'point (a) of art 6(1)',
    });
  });

  it('also when it opens the citation (`QAST: Quay Agreement …`), the provision after it being the place cited', () => {
    expect(agreement.abbreviations).toEqual(['QAST']);
    expect(resolution.notes[4].citations[0]).toMatchObject({
      form: 'short',
      work: agreement,
      locator: 'art 4(a), fn 2',
    });
  });

  it('but capitals that are not the initials of the words before them define nothing', () => {
    expect(resolution.works.find((work) => work.title === 'The Salt Roads')?.abbreviations).toEqual([]);
    expect(resolution.notes[6].citations[0]?.work).toBeUndefined();
  });
});

describe('an author’s several works', () => {
  const resolution = resolveNotes([
    {
      note: note(
        1,
        `Ann Harlowe, ${E0}The Salt Roads${E1} (Hull: Quay Press, 2003), 4; Ann Harlowe, “Tides of the Quay,” ${E0}Shore Review${E1} 4, no. 2 (2000): 502–31.`,
      ),
      owner: 'one',
    },
    { note: note(2, 'Harlowe, 2003, 51; Harlowe, 2000: 510.'), owner: 'one' },
    { note: note(3, 'Harlow 2003, 53.'), owner: 'one' },
    { note: note(4, 'Harlow, 2000, 512.'), owner: 'one' },
    { note: note(5, 'Harlowe, 219.'), owner: 'one' },
  ]);
  const [book, article] = resolution.works;

  it('are told apart by the year, also when the name has a slip (the slip is reported)', () => {
    expect(resolution.notes[1].citations.map(({ work, locator }) => [work, locator])).toEqual([
      [book, '51'],
      [article, '510'],
    ]);
    expect(resolution.notes[2].citations[0]).toMatchObject({ work: book, locator: '53' });
    expect(resolution.notes[2].citations[0].quality).toEqual([{ kind: 'names', written: ['Harlow'] }]);
    expect(resolution.notes[3].citations[0]).toMatchObject({ work: article, locator: '512' });
  });

  it('but the author alone stays the work cited last, the choice reported', () => {
    expect(resolution.notes[4].citations[0].work).toBe(article);
    expect(resolution.notes[4].citations[0].quality[0].kind).toBe('ambiguous');
  });
});

describe('a full citation given again with a typo in its title', () => {
  it('is the same work when one long word is a letter off', () => {
    const resolution = resolveNotes([
      { note: note(1, 'Ann Lee, Salt Roads of the Northern Harbours (Hull: 2003).'), owner: 'one' },
      { note: note(2, 'Ann Lee, Salt Roads of the Northen Harbours (Hull: 2003), 4.'), owner: 'one' },
      { note: note(3, 'Lee, Salt Roads, 9.'), owner: 'one' },
    ]);
    expect(resolution.works).toHaveLength(1);
    expect(resolution.notes[2].citations[0].work).toBe(resolution.works[0]);
  });

  it('but volumes and short words that differ are two works', () => {
    const resolution = resolveNotes([
      { note: note(1, 'Ann Lee, Salt Roads of the North, Volume I (Hull: 2003).'), owner: 'one' },
      { note: note(2, 'Ann Lee, Salt Roads of the North, Volume II (Hull: 2003).'), owner: 'one' },
      { note: note(3, 'Bo Chen, Notes on the Dues of Hull (Hull: 1999).'), owner: 'one' },
      { note: note(4, 'Bo Chen, Notes on the Dues of Hell (Hull: 1999).'), owner: 'one' },
    ]);
    expect(resolution.works).toHaveLength(4);
  });
});

describe('parts of one series at one address', () => {
  it('are two works when their subtitles share no word, however many words their series title holds', () => {
    const at = (title: string, day: number) =>
      `Ann Lee, ‘Salt, Stone and Sea: ${title}’, *Harbour Lectures* (Shore Radio, ${day} May 1984), ${U0}https://radio.example/lectures/guide${U1}`;
    const resolution = resolveNotes([
      { note: note(1, `${at('Walk to the Quay', 4)}; ${at('Nets and Lines and Hooks', 11)}.`), owner: 'one' },
    ]);
    expect(resolution.works.map((work) => work.title)).toEqual([
      'Salt, Stone and Sea: Walk to the Quay',
      'Salt, Stone and Sea: Nets and Lines and Hooks',
    ]);
  });
});

describe('a short form whose pages are followed by `passim`', () => {
  it('keeps `passim` in the place cited and links the work by the name', () => {
    const resolution = resolveNotes([
      { note: note(1, `Ann Fenn, ${E0}A Town of Salt${E1} (Hull: Quay Press, 2012), 4.`), owner: 'one' },
      { note: note(2, `Fenn, 212-19 ${E0}passim${E1}.`), owner: 'one' },
      { note: note(3, 'Fenn, 12 passim.'), owner: 'one' },
    ]);
    const [work] = resolution.works;
    expect(resolution.notes[1].citations[0]).toMatchObject({ work, locator: '212-19 passim' });
    expect(resolution.notes[1].citations[0].quality).toEqual([{ kind: 'exact' }]);
    expect(resolution.notes[2].citations[0]).toMatchObject({ work, locator: '12 passim' });
  });
});

describe('a further dated place in the work the note cited just before', () => {
  const resolution = resolveNotes([
    { note: note(1, `${E0}Shore Lamp${E1}, May 4, 1882, 3; and June 3, 1883, 5.`), owner: 'one' },
    {
      note: note(
        2,
        `${E0}Quay Sessions Online${E1} (hereafter ${E0}Sessions${E1}) March 1851, hearing of Ann Lee (h18510302-4); and April, 1852, hearing of Bo Chen (h18520411-9) \uE002http://quaysessions.example.org/\uE003.`,
      ),
      owner: 'one',
    },
    {
      note: note(3, `${E0}Sessions${E1}, March 1851, hearing of Ann Lee; 4 April 1852, hearing of Dan Roe.`),
      owner: 'one',
    },
  ]);
  const [lamp, sessions] = resolution.works;

  it('cites that work again, the date and what follows it the place cited', () => {
    expect(resolution.works).toHaveLength(2);
    expect(resolution.notes[0].citations.map(({ form, work, locator }) => [form, work, locator])).toEqual([
      ['full', lamp, '3'],
      ['short', lamp, 'June 3, 1883, 5'],
    ]);
    expect(resolution.notes[1].citations[1]).toMatchObject({
      form: 'short',
      work: sessions,
      locator: 'April, 1852, hearing of Bo Chen (h18520411-9)',
    });
    expect(resolution.notes[2].citations.map(({ work }) => work)).toEqual([sessions, sessions]);
  });
});

describe('a short form whose names are only near the work’s', () => {
  it('links the work whose title holds its title’s exact words, the names reported; a title only like it, none', () => {
    const resolution = resolveNotes([
      { note: note(1, `Ann Lee, "Salt Roads: Kin and Trade," ${E0}Shore Review${E1} 4 (2001): 3-9.`), owner: 'one' },
      { note: note(2, `Ann Bo Lee, "Ledgers," ${E0}Shore Studies${E1} 52, no. 3 (2014): 88–97.`), owner: 'one' },
      { note: note(3, 'Ann Bo, "Salt Roads."'), owner: 'one' },
      { note: note(4, 'Ann Bo, "Salt and Kin Rods."'), owner: 'one' },
    ]);
    const [roads] = resolution.works;
    expect(resolution.notes[2].citations[0].work).toBe(roads);
    expect(resolution.notes[2].citations[0].quality).toEqual([{ kind: 'names', written: ['Ann Bo'] }]);
    expect(resolution.notes[3].citations[0].work).toBeUndefined();
  });
});

describe('a short form by an announced short title, then a record’s name and number', () => {
  const resolution = resolveNotes([
    {
      note: note(1, `Ann Lee, “Forged Notes,” ${E0}Shore Review${E1} 31 (2006): 117–39.`),
      owner: 'one',
    },
    { note: note(2, 'Lee, “Forged Notes,” Fig. 3b.'), owner: 'one' },
    {
      note: note(
        3,
        `See ${E0}Quay Sessions Online${E1} (hereafter ${E0}Sessions${E1}) March 1851, hearing of Ann Lee.`,
      ),
      owner: 'one',
    },
    { note: note(4, 'For the thefts see, for example, Sessions, Dan Roe, h18321104-2.'), owner: 'one' },
    {
      note: note(
        5,
        '“Letter of the warden.” Manuscript. Hull, May 4, 1702. Quay Record Office (hereafter QRO), Ships, box 3, doc. 41.',
      ),
      owner: 'one',
    },
    { note: note(6, 'QRO, Ferries, box 5, doc. 530.'), owner: 'one' },
  ]);

  it('cites the work the title was announced for, the rest the place cited', () => {
    expect(resolution.notes[1].citations[0]).toMatchObject({ work: resolution.works[0], locator: 'Fig. 3b' });
    expect(resolution.notes[3].citations[0]).toMatchObject({
      work: resolution.works[1],
      locator: 'Dan Roe, h18321104-2',
    });
  });

  it('but a repository’s abbreviation names no earlier item of it', () => {
    expect(resolution.works[2].abbreviations).toEqual(['QRO']);
    expect(resolution.notes[5].citations[0]?.work).not.toBe(resolution.works[2]);
  });
});

describe('a report given again by its title and imprint', () => {
  it('is a short form of the report printed in a series whose name holds the place', () => {
    const resolution = resolveNotes([
      {
        note: note(
          1,
          'Final Report of the Harbour Dues Board, in Documents of the Council of the Port of Hull, 9th sess., vol. 3, no. 22 (Hull, 1852), xiv.',
        ),
        owner: 'one',
      },
      { note: note(2, 'Final Report (Hull, 1852), §§ 80–89.'), owner: 'one' },
      { note: note(3, 'Final Report (York, 1852), § 4.'), owner: 'one' },
    ]);
    expect(resolution.notes[1].citations[0]).toMatchObject({
      form: 'short',
      work: resolution.works[0],
      locator: '§§ 80–89',
    });
    expect(resolution.notes[2].citations[0].work).not.toBe(resolution.works[0]);
  });
});

describe('a provision, then an announced abbreviation', () => {
  it('cites the work, the provision the place cited', () => {
    const resolution = resolveNotes([
      {
        note: note(
          1,
          'Regulation (EU) 2016/12 of the Harbour Board of 3 May 2016 on the levying of dues on salt, and repealing Directive 90/4/EC (Harbour Dues Regulation (HDR)) [2016] OJ L12/1, point (b) of art 3(2).',
        ),
        owner: 'one',
      },
      { note: note(2, 'Article 7(3) HDR.'), owner: 'one' },
      { note: note(3, 'art 6 QRS.'), owner: 'one' },
    ]);
    expect(resolution.notes[1].citations[0]).toMatchObject({
      form: 'short',
      work: resolution.works[0],
      locator: 'Article 7(3)',
    });
    expect(resolution.notes[2].citations).toEqual([]);
  });
});

describe('a short form naming more people than the full citation gave', () => {
  it('links the work whose names are all among them and whose title opens with its words, the names reported', () => {
    const resolution = resolveNotes([
      { note: note(1, 'Ann Lee, ed., Salt Roads over the Hills (Hull: 2006).'), owner: 'one' },
      { note: note(2, 'Roe & Lee, Salt.'), owner: 'one' },
      { note: note(3, 'Roe & Chen, Salt.'), owner: 'one' },
      { note: note(4, 'Roe & Lee, Tides.'), owner: 'one' },
    ]);
    expect(resolution.notes[1].citations[0].work).toBe(resolution.works[0]);
    expect(resolution.notes[1].citations[0].quality).toEqual([{ kind: 'names', written: ['Roe', 'Lee'] }]);
    expect(resolution.notes[2].citations[0].work).toBeUndefined();
    expect(resolution.notes[3].citations[0].work).toBeUndefined();
  });
});
