/**
 * Types, authors, titles and containers read from a citation's structure (infer-type.ts, names.ts,
 * parse-full.ts, book-after-in.ts, lead-prose.ts), one form per test, on made-up citations: a person's or
 * several persons' page known by the names before its address, a body's report in a body's name, a journal's
 * article known by its address's path, a subtitled container's dated page, a periodical dated by its year
 * alone, a meeting named as the work, a person's printed book from a body, a person and a body whose name holds
 * `and` as co-authors, a book named before its editors with a year and a bare `eds`, and the author's words
 * before a colon and the names. Every name, title and address here is made up.
 */
import { describe, expect, it } from 'vitest';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0, URL_CLOSE as U1, URL_OPEN as U0 } from '../src/cite/note-text.js';
import { parseNames, parseNoteNames } from '../src/cite/names.js';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { markUnmarkedPartTitle } from '../src/cite/unmarked-part.js';
import { printedIn } from '../src/cite/printed-in.js';

/** `*Book*` as italics and `<https://…>` as a link, as note-text.ts marks them. */
const marked = (text: string) => text.replace(/\*([^*]+)\*/g, `${E0}$1${E1}`).replace(/<([^>]+)>/g, `${U0}$1${U1}`);
const item = (text: string) => parseFullCitation(marked(text)).item;

describe('a page named by the names before its address', () => {
  it('reads a person’s name alone before an address as the page’s author, with no title', () => {
    expect(item('Orla Pennick, <http://tides.example.edu/>.')).toMatchObject({
      type: 'webpage',
      author: [{ family: 'Pennick', given: 'Orla' }],
    });
    expect(item('Orla Pennick, <http://tides.example.edu/>.').title).toBeUndefined();
  });

  it('keeps a name the address’s host spells as the site’s title', () => {
    const page = item('Harbour Lights, <https://harbourlights.example/>.');
    expect(page).toMatchObject({ type: 'webpage', title: 'Harbour Lights' });
    expect(page.author).toBeUndefined();
  });

  it('keeps a version’s number in the name of a page named alone before its address', () => {
    const page = item('Shore Free Public Licence, Version 3, <http://www.shore.example/licenses/sfl-3.0.html>.');
    expect(page).toMatchObject({ type: 'webpage', title: 'Shore Free Public Licence, Version 3' });
    expect(page.author).toBeUndefined();
  });

  it('reads `A et al., Title, https://…` as the authors, then the title', () => {
    const page = parseFullCitation(marked('Orla Pennick et al., Shore Atlas of Quays, <http://atlas.example.org/>.'));
    expect(page.item).toMatchObject({ author: [{ family: 'Pennick', given: 'Orla' }], title: 'Shore Atlas of Quays' });
    expect(page.etAl).toBe(true);
  });
});

describe('types from the citation’s structure', () => {
  it('reads a quoted title that calls itself a report, in a body’s name, as the body’s report', () => {
    expect(
      item(
        "SHA, 'Annual Report 2016-2017', Shore Government Office of the Harbour Commissioner, 2017, <https://sha.example/annual-2017>, p.80.",
      ),
    ).toMatchObject({
      type: 'report',
      title: 'Annual Report 2016-2017',
      publisher: 'Shore Government Office of the Harbour Commissioner',
    });
  });

  it('reads an article at an address filed under a publisher’s journals as a journal’s, dated by its month', () => {
    expect(
      item(
        'Orla Pennick, "Tides and Quays," *Modern Harbour History*, May 2018, /core/journals/modern-harbour-history/article/tides/6AE3C2.',
      ),
    ).toMatchObject({ type: 'article-journal', 'container-title': 'Modern Harbour History' });
    expect(
      item(
        'Orla Pennick, "Tides and Quays," *Modern Harbour History*, May 2018, <https://press.example/journals/mhh/article/9>.',
      ).type,
    ).toBe('article-journal');
  });

  it('reads a dated part of a subtitled container at an address as a web page, not a newspaper’s article', () => {
    expect(
      item(
        '"Nine Quays." *Harbour Lights: The Shore Primer*, February 12, 2015. <http://primer.example/2.0/nine-quays/>.',
      ).type,
    ).toBe('webpage');
    // A newspaper has no subtitle.
    expect(
      item('"Nine Quays." *The Shore Lamp*, February 12, 2015. <http://lamp.example/2015/nine-quays/>.').type,
    ).toBe('article-newspaper');
  });

  it('reads a post whose worded address ends in a hexadecimal number as a blog’s post', () => {
    expect(
      item(
        "Orla Pennick, 'Tides Can't be a Side Job', Dear Quay Student, 4 May 2016, <https://dearquaystudent.example/tides-cant-be-a-side-job-b9e78c090aee>",
      ).type,
    ).toBe('post-weblog');
    // A newspaper's article numbered in decimal figures keeps its type.
    expect(
      item(
        "Orla Pennick, 'Tides', *The Shore Times*, 14 June 2019, <https://www.shoretimes.example/articles/tides-of-the-quay-1487654321>",
      ).type,
    ).toBe('article-newspaper');
  });

  it('reads a periodical dated by its year alone, with no address, as a journal', () => {
    expect(item('Orla Pennick, "Tides of the Quay," *Tempora*, 2015.')).toMatchObject({
      type: 'article-journal',
      'container-title': 'Tempora',
    });
  });

  it('reads a meeting named as the work, with no publisher or address, as the event', () => {
    expect(item('SHA, *Shore Harbour Research Conference* 2017.')).toMatchObject({
      type: 'event',
      title: 'Shore Harbour Research Conference',
    });
    expect(item('Orla Pennick, *At the Shore Conference* (Hull: Quay Press, 2017).').type).toBe('book');
  });

  it('reads a person’s printed work in italics as a book, though a body publishes it', () => {
    expect(item('R. T. Pennick, *A History of the Quay Code* (Shore Harbour Law Center, 1987).').type).toBe('book');
    // A body's own work stays its report, and a person's dated by its day at an address too.
    expect(item('Shore Harbour Institute, *Tides* (Hull, 2019).').type).toBe('report');
    expect(
      item('Orla Pennick, *Tides and Salt*, Council for Tides and Salt, 23 May 2016, <https://council.example/tides>.')
        .type,
    ).toBe('report');
  });
});

