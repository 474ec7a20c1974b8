/**
 * Full citations inside long notes of the author's prose, as sentences of their own, and the citation forms of
 * other styles that authors mix into Chicago notes: each rule with a made-up note of its own. The prose around
 * a citation stays commentary; a sentence becomes a citation only when it has a citation's structure.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { parseFullCitation } from '../src/cite/parse-full.js';

const parts = (text: string) => classifyNote(text).map(({ kind, text }) => [kind, text]);
const fields = (text: string): Record<string, unknown> => {
  const { item, locator } = parseFullCitation(text);
  return { ...item, locator };
};

describe('a reference-list entry (author-date) written as a sentence of a note', () => {
  const article =
    'Lindqvist, Maren A. (2004) The harbour dues and the making of a salt coast. Journal of Tidal History, 19 (4). pp. 301–333.';

  it('cuts the entry, with its sentences of publication facts, from the author’s sentences around it', () => {
    expect(
      parts(
        `Lindqvist counts the dues of nine harbours over forty years and finds that they doubled twice. ${article} Other counts are smaller and rest on fewer harbours.`,
      ),
    ).toEqual([
      ['commentary', 'Lindqvist counts the dues of nine harbours over forty years and finds that they doubled twice.'],
      ['full', article],
      ['commentary', 'Other counts are smaller and rest on fewer harbours.'],
    ]);
  });

  it('reads the journal, volume, issue and pages of the Harvard form', () => {
    expect(fields(article)).toMatchObject({
      type: 'article-journal',
      author: [{ family: 'Lindqvist', given: 'Maren A.' }],
      title: 'The harbour dues and the making of a salt coast',
      'container-title': 'Journal of Tidal History',
      volume: '19',
      issue: '4',
      page: '301–333',
      issued: { 'date-parts': [[2004]] },
      locator: null,
    });
  });

  it('reads the APA book form, `Surname, G. (Year). Title. Place: Publisher.`', () => {
    const book = 'Okafor, T. (1987). Ropes and rigging of the northern fleets. Dunmere: Gull House.';
    expect(parts(`The rigging is described at length elsewhere. ${book}`)).toEqual([
      ['commentary', 'The rigging is described at length elsewhere.'],
      ['full', book],
    ]);
    expect(parts(`${book} The rigging is described there at length.`)).toEqual([
      ['full', book],
      ['commentary', 'The rigging is described there at length.'],
    ]);
    expect(fields(book)).toMatchObject({
      type: 'book',
      author: [{ family: 'Okafor', given: 'T.' }],
      title: 'Ropes and rigging of the northern fleets',
      issued: { 'date-parts': [[1987]] },
    });
  });

  it('reads the APA article (journal in italics) and the Harvard one (title in quotes) as articles', () => {
    const article = {
      type: 'article-journal',
      title: 'Tolls of the western ferries',
      'container-title': 'Ferry History Review',
      volume: '8',
      issue: '2',
      page: '77–94',
      issued: { 'date-parts': [[1993]] },
      locator: null,
    };
    expect(
      fields('Ibarra, C. (1993). Tolls of the western ferries. \uE000Ferry History Review\uE001, 8(2), 77–94.'),
    ).toMatchObject(article);
    expect(
      fields(
        'Ibarra, Carmen (1993) ‘Tolls of the western ferries’, \uE000Ferry History Review\uE001, 8(2), pp. 77–94.',
      ),
    ).toMatchObject(article);
  });

  it('leaves an in-text author-date citation inside the author’s sentence as prose', () => {
    expect(
      parts('Okafor (1987) argues that the northern fleets were rigged in the southern manner until the war.'),
    ).toEqual([
      ['commentary', 'Okafor (1987) argues that the northern fleets were rigged in the southern manner until the war.'],
    ]);
  });
});

describe('a law review article (Bluebook) as a sentence among the author’s', () => {
  const review =
    'Priya K. Rautela, Salt Duties and the Courts of the Coast: A Reappraisal, 44 Marit. L.Q. Rev. 211, 219 (2003).';

  it('keeps the abbreviated journal and the author’s initial inside one citation', () => {
    expect(
      parts(
        `The duties were challenged in court more than once before the reform took hold. ${review} The challenges rarely succeeded in the end.`,
      ),
    ).toEqual([
      ['commentary', 'The duties were challenged in court more than once before the reform took hold.'],
      ['full', review],
      ['commentary', 'The challenges rarely succeeded in the end.'],
    ]);
    expect(fields(review)).toMatchObject({
      type: 'article-journal',
      author: [{ family: 'Rautela', given: 'Priya K.' }],
      title: 'Salt Duties and the Courts of the Coast: A Reappraisal',
      volume: '44',
      page: '211',
      locator: '219',
    });
  });
});

describe('an archival item named by its repository first', () => {
  it('reads the repository, the register (quoted or not) and the folio, in a note of its own or among sentences', () => {
    const register = 'Dunmere Town Archive, Book of the Ferry Tolls 1702–1731, fol. 28r.';
    expect(
      parts(
        `The tolls were entered by the ferryman himself until the bridge was built. ${register} They stop in 1731.`,
      ),
    ).toEqual([
      ['commentary', 'The tolls were entered by the ferryman himself until the bridge was built.'],
      ['full', register],
      ['commentary', 'They stop in 1731.'],
    ]);
    expect(fields(register)).toMatchObject({
      type: 'manuscript',
      title: 'Book of the Ferry Tolls 1702–1731',
      'container-title': 'Dunmere Town Archive',
      locator: 'fol. 28r',
    });
    const quoted = 'Arquivo da Vila Nova, "Livro das Portagens da Ribeira 1650 a 1690." Manuscript, fl. 12.';
    expect(parts(quoted)).toEqual([['full', quoted]]);
    expect(fields(quoted)).toMatchObject({
      type: 'manuscript',
      title: 'Livro das Portagens da Ribeira 1650 a 1690',
      'container-title': 'Arquivo da Vila Nova',
      locator: 'fl. 12',
    });
  });
});

describe('a statute the author’s sentence cites with its chapter', () => {
  it('cuts the Act with its regnal year or year and chapter from the sentence', () => {
    expect(
      parts(
        'The ferry was let at auction until it was brought under the Dunmere Ferries Act, 7 & 8 Vict. c. 41 (1844), and the Tolls Act 1861, c. 9 left it alone.',
      ),
    ).toEqual([
      ['commentary', 'The ferry was let at auction until it was brought under the'],
      ['full', 'Dunmere Ferries Act, 7 & 8 Vict. c. 41 (1844)'],
      ['commentary', 'and the'],
      ['full', 'Tolls Act 1861, c. 9'],
      ['commentary', 'left it alone.'],
    ]);
    expect(fields('Dunmere Ferries Act, 7 & 8 Vict. c. 41 (1844)')).toMatchObject({
      type: 'legislation',
      title: 'Dunmere Ferries Act',
      issued: { 'date-parts': [[1844]] },
    });
  });

  it('leaves an Act named without its chapter as the author’s words', () => {
    const mention = 'The Act of 1844 let the ferry at auction, and the Tolls Act 1861 was repealed within the decade.';
    expect(parts(mention)).toEqual([['commentary', mention]]);
  });
});

describe('citations whose words run on like prose', () => {
  it('reads an act of the Union with a long title in lower case as a citation', () => {
    const act =
      'Directive (EU) 2019/88 of the European Parliament and of the Council of 4 May 2019 on the dues of harbours and on the free movement of ferries between the ports of the coast [2019] OJ L44/2, point (b) of art 7(2).';
    expect(parts(act)).toEqual([['full', act]]);
    expect(fields(act)).toMatchObject({ type: 'legislation', issued: { 'date-parts': [[2019]] } });
  });

  it('reads a work whose imprint has no year yet as a full citation', () => {
    const forthcoming = 'Heather Lindgren, *Beyond the Harbour: A Ferryman’s View of the Tolls* (forthcoming).'.replace(
      /\*([^*]+)\*/,
      '\uE000$1\uE001',
    );
    expect(parts(`See Ann Lee, \uE000Salt Roads\uE001 (Hull: Quay Press, 2004); ${forthcoming}`)).toEqual([
      ['full', 'Ann Lee, \uE000Salt Roads\uE001 (Hull: Quay Press, 2004)'],
      ['full', forthcoming],
    ]);
  });
});

