/**
 * Notes whose italics were lost in conversion, each form on a made-up note of its own: a book's title ending
 * in a bracketed span of years before its imprint, editors listed without `and` before `ed.s`, an edition
 * described in words before the number of volumes, a book cited after the author's sentence closed by a colon,
 * a book named by its author's family name after another work's full stop, a straight quote typed before the
 * names, a short form whose cited places carry the author’s glosses in brackets, two long names joined by
 * `and`, sites whose titles lost their italics, each closed by its address, and a journal named without italics
 * with a double volume or its year alone; the author's remark on a quoted word, a conjunction before the names,
 * the author's words holding initials before a colon, and a work reprinting or translating the one cited, in a
 * sentence of its own, a signal that sets a work in contrast (`See, by contrast,`), and an unsigned title in any
 * language before a full imprint, its author named in the possessive or not, and a book's front matter in quotes
 * before the book without italics. Every name here is made up.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0, URL_CLOSE as U1, URL_OPEN as U0 } from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { resolveNotes } from '../src/cite/resolve.js';

const marked = (text: string) => text.replace(/\*([^*]+)\*/g, (_, title: string) => `${E0}${title}${E1}`);
const parts = (text: string) =>
  classifyNote(marked(text)).map(({ kind, text }) => [kind, text.replace(/[\uE000\uE001]/g, '*')]);
const item = (text: string) => parseFullCitation(marked(text)).item;

describe('a title ending in a bracketed span before its imprint', () => {
  it('keeps the span in the title and reads the imprint after it', () => {
    const note =
      'On ferries, see Ann Lee, La barca e le reti del porto in età moderna (1550-1650) (Hull: 2019); Bo Chen, ed., Quays (Hull: 2014).';
    expect(parts(note)).toEqual([
      ['full', 'Ann Lee, La barca e le reti del porto in età moderna (1550-1650) (Hull: 2019)'],
      ['full', 'Bo Chen, ed., Quays (Hull: 2014).'],
    ]);
    const book = item('Ann Lee, Bo Chen, and Dara Eze, Memoria y barcas en el puerto (siglos XII-XIV) (Hull: 2014).');
    expect(book.title).toBe('Memoria y barcas en el puerto (siglos XII-XIV)');
    expect(book.issued).toEqual({ 'date-parts': [[2014]] });
    expect(book.author).toHaveLength(3);
  });
});

describe('editors listed without `and` before `ed.s`', () => {
  it('reads every name as an editor, with or without the title’s italics', () => {
    const editors = [
      { family: 'Lee', given: 'Ann' },
      { family: 'Chen', given: 'Bo' },
      { family: 'Eze', given: 'Dara' },
    ];
    const unmarked = item('Ann Lee, Bo Chen, Dara Eze, ed.s, Harbour Tales: Essays on the Coast, (Hull: 2000).');
    expect(unmarked.editor).toEqual(editors);
    expect(unmarked.title).toBe('Harbour Tales: Essays on the Coast');
    expect(item('Ann Lee, Bo Chen, Dara Eze, ed.s, *Harbour Tales* (Hull: Quay, 2000).').editor).toEqual(editors);
  });
});

describe('an edition described in words before the number of volumes', () => {
  it('leaves both out of the title and cuts the author’s sentence after the imprint', () => {
    const note =
      'Ann Lee and Bo Chen Vale, Ferry Tables, revised and enlarged edition, 12 vols. (Hull: the compiler, 2003). I read the last one.';
    expect(parts(note)).toEqual([
      [
        'full',
        'Ann Lee and Bo Chen Vale, Ferry Tables, revised and enlarged edition, 12 vols. (Hull: the compiler, 2003).',
      ],
      ['commentary', 'I read the last one.'],
    ]);
    expect(item('Ann Lee, Ferry Tables, new edition (Hull: Quay, 2002).').title).toBe('Ferry Tables');
  });
});

describe('a book whose italics were lost after the author’s sentence closed by a colon', () => {
  it('cuts the citation after the colon', () => {
    expect(
      parts(
        'Ann Lee, Roads of Salt: How a Coast Was Built (Cambridge, Mass.: 2011). Bo Chen argues the same but says nothing of ferries: Bo K. Chen, Coastal Ledgers (Chicago: 2019).',
      ),
    ).toEqual([
      ['full', 'Ann Lee, Roads of Salt: How a Coast Was Built (Cambridge, Mass.: 2011).'],
      ['commentary', 'Bo Chen argues the same but says nothing of ferries:'],
      ['full', 'Bo K. Chen, Coastal Ledgers (Chicago: 2019).'],
    ]);
  });
});

describe('a book named by its author’s family name after another work’s full stop', () => {
  it('opens a citation of its own', () => {
    expect(parts('Dara Eze, *The Quay Mercury* (Hull, 1641). Lee, Ferry Tables (Hull: Quay Press, 1612).')).toEqual([
      ['full', 'Dara Eze, *The Quay Mercury* (Hull, 1641).'],
      ['full', 'Lee, Ferry Tables (Hull: Quay Press, 1612).'],
    ]);
  });

  it('is not cut from the initial of its own author’s given names', () => {
    expect(parts('See Ann Lee, "Tides," (2010) in Bo K. Chen, Ferry Tables (Hull: 2003).')).toEqual([
      ['full', 'Ann Lee, "Tides," (2010) in Bo K. Chen, Ferry Tables (Hull: 2003).'],
    ]);
  });
});

