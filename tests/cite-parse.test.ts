import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { parseNames } from '../src/cite/names.js';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0, URL_CLOSE as U1, URL_OPEN as U0 } from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { parseShortCitation } from '../src/cite/parse-short.js';

const em = (text: string) => `${E0}${text}${E1}`;
const url = (text: string) => `${U0}${text}${U1}`;

describe('names', () => {
  it('keeps particles, editors, initials, organisations and handles', () => {
    expect(parseNames('de Vries, Jan, ed.')).toEqual({ names: [{ family: 'Vries', 'non-dropping-particle': 'de', given: 'Jan' }], editors: true, etAl: false, handle: undefined });
    expect(parseNames('Kell, B.').names).toEqual([{ family: 'Kell', given: 'B.' }]);
    expect(parseNames('Ames, Lia, Bo Chen, and Dara Eze').names).toEqual([
      { family: 'Ames', given: 'Lia' },
      { family: 'Chen', given: 'Bo' },
      { family: 'Eze', given: 'Dara' },
    ]);
    expect(parseNames('Ames, Lia and Chen. Bo').names).toEqual([{ family: 'Ames', given: 'Lia' }, { family: 'Chen', given: 'Bo' }]);
    expect(parseNames('Example Watch').names).toEqual([{ literal: 'Example Watch' }]);
    expect(parseNames('Gray, Ann. @annagray.')).toMatchObject({ names: [{ family: 'Gray', given: 'Ann' }], handle: '@annagray' });
  });
});

describe('classification', () => {
  it('splits at semicolons outside titles and tells the forms apart', () => {
    const kinds = (text: string) => classifyNote(text).map((segment) => segment.kind);
    expect(kinds(`${em('Ibid.')}, 86-87.`)).toEqual(['ibid']);
    expect(kinds(`Ibid.; Kell, ${em('Bridges')}, 4.`)).toEqual(['ibid', 'short']);
    expect(kinds(`Gray, Ann. “a; b.” May 1, 2021. ${url('https://x.org/1')}`)).toEqual(['full']);
    expect(kinds('These words are the author’s own and they cite nothing at all. Ibid., 54.')).toEqual(['commentary', 'ibid']);
    expect(kinds(url('https://x.org/only'))).toEqual(['full']);
  });
});

describe('commentary that mentions titles and dates', () => {
  it('is not taken for a citation when it opens with a sentence', () => {
    const kinds = (text: string) => classifyNote(text).map((segment) => segment.kind);
    expect(kinds(`The afterword to the ${E0}Апостол${E1} [The Apostle] records that work on the book began on April 19, 1563, and was completed on March 1, 1564.`)).toEqual(['commentary']);
    expect(kinds(`Hewsen, Robert. ${E0}Armenia: A Historical Atlas${E1}. Chicago: University of Chicago Press, 2001, 58.`)).toEqual(['full']);
  });
});

describe('full citations', () => {
  it('reads a newspaper article, keeping a bracketed translation with the title', () => {
    const { item, locator } = parseFullCitation(`“Заголовок статьи.” [Headline of the article]. ${em('The Guardian')}. October 9, 2020. ${url('https://x.org/a_b')}`);
    expect(item).toEqual({
      type: 'article-newspaper',
      title: 'Заголовок статьи [Headline of the article]',
      'container-title': 'The Guardian',
      issued: { 'date-parts': [[2020, 10, 9]] },
      URL: 'https://x.org/a_b',
    });
    expect(locator).toBeNull();
  });

  it('reads a report with a page before the URL and a film with a time code', () => {
    expect(parseFullCitation(`Ames, Lia. "A Long Report." Some House. July, 2016. 21 ${url('https://x.org/r')}`)).toMatchObject({
      item: { type: 'report', publisher: 'Some House', issued: { 'date-parts': [[2016, 7]] } },
      locator: '21',
    });
    expect(parseFullCitation(`Film Group. ${em('A Film')}. (2019) 23:05- 23:14. ${url('https://www.youtube.com/watch?v=1')}`)).toMatchObject({
      item: { type: 'motion_picture', title: 'A Film', issued: { 'date-parts': [[2019]] } },
      locator: '23:05- 23:14',
    });
  });

  it('makes an organisation’s publication a report it publishes, but its event page a web page', () => {
    expect(parseFullCitation(`“A Brief.” ${em('Example Policy Institute')}. May 1, 2020. ${url('https://x.org/briefs/a-brief')}`).item).toMatchObject({
      type: 'report',
      publisher: 'Example Policy Institute',
    });
    for (const address of ['https://x.org/2011/03/28/a-panel-event-3218', 'https://x.org/events/a-panel']) {
      const { item } = parseFullCitation(`“A Panel.” ${em('Example Policy Institute')}. May 1, 2020. ${url(address)}`);
      expect(item).toMatchObject({ type: 'webpage', 'container-title': 'Example Policy Institute' });
      expect(item.publisher).toBeUndefined();
    }
    expect(parseFullCitation(`“Preventing a Clash.” ${em('Example Policy Institute')}. May 1, 2020. ${url('https://x.org/preventing-a-clash')}`).item.type).toBe('report');
  });

  it('does not take a journalism site named “Center” for a think tank', () => {
    expect(parseFullCitation(`Ames, Lia. “A Story.” ${em('Pulitzer Center')}. January 6, 2021. ${url('https://x.org/stories/a')}`).item).toMatchObject({
      type: 'webpage',
      'container-title': 'Pulitzer Center',
    });
  });
});

describe('short forms', () => {
  it('separates names, title and page', () => {
    expect(parseShortCitation(`Ames, ${em('Long River')}, 231.`)).toEqual({ authors: ['Ames'], title: 'Long River', locator: '231' });
    expect(parseShortCitation('Ames, Chen, and Eze, 53.')).toEqual({ authors: ['Ames', 'Chen', 'Eze'], bare: 'Ames, Chen, and Eze', locator: '53' });
    expect(parseShortCitation(`Ames, “Defaulting to War,” 16.`)).toMatchObject({ title: 'Defaulting to War', locator: '16' });
    expect(parseShortCitation(`"A Title." ${em('A Site')}`)).toEqual({ authors: [], title: 'A Title', container: 'A Site', locator: null });
    expect(parseShortCitation('Lib, 295, 273.').locator).toBe('295, 273');
  });
});
