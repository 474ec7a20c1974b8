/**
 * The productions of the full-citation grammar (parse-full.ts and the files it reads through), each on a
 * made-up citation: prose before a citation, unmarked titles and containers, archival items, legal
 * citations, types from structure, names and locators.
 */
import { describe, expect, it } from 'vitest';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0, URL_CLOSE as U1, URL_OPEN as U0 } from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';

const em = (text: string) => `${E0}${text}${E1}`;
const url = (text: string) => `${U0}${text}${U1}`;
const parse = (text: string) => parseFullCitation(text);
const authors = (text: string) =>
  ((parse(text).item.author ?? parse(text).item.editor ?? []) as Array<Record<string, string>>).map((name) =>
    name.literal ? name.literal : [name.family, name.given].filter(Boolean).join(', '),
  );

describe('prose before a full citation', () => {
  it('starts the citation at the names after a sentence of the author’s', () => {
    const { item, locator } = parse(
      'My thanks to the readers of *Tides*. Ann Lee et al., “Salt Roads of the North,” Shore Review 12, no. 3 (2001): 45.'.replace(
        /\*([^*]+)\*/g,
        (_, title: string) => em(title),
      ),
    );
    expect(item).toMatchObject({
      type: 'article-journal',
      title: 'Salt Roads of the North',
      'container-title': 'Shore Review',
    });
    expect(
      authors('Thanks go to my colleagues here. ? Ann Lee, “Salt Roads,” Shore Review 12, no. 3 (2001): 45.'),
    ).toEqual(['Lee, Ann']);
    expect(locator).toBe('45');
  });

  it('skips a quotation in the prose before the names', () => {
    expect(
      parse(
        "The motto ran (slogan: 'Salt is all. Go on'). Later it was dropped. Bo Chen, 'The Salt Coast', Quay Times, 4 May 2011.",
      ).item,
    ).toMatchObject({ title: 'The Salt Coast', author: [{ family: 'Chen', given: 'Bo' }] });
  });

  it('takes the subject of the sentence as the author when it cites “in” a title', () => {
    expect(
      parse('Ann Lee takes the same view in “The Salt Coast,” Shore Review 12, no. 3 (2001): 45–60.').item,
    ).toMatchObject({ title: 'The Salt Coast', author: [{ family: 'Lee', given: 'Ann' }] });
    expect(authors('Ann Lee and Bo Chen’s “Salt Roads” makes this point.')).toEqual(['Lee, Ann', 'Chen, Bo']);
  });

  it('drops a quotation that opens the note before its source', () => {
    const { item } = parse(
      '“The quay was silent and the boats had all gone to sea.” Dara Eze, “Harbour Songs,” Shore Review 4 (1990): 12.',
    );
    expect(item).toMatchObject({ title: 'Harbour Songs', author: [{ family: 'Eze', given: 'Dara' }] });
  });

  it('keeps an organisation’s lower-case name as the author', () => {
    expect(authors('Shore History working group, “Salt and Stone,” white paper, Quay Centre (May 4, 2017).')).toEqual([
      'Shore History working group',
    ]);
  });
});

describe('unmarked book titles', () => {
  it('reads a list of names before a title without italics', () => {
    const { item } = parse('Ann Lee, Bo Chen, and Dara Eze, The Salt Coast: A History (Hull: Quay Press, 2004), 23.');
    expect(item).toMatchObject({ type: 'book', title: 'The Salt Coast: A History' });
    expect(authors('Ann Lee, Bo Chen, and Dara Eze, The Salt Coast: A History (Hull: Quay Press, 2004), 23.')).toEqual([
      'Lee, Ann',
      'Chen, Bo',
      'Eze, Dara',
    ]);
  });

  it('drops prose before the names and reads a title opening with a number', () => {
    const text = 'The harbour’s trade is described in Ann Lee, 300 Years of Salt: The Quay (Hull: 1990), 4.';
    expect(parse(text).item).toMatchObject({ type: 'book', title: '300 Years of Salt: The Quay' });
    expect(authors(text)).toEqual(['Lee, Ann']);
  });

  it('reads a forthcoming book', () => {
    expect(parse('Ann Lee, The Salt Coast (forthcoming).').item).toMatchObject({
      type: 'book',
      title: 'The Salt Coast',
    });
  });
});

