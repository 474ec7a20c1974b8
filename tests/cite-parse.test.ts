import { describe, expect, it } from 'vitest';
import { classifyNote, ibidLocator } from '../src/cite/classify.js';
import { parseNames, parseNoteNames } from '../src/cite/names.js';
import {
  EMPHASIS_CLOSE as E1,
  EMPHASIS_OPEN as E0,
  URL_CLOSE as U1,
  URL_OPEN as U0,
  unescapeUrl,
} from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { parseShortCitation } from '../src/cite/parse-short.js';

const em = (text: string) => `${E0}${text}${E1}`;
const url = (text: string) => `${U0}${text}${U1}`;

describe('names', () => {
  it('keeps particles, editors, initials, organisations and handles', () => {
    expect(parseNames('de Vries, Jan, ed.')).toEqual({
      names: [{ family: 'Vries', 'non-dropping-particle': 'de', given: 'Jan' }],
      editors: true,
      etAl: false,
      handle: undefined,
    });
    expect(parseNames('Kell, B.').names).toEqual([{ family: 'Kell', given: 'B.' }]);
    expect(parseNames('Ames, Lia, Bo Chen, and Dara Eze').names).toEqual([
      { family: 'Ames', given: 'Lia' },
      { family: 'Chen', given: 'Bo' },
      { family: 'Eze', given: 'Dara' },
    ]);
    expect(parseNames('Ames, Lia and Chen. Bo').names).toEqual([
      { family: 'Ames', given: 'Lia' },
      { family: 'Chen', given: 'Bo' },
    ]);
    expect(parseNames('Example Watch').names).toEqual([{ literal: 'Example Watch' }]);
    expect(parseNames('Gray, Ann. @annagray.')).toMatchObject({
      names: [{ family: 'Gray', given: 'Ann' }],
      handle: '@annagray',
    });
  });
});

describe('classification', () => {
  it('splits at semicolons outside titles and tells the forms apart', () => {
    const kinds = (text: string) => classifyNote(text).map((segment) => segment.kind);
    expect(kinds(`${em('Ibid.')}, 86-87.`)).toEqual(['ibid']);
    expect(kinds(`Ibid.; Kell, ${em('Bridges')}, 4.`)).toEqual(['ibid', 'short']);
    expect(kinds(`Gray, Ann. “a; b.” May 1, 2021. ${url('https://x.org/1')}`)).toEqual(['full']);
    expect(kinds('These words are the author’s own and they cite nothing at all. Ibid., 54.')).toEqual([
      'commentary',
      'ibid',
    ]);
    expect(kinds(url('https://x.org/only'))).toEqual(['full']);
  });
});

describe('commentary that mentions titles and dates', () => {
  it('is not taken for a citation when it opens with a sentence', () => {
    const kinds = (text: string) => classifyNote(text).map((segment) => segment.kind);
    expect(
      kinds(
        `The afterword to the ${E0}Апостол${E1} [The Apostle] records that work on the book began on April 19, 1563, and was completed on March 1, 1564.`,
      ),
    ).toEqual(['commentary']);
    expect(
      kinds(`Hewsen, Robert. ${E0}Armenia: A Historical Atlas${E1}. Chicago: University of Chicago Press, 2001, 58.`),
    ).toEqual(['full']);
  });
});

describe('full citations', () => {
  it('reads a newspaper article, keeping a bracketed translation with the title', () => {
    const { item, locator } = parseFullCitation(
      `“Заголовок статьи.” [Headline of the article]. ${em('The Guardian')}. October 9, 2020. ${url('https://x.org/a_b')}`,
    );
    expect(item).toEqual({
      type: 'article-newspaper',
      title: 'Заголовок статьи [Headline of the article]',
      'container-title': 'The Guardian',
      issued: { 'date-parts': [[2020, 10, 9]] },
      URL: 'https://x.org/a_b',
    });
    expect(locator).toBeNull();
  });

  it('parses a citation read before as before, and gives each caller a copy of its own to change', () => {
    const text = `Ann Lee, ${em('Tides of the Shore')} (Hull: Shore Press, 1990), 12.`;
    const first = parseFullCitation(text);
    expect(first.item).toEqual({
      type: 'book',
      author: [{ family: 'Lee', given: 'Ann' }],
      title: 'Tides of the Shore',
      publisher: 'Shore Press',
      'publisher-place': 'Hull',
      issued: { 'date-parts': [[1990]] },
    });
    first.item.title = 'Changed';
    (first.item.author as Array<{ family: string }>)[0].family = 'Changed';
    first.hereafter = 'Changed';
    const second = parseFullCitation(text);
    expect(second.item.title).toBe('Tides of the Shore');
    expect(second.item.author).toEqual([{ family: 'Lee', given: 'Ann' }]);
    expect(second.hereafter).toBeUndefined();
    expect(second.locator).toBe('12');
  });

  it('takes a bracketed address after a title for the URL, not for a translation', () => {
    const { item } = parseFullCitation(
      `Tide Collective. “A Manifesto for Rivers 2.0” [${url('https://x.org/files/manifesto.pdf')}], accessed 2 May 2010.`,
    );
    expect(item.title).toBe('A Manifesto for Rivers 2.0');
    expect(item.URL).toBe('https://x.org/files/manifesto.pdf');
    expect(JSON.stringify(item)).not.toMatch(/[\uE000-\uE003]/);
  });

  it('reads a report with a page before the URL and a film with a time code', () => {
    expect(
      parseFullCitation(`Ames, Lia. "A Long Report." Some House. July, 2016. 21 ${url('https://x.org/r')}`),
    ).toMatchObject({
      item: { type: 'report', publisher: 'Some House', issued: { 'date-parts': [[2016, 7]] } },
      locator: '21',
    });
    expect(
      parseFullCitation(
        `Film Group. ${em('A Film')}. (2019) 23:05- 23:14. ${url('https://www.youtube.com/watch?v=1')}`,
      ),
    ).toMatchObject({
      item: { type: 'motion_picture', title: 'A Film', issued: { 'date-parts': [[2019]] } },
      locator: '23:05- 23:14',
    });
  });

  it('makes an organisation’s publication a report it publishes, but its event page a web page', () => {
    expect(
      parseFullCitation(
        `“A Brief.” ${em('Example Policy Institute')}. May 1, 2020. ${url('https://x.org/briefs/a-brief')}`,
      ).item,
    ).toMatchObject({
      type: 'report',
      publisher: 'Example Policy Institute',
    });
    for (const address of ['https://x.org/2011/03/28/a-panel-event-3218', 'https://x.org/events/a-panel']) {
      const { item } = parseFullCitation(`“A Panel.” ${em('Example Policy Institute')}. May 1, 2020. ${url(address)}`);
      expect(item).toMatchObject({ type: 'webpage', 'container-title': 'Example Policy Institute' });
      expect(item.publisher).toBeUndefined();
    }
    expect(
      parseFullCitation(
        `“Preventing a Clash.” ${em('Example Policy Institute')}. May 1, 2020. ${url('https://x.org/preventing-a-clash')}`,
      ).item.type,
    ).toBe('report');
  });
});

