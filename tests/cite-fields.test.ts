/**
 * The title, container, year, URL and locator of a full citation, form by form (parse-full.ts, details.ts,
 * archive.ts and the files they read through), each on a made-up citation: journal issues written without
 * `no.`, titles whose quotes end in a comma, dictionary entries, chapters, archival items, and two works
 * that share one book.
 */
import { describe, expect, it } from 'vitest';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0, URL_CLOSE as U1, URL_OPEN as U0 } from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';

/** `*Book*` as italics and `<https://…>` as a link, as note-text.ts marks them. */
const marked = (text: string) => text.replace(/\*([^*]+)\*/g, `${E0}$1${E1}`).replace(/<([^>]+)>/g, `${U0}$1${U1}`);
const parse = (text: string) => parseFullCitation(marked(text));
const fields = (text: string) => {
  const { item, locator } = parse(text);
  const issued = item.issued as { 'date-parts': number[][] } | undefined;
  return {
    title: item.title,
    container: item['container-title'],
    year: issued?.['date-parts'][0][0],
    volume: item.volume,
    issue: item.issue,
    page: item.page,
    url: item.URL,
    locator,
  };
};

describe('a journal article’s volume, issue and date', () => {
  it('reads the issue in brackets after the volume, with or without a year after it', () => {
    expect(fields('Ann Lee, "Salt Roads," *Shore Review*, 12 (3), 23-41.')).toMatchObject({
      container: 'Shore Review',
      volume: '12',
      issue: '3',
      page: '23-41',
      locator: null,
    });
    expect(fields("Ann Lee, 'Salt Roads', *Shore Review*, 12(3), 2001, pp. 23-41.")).toMatchObject({
      volume: '12',
      issue: '3',
      year: 2001,
      page: '23-41',
    });
    expect(fields('Ann Lee, "Salt Roads," *Shore Review* 12 (3) (2001): 30.')).toMatchObject({
      issue: '3',
      year: 2001,
      locator: '30',
    });
  });

  it('reads `volume:issue` and a season spanning two years', () => {
    expect(fields('Ann Lee, "Salt Roads," *Shore Review* 31:2 (1996): 23-41.')).toMatchObject({
      volume: '31',
      issue: '2',
      year: 1996,
      page: '23-41',
    });
    expect(fields('Ann Lee, "Salt Roads," *Shore Review* 31, no. 2 (Winter 1996-97): 23-41.')).toMatchObject({
      volume: '31',
      issue: '2',
      year: 1996,
    });
  });

  it('takes the page after the article’s extent (`23–41, at 30`) as the cited one', () => {
    expect(fields('Ann Lee, "Salt Roads," *Shore Review* 31 (1996), 23-41, at 30.')).toMatchObject({
      page: '23-41',
      locator: '30',
    });
  });

  it('does not read a book’s page and note in brackets as a volume and issue', () => {
    expect(fields('Ann Lee, *Salt Roads* (Hull: Quay Press, 2004), 23 (4).')).toMatchObject({ year: 2004 });
    expect(parse('Ann Lee, *Salt Roads* (Hull: Quay Press, 2004), 23 (4).').item.issue).toBeUndefined();
  });
});

describe('where a quoted title ends', () => {
  it('ends a note’s title at its comma inside the quotes, though quoted words follow in a remark', () => {
    expect(
      fields(
        'Ann Lee, "Salt Roads of the North," Shore Review 19 1 (2006): 45-64. Bo Chen calls them "roads" and "the shore."',
      ),
    ).toMatchObject({ title: 'Salt Roads of the North', container: 'Shore Review', year: 2006 });
  });

  it('keeps a quotation inside the title whose own comma is not the title’s end', () => {
    expect(fields('Ann Lee, "Why "Salt," Not Sand," *Shore Review* 31 (1998): 23-41.').title).toBe(
      'Why "Salt," Not Sand',
    );
    expect(fields('Ann Lee, “Why “Salt,” Not Sand,” *Shore Review* 31 (1998): 23-41.').title).toBe(
      'Why “Salt,” Not Sand',
    );
  });
});

