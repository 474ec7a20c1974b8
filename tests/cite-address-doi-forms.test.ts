/**
 * Forms of full citations read wrongly before, each on made-up notes: a signal or label before an address
 * alone (address-lead-in.ts), a DOI making a periodical's article a journal's (doi.ts), a space typed inside a
 * date's brackets (parse-full.ts), a DOI's letters that are no shelfmark (details.ts), and three or more
 * authors before a title in straight single quotes (unmarked-title.ts), a day's date with a comma before its
 * year (text.ts), a consortium's report, a paper given at a meeting (meeting-dates.ts), and an author's
 * affiliation note (classify/affiliation.ts), a body's long name before the title (lead-prose.ts), Ibid. then
 * `in reference to` another work (classify/ibid.ts), a note opening by acknowledging funding
 * (classify/acknowledgement.ts), a study's participant by role and number (classify/participant.ts) and a dated
 * document with no publication or address and a university's document at a PDF's address (infer-type.ts), and
 * `Also see` between two works (classify/prose-then-signal.ts, classify/signal.ts), and a body's newsroom
 * (infer-type.ts).
 * Every name here is made up.
 */
import { describe, expect, it } from 'vitest';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0, URL_CLOSE as U1, URL_OPEN as U0 } from '../src/cite/note-text.js';
import { classifyNote } from '../src/cite/classify.js';
import { parseFullCitation } from '../src/cite/parse-full.js';

/** `*Book*` as italics and `<https://…>` as a link, as note-text.ts marks them. */
const marked = (text: string) => text.replace(/\*([^*]+)\*/g, `${E0}$1${E1}`).replace(/<([^>]+)>/g, `${U0}$1${U1}`);
const item = (text: string) => parseFullCitation(marked(text)).item;

describe('a signal or label before an address alone', () => {
  it('keeps `See:`, `See, for example:`, `Web:` and `Information available at` out of the author and title', () => {
    for (const lead of ['See:', 'See', 'See, for example:', 'See also', 'Web:', 'Information available at']) {
      const found = item(`${lead} <https://harbour.example.org/about/tolls.html>`);
      expect(found).toMatchObject({ type: 'webpage', URL: 'https://harbour.example.org/about/tolls.html' });
      expect(found.author).toBeUndefined();
      expect(found.title).toBeUndefined();
    }
  });

  it('leaves a body named before its page’s title and address its author', () => {
    expect(item('Quay Watch, ‘About’, <https://quaywatch.example.org/about>.')).toMatchObject({
      author: [{ literal: 'Quay Watch' }],
      title: 'About',
    });
  });
});

describe('a DOI makes a periodical’s article a journal’s', () => {
  it('reads an article dated by its day or month with a DOI as a journal article', () => {
    expect(
      item('Ann Lee, ‘Tides of the Quay’, *Shore Studies* (14 February 2019), DOI: 10.1234/ss-2019-0214.'),
    ).toMatchObject({
      type: 'article-journal',
      'container-title': 'Shore Studies',
    });
    expect(item('Ann Lee, ‘Tides of the Quay’, *Shore Studies*, 30 April 2015, doi: 10.1234/ss/abc031.').type).toBe(
      'article-journal',
    );
    expect(item('Ann Lee, ‘Tides’, *Shore Inquiry* (September 2019), <https://doi.org/10.1234/5678901>.').type).toBe(
      'article-journal',
    );
    expect(
      item('Ann Lee, ‘Tides’, *Shore & Harbour* (June 2016), <https://journals.example.com/doi/full/10.1234/56789>.')
        .type,
    ).toBe('article-journal');
  });

  it('keeps a newspaper’s dated article at an ordinary address a newspaper’s', () => {
    expect(
      item('Ann Lee, ‘Tides Rise’, *The Evening Lamp*, 4 May 2018, <https://lamp.example.com/2018/05/04/tides>.').type,
    ).toBe('article-newspaper');
  });

  it('reads no shelfmark in a DOI whose suffix opens with `MS`', () => {
    const found = item(
      'Ann Lee and Bo Chen, ‘Tides’, *Shore Security* 12.4 (June 2017): 33, DOI: 10.1234/MSX.2017.27.',
    );
    expect(found).toMatchObject({ type: 'article-journal', volume: '12', issue: '4' });
    expect(found.archive_location).toBeUndefined();
  });
});

