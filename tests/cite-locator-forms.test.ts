/**
 * The cited place of a note, one form per test (text.ts `LOCATOR`, details.ts): a note on a page (`31–32 n13`),
 * `passim`, a volume in roman numerals before its page (`III: 223–4`), a folha (`fl. 40`), a numbered section
 * (`para. 3.1`), an article's number (`e24`: the article's with its DOI, else the place cited), two facing pages
 * with a DOI (the extent), columns (`cc743-4`), lines, a numbered paragraph (`[83]`), a table
 * or annex, in full citations, short forms and Ibid.; a single page after a journal's date in bibliography order;
 * a reprint's year, an original edition's year or a volume before the place cited (imprint-tail.ts). Every name and
 * title here is made up.
 */
import { describe, expect, it } from 'vitest';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0 } from '../src/cite/note-text.js';
import { resolveNotes } from '../src/cite/resolve.js';

const marked = (text: string) => text.replace(/\*([^*]+)\*/g, `${E0}$1${E1}`);
/** The locators found in each note, the notes resolved in order. */
const locators = (...notes: string[]) =>
  resolveNotes(
    notes.map((text, index) => ({ note: { number: index + 1, text: marked(text), spans: [] }, owner: 'one' })),
  ).notes.map((note) => note.citations.map((citation) => citation.locator));

const book = 'Ann Lee, *Salt Roads of the Coast* (Hull: Quay Press, 2004)';

describe('a page and a note on it', () => {
  it('keeps a note after a page or range, with or without a space (`31–32 n13`, `45n2`)', () => {
    expect(locators(`${book}, 31–32 n13.`, 'Lee, *Salt Roads*, 45n2.', 'Ibid., 12 n4.')).toEqual([
      ['31–32 n13'],
      ['45n2'],
      ['12 n4'],
    ]);
  });
});

describe('passim', () => {
  it('reads the page after `, at` following a part’s extent, and no time of day as a place', () => {
    expect(
      locators(
        'Ann Lee, "The Quay," in *Harbours*, ed. Bo Chen (Hull: Quay Press, 2004), 45–67, at 50.',
        'Ann Lee (@annlee), "The quay is shut today," Chirper, May 4, 2019, 10:15 a.m., https://chirper.example.org/annlee/status/123.',
      ),
    ).toEqual([['50'], [null]]);
  });

  it('reads the place after facts the author supplied in square brackets or a doubted year, and MHRA’s `II, 45`', () => {
    expect(
      locators(
        'Ann Lee, *Salt Roads* ([Hull]: [Quay Press], [1999?]), 45.',
        'Bo Chen, *Tide Tables* (Hull: Quay Press, 1999?), 12.',
        'Dara Eze, *Harbour Letters*, 3 vols (Oxford: Fell Press, 1999), II, 45.',
        // A first edition's year in square brackets stays no place.
        'Ed Fox, *Quays*, 2nd ed. (Hull: Quay Press, 2011 [1991]).',
      ),
    ).toEqual([['45'], ['12'], ['II, 45'], [null]]);
  });

  it('reads `passim` alone or after a range as the cited place', () => {
    expect(locators(`${book}, 58–104 passim.`, 'Lee, *Salt Roads*, passim.', 'Ibid., passim.')).toEqual([
      ['58–104 passim'],
      ['passim'],
      ['passim'],
    ]);
  });

  it('drops the italics of `*passim*`', () => {
    expect(locators(`${book}, 58–104 *passim*.`, 'Lee, *Salt Roads*, 140-171 *passim*.')).toEqual([
      ['58–104 passim'],
      ['140-171 passim'],
    ]);
  });
});

describe('a volume in roman numerals, then its page', () => {
  it('keeps the volume (and a part in small numerals) with the page', () => {
    expect(
      locators(
        'Ann Lee, *Salt Roads of the Coast*, 3 vols. (Hull: Quay Press, 1830), II: 118–9.',
        'Lee, *Salt Roads*, II: 45.',
        'Ibid., III: i 101.',
      ),
    ).toEqual([['II: 118–9'], ['II: 45'], ['III: i 101']]);
  });
});

describe('a folha, a numbered section, columns and lines', () => {
  it('reads `fl. 40`, `fl. 21v-22f`, `para. 3.1`, `§ 2.4`, `section 3.2.1`, `cc512-4`, `line 12`', () => {
    expect(
      locators(
        `${book}, fl. 40.`,
        'Ibid., fl. 21v-22f.',
        `${book}, para. 3.1.`,
        'Lee, *Salt Roads*, § 2.4.',
        'Ibid., section 3.2.1.',
        `${book}, cc512-4.`,
        'Lee, *Salt Roads*, line 12.',
      ),
    ).toEqual([['fl. 40'], ['fl. 21v-22f'], ['para. 3.1'], ['§ 2.4'], ['section 3.2.1'], ['cc512-4'], ['line 12']]);
  });
});