describe('an entry of a dictionary or an encyclopedia', () => {
  it('reads `s.v.` as the entry’s title in the reference work named in italics before it', () => {
    const { item } = parse('*Shore Dictionary of National Biography*, s.v. "Lee, Ann," by Bo Chen.');
    expect(item).toMatchObject({
      type: 'entry-dictionary',
      title: 'Lee, Ann',
      'container-title': 'Shore Dictionary of National Biography',
      author: [{ family: 'Chen', given: 'Bo' }],
    });
    expect(parse('*Encyclopaedia of the Shore*, 3rd ed., s.v. "tide."').item).toMatchObject({
      type: 'entry-encyclopedia',
      title: 'tide',
      'container-title': 'Encyclopaedia of the Shore',
    });
  });

  it('takes a reference work named without italics after the entry’s quoted title for its container', () => {
    expect(
      fields(
        'Bo Chen, “Lee, Ann (fl. 1702–1760)”, Shore Dictionary of National Biography (Quay Press, 2004) Available from: <http://www.sdnb.example/view/12> [Accessed 4 March 2013].',
      ),
    ).toMatchObject({
      title: 'Lee, Ann (fl. 1702–1760)',
      container: 'Shore Dictionary of National Biography',
      year: 2004,
      url: 'http://www.sdnb.example/view/12',
    });
  });
});

describe('a chapter’s book', () => {
  it('reads the book named without italics after `in Editor, ed.,`', () => {
    const { item, locator } = parse(
      'Ann Lee, "Salt Roads" in Bo Chen, ed., Papers of the Third Meeting of the Shore Society (Hull:1984), 13-54.',
    );
    expect(item).toMatchObject({
      type: 'chapter',
      title: 'Salt Roads',
      'container-title': 'Papers of the Third Meeting of the Shore Society',
      editor: [{ family: 'Chen', given: 'Bo' }],
    });
    expect(locator).toBe('13-54');
  });

  it('ends the editors’ names before the volume of the book', () => {
    expect(
      parse('Ann Lee, "Salt Roads" in *The Shore Book*, ed. Bo Chen, vol. 2 (Hull: Quay Press, 2004), 23.').item.editor,
    ).toEqual([{ family: 'Chen', given: 'Bo' }]);
  });
});

describe('an archival item', () => {
  it('reads the shelfmark before its repository', () => {
    const { item, locator } = parse('MS Ames 7, Quay College Library, Hull, fol. 12v.');
    expect(item).toMatchObject({ type: 'manuscript', title: 'MS Ames 7', 'container-title': 'Quay College Library' });
    expect(locator).toBe('fol. 12v');
    expect(parse('Add. MS 1944, fols 3r-4v, Quay Museum.')).toMatchObject({
      item: { title: 'Add. MS 1944', 'container-title': 'Quay Museum' },
      locator: 'fols 3r-4v',
    });
  });
});

describe('two works of one book or issue in one note', () => {
  const second = marked('Bo Chen, "Rivers," in Dara Eze, ed., *Shore Essays* (Hull: Quay Press, 1949), 4.');

  it('gives the first work, cited by its title alone, the book of the work that follows', () => {
    const { item, locator } = parseFullCitation(marked('Ann Lee, "Salt Roads,"'), second);
    expect(item).toMatchObject({
      type: 'chapter',
      title: 'Salt Roads',
      author: [{ family: 'Lee', given: 'Ann' }],
      'container-title': 'Shore Essays',
      editor: [{ family: 'Eze', given: 'Dara' }],
      issued: { 'date-parts': [[1949]] },
    });
    expect(locator).toBeNull();
  });

  it('leaves a work with facts of its own alone', () => {
    const { item } = parseFullCitation(marked('Ann Lee, *Salt Roads* (Hull: Quay Press, 2004), 23.'), second);
    expect(item['container-title']).toBeUndefined();
  });
});