describe('archival items', () => {
  it('reads a shelfmark after its repository, with the folio cited', () => {
    expect(parse('Ames’s letter to Chen, Quay College Library MS 412, fol. 9v.')).toEqual({
      item: { type: 'manuscript', title: 'MS 412', 'container-title': 'Quay College Library' },
      locator: 'fol. 9v',
      etAl: false,
    });
    expect(parse('QL MS Additional 5531, fol. 3r- 4v.').item).toMatchObject({
      title: 'MS Additional 5531',
      'container-title': 'QL',
    });
    expect(parse('Biblioteca della Marina, MS. Ames 7. The bundle is unlabelled.')).toMatchObject({
      item: { title: 'MS. Ames 7', 'container-title': 'Biblioteca della Marina' },
      locator: null,
    });
  });

  it('reads a manuscript document dated, then held in a repository, box and document cited', () => {
    expect(
      parse(
        '“Letter of the harbour master.” Manuscript. Hull, May 4, 1702. Quay Record Office (QRO), Ships, box 3, doc. 41.',
      ),
    ).toMatchObject({
      item: {
        type: 'manuscript',
        title: 'Letter of the harbour master',
        'container-title': 'Quay Record Office',
        issued: { 'date-parts': [[1702, 5, 4]] },
      },
      locator: 'box 3, doc. 41',
    });
  });

  it('takes a repository named before the title for the container, not the author', () => {
    const { item, locator } = parse('Arquivo do Porto, “Minutes of the Board 1701 to 1709.” Manuscript, fl. 9.');
    expect(item).toEqual({
      type: 'manuscript',
      title: 'Minutes of the Board 1701 to 1709',
      'container-title': 'Arquivo do Porto',
    });
    expect(locator).toBe('fl. 9');
  });

  it('keeps a book whose note also names a shelfmark a book', () => {
    expect(
      parse(
        'Songs of the quay and of the harbour, ed. Bo Chen (Hull: Quay Press, 1564), 4 (hereafter SQ), and QL MS 9, fol. 2r.',
      ).item,
    ).toMatchObject({ type: 'book', title: 'Songs of the quay and of the harbour', editor: [{ family: 'Chen' }] });
  });
});

describe('journals and books named without italics', () => {
  it('reads a journal whose name has a subtitle, a comma before its volume, or no year', () => {
    expect(
      parse('Ann Lee, “Salt Roads,” Shore Studies: Theory and Practice 21 11 (November 1991): 112-64.').item,
    ).toMatchObject({
      type: 'article-journal',
      'container-title': 'Shore Studies: Theory and Practice',
      volume: '21',
      issue: '11',
    });
    expect(parse('Ann Lee, “Salt Roads,” The Shore Review, 123 1 (June 2018): 13-64.').item).toMatchObject({
      'container-title': 'The Shore Review',
      volume: '123',
      issue: '1',
      issued: { 'date-parts': [[2018]] },
    });
    expect(parse('A. Lee, “Salt Roads” Shore Quarterly 53: 1119-1155.')).toEqual({
      item: {
        type: 'article-journal',
        author: [{ family: 'Lee', given: 'A.' }],
        title: 'Salt Roads',
        'container-title': 'Shore Quarterly',
        volume: '53',
        page: '1119-1155',
      },
      locator: null,
      etAl: false,
    });
  });

  it('reads a journal named by its own words, then the article’s pages alone', () => {
    expect(parse('Ann Lee, “Salt Roads,” Journal of Shore History, 1- 41.')).toMatchObject({
      item: { type: 'article-journal', 'container-title': 'Journal of Shore History', page: '1- 41' },
      locator: null,
    });
  });

  it('reads a book named without italics, then its year and the chapter’s pages', () => {
    expect(parse('Ann Lee, “Salt Roads,” The Book of the Quay: Essays from the Harbour, 2010, 183–210.')).toMatchObject(
      {
        item: {
          type: 'chapter',
          'container-title': 'The Book of the Quay: Essays from the Harbour',
          issued: { 'date-parts': [[2010]] },
        },
        locator: '183–210',
      },
    );
  });
});

describe('prose and organisations', () => {
  it('keeps an organisation whose name has lower-case words as the author', () => {
    expect(
      authors(
        'Society for Shore Studies, *Quay Songs* (Hull: Quay Press, 1985), p. 12.'.replace(
          /\*([^*]+)\*/g,
          (_, t: string) => em(t),
        ),
      ),
    ).toEqual(['Society for Shore Studies']);
  });
});

