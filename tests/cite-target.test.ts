/**
 * Which work a short form names (src/cite/resolve.ts): an author's two works told apart by an unmarked
 * short title, a periodical or record series cited by issue, a title-first short form with its imprint,
 * a manuscript cited by shelfmark, and short forms that must link to nothing (a work cited in full in no
 * note). Made-up citations in the forms real notes use.
 */
import { describe, expect, it } from 'vitest';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0 } from '../src/cite/note-text.js';
import { resolveNotes } from '../src/cite/resolve.js';

const note = (number: number, text: string) => ({ number, text, spans: [] });

/** Resolves the notes as one chapter; each note's citations as [form, title of the work, locator]. */
function cite(...texts: string[]) {
  const resolution = resolveNotes(texts.map((text, index) => ({ note: note(index + 1, text), owner: 0 })));
  return resolution.notes.map((resolved) =>
    resolved.citations.map((citation) => [citation.form, citation.work?.title, citation.locator]),
  );
}

describe('an unmarked short title after the names', () => {
  it('picks the author’s work by its title (`Lee, Harbours, 185.`), not by reading the title as a second author', () => {
    const notes = cite(
      `Ann Lee, ${E0}The Harbours of Ys: A History${E1} (Hull: Quay Press, 2004), 3; Ann Lee et al., ${E0}Rivers of the North${E1} (Leeds: Fell, 2009).`,
      'Lee, Harbours, 185.',
    );
    expect(notes[1]).toEqual([['short', 'The Harbours of Ys: A History', '185']]);
  });

  it('keeps two names before the title (`Lee and Moss, Salt Ledgers`)', () => {
    const notes = cite(
      `Ann Lee and Jo Moss, ${E0}Salt Ledgers of the Coast${E1} (York: Fell, 2001); Max Roe, ${E0}Tides${E1} (Hull: Quay Press, 1999).`,
      `Lee and Moss, Salt Ledgers; Roe, ${E0}Tides${E1}, 4.`,
    );
    expect(notes[1]).toEqual([
      ['short', 'Salt Ledgers of the Coast', null],
      ['short', 'Tides', '4'],
    ]);
  });
});

describe('a periodical or record series cited by issue', () => {
  const notes = cite(
    `${E0}Harbour Sessions Online${E1} (hereafter ${E0}Sessions${E1}), May 1701, case of Ann Lee (c17010502-3).`,
    `Bo Chen, “Lawyers and the Harbour Sessions,” in ${E0}Courts of the Coast${E1}, ed. Cy Ames (Hull: Quay Press, 2012), 71–91.`,
    `${E0}Sessions${E1}, June 1702, c17020611-4.`,
    `${E0}Sessions${E1}, December 3, 1729, 17291203-1.`,
  );

  it('cites the work that announced the name, not another whose title holds the word', () => {
    expect(notes[2]).toEqual([['short', 'Harbour Sessions Online', 'June 1702, c17020611-4']]);
  });

  it('reads a dated issue as a short form of that work, the date being part of the place cited', () => {
    expect(notes[3]).toEqual([['short', 'Harbour Sessions Online', 'December 3, 1729, 17291203-1']]);
  });

  it('makes an issue of a newspaper whose articles alone were cited a new item', () => {
    const resolution = resolveNotes([
      { note: note(1, `“The Quay Code,” ${E0}Harbour Lamp${E1}, March 31, 1848.`), owner: 0 },
      { note: note(2, `${E0}Harbour Lamp${E1}, May 12, 1850.`), owner: 0 },
    ]);
    const [article, issue] = resolution.notes.map((resolved) => resolved.citations[0]);
    expect(issue.form).toBe('full');
    expect(issue.work).not.toBe(article.work);
  });
});

