/**
 * Kinds of work told by their citation's shape, and links a reader would make, each on made-up notes: a letter
 * read at the address of the papers that hold it (another work than the site there), a British statute by its
 * regnal year and chapter alone (regnal-act.ts), a speech named by its audience (`Address to the …`), the author
 * named in the possessive before the author's description of the work, software by its release
 * (software-version.ts), where a quotation stands glossing a short form's page, the comma typed inside a nested
 * quotation closing a title, a part cited again before a part naming its journal (part-again.ts), a site
 * named with its platform's domain and `accessed at` its address (platform-site.ts), a place cited in a part
 * before or after the text, a journal's series, a quotation inside a title typed with the title's own straight
 * quotes (nested-quote.ts), and a short form closed by a full stop before a full citation
 * (classify/short-then-full.ts).
 */
import { describe, expect, it } from 'vitest';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0, URL_CLOSE as U1, URL_OPEN as U0 } from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { parseShortCitation } from '../src/cite/parse-short.js';
import { resolveNotes } from '../src/cite/resolve.js';

const em = (text: string) => `${E0}${text}${E1}`;
const url = (text: string) => `${U0}${text}${U1}`;
const parse = (text: string) => parseFullCitation(text);
const resolve = (...texts: string[]) =>
  resolveNotes(texts.map((text, index) => ({ note: { number: index + 1, text, spans: [] }, owner: 'one' })));

describe('a letter read at an address', () => {
  it('is a letter of its own, though a note before cited the address alone', () => {
    const resolution = resolve(
      url('https://lee-papers.example.org/letters/'),
      `C. Lee to D. Moss, Jr., 3 Feb. 1771: ${url('https://lee-papers.example.org/letters/')}`,
    );
    const [site, letter] = resolution.notes.map((note) => note.citations[0].work!);
    expect(letter).not.toBe(site);
    expect(letter.item).toMatchObject({
      type: 'personal_communication',
      author: [{ family: 'Lee', given: 'C.' }],
      issued: { 'date-parts': [[1771, 2, 3]] },
      URL: 'https://lee-papers.example.org/letters/',
    });
    expect(site.item.type).not.toBe('personal_communication');
  });
});

describe('a letter with the place it was written', () => {
  it('reads the place before the date, then the collection printing it', () => {
    expect(
      parse(
        `C. Lee to Ann Moss, Quayside, 9 June 1772, in ${em('Papers of the Quay')}, ed. Bo Ma (Hull: Fell, 1988), 61.`,
      ),
    ).toMatchObject({
      item: {
        type: 'personal_communication',
        author: [{ family: 'Lee', given: 'C.' }],
        recipient: [{ family: 'Moss', given: 'Ann' }],
        issued: { 'date-parts': [[1772, 6, 9]] },
        'container-title': 'Papers of the Quay',
      },
      locator: '61',
    });
  });
});

describe('a statute by its regnal year and chapter', () => {
  it('is legislation titled by that citation, with no page', () => {
    expect(parse('17 George II, c.52.')).toMatchObject({
      item: { type: 'legislation', title: '17 George II, c.52' },
      locator: null,
    });
  });

  it('takes the year in brackets and a section after it as the place cited', () => {
    expect(parse('5 & 6 Will. IV, c. 18 (1835), s. 7.')).toMatchObject({
      item: { type: 'legislation', title: '5 & 6 Will. IV, c. 18', issued: { 'date-parts': [[1835]] } },
      locator: 's. 7',
    });
  });

  it('is a full citation when it is the whole note, and another such statute another work', () => {
    const [one, two] = resolve('17 George II, c.52.', '5 & 6 Will. IV, c. 18.').notes;
    expect(one.citations[0]).toMatchObject({ form: 'full', work: { item: { type: 'legislation' } } });
    expect(two.citations[0]).toMatchObject({ form: 'full', work: { item: { title: '5 & 6 Will. IV, c. 18' } } });
  });

  it('is cut from the article after it, each read as its own', () => {
    const [note] = resolve(`22 Geo. 3, c. 9. Ann Lee, “Tolls,” ${em('Shore Review')} 12 (2004): 33–58.`).notes;
    expect(note.citations.map((citation) => citation.work?.item.type)).toEqual(['legislation', 'article-journal']);
  });
});

describe('a speech named by its audience', () => {
  it('reads `Address to the …` after the title as a speech, not a container', () => {
    const { item, locator } = parse(
      `Ann Lee, “The Harbour and its Dues,” Address to the Quay Pilots’ Guild, March 3, 1877, at 14.`,
    );
    expect(item).toMatchObject({ type: 'speech', title: 'The Harbour and its Dues' });
    expect(item['container-title']).toBeUndefined();
    expect(locator).toBe('14');
  });

  it('also a lecture before a society, with its place', () => {
    expect(parse(`Bo Chen, “On Ferries,” lecture before the Marsh Society, Hull, 9 June 1902.`).item).toMatchObject({
      type: 'speech',
      author: [{ family: 'Chen', given: 'Bo' }],
    });
  });
});

