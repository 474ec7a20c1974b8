/**
 * What holds a work, and where a citation of it ends, one form per test (site-and-proceedings.ts, details.ts and
 * the classifier's rules): a paper's proceedings named without italics after its quoted title (the container,
 * not a publisher), a journal's volume in Roman numerals before its issue (the article's extent after the date,
 * not the place cited), a letter among the author's sentences with its repository in a sentence of its own
 * (letter-sentence.ts), and a work cited first by its names and title alone, later in full with its book and date
 * (fuller-citation.ts: the later citation describes it), and an address broken by a space (broken-address.ts; its
 * tail is no page cited), and a part whose container is written `ibid.` (ibid-container.ts: held by what the
 * citation before it named), and the author's sentence whose subject is the author of the part it names after `in`
 * (lead-in-word.ts: the citation starts with the sentence), and a body's record named without italics by its genre
 * word, then its year (unmarked-title.ts), and a site named without italics dated by a year or a span before its
 * address (site-date.ts), several works parted by commas, each closed by its date (comma-joined-works.ts), and a
 * periodical's name abbreviated word by word, which keeps its last full stop (abbreviated-name.ts). Every name here
 * is made up.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0, URL_CLOSE as U1, URL_OPEN as U0 } from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { resolveNotes } from '../src/cite/resolve.js';

/** `*Book*` as italics and `<https://…>` as a link, as note-text.ts marks them. */
const marked = (text: string) => text.replace(/\*([^*]+)\*/g, `${E0}$1${E1}`).replace(/<([^>]+)>/g, `${U0}$1${U1}`);
const parsed = (text: string) => parseFullCitation(marked(text));
const parts = (text: string) =>
  classifyNote(marked(text)).map(({ kind, text }) => [kind, text.replace(/[\uE000\uE001]/g, '*')]);

describe('a paper’s proceedings without italics after its quoted title', () => {
  it('takes the proceedings, up to the comma before the meeting’s place, as the container', () => {
    const { item } = parsed(
      'Ann Lee, Bo Chen, "Tides and Tolls," Proceedings of the 12th Meeting on Harbour Records, Hull, United Kingdom, (May 2-5 2011).',
    );
    expect(item).toMatchObject({
      type: 'paper-conference',
      title: 'Tides and Tolls',
      'container-title': 'Proceedings of the 12th Meeting on Harbour Records',
      issued: { 'date-parts': [[2011]] },
    });
    expect(item.publisher).toBeUndefined();
  });

  it('leaves a paper in italic proceedings as it was', () => {
    expect(
      parsed('Ann Lee, “Tides,” in *Proceedings of the Quay Meeting* (Hull: Fell, 2011), 33–46.').item,
    ).toMatchObject({ type: 'paper-conference', 'container-title': 'Proceedings of the Quay Meeting' });
  });
});

describe('a journal’s volume in Roman numerals', () => {
  it('reads `XXIV, no. 2 (March 2003): 211–34` as volume, issue, date and the article’s extent', () => {
    const { item, locator } = parsed('Ann Lee, "Tides," *Revista de Portos* XXIV, no. 2 (March 2003): 211--34.');
    expect(item).toMatchObject({
      type: 'article-journal',
      'container-title': 'Revista de Portos',
      volume: 'XXIV',
      issue: '2',
      page: '211--34',
      issued: { 'date-parts': [[2003]] },
    });
    expect(item.publisher).toBeUndefined();
    expect(locator).toBeNull();
  });

  it('keeps a single page after the date as the place cited', () => {
    expect(parsed('Ann Lee, "Tides," *Revista de Portos* XII, no. 4 (June 1999): 150.').locator).toBe('150');
  });
});

describe('a letter among the author’s sentences', () => {
  const note =
    'Ann B. Lee to Bo Chen, May 4, 1850, Lee Papers. Shore County Library, Special Collections. The reply by Chen was printed in the *Shore Lamp* that spring, under a false name.';

  it('cuts the letter, with the sentence naming its repository, from the sentences after it', () => {
    expect(parts(note)).toEqual([
      ['full', 'Ann B. Lee to Bo Chen, May 4, 1850, Lee Papers. Shore County Library, Special Collections.'],
      ['commentary', 'The reply by Chen was printed in the *Shore Lamp* that spring, under a false name.'],
    ]);
  });

  it('reads the writer, the addressee, the date and the repository', () => {
    expect(
      parsed('Ann B. Lee to Bo Chen, May 4, 1850, Lee Papers. Shore County Library, Special Collections.').item,
    ).toMatchObject({
      type: 'personal_communication',
      author: [{ family: 'Lee', given: 'Ann B.' }],
      recipient: [{ family: 'Chen', given: 'Bo' }],
      issued: { 'date-parts': [[1850, 5, 4]] },
      'collection-title': 'Lee Papers',
      'container-title': 'Shore County Library',
    });
  });

  it('leaves a sentence of the author’s after the letter the author’s, though it names a library', () => {
    expect(
      parts('Ann Lee to Bo Chen, May 4, 1850, Lee Papers. The letter was later given to the Shore County Library.'),
    ).toEqual([
      ['full', 'Ann Lee to Bo Chen, May 4, 1850, Lee Papers.'],
      ['commentary', 'The letter was later given to the Shore County Library.'],
    ]);
  });
});