describe('legal citations in the author’s sentence', () => {
  it('reads a case named after prose, with its reporter and the page cited', () => {
    expect(
      parse('The doctrine came from Ames Salt Co. v. Brook, 285 U.S. 262, 311 (1932) (Lee, J., dissenting).'),
    ).toEqual({
      item: {
        type: 'legal_case',
        title: 'Ames Salt Co. v. Brook',
        volume: '285',
        'container-title': 'U.S.',
        page: '262',
        issued: { 'date-parts': [[1932]] },
      },
      locator: '311',
      etAl: false,
    });
  });

  it('reads an act named after prose', () => {
    expect(parse('The rule was amended only slightly by the Quay Dues Act, 4 and 5 Vic. c.12 (1841).').item).toEqual({
      type: 'legislation',
      title: 'Quay Dues Act',
      issued: { 'date-parts': [[1841]] },
    });
  });

  it('reads an unsigned report printed in a collection of papers, and a message in a journal of proceedings', () => {
    expect(
      parse('Second Report of the Harbour Board, in Papers of the Quay Council, 7th sess., vol. 2, no. 9 (1847), 3–4.'),
    ).toMatchObject({
      item: {
        type: 'report',
        title: 'Second Report of the Harbour Board',
        'container-title': 'Papers of the Quay Council',
        issued: { 'date-parts': [[1847]] },
      },
      locator: '3–4',
    });
    expect(parse('Message of the Warden, in Journal of the Quay Council (1862), 21.')).toMatchObject({
      item: { type: 'chapter', title: 'Message of the Warden', 'container-title': 'Journal of the Quay Council' },
      locator: '21',
    });
  });
});

describe('more prose and names', () => {
  it('takes the owners of a possessive after prose, and initials after a given name', () => {
    expect(
      authors('The same view is found in Ann Lee and Bo T. Chen’s “Salt Roads,” Shore Review 3 (1990): 4–9.'),
    ).toEqual(['Lee, Ann', 'Chen, Bo T.']);
    expect(authors('Ann Lee and Bo A. Chen argue the point in “Salt Roads,” Shore Review 3 (1990): 4–9.')).toEqual([
      'Lee, Ann',
      'Chen, Bo A.',
    ]);
  });

  it('reads past quoted words of a sentence that opens with an article', () => {
    const text =
      'The “salt” of the quay was counted by weight, not by the “barrel.” Is a “sack” one unit or two? Dara Eze, “What is a Barrel?” (2004), Quay Working Paper 11.';
    expect(parse(text).item).toMatchObject({ title: 'What is a Barrel?', author: [{ family: 'Eze', given: 'Dara' }] });
  });

  it('reads persons joined by an ampersand', () => {
    expect(authors('Ann Lee & Bo T. Chen, “Salt Roads,” Shore Law Journal 58 (2009), 1333.')).toEqual([
      'Lee, Ann',
      'Chen, Bo T.',
    ]);
    expect(authors('Shore & Quay Traders, “Salt Roads,” May 4, 2009.')).toEqual(['Shore & Quay Traders']);
  });
});

describe('types from structure', () => {
  it('reads an entry of a dictionary, but a chapter of an edited dictionary', () => {
    expect(
      parse(
        'Ann Lee, “Ames, Bo (fl. 1548–1563)”, *Dictionary of Shore Biography* (Hull: Quay Press, 2004).'.replace(
          /\*([^*]+)\*/g,
          (_, t: string) => em(t),
        ),
      ).item.type,
    ).toBe('entry-dictionary');
    expect(
      parse(`Ann Lee, ‘Salt’, in Bo Chen (ed.), ${em('The Quay Dictionary')}, Hull: Quay Press, 1992, pp. 1-23.`).item
        .type,
    ).toBe('chapter');
  });

  it('reads a project’s site dated by a span of years as a web page', () => {
    expect(
      parse(
        `Ann Lee and Bo Chen, “Salt Roads of the North” Quay University, 2012-2019, at ${url('https://salt.example.org/')}`,
      ).item.type,
    ).toBe('webpage');
    expect(
      parse(
        `Ann Lee, ${em('Salt Roads: Mapping the Quay')}, Quay University (2012–): ${url('https://salt.example.org')}.`,
      ).item.type,
    ).toBe('webpage');
  });

  it('reads a post by its blog’s address', () => {
    expect(
      parse(
        `Ann Lee, “Open Thread,” ${em('Shore Notes')}, accessed July 1, 2015, ${url('https://shore.example.org/blog/2013/05/10/open-thread/')}.`,
      ).item.type,
    ).toBe('post-weblog');
  });

  it('reads a site’s page dated by its year with its address as a web page', () => {
    expect(
      parse(`Lee, Ann. “Roadmap.” ${em('Quay Wiki')}, 2015. ${url('https://quay.example.org/wiki/Roadmap')}.`).item
        .type,
    ).toBe('webpage');
  });

  it('reads a book whose title opens with a quotation, published by a society', () => {
    expect(
      parse(
        'Ann Lee, “To Do Right by the Quay”: The Harbour Master’s Book, 1695-1726 (Hull: Shore Historical Society, 2008), 36.',
      ).item.type,
    ).toBe('book');
  });
});