describe('the author named in the possessive before a description of the work', () => {
  it('takes the owner as the author', () => {
    expect(
      parse(
        `Dara R. Eze's spirited reply to the harbour commissioners, “Tolls and Tides,” Address to the Quay Pilots’ Guild, May 2, 1880.`,
      ).item,
    ).toMatchObject({ type: 'speech', author: [{ family: 'Eze', given: 'Dara R.' }], title: 'Tolls and Tides' });
    expect(
      parse(`Ann Lee’s long account of the ferries, “Ferries,” ${em('Shore Review')} 3 (1990): 4–9.`).item,
    ).toMatchObject({ author: [{ family: 'Lee', given: 'Ann' }], title: 'Ferries' });
  });

  it('but a body whose name ends in a possessive and one word stays whole', () => {
    const { item } = parse(`Harbour Master's office, ${em('Dues of the Quay')} (Hull: Quay Board, 2011).`);
    expect(item.author).toEqual([{ literal: "Harbour Master's office" }]);
  });
});

describe('software cited with its release', () => {
  it('reads a package named with its version as software', () => {
    const { item } = parse(
      `Ann Lee, "tidy: Tools for Harbour Tables," R package version 0.3.2 (2017): ${url('https://example.org/tidy')}`,
    );
    expect(item).toMatchObject({ type: 'software', title: 'tidy: Tools for Harbour Tables', version: '0.3.2' });
    expect(parse(`Bo Chen, ${em('Quay Charts')}, version 4.12.1 (Hull: Fell Labs, 2018).`).item).toMatchObject({
      type: 'software',
      version: '4.12.1',
    });
  });

  it('but not a site’s edition numbered in two parts', () => {
    const { item } = parse(
      `Ann Lee, “Ferry Tolls”, Harbour Records Online (${url('http://www.harbour.example.org')}, version 4.0, 12 March 2009)`,
    );
    expect(item.type).not.toBe('software');
  });
});

describe('a short form’s page glossed by where a quotation stands', () => {
  it('keeps the page cited, before the gloss', () => {
    expect(parseShortCitation('Lee, "Tides," 88, quotation from 71.').locator).toBe('88');
    expect(parseShortCitation('Chen, “Rivers,” 14–15; quoted at p. 19.').locator).toBe('14–15');
  });
});

describe('a title closed inside a nested quotation', () => {
  it('drops the comma typed inside the inner quote', () => {
    expect(
      parse(`N. Lee, "A Coastal 'League of Pilots,'" in Lee, ${em('Shore Lives')} (Hull, 1994), 12-40.`).item.title,
    ).toBe("A Coastal 'League of Pilots'");
    expect(parse(`N. Lee, “A Coastal ‘League of Pilots,’” ${em('Shore Review')} 3 (1990): 4–9.`).item.title).toBe(
      'A Coastal ‘League of Pilots’',
    );
  });
});

describe('a part cited again before a part naming its journal', () => {
  const resolution = resolve(
    `Ann Lee, “The Pier Dues, 1702–1790. Reading a Ledger of the Quay,” ${em('Shore Studies')} 4 (2007), ${url('https://shore.example.org/lee')}.`,
    `Ann Lee, “Pier Dues, 1702–1790,” and Bo Chen, “Rivers of the Quay,” ${em('Journal of Shores')} 52 (2011): 301–24.`,
    `Dara Eze, “Salt,” and Bo Chen, “Mud,” in Cy Ma, ed., ${em('Steps to the Sea')} (Oxford: Fell Books, 1972).`,
  );
  const [first, second, third] = resolution.notes;

  it('is a short form of the work cited in full before, when names and a run of its title fit', () => {
    expect(second.citations[0]).toMatchObject({ form: 'short', work: first.citations[0].work });
    expect(second.citations[1].work?.item).toMatchObject({
      title: 'Rivers of the Quay',
      'container-title': 'Journal of Shores',
    });
  });

  it('but two parts of a book not cited before share it', () => {
    expect(third.citations.map((citation) => [citation.form, citation.work?.item['container-title']])).toEqual([
      ['full', 'Steps to the Sea'],
      ['full', 'Steps to the Sea'],
    ]);
  });
});

describe('a site named with its platform', () => {
  it('reads the name as the site’s title, the years as its date, the address without `accessed at`', () => {
    const { item } = parse(
      `Harbour Windows, Blogplace.com, 2013-2016, accessed at [${url('https://harbourwindows.example.com/')} on 3/4/18]`,
    );
    expect(item).toMatchObject({
      type: 'webpage',
      title: 'Harbour Windows',
      issued: { 'date-parts': [[2013]] },
      URL: 'https://harbourwindows.example.com/',
    });
    expect(item.author).toBeUndefined();
  });
});