describe('a title whose closing quote was forgotten', () => {
  it('ends before the periodical in italics after the title’s comma or full stop', () => {
    expect(fields('Ann Lee, "Salt Roads of the North, 1851-1861, *Shore Review* 3 (2020): 435.')).toMatchObject({
      title: 'Salt Roads of the North, 1851-1861',
      container: 'Shore Review',
      year: 2020,
      locator: '435',
    });
    expect(
      fields(
        "Ann Lee and Bo Chen, 'Salt Roads -- The Edited Text. *The Quay Times*, 18 July 2014, <https://quay.example/x>.",
      ),
    ).toMatchObject({ title: 'Salt Roads -- The Edited Text', container: 'The Quay Times', year: 2014 });
  });

  it('ends before a periodical named without italics after its last comma, when no quote closes it', () => {
    expect(
      fields('Ann Lee, "Salt Roads: Tides, Rivers and the Shore, Shore Review of Society 41 2, (1999): 374-405.'),
    ).toMatchObject({
      title: 'Salt Roads: Tides, Rivers and the Shore',
      container: 'Shore Review of Society',
      year: 1999,
      volume: '41',
    });
  });

  it('keeps italics that are part of the title', () => {
    expect(
      fields('Ann Lee, “The Making of *The Book of Tides*,” in *Salt*, ed. Bo Chen (Hull: Quay, 2004), 3.'),
    ).toMatchObject({ title: 'The Making of The Book of Tides', container: 'Salt' });
  });

  it('closes a single-quoted title at an acute accent typed for the quote', () => {
    expect(
      fields("Ann Lee, 'What do Tides Think about Salt?´, in Bo Chen (ed.), *Tides*, London: Quay, 2011."),
    ).toMatchObject({ title: 'What do Tides Think about Salt?', container: 'Tides', year: 2011 });
  });
});

describe('numbers set inside a periodical’s italics', () => {
  it('gives the volume and the year back to the facts', () => {
    expect(fields('Ann Lee, \'The Politics of "Salt"\', *Shore Review 12*.3 (2010): 347-364.')).toMatchObject({
      container: 'Shore Review',
      volume: '12',
      issue: '3',
      year: 2010,
    });
    expect(
      fields("Quay Office, 'Tide Tables', *Quay Office of the Shore, 2017,* <https://quay.example/x>, p.80"),
    ).toMatchObject({ container: 'Quay Office of the Shore', year: 2017, locator: '80' });
  });

  it('keeps a year that is part of the name', () => {
    expect(
      fields('Ann Lee, "Salt Roads," in *Shore Debates 2016*, ed. Bo Chen (Hull: Quay Press, 2016), 4.').container,
    ).toBe('Shore Debates 2016');
  });
});

describe('a site and an edition’s editors', () => {
  it('takes a domain before the date for the site’s name', () => {
    expect(
      fields('Scott Lee, "Demystifying Tides", shorenotes.net (blog), December 14, 2011, <http://shore.example/x>.'),
    ).toMatchObject({ container: 'shorenotes.net', year: 2011 });
  });

  it('ends the editors’ names at the sentence that follows them', () => {
    expect(parse('"Salt Roads." Ed. by Bo Chen. In *Revista da Costa*, n. 3, 1939, 301.').item.editor).toEqual([
      { family: 'Chen', given: 'Bo' },
    ]);
  });
});

describe('slips of markup around a book’s title', () => {
  it('ends a title whose italics run on over the imprint', () => {
    expect(fields('Ann Lee*, Salt Roads: Tides and the Shore, London: Quay Press, 2017.*')).toMatchObject({
      title: 'Salt Roads: Tides and the Shore',
      year: 2017,
    });
  });

  it('reads `ed.s` after the names as `eds.` before a title without markup', () => {
    expect(parse('Ann Lee and Bo Chen, ed.s, Salt Roads in the North (Hull: 2016).').item).toMatchObject({
      title: 'Salt Roads in the North',
      editor: [
        { family: 'Lee', given: 'Ann' },
        { family: 'Chen', given: 'Bo' },
      ],
    });
  });
});