describe('names', () => {
  it('keeps a body named last among persons whole, its own `and` in its name', () => {
    expect(parseNoteNames('Orla Pennick and Institute for Salt and Tide Studies,').names).toEqual([
      { family: 'Pennick', given: 'Orla' },
      { literal: 'Institute for Salt and Tide Studies' },
    ]);
    expect(parseNoteNames('Orla Pennick and Bo Chen and Society for Tides and Salt,').names).toEqual([
      { family: 'Pennick', given: 'Orla' },
      { family: 'Chen', given: 'Bo' },
      { literal: 'Society for Tides and Salt' },
    ]);
    expect(
      item(
        'Orla Pennick and Institute for Salt and Tide Studies, *Capital and Quays* (Hull: Institute for Salt and Tide Studies, 2009).',
      ).author,
    ).toEqual([{ family: 'Pennick', given: 'Orla' }, { literal: 'Institute for Salt and Tide Studies' }]);
  });

  it('drops the author’s words before a colon in front of a bibliography’s names', () => {
    expect(parseNames('On salt in general, see especially the work on harbours: Orla Pennick.').names).toEqual([
      { family: 'Pennick', given: 'Orla' },
    ]);
  });
});

describe('a book named without italics before its editors', () => {
  it('reads `in Book 2016, eds A and B (…)`, the year in the name and `eds` without its full stop, an address after', () => {
    expect(
      item(
        'Orla Pennick, "The Tides Between Quays," in Harbour Debates 2016, eds Bo Chen and Dara Eze (Hull: Quay Press, 2016), <https://quay.example.org/read/tides>.',
      ),
    ).toMatchObject({
      type: 'chapter',
      'container-title': 'Harbour Debates 2016',
      editor: [
        { family: 'Chen', given: 'Bo' },
        { family: 'Eze', given: 'Dara' },
      ],
      URL: 'https://quay.example.org/read/tides',
    });
  });
});

describe('a part’s title whose quotes were lost (unmarked-part.ts)', () => {
  it('reads `A, Title, in B, ed., *Book*` and `A, Title, in *Book*, ed. B` as a chapter of the book', () => {
    expect(
      item(
        'Orla Pennick, Principles of Harbour Procedure with a Tide Code, in Bo Chen, ed., *Works of Orla Pennick* (Hull, 1843), 1-189.',
      ),
    ).toMatchObject({
      type: 'chapter',
      author: [{ family: 'Pennick', given: 'Orla' }],
      title: 'Principles of Harbour Procedure with a Tide Code',
      'container-title': 'Works of Orla Pennick',
      editor: [{ family: 'Chen', given: 'Bo' }],
    });
    expect(
      item('Orla Pennick, Tides of the Inner Sound, in *Harbour Lives*, ed. Bo Chen (Hull: Quay Press, 2004), 5.'),
    ).toMatchObject({
      type: 'chapter',
      title: 'Tides of the Inner Sound',
      'container-title': 'Harbour Lives',
    });
  });

  it('reads a descriptive title in lower case alike', () => {
    expect(
      item('Orla Pennick, entry for 4 May 1790, in Bo Chen, ed., *Diary of Orla Pennick* (Hull, 1962), 62.'),
    ).toMatchObject({
      type: 'chapter',
      title: 'entry for 4 May 1790',
      'container-title': 'Diary of Orla Pennick',
    });
  });

  it('leaves two authors before a book alone: no title between them', () => {
    const text = marked('Orla Pennick, Bo Chen, in *Harbour Lives*, ed. Dara Eze (Hull, 2004).');
    expect(markUnmarkedPartTitle(text)).toBe(text);
  });
});