describe('a place cited in a part before or after the text', () => {
  it('keeps the part named with its pages, or a chapter, as the place cited', () => {
    expect(
      parse(`T. Lee, ed., ${em('Early Harbours: Selected Essays')} (Hull, 1991), unpaginated preface, 2-5.`).locator,
    ).toBe('unpaginated preface, 2-5');
    expect(parse(`B. Chen, ${em('Salt Roads')} (Hull: Fell, 1990), introduction, xiv.`).locator).toBe(
      'introduction, xiv',
    );
    expect(parse(`B. Chen, ${em('Salt Roads')} (Hull: Fell, 1990), chapter 6.`).locator).toBe('chapter 6');
    expect(parseShortCitation('Chen, “Rivers,” appendix 3.').locator).toBe('appendix 3');
  });

  it('but an introduction by someone is no place', () => {
    expect(parse(`B. Chen, ${em('Salt Roads')}, introduction by D. Eze (Hull: Fell, 1990), 8.`).locator).toBe('8');
  });
});

describe('a journal’s series before its volume', () => {
  it('is no part of the volume, the pages after the date the extent, a page after them the place cited', () => {
    expect(parse(`N. Lee, "Tides," ${em('Shore Quarterly')} 3d ser., 28 (Oct. 1971), 512-39, at 520.`)).toMatchObject({
      item: { type: 'article-journal', 'container-title': 'Shore Quarterly', volume: '28', page: '512-39' },
      locator: '520',
    });
    expect(parse(`N. Lee, "Tides," ${em('Shore Quarterly')}, new series, 4, no. 2 (1976): 64-70.`).item).toMatchObject({
      volume: '4',
      issue: '2',
      page: '64-70',
    });
  });
});

describe('a quotation in a title typed with the title’s own straight quotes', () => {
  it('runs the title to the quotation’s end, the journal after it', () => {
    expect(
      parse(`Ann Lee, "Ports of the Coast: Evidence from Bo Chen's "Ledger," Shore History 41 2, (June 2012): 7-29.`)
        .item,
    ).toMatchObject({
      type: 'article-journal',
      title: "Ports of the Coast: Evidence from Bo Chen's 'Ledger'",
      'container-title': 'Shore History',
    });
  });

  it('but a stray quote before the names opens nothing inside the title', () => {
    expect(
      parse(`"Ann Lee et al., "Ports of the Coast 2004," ${url('http://example.org/ports.pdf')}`).item,
    ).toMatchObject({
      author: [{ family: 'Lee', given: 'Ann' }],
      title: 'Ports of the Coast 2004',
    });
  });
});

describe('a short form closed by a full stop, then a full citation', () => {
  const resolution = resolve(
    `Dara Lee and Bo Moss, eds., ${em('Tide Networks in the Early Ports')} (Hull: Fell, 2011).`,
    'Lee and Moss, ed.s, Tide Networks. Cy Ma, The Harbour Book: How the Quay Came to Be (York: 2013). The layouts differ.',
    `Lee and Moss, ${em('Tide Networks')}. Cy Ma, ${em('The Harbour Book')} (York: Quay Press, 2013), 4.`,
  );
  const book = resolution.notes[0].citations[0].work;

  it('is a citation of its own, the editors’ mark and lost italics alike', () => {
    for (const note of resolution.notes.slice(1)) {
      expect(note.citations.map((citation) => citation.form)).toEqual(['short', 'full']);
      expect(note.citations[0].work).toBe(book);
      expect(note.citations[1].work?.item).toMatchObject({ author: [{ family: 'Ma', given: 'Cy' }] });
    }
    expect(resolution.notes[1].citations[1].work?.item.title).toBe('The Harbour Book: How the Quay Came to Be');
  });

  it('but names in bibliography order open no short form', () => {
    const [note] = resolve(`Lee, Dara. ${em('Tide Networks')}. Hull: Fell, 2011.`).notes;
    expect(note.citations.map((citation) => citation.form)).toEqual(['full']);
  });
});

describe('a short title two works of the author open alike', () => {
  it('names the one cited in full last before it', () => {
    const resolution = resolve(
      `Ann Lee, “Pier Tolls, 1702–1790,” ${em('Shore Studies')} 4 (2007): 1–20.`,
      `Ann Lee, “Pier Tolls, 1702–1790: A Ledger Read Again,” ${em('Quay Review')} 9 (2012): 5–30.`,
      'Lee, “Pier Tolls,” 12.',
      `Ann Lee, “Pier Tolls, 1702–1790,” ${em('Shore Studies')} 4 (2007): 1–20.`,
      'Lee, “Pier Tolls,” 14.',
    );
    const [first, second, , , last] = resolution.notes;
    expect(resolution.notes[2].citations[0].work).toBe(second.citations[0].work);
    expect(last.citations[0].work).toBe(first.citations[0].work);
  });
});

describe('a work whose kind is named in brackets after its title or release', () => {
  it('reads `(dataset)` as a data set and `version 1.2 (software)` as software with its version', () => {
    expect(
      parse(
        `Shore Data Office, ${em('Harbour Tides 1900–2000')} (dataset), version 2, Hull: Shore Data Office, 2021, ${url('https://doi.org/10.5555/tides')}.`,
      ).item.type,
    ).toBe('dataset');
    expect(
      parse(
        `Ann Lee, ${em('TideCalc')}, version 1.2 (software), 2018, ${url('https://code.example.org/annlee/tidecalc')}.`,
      ).item,
    ).toMatchObject({ type: 'software', version: '1.2', title: 'TideCalc' });
  });
});