describe('other forms', () => {
  it('reads a law review article whose author’s names end with a full stop', () => {
    expect(parse('Ann B. Lee. Salt Roads and Tides, 46 Shore L. Rev. 4 (1978).').item).toMatchObject({
      type: 'article-journal',
      title: 'Salt Roads and Tides',
      'container-title': 'Shore L. Rev.',
      author: [{ family: 'Lee', given: 'Ann B.' }],
    });
  });

  it('reads a note on the cited page (`23n4`) as the locator', () => {
    expect(fields('Ann Lee, *Salt Roads* (Hull: Quay Press, 1998), 23n4.').locator).toBe('23n4');
  });

  it('reads a paper presented at a meeting, in brackets, as a speech', () => {
    expect(
      parse('Ann Lee, "Salt Roads" (paper presented at the Shore Meeting, Hull, May 4, 1998).').item,
    ).toMatchObject({
      type: 'speech',
      title: 'Salt Roads',
    });
  });

  it('takes an interview with no title of its own for its title', () => {
    expect(parse('Ann Lee, interview by Bo Chen, May 4, 1998, Quay Oral History Project.').item).toMatchObject({
      type: 'interview',
      title: 'interview by Bo Chen',
      author: [{ family: 'Lee', given: 'Ann' }],
      issued: { 'date-parts': [[1998, 5, 4]] },
    });
  });
});

describe('a periodical named as one, with a year and pages', () => {
  it('reads the pages after the year as the article’s extent, not a chapter’s', () => {
    expect(parse('Ann Lee, "Salt Roads," *Shore Review*, 1991, 39--57').item).toMatchObject({
      type: 'article-journal',
      'container-title': 'Shore Review',
      page: '39--57',
    });
    expect(parse('Ann Lee, "Salt Roads," *Shore Review*, 1991, 39--57').locator).toBeNull();
  });

  it('keeps a book’s year and the chapter’s pages as before', () => {
    expect(parse('Ann Lee, "Salt Roads," *The Shore Book*, 2010, 183--210.')).toMatchObject({
      item: { type: 'chapter', 'container-title': 'The Shore Book' },
      locator: '183--210',
    });
  });
});

it('drops asterisks left unpaired inside a word of an italic title', () => {
  const text = `Ann Lee, "Salt Roads," in ${E0}T**he Shore Book${E1}, ed. Bo Chen (Hull: Quay, 2007), 280-307.`;
  expect(parseFullCitation(text).item['container-title']).toBe('The Shore Book');
});

describe('the author-date form', () => {
  it('takes the year after the names, and the title without markup to the comma before the address', () => {
    const { item } = parse(
      'Shore Project Team, 2017. Salt Roads: Tracing Tides in the North, 1840-1914, <https://shore.example/x>.',
    );
    expect(item).toMatchObject({
      title: 'Salt Roads: Tracing Tides in the North, 1840-1914',
      URL: 'https://shore.example/x',
      issued: { 'date-parts': [[2017]] },
    });
  });

  it('reads the bibliography’s order with the year in brackets or after a full stop', () => {
    expect(parse('Lee, Ann (1998). *Salt Roads*. Hull: Quay Press.').item).toMatchObject({
      type: 'book',
      title: 'Salt Roads',
      author: [{ family: 'Lee', given: 'Ann' }],
      issued: { 'date-parts': [[1998]] },
    });
    expect(parse('Lee, Ann. 1998. "Tides." *Shore Review* 4: 1-9.').item).toMatchObject({
      type: 'article-journal',
      title: 'Tides',
      'container-title': 'Shore Review',
      volume: '4',
      page: '1-9',
      issued: { 'date-parts': [[1998]] },
    });
  });

  it('leaves a note’s bracketed imprint alone', () => {
    expect(fields('Ann Lee, *Salt Roads* (Hull: Quay Press, 1998), 23.')).toMatchObject({ year: 1998, locator: '23' });
  });
});