describe('short forms', () => {
  it('separates names, title and page', () => {
    expect(parseShortCitation(`Ames, ${em('Long River')}, 231.`)).toEqual({
      authors: ['Ames'],
      title: 'Long River',
      locator: '231',
    });
    expect(parseShortCitation('Ames, Chen, and Eze, 53.')).toEqual({
      authors: ['Ames', 'Chen', 'Eze'],
      bare: 'Ames, Chen, and Eze',
      locator: '53',
    });
    expect(parseShortCitation(`Ames, “Defaulting to War,” 16.`)).toMatchObject({
      title: 'Defaulting to War',
      locator: '16',
    });
    expect(parseShortCitation(`"A Title." ${em('A Site')}`)).toEqual({
      authors: [],
      title: 'A Title',
      container: 'A Site',
      locator: null,
    });
    expect(parseShortCitation('Lib, 295, 273.').locator).toBe('295, 273');
  });
});

describe('the note grammar', () => {
  const full = (text: string) => parseFullCitation(text);
  const kinds = (text: string) => classifyNote(text).map((segment) => segment.kind);

  it('reads names in note order: particles, initials without stops, organisations, et al., eds.', () => {
    expect(parseNoteNames('Lia Ames, Bo van der Berg, and John K Ousterhout,').names).toEqual([
      { family: 'Ames', given: 'Lia' },
      { family: 'Berg', given: 'Bo', 'non-dropping-particle': 'van der' },
      { family: 'Ousterhout', given: 'John K' },
    ]);
    expect(parseNoteNames('Harbour Labour Observatory,').names).toEqual([{ literal: 'Harbour Labour Observatory' }]);
    expect(parseNoteNames('Ann Lee et al.,')).toMatchObject({ names: [{ family: 'Lee', given: 'Ann' }], etAl: true });
    expect(parseNoteNames('Ann Lee and Bo Chen, eds.,')).toMatchObject({
      names: [{ family: 'Lee' }, { family: 'Chen' }],
      editors: true,
    });
  });

  it('reads a book in a note, with a translator', () => {
    expect(
      full(`Ann Lee, ${em('Salt Roads: A Coastal History')}, trans. Bo Chen (Marrowby: Quill Press, 2004), 23.`),
    ).toEqual({
      item: {
        type: 'book',
        author: [{ family: 'Lee', given: 'Ann' }],
        title: 'Salt Roads: A Coastal History',
        translator: [{ family: 'Chen', given: 'Bo' }],
        publisher: 'Quill Press',
        'publisher-place': 'Marrowby',
        issued: { 'date-parts': [[2004]] },
      },
      locator: '23',
      etAl: false,
    });
  });

  it('reads a chapter in an edited book with British quotes and punctuation', () => {
    const { item, locator } = full(
      `Ann Lee, ‘A Theory of Tides’, in ${em('Steps to the Sea')}, ed. Bo Chen and Dara Eze (Oxford: Fell Books, 1972), 177–93.`,
    );
    expect(item).toMatchObject({
      type: 'chapter',
      title: 'A Theory of Tides',
      'container-title': 'Steps to the Sea',
      editor: [{ family: 'Chen' }, { family: 'Eze' }],
    });
    expect(locator).toBe('177–93');
  });

  it('reads a journal article: Chicago’s colon, MHRA’s issue after a stop and pinpoint in brackets', () => {
    expect(full(`Ann Lee, “Tides,” ${em('Journal of Shores')} 31, no. 3 (1998): 25.`)).toMatchObject({
      item: { type: 'article-journal', volume: '31', issue: '3', 'container-title': 'Journal of Shores' },
      locator: '25',
    });
    expect(full(`Ann Lee, ‘Tides’, ${em('Journal of Shores')}, 31.3 (1998), 23–41 (p. 25).`)).toMatchObject({
      item: { type: 'article-journal', issue: '3', page: '23–41' },
      locator: '25',
    });
  });

  it('reads newspaper and web articles by their dates, American or British', () => {
    expect(full(`Ann Lee, “Tides Rise,” ${em('The Evening Lamp')}, 4 May 1982, p. 12.`)).toMatchObject({
      item: { type: 'article-newspaper', issued: { 'date-parts': [[1982, 5, 4]] } },
      locator: '12',
    });
    expect(full(`“Tides Rise,” Shore Notes, August 1, 2006, ${url('https://example.org/tides')}.`).item).toMatchObject({
      type: 'webpage',
      'container-title': 'Shore Notes',
      URL: 'https://example.org/tides',
    });
  });

  it('reads a report, a thesis, a film, an interview and an archival item', () => {
    expect(
      full(`Tide Watch Institute, ${em('Shores at Risk')} (London: Tide Watch Institute, 2012), 4.`).item.type,
    ).toBe('report');
    expect(full(`Ann Lee, “Salt and Kin” (PhD diss., University of Marrowby, 1997), 12.`).item).toMatchObject({
      type: 'thesis',
      genre: 'PhD diss.',
      publisher: 'University of Marrowby',
    });
    expect(full(`Ann Lee, ${em('The Tide')} (London: Harbour Films, 2019).`).item.type).toBe('motion_picture');
    expect(full(`Ann Lee, interview by Bo Chen, ${em('The Evening Lamp')}, May 4, 1982.`).item).toMatchObject({
      type: 'interview',
      title: 'interview by Bo Chen',
      'container-title': 'The Evening Lamp',
    });
    expect(full(`Ann Lee, “Letter on Tides” (1617), fol. 28r, MS 260, Shore Record Office.`)).toMatchObject({
      item: { type: 'manuscript', archive_location: 'MS 260' },
      locator: 'fol. 28r',
    });
  });

  it('reads legislation and cases', () => {
    expect(full(`${em('Shore Protection Act')}, 1999, art 35(3)(c).`)).toMatchObject({
      item: { type: 'legislation', issued: { 'date-parts': [[1999]] } },
      locator: 'art 35(3)(c)',
    });
    expect(full('Lee v. Chen, 156 F.3d 851 (Court of Appeal 1982).').item).toMatchObject({
      type: 'legal_case',
      title: 'Lee v. Chen',
      'container-title': 'F.3d',
      volume: '156',
      issued: { 'date-parts': [[1982]] },
    });
  });

  it('reads locators with labels, any dash, f., n., para. and chap.', () => {
    expect(parseShortCitation(`Lee, ${em('Salt Roads')}, 23f.`).locator).toBe('23f');
    expect(parseShortCitation(`Lee, ${em('Salt Roads')}, 23 n. 4.`).locator).toBe('23 n. 4');
    expect(parseShortCitation(`Lee, ${em('Salt Roads')}, pp. 23—29.`).locator).toBe('23—29');
    expect(parseShortCitation(`Lee, ${em('Salt Roads')}, para. 12.`).locator).toBe('para. 12');
    expect(parseShortCitation(`Lee, ${em('Salt Roads')}, chap. 3.`).locator).toBe('chap. 3');
    expect(parseShortCitation('Lee, op. cit., 99.')).toMatchObject({ authors: ['Lee'], locator: '99' });
    expect(parseShortCitation('Lee, supra n. 12, 99.')).toMatchObject({ authors: ['Lee'], locator: '99' });
  });

  it('finds Ibid. in every spelling and position', () => {
    expect(ibidLocator('Ibid')).toBeNull();
    expect(ibidLocator('ibid.')).toBeNull();
    expect(ibidLocator(em('Ibid.'))).toBeNull();
    expect(ibidLocator('Ibid, p.5')).toBe('5');
    expect(ibidLocator('ibid, art 9')).toBe('art 9');
    expect(kinds(`Ibid.; Chen, ${em('Rivers')}, 4.`)).toEqual(['ibid', 'short']);
  });

  it('drops signals and prose around citations, and splits `quoted in`', () => {
    const segments = classifyNote(
      `For a critique, see Ann Lee, ${em('Salt Roads')} (Marrowby: Quill Press, 2004), 23.`,
    );
    expect(segments.map((segment) => segment.kind)).toEqual(['full']);
    expect(segments[0].text.startsWith('Ann Lee')).toBe(true);
    expect(kinds(`Lee, ${em('Salt Roads')}, 4, quoted in Chen, ${em('Rivers')}, 9.`)).toEqual(['short', 'short']);
    expect(
      full(`Ann Lee, ${em('Salt Roads')} (Marrowby: Quill Press, 2004), 23 (hereafter cited as ${em('SR')}).`).item
        .title,
    ).toBe('Salt Roads');
  });

  it('reads short forms with titles in straight single quotes, apostrophes inside, and `p` without a stop', () => {
    const segments = classifyNote(
      "Ann Lee and Bo Chen, 'The Harbour Ledgers: Keeping Accounts in Users' Terms in Small Ports', p 12.",
    );
    expect(segments.map((segment) => segment.kind)).toEqual(['short']);
    expect(parseShortCitation(segments[0].text)).toEqual({
      authors: ['Ann Lee', 'Bo Chen'],
      title: "The Harbour Ledgers: Keeping Accounts in Users' Terms in Small Ports",
      locator: '12',
    });
    expect(kinds(`Lee, ${em('The Salt Roads of the Northern Coast.')}`)).toEqual(['short']);
  });

  it('reads a chapter whose editors come before the book (`in A and B (eds), *Book*`)', () => {
    const { item, locator } = full(
      `Ann Lee, 'Tides of the Sound', in Cy Dunn and Di Eames (eds), ${em('Coastal Readings')}, Marrowby: Quill Press, 2016, pp. 1-25.`,
    );
    expect(item).toMatchObject({
      type: 'chapter',
      title: 'Tides of the Sound',
      'container-title': 'Coastal Readings',
      editor: [
        { family: 'Dunn', given: 'Cy' },
        { family: 'Eames', given: 'Di' },
      ],
      issued: { 'date-parts': [[2016]] },
    });
    expect(locator).toBe('1-25');
    expect(
      full(`Ann Lee, ‘Tides’, in Cy Dunn (ed.), ${em('Coastal Readings')}, Marrowby: Quill Press, 2013, p. 4.`).item
        .type,
    ).toBe('chapter');
  });

  it('takes a range after a journal’s date for the article’s extent, a single page for the cited one', () => {
    expect(full(`Ann Lee, 'Tides', ${em('Harbour Studies')}, 10 (2016): 1681-1699.`)).toMatchObject({
      item: { page: '1681-1699' },
      locator: null,
    });
    expect(full(`Ann Lee, 'Tides', ${em('Harbour Studies')}, 10 (2016): 1690.`)).toMatchObject({ locator: '1690' });
  });

  it('drops `See also:` and a joining `and`, reads `(ed.)` and `A. Lee & B. Chen` as persons', () => {
    const segments = classifyNote(
      `See also: Ann Lee and Bo Chen (eds), ${em('Coastal Readings')}, Marrowby: Quill Press, 2016.`,
    );
    expect(segments[0].text.startsWith('Ann Lee')).toBe(true);
    expect(full(segments[0].text).item.editor).toEqual([
      { family: 'Lee', given: 'Ann' },
      { family: 'Chen', given: 'Bo' },
    ]);
    expect(full(`Ann Lee (ed.), ${em('Coastal Readings')}, Marrowby: Quill Press, 2013.`).item.editor).toEqual([
      { family: 'Lee', given: 'Ann' },
    ]);
    expect(full(`A. Lee & B. Chen, 'Tides Rise', ${em('Daily Lamp')}, 29 January 2018.`).item.author).toEqual([
      { family: 'Lee', given: 'A.' },
      { family: 'Chen', given: 'B.' },
    ]);
    const joined = classifyNote(`Lee, 'Tides', 4; and Bo Chen, 'Rivers', ${em('Harbour Studies')} 12 (2015): 9.`);
    expect(joined.map((segment) => segment.kind)).toEqual(['short', 'full']);
    expect(joined[1].text.startsWith('Bo Chen')).toBe(true);
  });

  it('takes a long list of names before a short title for a short form, not a sentence', () => {
    expect(kinds(`Ames, Brook, Chen, and van der Berg, ${em('Salt Roads')}, p. 233.`)).toEqual(['short']);
    expect(kinds("Dara Eze, Mark Fenn and Jo Kang, 'Tides: Out of the Woods', 28.")).toEqual(['short']);
    expect(kinds('Emphasis in original, as in every quotation from the diaries below.')).toEqual(['commentary']);
  });

  it('reads a provision cited before its act (OSCOLA): `Article 2(2)(c), Shore Protection Regulation 2016.`', () => {
    expect(kinds('Article 2(2)(c), Shore Protection Regulation 2016.')).toEqual(['full']);
    expect(full('Article 2(2)(c), Shore Protection Regulation 2016.')).toMatchObject({
      item: { type: 'legislation', title: 'Shore Protection Regulation 2016', issued: { 'date-parts': [[2016]] } },
      locator: 'Article 2(2)(c)',
    });
    expect(full('s 4, Harbour Dues Act 1999.')).toMatchObject({
      item: { type: 'legislation', title: 'Harbour Dues Act 1999' },
      locator: 's 4',
    });
  });

  it('reads `Ibid., 447-50, with reference to …` as Ibid. and the work referred to; `p. 1150` is no year', () => {
    const segments = classifyNote(
      `Ibid, 447-50, with reference to Ann Lee, ${em('The Design of Harbours')}. New York: Quill, 1990.`,
    );
    expect(segments.map((segment) => segment.kind)).toEqual(['ibid', 'full']);
    expect(ibidLocator(segments[0].text)).toBe('447-50');
    expect(segments[1].text.startsWith('Ann Lee')).toBe(true);
    expect(
      kinds("Ann Lee, Bo Chen and Cy Dunn, 'Towards a Framework: Taking into Account Users' View', p. 1150."),
    ).toEqual(['short']);
  });

  it('reads a short form’s page set in italics by mistake', () => {
    expect(parseShortCitation(`Ann Lee, 'Where Are the Harbours?', ${em('p. 3.')}`)).toMatchObject({
      title: 'Where Are the Harbours?',
      locator: '3',
    });
  });

  it('takes an article in a named periodical dated by a bracketed year alone for a journal article', () => {
    expect(full(`Ann Lee, 'Three Aspects of Harbours', ${em('Krisis: Notes on Tides')} (2018).`).item).toMatchObject({
      type: 'article-journal',
      'container-title': 'Krisis: Notes on Tides',
      issued: { 'date-parts': [[2018]] },
    });
    expect(full(`Ann Lee, 'Tides in the North', ${em('Harbour and Sea')}, (in press, 2019).`).item.type).toBe(
      'article-journal',
    );
    expect(full(`Ann Lee, 'Tides', ${em('Daily Lamp')}, 2018.`).item.type).toBe('article-newspaper');
  });

  it('keeps a capitalised particle with the family name, and a consultancy as an organisation', () => {
    expect(parseNoteNames('José Van Berg and Ann de Wit').names).toEqual([
      { family: 'Van Berg', given: 'José' },
      { family: 'Wit', 'non-dropping-particle': 'de', given: 'Ann' },
    ]);
    expect(parseNoteNames('Harbourside Consulting').names).toEqual([{ literal: 'Harbourside Consulting' }]);
  });

  it('takes the outer quotes of a title that quotes a word', () => {
    expect(parseShortCitation(`Lee, Chen, and Eze, 'The Other Side of "good" Harbours'.`)).toMatchObject({
      authors: ['Lee', 'Chen', 'Eze'],
      title: 'The Other Side of "good" Harbours',
    });
  });

  it('splits the author’s sentences from a citation signalled after them', () => {
    const segments = classifyNote(
      "However, there are many ways of stating the principle, depending on the sector and its wording. See Lee, 'The Principle', 162.",
    );
    expect(segments.map((segment) => segment.kind)).toEqual(['commentary', 'short']);
    expect(parseShortCitation(segments[1].text)).toMatchObject({
      authors: ['Lee'],
      title: 'The Principle',
      locator: '162',
    });
  });

  it('reads Ibid. followed by the author’s sentence as Ibid. and commentary', () => {
    expect(kinds('Ibid, 41. Emphasis in original.')).toEqual(['ibid', 'commentary']);
    expect(ibidLocator(classifyNote('Ibid, 41. Emphasis in original.')[0].text)).toBe('41');
    expect(kinds(`Ibid. See also Lee, ${em('Rivers')}, 4.`)).toEqual(['ibid', 'short']);
    expect(ibidLocator('Ibid, p 3.')).toBe('3');
  });

  it('takes prose notes for commentary, and `Lee 23.` for a short form only when Lee was cited', () => {
    expect(kinds('This is my translation.')).toEqual(['commentary']);
    const weak = classifyNote('Note 1.');
    expect(weak).toMatchObject([{ kind: 'short', weak: true }]);
  });

  it('reads bibliography entries: an unsigned article under its publication, a ministry’s page, an unmarked act', () => {
    expect(full('The Evening Lamp. “Tides Rise,” May 4, 1982.').item).toMatchObject({
      type: 'article-newspaper',
      'container-title': 'The Evening Lamp',
    });
    expect(full('The Evening Lamp. “Tides Rise,” May 4, 1982.').item.author).toBeUndefined();
    expect(full(`“A Statement on Tides.” ${em('Ministry of Shores')}. May 4, 2020.`).item).toMatchObject({
      type: 'webpage',
      'container-title': 'Ministry of Shores',
    });
    expect(full('Shore Protection Act, § 40 (1999).').item).toMatchObject({
      type: 'legislation',
      title: 'Shore Protection Act',
      issued: { 'date-parts': [[1999]] },
    });
    expect(full(`Lee, Ann. Interview with Bo Chen. ${em('The Evening Lamp')}, May 4, 1982.`).item).toMatchObject({
      type: 'interview',
      author: [{ family: 'Lee', given: 'Ann' }],
      title: 'Interview with Bo Chen',
    });
  });
});