describe('the author’s sentence where names would stand', () => {
  it('names nobody when a sentence of prose stands before the address', () => {
    const page = item(
      "The harbour's standard register, the Quay Directory, named the journals on tides. See [<http://www.quay.example>].",
    );
    expect(page.author).toBeUndefined();
    expect(page.URL).toBe('http://www.quay.example');
  });
});

describe('a long body’s name is no sentence', () => {
  it('keeps a body whose name runs long, its lower-case words linking words only', () => {
    expect(
      item(
        'Staff of the Shore Commission on Tides and Cooperation in the Quays. "Report on the Tides," 25 October 1990, <https://shore.example/report.pdf>.',
      ).author,
    ).toEqual([{ literal: 'Staff of the Shore Commission on Tides and Cooperation in the Quays' }]);
  });
});

describe('containers and titles by their markup', () => {
  it('keeps the full stop of an abbreviated journal’s last word, named without italics', () => {
    expect(item("Orla Pennick, 'Lessons from the Quay', J. Harbour & Tidal L. 6 (2010).")).toMatchObject({
      type: 'article-journal',
      'container-title': 'J. Harbour & Tidal L.',
      volume: '6',
    });
    expect(item("Orla Pennick, 'Lessons from the Quay', Shore Review 6 (2010).")['container-title']).toBe(
      'Shore Review',
    );
  });

  it('reads a journal’s issue cited whole, its name unmarked before volume and number, as the container', () => {
    const issue = item(
      'Journal of Harbours & Tidal History 7, no. 2 (2004), special issue edited by Orla Pennick and Bo Chen',
    );
    expect(issue).toMatchObject({
      type: 'article-journal',
      'container-title': 'Journal of Harbours & Tidal History',
      volume: '7',
      issue: '2',
      editor: [
        { family: 'Pennick', given: 'Orla' },
        { family: 'Chen', given: 'Bo' },
      ],
    });
    expect(issue.title).toBeUndefined();
  });

  it('reads words quoted in lower case straight after a name, no comma between, as the source’s words, not a title', () => {
    const page = item(
      'SHT ‘works with small and large harbours, towns and industry on the shore’ <https://www.sht.example/en/harbours>',
    );
    expect(page).toMatchObject({ type: 'webpage', author: [{ literal: 'SHT' }] });
    expect(page.title).toBeUndefined();
    // After a comma, a title in lower case is a title.
    expect(item('Orla Pennick, ‘tides of the quay’, Shore Review 3 (2001).').title).toBe('tides of the quay');
  });
});

describe('a document cited where it is printed (printed-in.ts)', () => {
  it('reads `“Title.” Manuscript. Place, date. Transcribed and published in A, eds., *Book* (…)` as a chapter of the book', () => {
    expect(
      item(
        'Orla Pennick, "Notes of the first finders of the quays." Manuscript. Hull, c. 1802. Transcribed and published in Bo Chen and Dara Eze, eds., *Papers of the Quay* (Hull: Quay Press, 1999), 12.',
      ),
    ).toMatchObject({
      type: 'chapter',
      title: 'Notes of the first finders of the quays',
      'container-title': 'Papers of the Quay',
      editor: [
        { family: 'Chen', given: 'Bo' },
        { family: 'Eze', given: 'Dara' },
      ],
    });
  });

  it('leaves a place after `published in`, or a journal’s article reprinted, alone', () => {
    expect(printedIn('Orla Pennick, "Tides," Shore Review 3 (2001), published in Hull.')).toBe(
      'Orla Pennick, "Tides," Shore Review 3 (2001), published in Hull.',
    );
    const reprinted = marked('Orla Pennick, "Tides," *Shore Review* 3 (2001), reprinted in *Salt*.');
    expect(printedIn(reprinted)).toBe(reprinted);
  });
});

describe('a legislature’s debates', () => {
  it('reads a question in a house’s debates as legislation, not a journal’s article, though it numbers volumes', () => {
    expect(
      item(
        '"Shore—Harbour Dues – Question," House of Assembly Debates (4 June 1871) vol. 201 cc12-3, <http://debates.example/assembly/1871/jun/4/shore-question>.',
      ),
    ).toMatchObject({ type: 'legislation', 'container-title': 'House of Assembly Debates' });
    // A book called `Debates in …` is no legislature's.
    expect(
      item(
        'Orla Pennick, "Where Is Tide in the Quays?" in *Debates in the Harbour Humanities*, ed. Bo Chen (Hull: Quay, 2012).',
      ).type,
    ).toBe('chapter');
  });
});

describe('a map by its title', () => {
  it('reads a work whose title names it a map as a map, in any of several languages', () => {
    expect(item('Orla Pennick, *Carte des Ports de la Manche* (Paris: Quay, 1632).').type).toBe('map');
    expect(item('Orla Pennick, *Map of the Inner Sound* (Hull: Quay, 1790).').type).toBe('map');
  });

  it('keeps a book about maps, or one with a subtitle, a book', () => {
    expect(item('Orla Pennick, *Maps and Harbours* (Chicago: 1997).').type).toBe('book');
    expect(item('Orla Pennick, *Map of the Harbour: A History* (Hull: Quay Press, 1997).').type).toBe('book');
  });
});