describe('an article’s number, a numbered paragraph, a table and an annex', () => {
  it('reads `e24` in a short form, `[83] and [100]`, `Table 1` and `annex 1`', () => {
    expect(
      locators(
        'Ann Lee, “Tides and Salt,” *Journal of Shores* 34, no. 2 (2008): 3–9.',
        `${book}.`,
        'Lee, “Tides and Salt,” e17.',
        'Lee, *Salt Roads*, [83] and [100].',
        'Lee, “Tides and Salt,” Table 1.',
        'Harbour Board, ‘Guidelines on Quays’, annex 1.',
      ),
    ).toEqual([[null], [null], ['e17'], ['[83] and [100]'], ['Table 1'], ['annex 1']]);
  });
});

describe('an article’s number after a journal’s date', () => {
  it('reads `e17` given with the article’s DOI as the article’s (its pages), not the place cited', () => {
    expect(
      locators(
        'Ann Lee, “Tides and Salt,” *Journal of Shores* 41 (2010): e17, doi:10.1234/shores.0017.',
        'Lee, “Tides and Salt,” e17.',
      ),
    ).toEqual([[null], ['e17']]);
  });

  it('reads an article’s number closing the citation (`: h2207.`, `: e31;`) as the place cited, as a single page', () => {
    expect(
      locators(
        "Ann Lee, 'Tides and tolls at the quay' *Harbour Medicine Journal* 351 (2015): h2207.",
        "Bo Chen, 'Salt in the harbour', *Quay Letters* 12 (2009): e31; and Dara Eze, 'Ropes', *Quay Letters* 13 (2010): S185.",
      ),
    ).toEqual([['h2207'], ['e31', 'S185']]);
  });

  it('reads a page after the article’s number (`: e1002234 4`) as the place cited, the number the article’s', () => {
    expect(locators("Bo Chen, 'Salt in the harbour', *Quay One* 6.12 (2011): e1002234 4.")).toEqual([['4']]);
  });

  it('reads two facing pages given with the article’s DOI as its extent, alone as the pages cited', () => {
    expect(
      locators(
        "Ann Lee et al, 'Tides and the quay', *Shore Science* 359.12 (2018): 318-319, DOI: 10.1234/shore.0318.",
        "Ann Lee et al, 'Salt and the quay', *Shore Science* 360.2 (2018): 318-319.",
      ),
    ).toEqual([[null], ['318-319']]);
  });

  it('reads a single page after the date as the place cited, in bibliography order too', () => {
    expect(locators('Lee, Ann. “Tides and Salt.” *Journal of Shores* 5 (2009): 27.')).toEqual([['27']]);
  });
});

describe('words between the publication facts and the place cited', () => {
  it('passes over a reprint’s year, the first edition’s year (in square brackets or said), and a volume', () => {
    expect(
      locators(
        'Ann Lee, *Salt Roads of the Coast* (Hull, 1930; repr. 1979), 5–8.',
        'Bo Chen, ed., *The Works of Ann Lee*, 2nd ed. (1851 [1846]), 1–120, preface.',
        '“Tides and Ferries---Question,” Harbour Board Debates (4 June 1872) vol. 21 cc512-4.',
        'Ann Lee, *Groundwork of the Shore,* trans. Bo Chen, Hull: Quay Press, 1997, first published 1790: pp. 12, 40.',
      ),
    ).toEqual([['5–8'], ['1–120'], ['cc512-4'], ['12, 40']]);
  });

  it('reads a part’s pages after a colon after its book’s year, in a note that names no place', () => {
    expect(
      locators(
        'Ann Lee and Bo Chen, ‘Threats to Harbour Networks’ in *Proceedings of the Seventh Shore Meeting*, QSA (Quay Society for Architecture), 2013: 140-151.',
      ),
    ).toEqual([['140-151']]);
  });
});

describe("Ibid. giving the work's own volume before the page (own-volume.ts)", () => {
  it('drops a case’s volume from `Ibid., 156:855`, and keeps another volume of a work in several', () => {
    expect(
      locators(
        'Orla Pennick v. Bo Chen, 156 F.3d 851, 853 (2d Cir. 1998).',
        'Ibid., 156:855.',
        `${book}, 2:14.`,
        'Ibid., 2:15.',
      ),
    ).toEqual([['853'], ['855'], ['2:14'], ['2:15']]);
  });
});
