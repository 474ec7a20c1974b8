/**
 * Forms of a body's documents, treaties and names, each on made-up notes of several shapes: a name's suffix
 * left beside the family name in bibliography order (names.ts), a treaty or convention named by its title
 * whoever is named before it (treaty-title.ts), a body then its unmarked title then the address or imprint
 * (body-then-title.ts, unmarked-title.ts), an unsigned title with its subtitle typed without italics
 * (unsigned-subtitled.ts), a document dated by its month in figures (classify/full.ts), a volume of extended
 * abstracts (a meeting's papers) and guidance deposited where a journal would stand (a report; both
 * infer-type.ts), a page past the present decades (a short form's, classify/full.ts), a journal article's extent
 * after an issue dated by its year alone or marked `pp.` (details.ts), the author's words ending in a preposition
 * before a title (`the special issue on`, no names) or before a body named in apposition (parse-full.ts), and an
 * unmarked title before an imprint out of brackets or a year alone (unmarked-title.ts). Every name here is made up.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { parseNames, parseNoteNames } from '../src/cite/names.js';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0, URL_CLOSE as U1, URL_OPEN as U0 } from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';

/** `*Book*` as italics and `<https://…>` as a link, as note-text.ts marks them. */
const marked = (text: string) => text.replace(/\*([^*]+)\*/g, `${E0}$1${E1}`).replace(/<([^>]+)>/g, `${U0}$1${U1}`);
const item = (text: string) => parseFullCitation(marked(text)).item;
const kinds = (text: string) => classifyNote(marked(text)).map((part) => part.kind);

describe('a name’s suffix', () => {
  it('keeps `Jr.`, `Sr.` and `III` with the name in note order, with or without a comma', () => {
    expect(parseNoteNames('Ann Lee and Bo H Chen Jr.,').names).toEqual([
      { family: 'Lee', given: 'Ann' },
      { family: 'Chen', given: 'Bo H', suffix: 'Jr.' },
    ]);
    expect(parseNoteNames('Ann Lee, Jr., and Bo Chen,').names).toEqual([
      { family: 'Lee', given: 'Ann', suffix: 'Jr.' },
      { family: 'Chen', given: 'Bo' },
    ]);
    expect(parseNoteNames('Dara Eze III,').names).toEqual([{ family: 'Eze', given: 'Dara', suffix: 'III' }]);
  });

  it('takes a suffix left beside the family name in bibliography order (`Lee III, Ann`, `Chen Jr., Bo H.`)', () => {
    expect(parseNames('Lee III, Ann').names).toEqual([{ family: 'Lee', given: 'Ann', suffix: 'III' }]);
    expect(parseNames('Chen Jr., Bo H.').names).toEqual([{ family: 'Chen', given: 'Bo H.', suffix: 'Jr.' }]);
    expect(parseNames('Lee, Ann, Sr.').names).toEqual([{ family: 'Lee', given: 'Ann', suffix: 'Sr.' }]);
    // A family name of two words is no suffix.
    expect(parseNames('Lima Vale, Ana').names).toEqual([{ family: 'Lima Vale', given: 'Ana' }]);
  });
});

describe('a treaty or convention named by its title', () => {
  it('types it a treaty whether a body stands before it or not, in quotes or italics', () => {
    expect(
      item(
        'Harbour Authority for the Prevention of Floods, ‘Coastal Waters Convention’, 2015 <https://hapf.example.org/files/cwc.pdf>.',
      ),
    ).toMatchObject({
      type: 'treaty',
      author: [{ literal: 'Harbour Authority for the Prevention of Floods' }],
      title: 'Coastal Waters Convention',
    });
    expect(item('Shore Union, *Treaty of Marrowby*, 1990.')).toMatchObject({
      type: 'treaty',
      title: 'Treaty of Marrowby',
    });
    expect(item('‘Protocol on Tidal Waters’, 2004.').type).toBe('treaty');
    expect(item('Quay Council, ‘Charter of Harbour Rights’, 2012, <https://qc.example.org/charter.html>.').type).toBe(
      'treaty',
    );
  });

  it('leaves a person’s book about one, a press’s book and a title with a subtitle as they were', () => {
    expect(item('Ann Lee, *The Treaty of Marrowby* (Hull, 2004), 12.').type).toBe('book');
    expect(item('*Treaty of Marrowby* (Hull: Quay Press, 2004).').type).toBe('book');
    expect(item('Shore Union, *The Harbour Convention: A History* (Hull, 2004).').type).not.toBe('treaty');
    expect(item('Ann Lee, ‘Coastal Waters Convention’, *Journal of Shores* 12, no. 3 (2004): 44.').type).toBe(
      'article-journal',
    );
  });
});