describe('a straight quote typed before the names', () => {
  it('opens no title: the citation starts at the names', () => {
    expect(
      parts(
        'On ports, see Ann Lee, "Tides," *Shore Review* 4, no. 2 (2006): 41-60; on ferries, see "Bo Chen, "What Became of the Ferries of the North at the Turn of the Age," *Ferry Review* 12, no. 3 (2005): 7-19.',
      ),
    ).toEqual([
      ['full', 'Ann Lee, "Tides," *Shore Review* 4, no. 2 (2006): 41-60'],
      [
        'full',
        'Bo Chen, "What Became of the Ferries of the North at the Turn of the Age," *Ferry Review* 12, no. 3 (2005): 7-19.',
      ],
    ]);
  });
});

describe('a short form whose cited places carry the author’s glosses', () => {
  const note = (number: number, text: string) => ({ note: { number, text: marked(text), spans: [] }, owner: 'one' });
  const resolution = resolveNotes([
    note(1, 'Harbour Board, *Final Report of the Harbour Board* (Hull: Quay, 1850).'),
    note(
      2,
      'Final Report of the Harbour Board, 301--302, § 40 (limiting the ferry licence to residents), 95, § 212 (limiting toll collection to sworn men).',
    ),
    note(3, 'In 1850 (when the port closed) the board met 12 times (twice in March).'),
  ]);

  it('reads the short form and its places, leaving out the glosses', () => {
    const [citation] = resolution.notes[1].citations;
    expect(citation.form).toBe('short');
    expect(citation.work).toBe(resolution.notes[0].citations[0].work);
    expect(citation.locator).toBe('301--302, § 40, 95, § 212');
  });

  it('leaves the author’s sentence with bracketed remarks prose', () => {
    expect(resolution.notes[2].citations).toEqual([]);
  });
});

describe('two names of several words each joined by `and` before an unmarked title', () => {
  it('reads both as authors', () => {
    const book = item('Ana Rita Lima Vale and Bo Chen Dara Vale, Ferry Tables, 4 vols. (Hull: Quay, 1999).');
    expect(book.author).toEqual([
      { family: 'Vale', given: 'Ana Rita Lima' },
      { family: 'Vale', given: 'Bo Chen Dara' },
    ]);
    expect(book.title).toBe('Ferry Tables');
  });
});

describe('sites whose titles lost their italics, one after the other', () => {
  const note =
    'Ann Lee, Bo Chen, et al., The Harbour Chart Site, University of Hull, 2004-2018, at [<http://charts.example.edu/index.asp>.] Dara Eze, et al., Quay College, The Old Quay Gazetteer (OQG) at [<https://oldquay.example.ca/>.] See also Cy Vale, Reading Old Charts: Methods and Tools (Hull: 2017).';
  const withLinks = (text: string) => marked(text).replace(/<([^>]+)>/g, `${U0}$1${U1}`);
  const found = classifyNote(withLinks(note));

  it('cuts each site after its address, the full stop typed inside a bracket', () => {
    expect(found.map((segment) => segment.kind)).toEqual(['full', 'full', 'full']);
    expect(found[1].text).toMatch(/^Dara Eze, et al\./);
  });

  it('reads the title after the names closed by `et al.`, past the host named first', () => {
    const first = parseFullCitation(found[0].text).item;
    expect(first.author).toEqual([
      { family: 'Lee', given: 'Ann' },
      { family: 'Chen', given: 'Bo' },
    ]);
    expect(first.title).toBe('The Harbour Chart Site');
    expect(first.issued).toEqual({ 'date-parts': [[2004]] });
    expect(first.URL).toBe('http://charts.example.edu/index.asp');
    const second = parseFullCitation(found[1].text).item;
    expect(second.author).toEqual([{ family: 'Eze', given: 'Dara' }]);
    expect(second.title).toBe('The Old Quay Gazetteer (OQG)');
  });
});

describe('a journal named without italics, with a double volume or its year alone before the pages', () => {
  it('reads a double volume `12-13 (2001)` as a journal’s', () => {
    const article = item('Ann Lee, "Tides of the North," Rivista dei porti minori 12-13 (2001): 21-70.');
    expect(article.type).toBe('article-journal');
    expect(article['container-title']).toBe('Rivista dei porti minori');
    expect(
      parseFullCitation(marked('Ann Lee, "Tides of the North," Rivista dei porti minori 12-13 (2001): 21-70.')).locator,
    ).toBeNull();
  });

  it('reads the year alone, a colon and the article’s extent as a journal’s', () => {
    const article = item('"Tides of the North" The Harbour (1919): 181-210.');
    expect(article.type).toBe('article-journal');
    expect(article['container-title']).toBe('The Harbour');
    expect(article.issued).toEqual({ 'date-parts': [[1919]] });
  });

  it('leaves a body’s paper dated by its day as it was', () => {
    const paper = parseFullCitation(
      marked(
        'Shore History working group, "Tides and Reason," white paper, Quay Centre for Shore History (May 2, 2016): 11-15.',
      ),
    );
    expect(paper.item.type).toBe('report');
    expect(paper.locator).toBe('11-15');
  });
});