describe('history-journal variants of the note grammar', () => {
  const full = (text: string) => parseFullCitation(text);
  const kinds = (text: string) => classifyNote(text).map((segment) => segment.kind);

  it('reads `--` (an en dash typed as two hyphens) in page ranges and locators', () => {
    expect(full(`Ann Lee, “Tides,” ${em('Journal of Shores')} 31, no. 3 (1998): 23--41.`)).toMatchObject({
      item: { page: '23--41' },
      locator: null,
    });
    expect(parseShortCitation(`Lee, ${em('Salt Roads')}, 28--36.`).locator).toBe('28--36');
  });

  it('keeps a semicolon inside brackets within one citation: `(Leeds; York: Fell Books, 1998)`', () => {
    expect(
      kinds(
        `Ann Lee, ${em('Salt Roads')} (Leeds; York: Fell Books, 1998); Bo Chen, ${em('Rivers')} (Hull: Quay Press, 2001).`,
      ),
    ).toEqual(['full', 'full']);
    // A stray bracket that never closes does not hide the separators after it.
    expect(kinds(`Ann Lee, “Tides,” ${em('Journal of Shores')} 31, 3 (1998), 105); Lee, “Tides,” 4.`)).toEqual([
      'full',
      'short',
    ]);
  });

  it('reads a journal’s issue without `no.`, and a journal named without italics', () => {
    expect(full(`Ann Lee, “Tides,” ${em('Journal of Shores')} 31, 3 (1998), 105.`)).toMatchObject({
      item: { type: 'article-journal', volume: '31', issue: '3', 'container-title': 'Journal of Shores' },
      locator: '105',
    });
    expect(full('Ann Lee, “Tides,” Journal of Shores 31 3 (1998), 3, 10.')).toMatchObject({
      item: { type: 'article-journal', 'container-title': 'Journal of Shores', issue: '3' },
      locator: '3, 10',
    });
  });

  it('reads journal pinpoints: `: 55–71 (61)`, `: 671, 673`, `esp. 325–27`; a range after a comma is the extent', () => {
    expect(full(`Ann Lee, “Tides”, ${em('Journal of Shores')} 27 (2005): 55-71 (61).`)).toMatchObject({
      item: { page: '55-71' },
      locator: '61',
    });
    expect(full(`Ann Lee, “Tides,” ${em('Journal of Shores')} 20, no. 3 (2008): 671, 673.`).locator).toBe('671, 673');
    expect(full(`Ann Lee, “Tides,” ${em('Journal of Shores')} 50, no. 2 (1993), esp. 325-327.`).locator).toBe(
      '325-327',
    );
    expect(full(`Ann Lee, “Tides,” ${em('Journal of Shores')} 101, 1 (2014), 122-47.`)).toMatchObject({
      item: { page: '122-47' },
      locator: null,
    });
  });

  it('never takes an access date for the date of publication; `posted` marks a blog’s post', () => {
    const page = full(`Ann Lee, “Tides,” ${url('http://example.org/tides')} (accessed April 28, 2010).`).item;
    expect(page.issued).toBeUndefined();
    expect(page['container-title']).toBeUndefined();
    expect(
      full(
        `Ann Lee, “Tides,” ${em('Shore Dictionary')} (Hull: Quay Press, 2004) Available from: ${url('http://example.org/t')} [Accessed 4 March 2013].`,
      ).item.issued,
    ).toEqual({ 'date-parts': [[2004]] });
    expect(
      full(`Bo Chen, “What the Tides Say,” posted April 12, 2010, ${url('http://example.org/blog/tides')}.`).item,
    ).toMatchObject({ type: 'post-weblog', issued: { 'date-parts': [[2010, 4, 12]] } });
  });

  it('reads `Idem.` as Ibid., and drops `see, for example,` before a citation', () => {
    expect(kinds('Idem.')).toEqual(['ibid']);
    const [segment] = classifyNote(
      `On tides, see, for example, Ann Lee, ${em('Salt Roads')} (Hull: Quay Press, 2004), 4.`,
    );
    expect(segment).toMatchObject({ kind: 'full' });
    expect(full(segment.text).item.author).toEqual([{ family: 'Lee', given: 'Ann' }]);
  });
});