describe('a body, then its unmarked title, then the address', () => {
  it('takes the body (its initials or a body’s name) as the author and the rest, however long, as the title', () => {
    expect(
      item(
        'HWA, Shore Decisions and Tides: Recommendations of the HWA Standing Panel (Version 4.2), <https://hwa.example.org/reports/shore2.pdf>',
      ),
    ).toMatchObject({
      type: 'report',
      author: [{ literal: 'HWA' }],
      title: 'Shore Decisions and Tides: Recommendations of the HWA Standing Panel (Version 4.2)',
    });
    expect(
      item(
        'Harbour Watch Institute, Tides at Risk: Guidelines for Harbour Boards, <https://hwi.example.org/guidelines.pdf>.',
      ),
    ).toMatchObject({
      type: 'report',
      author: [{ literal: 'Harbour Watch Institute' }],
      title: 'Tides at Risk: Guidelines for Harbour Boards',
    });
  });

  it('reads a body, then its unmarked title, then its imprint in brackets alike', () => {
    expect(
      item(
        'Harbour Watch Institute, Tides at Risk: Guidelines for Harbour Boards (Hull: Harbour Watch Institute, 2014).',
      ),
    ).toMatchObject({
      type: 'report',
      author: [{ literal: 'Harbour Watch Institute' }],
      title: 'Tides at Risk: Guidelines for Harbour Boards',
    });
    expect(item('QSA, Tides of the North Sea (Hull, 2011), 4.')).toMatchObject({
      author: [{ literal: 'QSA' }],
      title: 'Tides of the North Sea',
    });
  });

  it('leaves a quoted title after a body’s name, and the unmarked series after it, as they were', () => {
    expect(
      item(
        'Department of Tides. ‘The Cost of Floods to Towns’, Report of the Harbour Council on Floods and Towns (2009).',
      ),
    ).toMatchObject({ author: [{ literal: 'Department of Tides' }], title: 'The Cost of Floods to Towns' });
  });

  it('keeps a body’s short page title and a person’s page as they were', () => {
    expect(item('Shore Free School, About, <https://shorefree.example.org/about/>').author).toEqual([
      { literal: 'Shore Free School' },
    ]);
    expect(item('Ann Lee, <https://annlee.example.org/>').author).toEqual([{ family: 'Lee', given: 'Ann' }]);
  });
});

describe('an unsigned title with its subtitle typed without italics', () => {
  it('reads the words up to the subtitle’s full stop or comma as the title', () => {
    expect(
      item(
        'Tide Insights: Human Harbours, *Organisation for Harbour Studies*, 2007, <https://ohs.example.org/insights/12.pdf>.',
      ),
    ).toMatchObject({ title: 'Tide Insights: Human Harbours', issued: { 'date-parts': [[2007]] } });
    expect(item('Tide Atlas: Harbours of the North, 2nd edn, Hull, 2004.')).toMatchObject({
      title: 'Tide Atlas: Harbours of the North',
    });
    expect(item('Tide Atlas: Harbours of the North, 2nd edn, Hull, 2004.').author).toBeUndefined();
  });

  it('reads a document dated by its month in figures as a full citation, its title the first sentence', () => {
    const note =
      'Shore Decisions and Tides: Recommendations from the HWA Committee. Approved by the Standing Committee (Version 4.2), 08/2012.';
    expect(kinds(note)).toEqual(['full']);
    expect(item(note)).toMatchObject({
      type: 'report',
      title: 'Shore Decisions and Tides: Recommendations from the HWA Committee',
      issued: { 'date-parts': [[2012]] },
    });
  });

  it('leaves a bibliography entry’s title after its names as it was', () => {
    expect(item('Lee, Ann. Tides: A History. Hull: Quay Press, 2004.')).toMatchObject({
      author: [{ family: 'Lee', given: 'Ann' }],
      title: 'Tides: A History',
    });
  });
});