describe('a work cited first by names and title alone, later with its facts', () => {
  const note = (number: number, text: string) => ({ number, text: marked(text), spans: [] });

  it('takes the later citation’s item: its book, editors, date and type', () => {
    const resolution = resolveNotes([
      { note: note(1, 'On the ports, see Ann Lee, "Tides and Tolls of the Quay," 12–30.'), owner: 'one' },
      {
        note: note(
          2,
          'Ann Lee, "Tides and Tolls of the Quay," in *Shore Essays*, ed. Bo Chen (Hull: Quay Press, 2016), 14.',
        ),
        owner: 'two',
      },
    ]);
    expect(resolution.works).toHaveLength(1);
    expect(resolution.works[0].item).toMatchObject({
      type: 'chapter',
      title: 'Tides and Tolls of the Quay',
      'container-title': 'Shore Essays',
      issued: { 'date-parts': [[2016]] },
    });
    expect(resolution.notes.map((resolved) => resolved.citations[0]?.locator)).toEqual(['12–30', '14']);
  });

  it('keeps the first item when that one gave a fact of publication', () => {
    const resolution = resolveNotes([
      { note: note(1, 'Ann Lee, "Tides and Tolls of the Quay," *Shore Review* 4 (2016): 12–30.'), owner: 'one' },
      {
        note: note(2, 'Ann Lee, "Tides and Tolls of the Quay," in *Shore Essays* (Hull: Quay Press, 2016), 14.'),
        owner: 'two',
      },
    ]);
    expect(resolution.works[0].item).toMatchObject({ type: 'article-journal', 'container-title': 'Shore Review' });
  });
});

describe('an address broken by a space', () => {
  it('joins the host’s last words after a dot, and a path of several steps after a slash', () => {
    expect(parsed('See <http://tides.shore>. org/help/Tides.html.').item.URL).toBe(
      'http://tides.shore.org/help/Tides.html',
    );
    const { item, locator } = parsed(
      'Ann Lee, “Tides,” *Shore Studies* 12 (2009), <http://www.shore.example.org/> tides/issues/03/lee',
    );
    expect(item.URL).toBe('http://www.shore.example.org/tides/issues/03/lee');
    // (The tail is no page `t` cited.)
    expect(locator).toBeNull();
  });

  it('leaves the author’s words after an address alone', () => {
    expect(parsed('Ann Lee, *Tides* (Hull, 2008), <http://shore.example.org/> and/or the printed copy.').item.URL).toBe(
      'http://shore.example.org/',
    );
  });

  it('reads no page from a word after a journal’s date', () => {
    expect(parsed('Ann Lee, “Tides,” *Shore Studies* 10 (2008), varia.').locator).toBeNull();
    expect(parsed('Ann Lee, “Tides,” *Shore Studies* 10 (2008), xii.').locator).toBe('xii');
  });
});

describe('a part whose container is written `ibid.`', () => {
  const note = (number: number, text: string) => ({ number, text: marked(text), spans: [] });

  it('is held by the journal’s issue the citation before it named', () => {
    const resolution = resolveNotes([
      {
        note: note(
          1,
          'See, for example, "Salt and Kin," *Shore Review* 7, no. 2 (1996), especially Ida Lee, "Tides of the Quay," *ibid*, 118.',
        ),
        owner: 'one',
      },
    ]);
    const [first, second] = resolution.notes[0].citations;
    expect(second.work?.item).toMatchObject({
      type: 'article-journal',
      author: [{ family: 'Lee', given: 'Ida' }],
      title: 'Tides of the Quay',
      'container-title': 'Shore Review',
      issued: { 'date-parts': [[1996]] },
    });
    expect(second.locator).toBe('118');
    expect(second.work).not.toBe(first.work);
  });

  it('is a chapter of the book the citation before it named', () => {
    const resolution = resolveNotes([
      {
        note: note(
          1,
          'Bo Chen, ed., *Shore Essays* (Hull: Quay Press, 2001); Ida Lee, "Tides of the Quay," *ibid.*, 12.',
        ),
        owner: 'one',
      },
    ]);
    expect(resolution.notes[0].citations[1].work?.item).toMatchObject({
      type: 'chapter',
      title: 'Tides of the Quay',
      'container-title': 'Shore Essays',
      issued: { 'date-parts': [[2001]] },
    });
  });
});