describe('the author’s sentences beside a citation without a signal', () => {
  const parts = (text: string) => classifyNote(text).map((segment) => [segment.kind, segment.text]);

  it('splits prose, then a full citation or a short form, at the sentence’s end', () => {
    expect(
      parts(
        `In the 1640s, the average size of a crew was eighteen sailors. Ann Lee, ${em('Salt Roads')} (PhD diss., University of Hull, 1985), 419--20.`,
      ),
    ).toEqual([
      ['commentary', 'In the 1640s, the average size of a crew was eighteen sailors.'],
      ['full', `Ann Lee, ${em('Salt Roads')} (PhD diss., University of Hull, 1985), 419--20.`],
    ]);
    expect(
      parts(
        'This supports Ann Lee’s suspicion that the later era may be overrepresented in harbour history. Lee, "Tides and Towns," 23.',
      ),
    ).toEqual([
      ['commentary', 'This supports Ann Lee’s suspicion that the later era may be overrepresented in harbour history.'],
      ['short', 'Lee, "Tides and Towns," 23.'],
    ]);
  });

  it('splits a short form, then prose', () => {
    expect(
      parts(
        `Lee, ${em('Salt Roads')}, 30-53. Again, because the ledgers do not regularly include the crews, we only count the later ships.`,
      ),
    ).toEqual([
      ['short', `Lee, ${em('Salt Roads')}, 30-53.`],
      ['commentary', 'Again, because the ledgers do not regularly include the crews, we only count the later ships.'],
    ]);
  });

  it('finds a citation after a long lead-in ending `…, see`, and leaves a sentence with a date alone', () => {
    expect(
      parts(
        `For a useful elaboration of the relationship between distant reading (here termed machine reading) and close reading, see Ann Lee, ${em('How We Sail')} (Hull, Quay Press, 2012), 57-59.`,
      ),
    ).toEqual([['full', `Ann Lee, ${em('How We Sail')} (Hull, Quay Press, 2012), 57-59.`]]);
    expect(
      parts(
        `The crews were small. For the later ships, see, for instance, Bo Chen, “Hulls,” ${em('Journal of Shores')} 3 (1999): 4.`,
      ).map(([kind]) => kind),
    ).toEqual(['commentary', 'full']);
    // A citation before the lead-in stays a citation.
    expect(
      parts(
        `See Ann Lee, “Tides,” in ${em('Harbour Papers')}, ed. Bo Chen (Hull: Quay Press, 2007), 42. On the later ports, see Dara Eze, ${em('Quays')} (Leeds: Fell, 2001).`,
      ).map(([kind]) => kind),
    ).toEqual(['full', 'full']);
    expect(
      parts(
        'The ship sank in the spring of that year, and the harbour was closed. In 1556 the town rebuilt the quay with stone from the old walls.',
      ).map(([kind]) => kind),
    ).toEqual(['commentary']);
  });
});