describe('a title-first short form with its imprint', () => {
  it('cites the report whose title it opens, published in that place and year', () => {
    const notes = cite(
      'First Report of the Harbour Commissioners on Tolls (Hull, 1848), iii–iv; Second Report of the Harbour Commissioners on Tolls (Hull, 1849), 3.',
      'First Report (Hull, 1848), 197.',
      'First Report (Leeds, 1848), 197.',
    );
    expect(notes[1]).toEqual([['short', 'First Report of the Harbour Commissioners on Tolls', '197']]);
    expect(notes[2][0][0]).toBe('full');
  });
});

describe('a manuscript cited by its shelfmark', () => {
  const notes = cite(
    'Ann Lee, “Letter on Tides” (1617), fol. 28r, Hall MS 260, Shore Record Office.',
    'Hall MS 260, fol. 64v.',
    'QCL MS Additional 400, fol. 33v- 34r.',
    'QCL MS Additional 400, fol. 35r.',
    'Quay College Library MS 12, fol. 3r.',
    'QCL MS 12, fol. 9v; HL MS 12, fol. 10r.',
  );

  it('names the work cited before as held in it', () => {
    expect(notes[1]).toEqual([['short', 'Letter on Tides', 'fol. 64v']]);
  });

  it('is the manuscript’s first citation when no note cited it, and its later ones are short', () => {
    expect(notes[2]).toEqual([['full', 'MS Additional 400', 'fol. 33v- 34r']]);
    expect(notes[3]).toEqual([['short', 'MS Additional 400', 'fol. 35r']]);
  });

  it('knows a repository by its initials, and another repository’s shelfmark for another manuscript', () => {
    expect(notes[5]).toEqual([
      ['short', 'MS 12', 'fol. 9v'],
      ['full', 'MS 12', 'fol. 10r'],
    ]);
  });
});

describe('short forms of works cited in full in no note', () => {
  const works = `Ann Lee, ${E0}Salt Ledgers of Hull${E1} (Hull: Quay Press, 2004), 3; Bo Chen, ${E0}Network Harbours in the North${E1} (Leeds: Fell, 2010).`;

  it('does not link a marked title that fits none of the author’s works to another of them', () => {
    const notes = resolveNotes([
      { note: note(1, works), owner: 0 },
      { note: note(2, `Lee, ${E0}A Nation of Ports${E1}, 9.`), owner: 0 },
    ]).notes;
    expect(notes[1].citations[0].work).toBeUndefined();
  });

  it('does not link names that fit no work by a title only like one’s', () => {
    const notes = resolveNotes([
      { note: note(1, works), owner: 0 },
      { note: note(2, `Roe et al., ${E0}Networks in Harbours${E1}, 17–21.`), owner: 0 },
    ]).notes;
    expect(notes[1].citations[0].work).toBeUndefined();
  });

  it('still links the author alone, and names with a place read as a title (`Chen, section 3.2`)', () => {
    const notes = cite(works, 'Lee, 9.', 'Quoted in Chen, section 3.2.');
    expect(notes[1]).toEqual([['short', 'Salt Ledgers of Hull', '9']]);
    expect(notes[2].map(([form, title]) => [form, title])).toEqual([['short', 'Network Harbours in the North']]);
  });
});

describe('an organisation split by a word processor, and the whole title', () => {
  it('takes `Council` for `Harbour Pilots Council`, and the work whose whole title it gives over one holding its words', () => {
    const notes = cite(
      'Harbour Pilots Council, ‘The Charter of the Harbour Pilots’, 1999 https://example.org/charter.',
      'Quay Trust, ‘Charter of the Harbour Pilots’, https://example.org/trust-charter.',
      'Council, ‘The Charter of the Harbour Pilots’.',
      'Ibid.',
    );
    expect(notes[2]).toEqual([['short', 'The Charter of the Harbour Pilots', null]]);
    expect(notes[3]).toEqual([['ibid', 'The Charter of the Harbour Pilots', null]]);
  });
});