describe('treaties and European legislation', () => {
  it('reads a treaty by its name, signing date and treaty series', () => {
    expect(parse('Quay Convention on the Law of Tides, May 4, 1990, 1234 U.N.T.S. 56, 29 I.L.M. 11 (1990).')).toEqual({
      item: { type: 'treaty', title: 'Quay Convention on the Law of Tides', issued: { 'date-parts': [[1990]] } },
      locator: null,
      etAl: false,
    });
  });

  it('reads an EU regulation up to its Official Journal, and the provision cited', () => {
    expect(
      parse(
        'Regulation (EU) 2021/12 of the European Parliament and of the Council of 4 May 2021 on harbour dues [2021] OJ L12/1, art 4(2)(c).',
      ),
    ).toEqual({
      item: {
        type: 'legislation',
        title: 'Regulation (EU) 2021/12 of the European Parliament and of the Council of 4 May 2021 on harbour dues',
        issued: { 'date-parts': [[2021]] },
      },
      locator: 'art 4(2)(c)',
      etAl: false,
    });
  });
});

describe('slips and web pages', () => {
  it('reads a quoted title whose opening quote was set in italics with its first words', () => {
    expect(
      parse(
        `A. Lee, ${em('"Salt Roads')}: The Quay and the Town, 1689-1739," in B. Chen, ed., ${em('Harbour Essays')} (Hull, 2009), 329-70.`,
      ).item,
    ).toMatchObject({
      type: 'chapter',
      title: 'Salt Roads: The Quay and the Town, 1689-1739',
      'container-title': 'Harbour Essays',
    });
    // A book's title that opens with a quotation, no closing quote: the italics are the title's.
    expect(parse(`Lee, Ann. ${em('“Salt!')}: The Quay in Song. Hull: Quay Press, 1996, 55.`).item.title).toMatch(
      /^“Salt!/,
    );
  });

  it('reads an undated page on a site, and a page on a university’s site, as web pages', () => {
    expect(parse(`“Salt First” note, on ${em('Shore Notes')}, ${url('https://shore.example.org/')}.`).item.type).toBe(
      'webpage',
    );
    expect(
      parse(
        `Ann Lee, “What is Salt?”, ${em('School of Shore Studies, Quay University')}, October 17, 2003 ${url('https://quay.example.edu/salt.html')}`,
      ).item.type,
    ).toBe('webpage');
  });
});

describe('law review articles', () => {
  it('reads the Bluebook’s volume, abbreviated journal, first page, pinpoint and year', () => {
    expect(parse(`Ann Lee, ${em('Salt and the Law')}, 31 Shore L. Rev. 183, 190 (1997).`)).toEqual({
      item: {
        type: 'article-journal',
        author: [{ family: 'Lee', given: 'Ann' }],
        title: 'Salt and the Law',
        'container-title': 'Shore L. Rev.',
        volume: '31',
        page: '183',
        issued: { 'date-parts': [[1997]] },
      },
      locator: '190',
      etAl: false,
    });
    expect(parse('Bo T. Chen, Harbour Dues and the Quay: A History, 12 Quay L.J. 5 (2001).')).toMatchObject({
      item: { title: 'Harbour Dues and the Quay: A History', 'container-title': 'Quay L.J.', page: '5' },
      locator: null,
    });
  });
});

describe('a newspaper dated by its year', () => {
  it('stays a newspaper’s article when its address is given', () => {
    expect(
      parse(`Ann Lee, 'Salt Roads,' ${em('The Quay Times')}, 2017, ${url('https://quay.example.com/salt')}.`).item.type,
    ).toBe('article-newspaper');
  });
});

describe('blogs and sites named without italics', () => {
  it('keeps a blog’s name before `posted` as the container', () => {
    expect(
      parse(
        `“Salt Is Back!” Shore Notes Blog, posted June 11, 2009, ${url('https://shore.example.org/2009/06/salt.html')}.`,
      ).item,
    ).toMatchObject({
      type: 'post-weblog',
      'container-title': 'Shore Notes Blog',
      issued: { 'date-parts': [[2009, 6, 11]] },
    });
  });

  it('takes a site’s name after the author’s words and before its address for the title', () => {
    expect(
      parse(`A longer version of this essay appears on Shore Notes Online, ${url('https://shore.example.org/')}.`).item,
    ).toEqual({
      type: 'webpage',
      title: 'Shore Notes Online',
      URL: 'https://shore.example.org/',
    });
  });
});

describe('words before a date', () => {
  it('take a description of the work (lower-case words) for no publisher, a name for the publisher', () => {
    expect(parse('Lee, Ann. “Dusk at the Quay.” Originally filmed, 1993.').item.publisher).toBeUndefined();
    expect(parse('Lee, Ann. “Dusk at the Quay.” Recorded live at the harbour, 1993.').item.publisher).toBeUndefined();
    expect(parse('Lee, Ann. “Dusk at the Quay.” Harbour Notes. July 12, 2020.').item.publisher).toBe('Harbour Notes');
    expect(parse('Lee, Ann. *Salt Roads*. Bank of the North, 1993.').item.publisher).toBe('Bank of the North');
  });
});