describe('a space typed inside a date’s brackets', () => {
  it('reads `41.2 (3 March 2015 ): 7` as a volume, an issue and a date', () => {
    expect(
      parseFullCitation(marked('Ann Lee, ‘Tides of the Quay’, *Shore Management Review* 41.2 (3 March 2015 ): 7.')),
    ).toMatchObject({ item: { type: 'article-journal', volume: '41', issue: '2' }, locator: '7' });
  });
});

describe('three or more authors before a title in straight single quotes', () => {
  it('takes every name before the quoted title as an author, without a journal after it', () => {
    expect(item("Orla Pennick, Bo Chen and Dara Eze, 'Tide Scales: A Survey', Shorepoint Inc. (2016).")).toMatchObject({
      author: [
        { family: 'Pennick', given: 'Orla' },
        { family: 'Chen', given: 'Bo' },
        { family: 'Eze', given: 'Dara' },
      ],
      title: 'Tide Scales: A Survey',
    });
    expect(
      item(
        "Orla Pennick, Bo Chen, Dara Eze and Tom Hall, 'Tides of the Shore' (3 March 2013), <https://papers.example.com/123>",
      ),
    ).toMatchObject({ title: 'Tides of the Shore' });
  });

  it('still reads a book’s title whose italics were lost after the names', () => {
    expect(item('Ann Lee, Salt Roads: A Coastal History (Hull: 2004), 23.')).toMatchObject({
      type: 'book',
      title: 'Salt Roads: A Coastal History',
    });
  });
});

describe('a day’s date with a comma before its year', () => {
  it('reads `4 June, 2016` as a day, so the article is a newspaper’s', () => {
    expect(
      item('Ann Lee, ‘Tides Rise’, *The Evening Lamp*, 4 June, 2016, <https://lamp.example.com/2016/06/04/tides>.'),
    ).toMatchObject({
      type: 'article-newspaper',
      issued: { 'date-parts': [[2016, 6, 4]] },
    });
  });
});

describe('a consortium publishes reports', () => {
  it('reads a dated document at a PDF’s address in a consortium’s name as its report', () => {
    expect(
      item(
        'Ann Lee, ‘Tide Computing’, *Shore Research Consortium*, 9 October 2007, <https://src.example.org/tides.pdf>.',
      ),
    ).toMatchObject({ type: 'report', publisher: 'Shore Research Consortium' });
  });
});

describe('a paper given at a meeting', () => {
  it('reads a quoted title in a publication dated by a span of days as a conference paper', () => {
    expect(
      item("Ann Lee, Bo Chen and Dara Eze, 'Nudges at the Quay', *SHM*, 12-15 May 2013, Hull, England.").type,
    ).toBe('paper-conference');
    expect(item('Ann Lee, ‘Tides’, *Harbour Forum*, May 3–5, 2012.').type).toBe('paper-conference');
  });

  it('reads a title in a publication named as an annual meeting as a paper given there', () => {
    expect(item("Ann Lee, 'Tides: A Roundtable', *Shore Studies Ninth Annual Meeting*, Hull 4 June 2017.").type).toBe(
      'paper-conference',
    );
  });
});

describe('an author’s affiliation note', () => {
  it('reads a post and an e-mail address as the author’s words, not a citation', () => {
    for (const note of [
      'Research Fellow, Shore Institute of Tides, Hull; MA (Quay), PhD (Hull), Email: ann.lee@shore.example.org',
      `Lecturer, Quay College; Email: ${U0}mailto:bo.chen@quay.example.ac.uk${U1} (corresponding author).`,
    ])
      expect(classifyNote(note).map((segment) => segment.kind)).toEqual(['commentary']);
  });

  it('still reads a work given with its author’s e-mail address', () => {
    expect(
      classifyNote(`Ann Lee, ${E0}Tide Tables${E1} (Hull: Quay Press, 2004), 12; write to ann.lee@shore.example.org.`)
        .map((segment) => segment.kind)
        .includes('full'),
    ).toBe(true);
  });
});