describe('a volume of extended abstracts', () => {
  it('types a paper in a meeting’s extended abstracts a conference paper', () => {
    expect(
      item('Ann Lee, ‘Tides in a Barcode’, *Extended Abstracts on Harbour Factors in Shore Systems*, ACM (2003): 91.')
        .type,
    ).toBe('paper-conference');
  });
});

describe('guidance deposited where a journal would stand', () => {
  it('types a quoted title opening with `Recommendations on`, `Guidelines for` a report when no volume, issue or pages follow', () => {
    expect(
      item(
        'A. Lee & B. Chen, ‘Recommendations on the use of tide tables’, *Shore Deposit*, 9 May 2019, DOI: 10.4321/shore.654321.',
      ),
    ).toMatchObject({ type: 'report', 'container-title': 'Shore Deposit' });
    expect(
      item('Ann Lee, ‘Guidelines for Harbour Data’, *Tide Repository*, 2 May 2019, <https://tides.example.org/9>.')
        .type,
    ).toBe('report');
  });

  it('leaves an article in a journal’s volume, or in a journal by its name, an article', () => {
    expect(item('A. Lee, ‘Guidelines for harbour data’, *Shore Studies* 12, no. 3 (2018): 4-19.').type).toBe(
      'article-journal',
    );
    expect(
      item('A. Lee, ‘Guidelines for harbour data’, *Journal of Shore Studies*, 2018, DOI: 10.5281/shore.1.').type,
    ).toBe('article-journal');
  });
});

describe('a page past the present decades', () => {
  it('reads `Lee, ‘Tides’, 2096.` as a short form citing a page, and `Lee, ‘Tides’, 2016.` as dated', () => {
    expect(kinds('Lee, ‘Tides and Salt’, 2096.')).toEqual(['short']);
    expect(kinds('Chen and Eze, ‘Harbour Dues’, 2071–2074.')).toEqual(['short']);
    expect(kinds('Lee, ‘Tides and Salt’, 2016.')).toEqual(['full']);
  });
});

describe('a journal article’s extent after its date', () => {
  const cited = (text: string) => parseFullCitation(marked(text)).locator;

  it('reads a range after an issue dated by its year alone as the article’s extent', () => {
    expect(
      cited('Ann Lee, ‘Tides and Salt’, *Shore Studies* (2017): 279-289, DOI: <https://doi.org/10.1234/ss.1>.'),
    ).toBe(null);
    expect(cited('Ann Lee, ‘Tides and Salt’, *Shore Studies*, (2018): 1-20.')).toBe(null);
    // The page cited after the extent, or two facing pages, stay the place cited.
    expect(cited('Ann Lee, ‘Tides and Salt’, *Shore Studies* (2017): 29-89 (41).')).toBe('41');
    expect(cited('Ann Lee, ‘Tides and Salt’, *Shore Studies* (2017): 41.')).toBe('41');
  });

  it('reads `pp.` before the range after the date as the extent, and `p.` before one page as the place cited', () => {
    expect(cited('Ann Lee, ‘Tides and Salt’, *Shore Studies* 31.4 (October 2013): pp. 36-58, DOI: 10.1234/ss.2.')).toBe(
      null,
    );
    expect(cited('Ann Lee, “Tides and Salt,” *Shore Studies* 28, no. 6 (2011): pp. 24–43.')).toBe(null);
    expect(cited('Ann Lee, “Tides and Salt,” *Shore Studies* 28, no. 6 (2011): p. 30.')).toBe('30');
  });
});