describe('a book title whose italics were lost', () => {
  it('reads the words between the names and `(Place: Year)` as the title', () => {
    expect(parseFullCitation('Ann Lee, Salt Roads: A Coastal History (Hull: 2004), 23.')).toEqual({
      item: {
        type: 'book',
        author: [{ family: 'Lee', given: 'Ann' }],
        title: 'Salt Roads: A Coastal History',
        'publisher-place': 'Hull',
        issued: { 'date-parts': [[2004]] },
      },
      locator: '23',
      etAl: false,
    });
    expect(parseFullCitation('Jan De Vries, Salt Roads: 1500-1800 (London: Quay Press, 1984).').item).toMatchObject({
      author: [{ family: 'De Vries', given: 'Jan' }],
      title: 'Salt Roads: 1500-1800',
      publisher: 'Quay Press',
    });
    // A sentence before the comma is no list of names: left as it was.
    expect(
      parseFullCitation('The ledgers were lost in the fire, as the clerk wrote (Hull: 2004).').item.title,
    ).toBeUndefined();
  });
});

describe('two full citations separated by a full stop', () => {
  const kinds = (text: string) => classifyNote(text).map((segment) => segment.kind);

  it('splits where a note-order citation opens after a dated one, never inside a bibliography-form citation', () => {
    expect(
      kinds(
        `Ann Lee, “Tides,” ${em('Journal of Shores')} 41, no. 6 (December 2013): 545--69, doi:10.1000/x.1. Bo Chen, “Rivers,” ${em('Journal of Shores')} 41, no. 6 (2013): 626--49.`,
      ),
    ).toEqual(['full', 'full']);
    expect(kinds(`Lee, Ann. “Tides.” ${em('Journal of Shores')} 41, no. 6 (2013): 545--69.`)).toEqual(['full']);
    expect(kinds(`Lee, Ann. ${em('Salt Roads')}. Hull: Quay Press, 2004.`)).toEqual(['full']);
  });
});