describe('a body’s long name before the title', () => {
  it('keeps `Office of the … for …` whole as the author, not prose before a name', () => {
    expect(
      item(
        "Office of the Shore High Commissioner for Harbour Rights, 'Ships Kept Out of the Quay', *Harbour Nations,* 14 May 2016, <http://www.harbour.example.org/news/21370>.",
      ).author,
    ).toEqual([{ literal: 'Office of the Shore High Commissioner for Harbour Rights' }]);
  });
});

describe('Ibid. then `in reference to` another work', () => {
  it('cuts Ibid. from the work it refers to', () => {
    expect(
      classifyNote(
        `Ibid, in reference to Ann Lee, 'Tides?', in Bo Chen (ed.), ${E0}Shore Papers${E1}, Hull: Quay Press, 1997.`,
      ).map((segment) => segment.kind),
    ).toEqual(['ibid', 'full']);
  });
});

describe('a note that opens by acknowledging funding', () => {
  it('reads the funding sentence as the author’s words, then the address after it', () => {
    expect(
      classifyNote(
        `∗ This study was funded by the Shore Research Council (grant 1234, to Ann Lee). See ${U0}https://tides.example.net${U1}.`,
      ).map((segment) => segment.kind),
    ).toEqual(['commentary', 'full']);
  });
});

describe('a study’s participant named by role and number', () => {
  it('reads `User #3.` as the author’s words, not a short form', () => {
    for (const note of ['User #3.', 'Harbour pilot #12.', 'Designer/Engineer #1.'])
      expect(classifyNote(note).map((segment) => segment.kind)).toEqual(['commentary']);
  });
});

describe('a dated document with no publication and no address', () => {
  it('reads a quoted title with only its year as a report, not a web page', () => {
    expect(item('Ann Lee and Bo Chen, ‘Tide Gauges Checked in Harbour Offices’ (2011).').type).toBe('report');
    expect(item('Ann Lee, ‘Tide Gauges’, 2011, <https://lee.example.org/gauges/>.').type).toBe('webpage');
  });
});

describe('a university’s document at a PDF’s address', () => {
  it('reads it as the university’s report; without the address, a thesis still', () => {
    expect(
      item(
        "Ann Lee and Bo Chen, '*Tide Research: A Guide*', University of Hull, 2015, <https://www.hull.example.ac.uk/media/guide_12.pdf>.",
      ).type,
    ).toBe('report');
    expect(item("Dana Ruiz, 'Keepers of the Quay', University of Hull, 2019.").type).toBe('thesis');
  });
});

describe('`Also see` between two works', () => {
  it('cuts the note before the sentence that opens `Also see`, and drops the signal', () => {
    expect(
      classifyNote(
        `See Ann Lee, 'Rules of the Quay', ${E0}Shore Law Review${E1} 41.2 (2009): 611-12. Also see 'New Rules for the Harbour', ${E0}Quay Resources${E1}, 4 May, 2016, ${U0}https://www.quay.example.com/briefings/rules.html${U1}.`,
      ).map(({ kind, text }) => [kind, text.replace(/[\uE000-\uE003]/g, '')]),
    ).toEqual([
      ['full', "Ann Lee, 'Rules of the Quay', Shore Law Review 41.2 (2009): 611-12."],
      [
        'full',
        "'New Rules for the Harbour', Quay Resources, 4 May, 2016, https://www.quay.example.com/briefings/rules.html.",
      ],
    ]);
  });
});

describe('a body’s newsroom', () => {
  it('reads an article in a newsroom or news centre as a web page, not a newspaper’s', () => {
    expect(
      item(
        "Ann Lee, 'Plans for the Quay', *Shore Shipping Newsroom*, 4 April 2016, <https://newsroom.shore.example/news/2016/04/quay/>.",
      ).type,
    ).toBe('webpage');
    expect(
      item("'Harbour Law Update', *Quay & Quay News Centre*, 3 March 2015, <https://quayquay.example.com/en/news/1>.")
        .type,
    ).toBe('webpage');
    expect(
      item("Ann Lee, 'Tides Rise', *Harbour News*, 4 May 2016, <https://news.example.com/2016/05/04/tides>.").type,
    ).toBe('article-newspaper');
  });
});