describe('names and books in a note’s plain words', () => {
  it('reads `ed.s` as `eds.` after the editors of a book named without italics', () => {
    expect(
      parse('Ann Lee, "The Salt Post," in Bo Chen and Dara Eze ed.s, The Shore of Letters (London: 2019).').item,
    ).toMatchObject({ type: 'chapter', 'container-title': 'The Shore of Letters' });
  });

  it('drops a pseudonym’s real name in square brackets before an unmarked title', () => {
    expect(parse('Ann Lee [Ann Chen], The Posts of the Shore (Hull: Quay Press, 1576)').item).toMatchObject({
      title: 'The Posts of the Shore',
      author: [{ family: 'Lee', given: 'Ann' }],
    });
  });

  it('prefers the imprint’s year to a year in the words of a volume’s title before it', () => {
    expect(fields('Ann Lee, ed., *Salt Roads*. Vol. 4: *Tides of 1777-1780* (Hull, MA, 1962), 62.')).toMatchObject({
      year: 1962,
      locator: '62',
    });
  });

  it('reads `no 3.` as an issue, its full stop misplaced', () => {
    expect(fields('Ann Lee, "Salt Roads," *Shore Review* 11, no 3. (1967): 234--252')).toMatchObject({
      volume: '11',
      issue: '3',
      year: 1967,
      page: '234--252',
    });
  });

  it('reads a single page after a volume and colon as the cited one', () => {
    expect(fields('Ann Lee, "Tides," *Shore Review* 31: 23.')).toMatchObject({ volume: '31', locator: '23' });
  });
});

describe('more slips and variants', () => {
  it('reads a pair of asterisks the Markdown left as text as italics', () => {
    expect(
      parseFullCitation('Ann Lee-Chen*, Salt Roads: Tides and the Shore*, London: Quay Press, 2017.').item,
    ).toMatchObject({
      type: 'book',
      title: 'Salt Roads: Tides and the Shore',
      author: [{ family: 'Lee-Chen', given: 'Ann' }],
      issued: { 'date-parts': [[2017]] },
    });
  });

  it('reads a volume, the article’s pages and then the year (`22:3–19 (2018)`)', () => {
    expect(fields("C. Lee and G. Chen, 'A Salt Manifesto', *Shore Review* 22:3-19 (2018).")).toMatchObject({
      volume: '22',
      page: '3-19',
      year: 2018,
      locator: null,
    });
  });
});

describe('an issue dated by a season', () => {
  it('reads a season and its year as a journal issue’s date, and a range after it as the extent', () => {
    expect(parse('Ann Lee, "Salt Roads," *Shore Review*, Spring 1996, 23-41.')).toMatchObject({
      item: { type: 'article-journal', issued: { 'date-parts': [[1996]] }, page: '23-41' },
      locator: null,
    });
    expect(parse('Ann Lee, "Salt Roads," *Shore Review*, no. 12 (Fall/Winter 2001): 23-41.').item).toMatchObject({
      type: 'article-journal',
      issue: '12',
      issued: { 'date-parts': [[2001]] },
      page: '23-41',
    });
    expect(parse('Ann Lee, "Salt Roads," *Shore Review* (Spring 1996): 23.')).toMatchObject({
      item: { type: 'article-journal', issued: { 'date-parts': [[1996]] } },
      locator: '23',
    });
  });

  it('keeps a volume and issue before the season', () => {
    expect(fields('Ann Lee, "Salt Roads," *Shore Review* 12 (Winter 1996/97): 5-30.')).toMatchObject({
      volume: '12',
      year: 1996,
      page: '5-30',
    });
  });
});

it('keeps a pair of asterisks inside a quoted title as written', () => {
  expect(parseFullCitation('Ann Lee, “The tide came *much* further in,” Shore Posts, May 4, 2020.').item.title).toBe(
    'The tide came *much* further in',
  );
});

it('reads a punctuation mark alone between asterisks left as text as that mark (`10*.*5`)', () => {
  expect(parseFullCitation(`Ann Lee, 'Salt Roads', ${E0}Shore Review${E1} 10*.*5 (2002): 557-570.`).item).toMatchObject(
    { type: 'article-journal', volume: '10', issue: '5', page: '557-570' },
  );
});

it('reads an imprint of one name and a year (`(Quay, 1988)`) without its opening bracket', () => {
  for (const text of [
    'Dana Ruiz, *Papers of the Quay* (Quay, 1988), 45.',
    'D. Ruiz, ed., *Papers of the Quay* (Quay, 1988), 45.',
  ])
    expect(parse(text).item).toMatchObject({
      title: 'Papers of the Quay',
      publisher: 'Quay',
      issued: { 'date-parts': [[1988]] },
    });
});