describe('names in note order with the comma before the title forgotten', () => {
  it('reads `A. Lee and B. Chen “Tides,”`, `M. E. J. Lee *Networks*` and `Ann Lee, ed. *Letters*` as persons', () => {
    expect(
      parseFullCitation(`A. Lee and B. Chen “Tides,” ${em('Science Notes')} 286 (1999): 509–512.`).item.author,
    ).toEqual([
      { family: 'Lee', given: 'A.' },
      { family: 'Chen', given: 'B.' },
    ]);
    expect(parseFullCitation(`M. E. J. Lee ${em('Networks')} (Oxford: Fell, 2010), 4.`).item.author).toEqual([
      { family: 'Lee', given: 'M. E. J.' },
    ]);
    expect(parseFullCitation(`Ann Lee, ed. ${em('Original Letters')} (Hull: Quay Press, 1846).`).item.editor).toEqual([
      { family: 'Lee', given: 'Ann' },
    ]);
    // A publication named first in a bibliography keeps its full stop: not a person.
    expect(parseFullCitation('The Daily Lamp. “Tides Rise,” May 4, 1982.').item).toMatchObject({
      'container-title': 'The Daily Lamp',
    });
  });
});

describe('an organisation named with lower-case words', () => {
  it('keeps `Shore History working group` whole, but not a person with particles', () => {
    expect(parseNoteNames('Shore History working group,').names).toEqual([{ literal: 'Shore History working group' }]);
    expect(parseNoteNames('Quill van der Molenhoek and Ann Lee,').names).toEqual([
      { family: 'Molenhoek', 'non-dropping-particle': 'van der', given: 'Quill' },
      { family: 'Lee', given: 'Ann' },
    ]);
  });
});