describe('a sentence whose subject is the author of the part it names after `in`', () => {
  it('keeps the sentence with the citation, so that its subject is the author, not the book’s editors', () => {
    const note =
      'See Bo Chen, *Rivers* (Hull, 2001), 4; Ann Lee argues much the same about the quays in "The Salt Atlantic," in R. Hale and T. Dunn, eds., *Atlantic Shores: A Survey* (Hull, 2011), 54-70.';
    const cut = parts(note);
    expect(cut.map(([kind]) => kind)).toEqual(['full', 'full']);
    expect(cut[1][1]).toMatch(/^Ann Lee argues much the same/);
    expect(parsed(cut[1][1]).item).toMatchObject({
      type: 'chapter',
      author: [{ family: 'Lee', given: 'Ann' }],
      editor: [{ family: 'Hale' }, { family: 'Dunn' }],
      title: 'The Salt Atlantic',
    });
  });

  it('still cuts a sentence whose subject names no person before its work', () => {
    expect(
      parts(
        'The same holds for the quays more broadly, as can be seen in "The Salt Atlantic," in R. Hale, ed., *Atlantic Shores* (Hull, 2011), 54-70.',
      ).map(([kind]) => kind),
    ).toEqual(['commentary', 'full']);
  });
});

describe('a body’s record named without italics by its genre word', () => {
  it('takes `Harbour Council Journal (1871), 118–19` as a titled book and its page, before session laws', () => {
    expect(parts('Harbour Council Journal (1871), 118--19. 1851 Shore Laws 260.').map(([kind]) => kind)).toEqual([
      'full',
      'full',
    ]);
    const { item, locator } = parsed('Harbour Council Journal (1871), 118--19.');
    expect(item).toMatchObject({ type: 'book', title: 'Harbour Council Journal', issued: { 'date-parts': [[1871]] } });
    expect(locator).toBe('118--19');
  });

  it('leaves a person’s name and a year unread as a title', () => {
    expect(parsed('Ann Bo Lee (1871), 118.').item.title).toBeUndefined();
  });
});

describe('a site named without italics, dated before its address', () => {
  it('takes the first year of the span it was kept as the site’s year', () => {
    expect(parsed('Kai Lee et al., Harbour Gazetteer, 2015-2021, <http://harbour.example.org/>.').item).toMatchObject({
      type: 'webpage',
      author: [{ family: 'Lee', given: 'Kai' }],
      title: 'Harbour Gazetteer',
      issued: { 'date-parts': [[2015]] },
      URL: 'http://harbour.example.org/',
    });
    expect(parsed('Kai Lee et al., Harbour Gazetteer, 2019, <http://harbour.example.org/>.').item.issued).toEqual({
      'date-parts': [[2019]],
    });
  });

  it('reads no year from a person’s life dates', () => {
    expect(parsed('Ann Lee 1859-1931, <http://harbour.example.org/>.').item.issued).toBeUndefined();
  });
});

describe('several works parted by commas, each closed by its date', () => {
  it('cuts after each bracketed date where another dated work opens', () => {
    expect(parts('See Ann Lee, *Tides* (Hull, 2004), Bo Chen, *Rivers* (York, 2001).')).toEqual([
      ['full', 'Ann Lee, *Tides* (Hull, 2004)'],
      ['full', 'Bo Chen, *Rivers* (York, 2001).'],
    ]);
    expect(
      parts('Ann Lee, "Tides," *Shore Review* 4 (2004): 3-9, Bo Chen, "Rivers," *Shore Review* 5 (2005): 1-9.'),
    ).toEqual([
      ['full', 'Ann Lee, "Tides," *Shore Review* 4 (2004): 3-9'],
      ['full', 'Bo Chen, "Rivers," *Shore Review* 5 (2005): 1-9.'],
    ]);
    expect(
      parts(
        'Third Report of the Harbour Board (1836), Reports of the Inspector of Weirs on the River Quay (1870), "Quay Weirs -- Question," *Shore Commons Debates* (4 June 1872), vol. 31, cc211-3.',
      ).map(([kind]) => kind),
    ).toEqual(['full', 'full', 'full']);
  });

  it('leaves a work’s table, its part’s title and page, or an undated title after the date alone', () => {
    for (const note of [
      'Ann Lee, *Tides* (Hull, 2004), Table 3.',
      'Ann Lee, *Tides* (Hull, 2004), "Introduction," 3-9.',
      'Ann Lee, *Tides* (Hull, 2004), *passim*.',
    ])
      expect(parts(note)).toHaveLength(1);
  });
});

describe('a periodical’s name abbreviated word by word', () => {
  it('keeps the full stop of its last abbreviated word', () => {
    expect(parsed("Ann Lee, 'Tides of the Quay', *J. Shore & Harbour L.* 4 (2011).").item['container-title']).toBe(
      'J. Shore & Harbour L.',
    );
  });

  it('drops a stray full stop after a name of whole words, and leaves a name without one as written', () => {
    expect(parsed("Ann Lee, 'Tides of the Quay', *Shore Review.* 4 (2011).").item['container-title']).toBe(
      'Shore Review',
    );
    expect(parsed("Ann Lee, 'Tides of the Quay', *Shore Rev* 4 (2011).").item['container-title']).toBe('Shore Rev');
  });
});