describe('the author’s remark on a quoted word after a citation', () => {
  it('is commentary, not a short form', () => {
    expect(parts('Lee, *Tides*, 230; "harbour-masters" is 231.')).toEqual([
      ['short', 'Lee, *Tides*, 230'],
      ['commentary', '"harbour-masters" is 231.'],
    ]);
    // A capitalised quoted title and its page remain a short form.
    expect(parts('Lee, *Tides*, 230; "Harbour Masters," 231.')[1][0]).toBe('short');
  });
});

describe('a conjunction opening the author’s sentence before the names', () => {
  it('is no part of the editor’s names', () => {
    const book = item(
      'Although S. T. Lee (ed.), *Tides of the North*, 2 vols. (Hull: Quay for the Harbour Trust, 1984) names Bo Chen as the warden, letters with Dara Eze suggest another.',
    );
    expect(book.editor).toEqual([{ family: 'Lee', given: 'S. T.' }]);
    expect(item('While Ann Lee, *Tides* (Hull: Quay, 1982), 4').author).toEqual([{ family: 'Lee', given: 'Ann' }]);
  });
});

describe('the author’s words before a colon holding initials, then a book whose italics were lost', () => {
  it('cuts the book after the colon, an ellipsis in its title ending no sentence', () => {
    expect(
      parts(
        'See Ann Lee’s studies of ferry books, B. Chen on river tolls, and Dara Eze on canal guides: Ann Lee, Les routes du port ... suivi des tables, 1550-1800 (Paris: 1930) & "The First Ferry Guides" The Harbour (1919): 181-210.',
      ),
    ).toEqual([
      ['commentary', 'Ann Lee’s studies of ferry books, B. Chen on river tolls, and Dara Eze on canal guides:'],
      ['full', 'Ann Lee, Les routes du port ... suivi des tables, 1550-1800 (Paris: 1930)'],
      ['full', '"The First Ferry Guides" The Harbour (1919): 181-210.'],
    ]);
  });
});

describe('the work that reprints or translates a cited work, in a sentence of its own', () => {
  it('is a citation of its own', () => {
    for (const verb of ['Reprinted', 'Translated'])
      expect(
        parts(
          `Ann Lee, *Tides [1620]*, ed. Bo Chen (Hull: Quay, 2007), fl. 4v. ${verb} in Dara Eze, ed., *The Ferrymen* (York: Fell, 1961), 7--8.`,
        ),
      ).toEqual([
        ['full', 'Ann Lee, *Tides [1620]*, ed. Bo Chen (Hull: Quay, 2007), fl. 4v.'],
        ['full', 'Dara Eze, ed., *The Ferrymen* (York: Fell, 1961), 7--8.'],
      ]);
  });
});

describe('a signal that sets a work in contrast', () => {
  it('leads to the citation after the author’s sentence', () => {
    for (const signal of ['See for contrast', 'See, by contrast,', 'See for comparison'])
      expect(
        parts(
          `Here the pilots went their own way. ${signal} Ann Lee, "Charting the Port", Shore Review 61 (Winter 2010): 3-30.`,
        ),
      ).toEqual([
        ['commentary', 'Here the pilots went their own way.'],
        ['full', 'Ann Lee, "Charting the Port", Shore Review 61 (Winter 2010): 3-30.'],
      ]);
  });
});

describe('an unsigned title without italics, in any language, before a full imprint', () => {
  it('is a book’s title', () => {
    const book = item('Der Fergen und Schiffleute Tafel (Hull: Quay Press, 1577).');
    expect(book.type).toBe('book');
    expect(book.title).toBe('Der Fergen und Schiffleute Tafel');
  });
});

describe('an author named in the possessive before an unmarked title and a full imprint', () => {
  it('is the author, the title the words after it', () => {
    const book = item('Vales’ Tavole del porto (Rome: Quay Press, 1701).');
    expect(book.author).toEqual([{ family: 'Vales' }]);
    expect(book.title).toBe('Tavole del porto');
    expect(item("Ann Lee's Ferry Tables (Hull: Quay Press, 1702), 4.").author).toEqual([
      { family: 'Lee', given: 'Ann' },
    ]);
  });
});

describe('a book’s front matter named in quotes before the book without italics', () => {
  it('is a part of that book', () => {
    const part = item('Dara Eze, "Preface," The Quay Mercury (1652).');
    expect(part.type).toBe('chapter');
    expect(part.title).toBe('Preface');
    expect(part['container-title']).toBe('The Quay Mercury');
    expect(part.issued).toEqual({ 'date-parts': [[1652]] });
    // Any other quoted title is not read so.
    expect(item('Dara Eze, "Tides," The Quay Mercury (1652).')['container-title']).toBeUndefined();
  });
});