describe('cited places: roman ranges, volume and page, signatures, a chapter’s extent before its page', () => {
  it('reads `xii–xiv`, `2: 41`, `sig. B.2r` and `pp. 31–52, p. 40`', () => {
    expect(parseFullCitation(`Ann Lee, ${em('Salt Roads')} (Hull, 2004), xii–xiv.`).locator).toBe('xii–xiv');
    expect(parseFullCitation(`Ann Lee, ${em('Salt Roads')}, 2 vols. (Hull, 2004), 2: 41.`).locator).toBe('2: 41');
    expect(parseFullCitation(`Ann Lee, ${em('A Letter')} (Hull: Bo Chen, 1560), sig. B.2r.`).locator).toBe('sig. B.2r');
    expect(
      parseFullCitation(`Ann Lee, ‘Tides’, in Bo Chen (ed.), ${em('Shores')}, Hull: Fell, 2012, pp. 31-52, p. 40.`),
    ).toMatchObject({ item: { type: 'chapter', page: '31-52' }, locator: '40' });
    // A first edition's year in brackets stands between the facts and the page.
    expect(
      parseFullCitation(`Ann Lee, ${em('Salt Roads')}, trans. Bo Chen, Hull: Fell, 1991 (1962), p. 38.`),
    ).toMatchObject({ item: { type: 'book', issued: { 'date-parts': [[1991]] } }, locator: '38' });
  });
});

describe('markup slips around titles', () => {
  it('joins a title set in two runs of italics and drops a comma italicised with the journal', () => {
    expect(parseFullCitation(`“Tides Rise,” ${em('The')} ${em('Harbour Lamp')}, (May 4, 1840): 4.`).item).toMatchObject(
      {
        'container-title': 'The Harbour Lamp',
      },
    );
    expect(parseFullCitation(`Ann Lee, ‘Tides’${em(', Shore Studies')} 4 (2010), p. 85.`).item).toMatchObject({
      type: 'article-journal',
      'container-title': 'Shore Studies',
    });
  });

  it('closes a title that quotes words in the same quotes at the quote its own comma touches', () => {
    expect(
      parseFullCitation(
        `Ann Lee, “Ports and Papers: “Fair Trade” in Hull, 1770–1800,” ${em('Shore Studies')} 35 (1996): 5.`,
      ).item,
    ).toMatchObject({
      title: 'Ports and Papers: “Fair Trade” in Hull, 1770–1800',
      'container-title': 'Shore Studies',
      issued: { 'date-parts': [[1996]] },
    });
  });
});

describe('words of the author’s before the names', () => {
  it('drops a lead-in with italics before `see`, a sentence before the names, and catalogue life dates', () => {
    expect(
      parseFullCitation(`On the word ${em('polis')}, see Ann Lee, ${em('Salt Roads')} (Hull: Fell, 2004), 4.`).item,
    ).toMatchObject({ author: [{ family: 'Lee', given: 'Ann' }], title: 'Salt Roads' });
    expect(
      parseFullCitation(`My own translation. Ann de Vries, ‘Tides’, ${em('Shore Lamp')}, 4 May 2015.`).item.author,
    ).toEqual([{ family: 'Vries', 'non-dropping-particle': 'de', given: 'Ann' }]);
    expect(
      parseFullCitation(
        `Ann Lee 1859-1931. and Bo Lee 1860-1940, joint author, ${em('Salt Roads')} (Hull: Fell, 1913).`,
      ).item.author,
    ).toEqual([
      { family: 'Lee', given: 'Ann' },
      { family: 'Lee', given: 'Bo' },
    ]);
  });
});

describe('titles whose italics were lost', () => {
  it('reads `Name, ed., Title (Place: Year)`, `Name, Title (Year)` and an unsigned `Report of … (Place, Year)`', () => {
    expect(parseFullCitation('Ann Lee, ed., Wege der Salz (Hull: 2006).').item).toMatchObject({
      type: 'book',
      editor: [{ family: 'Lee', given: 'Ann' }],
      title: 'Wege der Salz',
    });
    expect(parseFullCitation('Ann Lee, The Latest Edition of the Shore Code (1878), 21.')).toMatchObject({
      item: { type: 'book', title: 'The Latest Edition of the Shore Code', issued: { 'date-parts': [[1878]] } },
      locator: '21',
    });
    expect(parseFullCitation('Third Report of the Harbour Commissioners (Hull, 1849), 3–4.')).toMatchObject({
      item: { type: 'report', title: 'Third Report of the Harbour Commissioners', issued: { 'date-parts': [[1849]] } },
      locator: '3–4',
    });
  });
});