describe('an organisation’s name with lower-case words before a title', () => {
  it('opens a citation, not a sentence of the author’s, even with an address after it', () => {
    const paper = `Reading the Ledgers working group, “Salt and the Ledgers,” white paper, Quay Centre (May 4, 2017): ${'\uE002'}https://example.org/ledgers${'\uE003'}.`;
    expect(parts(paper)).toEqual([['full', paper]]);
    expect(fields(paper)).toMatchObject({
      type: 'report',
      author: [{ literal: 'Reading the Ledgers working group' }],
      title: 'Salt and the Ledgers',
    });
  });

  it('leaves a lead-in of the author’s before a quotation as prose', () => {
    expect(
      parts(
        'For a critique of this view, “the ledgers say nothing of the ferries,” as the clerk put it in his own hand.',
      ),
    ).toEqual([
      [
        'commentary',
        'For a critique of this view, “the ledgers say nothing of the ferries,” as the clerk put it in his own hand.',
      ],
    ]);
  });
});

describe('a lead-in naming where a work was published', () => {
  it('is neither the author nor the work: `Published in Body. *Title*, …`', () => {
    const published =
      'Published in Dunmere Record Office. \uE000Wills and inventories of the harbour\uE001, vol. 3 (Dunmere: Gull House, 1921), 44-49.';
    expect(parts(published)).toEqual([['full', published]]);
    const { author, title, issued, locator } = fields(published);
    expect({ author, title, issued, locator }).toEqual({
      author: undefined,
      title: 'Wills and inventories of the harbour',
      issued: { 'date-parts': [[1921]] },
      locator: '44-49',
    });
  });
});