describe('the author’s words saying what the work is', () => {
  it('drops `the special issue on`, `a review of` before a quoted title: no names', () => {
    expect(item('the special issue on ‘The Ethics of Tides’, *Shore Studies*, 11.2 (2012).')).toMatchObject({
      title: 'The Ethics of Tides',
      'container-title': 'Shore Studies',
    });
    expect(item('the special issue on ‘The Ethics of Tides’, *Shore Studies*, 11.2 (2012).').author).toBeUndefined();
    expect(item('a review of ‘The Ethics of Tides’, *Shore Studies* 11, no. 2 (2012).').author).toBeUndefined();
  });

  it('takes the body named in apposition after the author’s words (`…, the Shore Council for Tides, ‘…’`)', () => {
    expect(
      item(
        'See, among others, the open tool released by the harbour authority, the Shore Council for Tides, ‘The Open Tide Tool’, SCT, 31 May 2018, <https://sct.example.org/tool>.',
      ).author,
    ).toEqual([{ literal: 'Shore Council for Tides' }]);
  });

  it('keeps a name written in lower case', () => {
    expect(item('danah lee, ‘The Ethics of Tides’, *Shore Studies*, 11.2 (2012).').author).toEqual([
      { family: 'lee', given: 'danah' },
    ]);
  });
});

describe('an unmarked title before an imprint out of brackets, or a year alone', () => {
  it('reads an imprint after the title’s full stop, and a subtitled title before a year alone', () => {
    expect(item('Klaus Lee, Content Tides: An Introduction to Its Harbours. London: Quay, 2004.')).toMatchObject({
      type: 'book',
      author: [{ family: 'Lee', given: 'Klaus' }],
      title: 'Content Tides: An Introduction to Its Harbours',
    });
    expect(
      item('HWA, Shore Decisions and Tides: Recommendations of the Standing Panel (Version 4.2), 2012.'),
    ).toMatchObject({
      author: [{ literal: 'HWA' }],
      title: 'Shore Decisions and Tides: Recommendations of the Standing Panel (Version 4.2)',
    });
    // A bibliography's full stops, and words without a subtitle before a year alone, are left as they were.
    expect(item('Lee, Ann. Tides: A History. Hull: Quay Press, 2004.')).toMatchObject({
      author: [{ family: 'Lee', given: 'Ann' }],
      title: 'Tides: A History',
    });
    expect(item('Shore Council, Annual Tides, 2004.').title).toBeUndefined();
  });

  it('reads the words between the names and `Place: Publisher, Year` as the title', () => {
    expect(item('Ann Lee, Salt Roads: A History, Hull: Quay Press, 2004, p. 23.')).toMatchObject({
      type: 'book',
      author: [{ family: 'Lee', given: 'Ann' }],
      title: 'Salt Roads: A History',
    });
    expect(parseFullCitation(marked('Ann Lee, Salt Roads: A History, Hull: Quay Press, 2004, p. 23.')).locator).toBe(
      '23',
    );
    expect(item('Ann Lee and Bo Chen, Salt Roads, Hull: Quay Press, 2004.')).toMatchObject({
      author: [
        { family: 'Lee', given: 'Ann' },
        { family: 'Chen', given: 'Bo' },
      ],
      title: 'Salt Roads',
    });
    expect(
      item(
        'Harbour Watch Institute, Tides at Risk: Guidelines for Harbour Boards, Hull: Harbour Watch Institute, 2014.',
      ),
    ).toMatchObject({
      type: 'report',
      author: [{ literal: 'Harbour Watch Institute' }],
      title: 'Tides at Risk: Guidelines for Harbour Boards',
    });
  });
});