describe('a work’s type from the citation’s structure', () => {
  const type = (text: string) => parseFullCitation(text).item.type;

  it('tells blogs, conferences, magazines and newspapers apart by container and date', () => {
    expect(type(`Ann Lee, ‘Tides’, ${em('Shore Notes Blog')}, 4 May 2015, ${url('https://x.org/tides')}`)).toBe(
      'post-weblog',
    );
    expect(type(`Ann Lee, “Tides,” blog post, 2 May 2012: ${url('https://x.org/tides')}`)).toBe('post-weblog');
    expect(
      type(`Ann Lee, “Tides,” in ${em('Proceedings of the Third Shore Meeting')} (Hull: Fell, 2011), 33–46.`),
    ).toBe('paper-conference');
    expect(type(`Ann Lee, “Tides,” ${em('Shore Monthly')} (May 2009), ${url('https://x.org/tides')}`)).toBe(
      'article-magazine',
    );
    expect(parseFullCitation(`${em('Harbour Lamp')}, January 20, 1877.`).item).toEqual({
      type: 'article-newspaper',
      'container-title': 'Harbour Lamp',
      issued: { 'date-parts': [[1877, 1, 20]] },
    });
    // A newspaper's article about a code is not the code.
    expect(type(`“The Code,” ${em('Harbour Lamp')}, January 10, 1877.`)).toBe('article-newspaper');
  });

  it('reads a journal’s volume and number after a section’s name', () => {
    expect(
      parseFullCitation(
        `Ann Lee, “Tides,” ${em('Shore Studies')}, Special Issue on Ports, 41, no. 6 (December 2013): 5–9.`,
      ).item,
    ).toMatchObject({ type: 'article-journal', volume: '41', issue: '6', page: '5–9' });
    // An assembly's papers numbered in brackets with a place are not a journal.
    expect(
      type('Report of the Harbour Board, in Papers of the Shore Assembly, vol. 2, no. 16 (Hull, 1850), 8.'),
    ).not.toBe('article-journal');
  });

  it('reads genre words: a white paper, a talk, a manuscript, an unpublished thesis', () => {
    expect(
      parseFullCitation(
        `Shore working group, “Tides,” white paper, Harbour Centre (November 13, 2017): ${url('https://x.org/w')}`,
      ).item,
    ).toMatchObject({ type: 'report', genre: 'white paper' });
    expect(
      parseFullCitation(`Ann Lee, ‘Tides and Ports’. Talk given at the Harbour Hall, Hull, 7 November 2017.`).item,
    ).toMatchObject({ type: 'speech', 'event-title': 'the Harbour Hall, Hull' });
    expect(
      type(`Ann Lee and Bo Chen, “Tides,” paper presented at the Shore Workshop, Hull University, March 4, 2016.`),
    ).toBe('speech');
    expect(
      type(`“Letter of the harbour master to the king.” Manuscript. January 13, 1720. Shore Archive, box 2.`),
    ).toBe('manuscript');
    expect(type(`A. Lee, ${em('Tides and Ports')}, Unpublished Thesis, University of Hull, Hull, England, 2004.`)).toBe(
      'thesis',
    );
  });

  it('makes a book of a press’s or a university’s title in italics or quotes, and of a dated title alone', () => {
    expect(type(`Ann Lee, ${em('Salt Roads')} (Hull: University of Hull, 2009).`)).toBe('book');
    expect(type(`Ann Lee, "Salt Roads" (Hull: The University of Hull Press, 2020), 10.`)).toBe('book');
    expect(type(`Ann Lee, ${em('Salt Roads: A Tale')} (1850), 84.`)).toBe('book');
    expect(type(`${em('The Salt Roads Project')}, ${url('https://x.org/salt')}.`)).toBe('webpage');
    expect(type(`Shore Bureau of Statistics, ${em('Re-offending in Hull')}, 2018.`)).toBe('report');
  });

  it('makes an organisation’s page a web page, and its PDF, cited page or report-titled work a report', () => {
    expect(type(`Harbour Commission, ‘Reform of the shore rules’, 2018, ${url('https://x.org/reform_en')}.`)).toBe(
      'webpage',
    );
    expect(type(`Harbour Commission. “Shore Rules.” July 31, 2018. ${url('https://x.org/rules.pdf')}`)).toBe('report');
    expect(type(`Harbour Commission, ‘Shore Rules’, 2018, 15.`)).toBe('report');
    expect(type(`Ann Lee, ‘Tides on the Net 2017 Report,’ 2017, ${url('https://x.org/tides')}.`)).toBe('report');
    expect(type(`‘Shore Protection Act (R.S.C. C. 4),’ (1985).`)).toBe('legislation');
  });

  it('takes a site’s name given with its address alone for the page’s title', () => {
    expect(parseFullCitation(`Shore Data Lab, ${url('https://x.org/')}`).item).toEqual({
      type: 'webpage',
      title: 'Shore Data Lab',
      URL: 'https://x.org/',
    });
  });

  it('never takes a lead-in word before an address for a site’s name', () => {
    for (const lead of ['See', 'Source:', 'Available at']) {
      expect(parseFullCitation(`${lead} ${url('https://x.org/p/1')}`).item.title, lead).toBeUndefined();
    }
  });
});

describe('addresses as written', () => {
  it('undoes Markdown escapes inside an autolink', () => {
    expect(unescapeUrl('https://x.org/\\@ann/a\\_b')).toBe('https://x.org/@ann/a_b');
    expect(unescapeUrl('https://x.org/a\\\\_b')).toBe('https://x.org/a_b');
  });
});

describe('chapters with their editors before the book, two facing pages, an edition named in brackets', () => {
  it('reads `in A and B, eds., *Book*` as a chapter', () => {
    expect(
      parseFullCitation(`Ann Lee, “Tides,” in B. Chen et al., eds., ${em('Shores: A Reader')} (Hull, 1999), 212-40.`),
    ).toMatchObject({
      item: { type: 'chapter', 'container-title': 'Shores: A Reader', editor: [{ family: 'Chen', given: 'B.' }] },
      locator: '212-40',
    });
  });

  it('takes two facing pages after a journal’s date for the cited place, a longer range for the extent', () => {
    expect(parseFullCitation(`Ann Lee, “Tides,” ${em('Shore Studies')} 12, no. 2 (2016): 399–400.`)).toMatchObject({
      locator: '399–400',
    });
    expect(parseFullCitation(`Ann Lee, “Tides,” ${em('Shore Studies')} 12, no. 2 (2016): 55-6.`).locator).toBe('55-6');
    expect(parseFullCitation(`Ann Lee, “Tides,” ${em('Shore Studies')} 12, no. 2 (2016): 399–420.`)).toMatchObject({
      item: { page: '399–420' },
      locator: null,
    });
  });

  it('dates a work by its imprint’s year, not by an edition named in brackets before it', () => {
    expect(
      parseFullCitation(`Ann Lee, ${em('The Salt Acts Online')} (1563 edition) (Shore Online, Hull, 2011), 1534-5.`),
    ).toMatchObject({ item: { type: 'book', issued: { 'date-parts': [[2011]] } }, locator: '1534-5' });
  });
});