describe('places labelled `tit.` and `fn`', () => {
  it('keeps `368–378, tit. 10` and `art 14(a), fn 5` whole as the place cited', () => {
    const notes = cite(
      'Final Report of the Harbour Commissioners on Tolls (Hull, 1850), viii.',
      'Final Report of the Harbour Commissioners, 368–378, tit. 10.',
      `${E0}HTA: Harbour Toll Agreement${E1} (Hull: Quay Press, 1994).`,
      `${E0}HTA${E1}, art 14(a), fn 5.`,
    );
    expect(notes[1]).toEqual([['short', 'Final Report of the Harbour Commissioners on Tolls', '368–378, tit. 10']]);
    expect(notes[3]).toEqual([['short', 'HTA: Harbour Toll Agreement', 'art 14(a), fn 5']]);
  });
});

describe('a thin citation that is a short form', () => {
  it('reads `Roe, Salt Wars’North.` (names and an unmarked title, nothing else) as a short form of the work', () => {
    const notes = cite(
      'Max Roe, The Salt Wars of the North (New York: 1988); Max Roe, Tides of Hull (Leeds: 1990).',
      'Roe, Salt Wars’North.',
      'Roe, Tides.',
    );
    expect(notes.slice(1)).toEqual([
      [['short', 'The Salt Wars of the North', null]],
      [['short', 'Tides of Hull', null]],
    ]);
  });
});

describe('a title without names', () => {
  it('cites a signed work by its opening words, never by words from within its title', () => {
    const notes = cite(
      `Ann Lee, “Close Readings of the Harbour Lamp, 1820–40,” ${E0}Shore Studies${E1} 5, no. 2 (2018): 6–39.`,
      '“Harbour Lamp”; “Close Readings,” 12.',
    );
    expect(notes[1]).toEqual([
      ['short', undefined, null],
      ['short', 'Close Readings of the Harbour Lamp, 1820–40', '12'],
    ]);
  });
});

describe('a shelfmark without a comma before its folio', () => {
  it('reads `QCL MS 12 fols. 87r-v.` as the manuscript cited before, at those folios', () => {
    const resolution = resolveNotes([
      { note: note(1, 'QCL MS 12, fol. 9v.'), owner: 0 },
      { note: note(2, 'QCL MS 12 fols. 87r-v.'), owner: 0 },
    ]);
    const [citation] = resolution.notes[1].citations;
    expect([citation.form, citation.work?.title, citation.locator, citation.quality]).toEqual([
      'short',
      'MS 12',
      'fols. 87r-v',
      [{ kind: 'exact' }],
    ]);
  });
});

describe('an author-date short form', () => {
  it('picks the author’s work of that year, the year leaving the place cited', () => {
    const notes = cite(
      `Jane Merrow, ${E0}Crossroads of the Coast${E1} (Hull: Quay Press, 2003); Jane Merrow, “Ports of Call,” ${E0}Shore Studies${E1} 5 (2000): 502–31.`,
      'Merrow, 2003, 51, 53–56; Merrow 2000: 502–31; Merrow, 1686.',
    );
    expect(notes[1]).toEqual([
      ['short', 'Crossroads of the Coast', '51, 53–56'],
      ['short', 'Ports of Call', '502–31'],
      ['short', 'Ports of Call', '1686'],
    ]);
  });
});

describe('Ibid. after a citation that matched nothing', () => {
  it('links to no earlier work of the note, in the note before or in its own', () => {
    const resolution = resolveNotes([
      { note: note(1, `Ann Lee, ${E0}Salt Roads${E1} (Hull: Quay Press, 2004), 3.`), owner: 0 },
      { note: note(2, `Lee, ${E0}Salt Roads${E1}, 4; Roe, ${E0}Tides of Hull${E1}, 9.`), owner: 0 },
      { note: note(3, 'Ibid., 10.'), owner: 0 },
      { note: note(4, `Lee, ${E0}Salt Roads${E1}, 5; Roe, ${E0}Tides of Hull${E1}, 9; ibid., 11.`), owner: 0 },
    ]);
    expect(resolution.notes[2].citations[0].work).toBeUndefined();
    expect(resolution.notes[3].citations.map((citation) => citation.work?.title)).toEqual([
      'Salt Roads',
      undefined,
      undefined,
    ]);
  });
});
