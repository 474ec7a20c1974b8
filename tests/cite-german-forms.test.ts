/**
 * German humanities notes (german-note.ts, classify/sowie.ts, and the German words of classify/ibid.ts,
 * classify/signal.ts and text.ts), on made-up notes: a book and a part of a book in the German form, editors marked
 * `(Hrsg.)` with `Ders.` for the author, the author's words before the signal, two works joined by `sowie`, author-year
 * short forms and `Ebd.`; and English notes left to the other readers. Zotero's German styles: names parted by
 * semicolons, a year alone, a journal's volume and issue, pages on the web (german-online.ts) and short forms by names
 * and title; names in note order (given name first) parted by `/` or before a colon, `hier S.`, `Ebenda`, a periodical's
 * `Band` and `Ausgabe`, a newspaper's day, a web page, a thesis, an interview and a body's report; a title quoted whole in
 * low quotes or chevrons. Every name, title and place here is made up.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { isGermanNote } from '../src/cite/german-note.js';
import { parseGermanOnline } from '../src/cite/german-online.js';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { resolveNotes } from '../src/cite/resolve.js';
import { citedIn, marked, notesOf } from './helpers/chapter-notes.js';

const parts = (text: string) => classifyNote(text).map(({ kind, text }) => [kind, text]);

describe('a German note cited in full', () => {
  it('reads a book: names in bibliography order, the title, place and year, `S.` the page cited', () => {
    expect(parseFullCitation('Pennick, Orla: Die Fähre. Eine Geschichte. Neustadt an der Weser 1966, S. 6.')).toEqual({
      item: {
        type: 'book',
        author: [{ family: 'Pennick', given: 'Orla' }],
        title: 'Die Fähre. Eine Geschichte',
        'publisher-place': 'Neustadt an der Weser',
        issued: { 'date-parts': [[1966]] },
      },
      locator: '6',
      etAl: false,
    });
  });

  it('reads two authors parted by commas, and a title holding a colon', () => {
    expect(
      parseFullCitation('Brede, Tomas G., Sorel, Piet, Häfen im Wandel: warum und wie? Bremen/Hamburg 2017, S. 198.')
        .item,
    ).toMatchObject({
      type: 'book',
      author: [
        { family: 'Brede', given: 'Tomas G.' },
        { family: 'Sorel', given: 'Piet' },
      ],
      title: 'Häfen im Wandel: warum und wie?',
      'publisher-place': 'Bremen/Hamburg',
    });
  });

  it('reads a part of a book: `in:`, the editors with `Ders.` for the author, the book without its catalogue’s bracket', () => {
    const { item, locator } = parseFullCitation(
      'Pennick, Orla: Salz und Stein, in: Ders./Sorel, Piet (Hrsg.), Die Küste. Ein Atlas (Ausst.-Kat. Hafenmuseum, Bremen 2015), München 2015, S. 10-35, S. 17f.',
    );
    expect(item).toMatchObject({
      type: 'chapter',
      author: [{ family: 'Pennick', given: 'Orla' }],
      title: 'Salz und Stein',
      'container-title': 'Die Küste. Ein Atlas',
      editor: [
        { family: 'Pennick', given: 'Orla' },
        { family: 'Sorel', given: 'Piet' },
      ],
      page: '10-35',
      issued: { 'date-parts': [[2015]] },
    });
    expect(locator).toBe('17f.');
  });

  it('leaves English notes and German short forms to the other readers', () => {
    expect(isGermanNote('Ann Lee, *Salt Roads* (Hull: Quay Press, 2004), 23.')).toBe(false);
    expect(isGermanNote('Pennick, Die Fähre 1966, S. 6.')).toBe(false);
    expect(isGermanNote('Pennick, Orla, Die Fähre, Hull 1966, 6.')).toBe(false);
  });
});

describe('a German note’s words around its citations', () => {
  it('cuts the author’s words before the signal and two works joined by `sowie`', () => {
    expect(
      parts(
        'Vgl. zum ganzen Abschnitt Pennick, Orla, Die Fähre. Bremen 1966, S. 6, sowie Sorel, Piet: Häfen. Kiel 2015, S. 17.',
      ),
    ).toEqual([
      ['commentary', 'Vgl. zum ganzen Abschnitt'],
      ['full', 'Pennick, Orla, Die Fähre. Bremen 1966, S. 6'],
      ['full', 'Sorel, Piet: Häfen. Kiel 2015, S. 17.'],
    ]);
    expect(parts('Für eine ausführliche Erklärung der Fähren vgl. Sorel, Piet: Häfen. Kiel 2015, S. 17.')).toEqual([
      ['commentary', 'Für eine ausführliche Erklärung der Fähren vgl.'],
      ['full', 'Sorel, Piet: Häfen. Kiel 2015, S. 17.'],
    ]);
  });

  it('links author-year short forms and Ebd. to the work, the year out of the page cited', () => {
    const { notes, works } = resolveNotes(
      notesOf(
        'Pennick, Orla: Die Fähre. Bremen 1966, S. 6.',
        'Für weitere Fähren siehe Pennick 1966, S. 5f.',
        'Ebd., S. 9.',
      ),
    );
    expect(works).toHaveLength(1);
    expect(notes[1].citations.map((citation) => [citation.form, citation.work, citation.locator])).toEqual([
      ['short', works[0], '5f'],
    ]);
    expect(notes[2].citations.map((citation) => [citation.form, citation.work, citation.locator])).toEqual([
      ['ibid', works[0], '9'],
    ]);
  });
});

describe('a German note as Zotero’s German styles write it', () => {
  it('keeps names parted by semicolons together, the editors of a book after `in:` too (the signal dropped)', () => {
    expect(
      parts(
        'Vgl. Lee, Ann; Chen, Bo: Salz, in: Eze, Dara; Ames, Cy (Hg.): Die Küste, Berlin 2015, S. 120; Ames, Cy: Ebbe, Kiel 2001, S. 5.',
      ),
    ).toEqual([
      ['full', 'Lee, Ann; Chen, Bo: Salz, in: Eze, Dara; Ames, Cy (Hg.): Die Küste, Berlin 2015, S. 120'],
      ['full', 'Ames, Cy: Ebbe, Kiel 2001, S. 5.'],
    ]);
    const { item, locator } = parseFullCitation(
      'Lee, Ann; Chen, Bo: Salz, in: Eze, Dara; Ames, Cy (Hg.): Die Küste, Berlin 2015 (Hafenreihe), S. 120 f.',
    );
    expect(item).toMatchObject({
      type: 'chapter',
      author: [
        { family: 'Lee', given: 'Ann' },
        { family: 'Chen', given: 'Bo' },
      ],
      editor: [
        { family: 'Eze', given: 'Dara' },
        { family: 'Ames', given: 'Cy' },
      ],
      title: 'Salz',
      'container-title': 'Die Küste',
      'collection-title': 'Hafenreihe',
    });
    expect(locator).toBe('120 f.');
  });

  it('reads a book its editors made, `u. a.` for more names, and the address after `Online:`', () => {
    const edited = parseFullCitation(
      marked(
        'Eze, Dara; Ames, Cy (Hg.): Die Küste, Berlin/Boston 2015, S. 257–299. Online: https://doi.org/10.5555/kueste.',
      ),
    );
    expect(edited.item).toMatchObject({
      type: 'book',
      editor: [
        { family: 'Eze', given: 'Dara' },
        { family: 'Ames', given: 'Cy' },
      ],
      URL: 'https://doi.org/10.5555/kueste',
    });
    expect(edited.item.author).toBeUndefined();
    expect(edited.locator).toBe('257–299');
    expect(parseFullCitation('Lee, Ann; Chen, Bo u. a.: Ebbe, Kiel 2014, S. 25–48.')).toMatchObject({
      item: { author: [{ family: 'Lee' }, { family: 'Chen' }] },
      etAl: true,
    });
  });

  it('reads a year alone with the volume of the book, and a journal’s volume and issue (its pages the extent)', () => {
    expect(parseFullCitation('Lee, Ann: Salz, in: Die Küste, Bd. 18, 2016 (Hafenforum), S. 4 f.')).toMatchObject({
      item: { type: 'chapter', 'container-title': 'Die Küste', volume: '18', issued: { 'date-parts': [[2016]] } },
      locator: '4 f.',
    });
    expect(parseFullCitation('Lee, Ann: „Ebbe“ und Flut, in: Küste 1 (1), 19.02.2019, S. 62–97.')).toMatchObject({
      item: { type: 'article-journal', title: '„Ebbe“ und Flut', 'container-title': 'Küste', volume: '1', issue: '1' },
      locator: null,
    });
    expect(parseFullCitation('Lee, Ann: Ebbe, in: Küste 45 (1997), H. 3, S. 5–20.').item).toMatchObject({
      type: 'article-journal',
      'container-title': 'Küste',
      volume: '45',
      issue: '3',
      issued: { 'date-parts': [[1997]] },
    });
  });

  it('reads a page on the web: its site after `in:` or before the day, a blog’s or a newspaper’s by its name', () => {
    expect(
      parseFullCitation(marked('Ebbe und Flut, in: Hafenwiki, 05.09.2018. Online: https://wiki.example.org/ebbe')).item,
    ).toEqual({
      type: 'webpage',
      title: 'Ebbe und Flut',
      'container-title': 'Hafenwiki',
      issued: { 'date-parts': [[2018, 9, 5]] },
      URL: 'https://wiki.example.org/ebbe',
    });
    expect(
      parseFullCitation(
        marked('Lee, Ann: Der Irrtum, Kieler Zeitung, 27.05.2016, https://kz.example.org/irrtum, Stand: 13.06.2020.'),
      ).item,
    ).toMatchObject({
      type: 'article-newspaper',
      author: [{ family: 'Lee', given: 'Ann' }],
      title: 'Der Irrtum',
      'container-title': 'Kieler Zeitung',
      issued: { 'date-parts': [[2016, 5, 27]] },
    });
    // (A colon after no names is the title's; the day after `Stand:` is the day it was read, not the page's.)
    expect(
      parseFullCitation(marked('Hafen:Index - Meta, https://meta.example.org/wiki/Hafen:Index, Stand: 06.07.2020.'))
        .item,
    ).toEqual({ type: 'webpage', title: 'Hafen:Index - Meta', URL: 'https://meta.example.org/wiki/Hafen:Index' });
  });

  it('cuts a web citation from the author’s sentences after its address, and a sentence from the signal after it', () => {
    expect(
      parts(
        marked(
          'Ebbe, in: Hafenwiki, 27.04.2020. Online: https://wiki.example.org/ebbe. Dem Artikel mangelt es an Belegen. Siehe Ebbe - Verlauf, https://tools.example.org/ebbe, Stand: 06.08.2020.',
        ),
      ).map(([kind, text]) => [kind, text.replace(/[\uE002\uE003]/g, '')]),
    ).toEqual([
      ['full', 'Ebbe, in: Hafenwiki, 27.04.2020. Online: https://wiki.example.org/ebbe.'],
      ['commentary', 'Dem Artikel mangelt es an Belegen.'],
      ['full', 'Ebbe - Verlauf, https://tools.example.org/ebbe, Stand: 06.08.2020.'],
    ]);
  });

  it('links a short form by names and title, and `Ebd.` with a page and `f.`', () => {
    const { works, notes } = citedIn(
      'Lee, Ann; Chen, Bo: Salz der Küste, in: Die Küste, Bd. 3, 2016, S. 45–51.',
      'Vgl. Lee; Chen: Salz der Küste, 2016, S. 47 f.',
      'Vgl. ebd., S. 49 f.',
    );
    expect(works).toHaveLength(1);
    expect(notes.slice(1)).toEqual([[['short', 0, '47 f.']], [['ibid', 0, '49 f.']]]);
  });

  it('leaves English notes with `Online`, a URL label or a day in figures to the other readers', () => {
    expect(
      parseGermanOnline(marked('Ann Lee, Tides of the Harbour, 05.09.2018, https://shore.example.org/tides')),
    ).toBe(undefined);
    expect(
      parseFullCitation(
        marked('Ann Lee, Tides of the Harbour, Shore Online, accessed May 3, 2019, https://shore.example.org/'),
      ).item.title,
    ).not.toBe('Ann Lee, Tides of the Harbour, Shore Online');
    expect(
      parseFullCitation(marked('Ann Lee, “Tides,” Shore Online: Harbour Notes, 2019, https://shore.example.org/')).item,
    ).toMatchObject({ author: [{ family: 'Lee', given: 'Ann' }], title: 'Tides' });
  });
});

describe('a German note in note order (names given first)', () => {
  it('reads names parted by `/`, the title and `hier S.` the page cited, a short form and `Ebenda` after it', () => {
    const { works, notes } = citedIn(
      'Ann Lee/Bo Chen, Die Häfen der Küste, Hamburg 2015, hier S. 12.',
      'Lee, Chen, Die Häfen der Küste, hier S. 14.',
      'Ebenda, hier S. 15.',
    );
    expect(works[0]).toMatchObject({ type: 'book', title: 'Die Häfen der Küste', 'publisher-place': 'Hamburg' });
    expect(works[0].author).toEqual([
      { family: 'Lee', given: 'Ann' },
      { family: 'Chen', given: 'Bo' },
    ]);
    expect(notes).toEqual([[['full', 0, '12']], [['short', 0, '14']], [['ibid', 0, '15']]]);
  });

  it('reads a part `in:` a book or a periodical in italics, a day’s date making a newspaper’s issue', () => {
    const { works } = citedIn(
      'Ann Lee, Das Salz, in: Bo Chen (Hrsg.): Die Küste, München 2015, S. 10–35, hier S. 17.',
      'Ann Lee/Bo Chen, Die Kais, in: *Hafenblatt* 23 (2015), Heft 2, S. 153–191, hier S. 160.',
      'Ann Lee, Die Docks, in: *Der Hafenbote*, 04.05.1982, hier S. 3.',
    );
    expect(works.map((work) => [work.type, work.title, work['container-title']])).toEqual([
      ['chapter', 'Das Salz', 'Die Küste'],
      ['article-journal', 'Die Kais', 'Hafenblatt'],
      ['article-newspaper', 'Die Docks', 'Der Hafenbote'],
    ]);
    expect(works[2].issued).toEqual({ 'date-parts': [[1982]] });
  });

  it('tells a web page, a thesis, an interview and a body’s report by what follows the title', () => {
    const { works } = citedIn(
      'Ann Lee, Die Kais, Hafenportal, 12. 10. 2009, hier S. 2, https://example.org/kais.',
      'Bo Chen, Salz und Küste, Diss., Universität Kiel, 1995, hier S. 12.',
      'Ann Lee, Interview mit Bo Chen, 16.12.1970, hier S. 4.',
      'Hafeninstitut Kiel, Der Kai, Gesellschaft für Küstenkunde, Kiel 2012, hier S. 8.',
    );
    expect(works.map((work) => [work.type, work.title])).toEqual([
      ['webpage', 'Die Kais'],
      ['thesis', 'Salz und Küste'],
      ['interview', 'Interview mit Bo Chen'],
      ['report', 'Der Kai'],
    ]);
    expect(works[0]['container-title']).toBe('Hafenportal');
    expect(works[3]).toMatchObject({
      author: [{ literal: 'Hafeninstitut Kiel' }],
      publisher: 'Gesellschaft für Küstenkunde',
    });
  });

  it('reads names in note order before a colon, a periodical’s `Band` and `Ausgabe`, a DOI after the pages', () => {
    const { works } = citedIn(
      'A. Lee, B. Chen: Die Kais, in: Einführung in die Häfen, Berlin 2021, S. 199-222, doi:10.1000/kais.1.',
      'Siehe zum Beispiel Ann Lee, Bo Chen: Die Docks, in: Hafenblatt, Band 21, 2. Ausgabe, Artikelnr. 117, 2021, doi:10.1000/docks.',
    );
    expect(works.map((work) => [work.type, work.title, work['container-title'], work.volume, work.issue])).toEqual([
      ['chapter', 'Die Kais', 'Einführung in die Häfen', undefined, undefined],
      ['article-journal', 'Die Docks', 'Hafenblatt', '21', '2'],
    ]);
    expect(works.map((work) => work.author)).toEqual([
      [
        { family: 'Lee', given: 'A.' },
        { family: 'Chen', given: 'B.' },
      ],
      [
        { family: 'Lee', given: 'Ann' },
        { family: 'Chen', given: 'Bo' },
      ],
    ]);
  });

  it('keeps a family name of two words before its given name in bibliography order', () => {
    const { works } = citedIn('González Mello, Jorge: Die Fähre. Bremen 1966, S. 6.');
    expect(works[0].author).toEqual([{ family: 'González Mello', given: 'Jorge' }]);
  });
});

describe('a German note as many theses type it', () => {
  it('reads a title quoting with the low quote typed as two commas, and `S. 17f` without its stop', () => {
    const { works, notes } = citedIn(
      'Siehe Lea Vogt: Die ,,Kaifrage" in Kiel 1900-1914. Ein Vergleich, Kiel 2012, S. 17f',
      'Vgl. Lea Vogt: Stille Häfen, Kiel 2015, S. 9f; Jonas Brandt: Kaie, Bremen 2010, S. 5.',
    );
    expect(works.map((work) => [work.type, work.title, work['publisher-place'], work.author])).toEqual([
      ['book', 'Die ,,Kaifrage" in Kiel 1900-1914. Ein Vergleich', 'Kiel', [{ family: 'Vogt', given: 'Lea' }]],
      ['book', 'Stille Häfen', 'Kiel', [{ family: 'Vogt', given: 'Lea' }]],
      ['book', 'Kaie', 'Bremen', [{ family: 'Brandt', given: 'Jonas' }]],
    ]);
    expect(notes).toEqual([
      [['full', 0, '17f']],
      [
        ['full', 1, '9f'],
        ['full', 2, '5'],
      ],
    ]);
  });

  it('reads bodies as the editors of their own work, `e. V.` or `GmbH` after the name, a report by its title', () => {
    const { works } = citedIn(
      'Vgl. Nordischer Kaiverband e.V. (Hrsg.): Häfen heute. Ein Bericht, Hamburg 2019, S. 8.',
      'Küstenbund Nord e. V., Offene Kaie Deutschland e. V. (Hrsg.): ABC der Kaie, Kiel 2019, S. 4f.',
      'Kaiwerk GmbH (Hrsg.): Das Kaihandbuch, Lübeck 2016, S. 252',
    );
    expect(works.map((work) => [work.type, work.title, work.author])).toEqual([
      ['report', 'Häfen heute. Ein Bericht', [{ literal: 'Nordischer Kaiverband e.V.' }]],
      ['book', 'ABC der Kaie', [{ literal: 'Küstenbund Nord e. V.' }, { literal: 'Offene Kaie Deutschland e. V.' }]],
      ['book', 'Das Kaihandbuch', [{ literal: 'Kaiwerk GmbH' }]],
    ]);
  });

  it('cuts two works joined by `und`, `oder` or `sowie` after a page or a DOI, not a page joined to a note’s place', () => {
    expect(
      parts(
        'Siehe Lea Vogt: Kaie, Kiel 2012, S. 3 sowie Jonas Brandt: Märkte, Bremen 2010, S. 5 oder jüngst bei Ida Falk: Docks, Kiel 2020, S. 2.',
      ),
    ).toEqual([
      ['full', 'Lea Vogt: Kaie, Kiel 2012, S. 3'],
      ['full', 'Jonas Brandt: Märkte, Bremen 2010, S. 5'],
      ['full', 'Ida Falk: Docks, Kiel 2020, S. 2.'],
    ]);
    const { works, notes } = citedIn(
      'Ida Falk, Nils Ott: Offene Kaie, in: Zeitschrift für Kaiforschung, Band 21, Artikelnr. 117, 2021, doi:10.1000/zk.117 und Lea Vogt: Kaie, Kiel 2012, S. 3.',
      'Siehe Lea Vogt: Stille Kaie, Kiel 2015, S. 12 und Anm. 4.',
    );
    expect(works.map((work) => [work.type, work.title])).toEqual([
      ['article-journal', 'Offene Kaie'],
      ['book', 'Kaie'],
      ['book', 'Stille Kaie'],
    ]);
    expect(notes.map((note) => note.length)).toEqual([2, 1]);
  });

  it('cuts short forms by author and year listed with commas, and one closing its sentence before the author’s', () => {
    const { notes } = citedIn(
      'Lea Vogt: Kaie, Kiel 1997, S. 3.',
      'Jonas Brandt: Märkte, Bremen 2000, S. 5.',
      'Siehe Vogt 1997, S. 12f., Brandt 2000, S. 123f., Vogt 1997, S. 17',
      'Vgl. Vogt 1997, S. 562-565. Mitunter wird der Begriff weiter gefasst. Siehe Brandt 2000, S. 9.',
    );
    expect(notes.slice(2)).toEqual([
      [
        ['short', 0, '12f'],
        ['short', 1, '123f'],
        ['short', 0, '17'],
      ],
      [
        ['short', 0, '562-565'],
        ['short', 1, '9'],
      ],
    ]);
  });

  it('reads a body’s page, the body as the editor, `Stand:` and a month dating it, and `Ebd.` joined to it by `sowie`', () => {
    const { works, notes } = citedIn(
      'Vgl. Deutscher Kaibund (Hrsg.): Offene Kaie. Eine Stellungnahme des Kaibunds, Stand: April 2017, URL: <https://kaibund.example.org/stellungnahme.pdf> (letzter Zugriff am 21.04.2022).',
      'Ebd. sowie siehe auch Kaiwerk Stiftung (Hrsg.): Warum offene Kaie? URL: <https://kaiwerk.example.org/warum/> (letzter Zugriff am 26.04.2022).',
    );
    expect(works.map((work) => [work.type, work.author, work.title, work.issued])).toEqual([
      [
        'report',
        [{ literal: 'Deutscher Kaibund' }],
        'Offene Kaie. Eine Stellungnahme des Kaibunds',
        { 'date-parts': [[2017, 4]] },
      ],
      ['webpage', [{ literal: 'Kaiwerk Stiftung' }], 'Warum offene Kaie?', undefined],
    ]);
    expect(notes).toEqual([
      [['full', 0, null]],
      [
        ['ibid', 0, null],
        ['full', 1, null],
      ],
    ]);
  });

  it('reads `, u.a.` before the names’ colon, a periodical’s issue alone, and a page alone in a journal as the one cited', () => {
    const { works, notes } = citedIn(
      'Vgl. Ida Falk, Nils Ott, Lea Vogt, u.a.: Die Kaiprinzipien, in: Kaidaten, Ausgabe 144, 2020, S. 6ff., doi:10.1000/kd.144.',
      'Vgl. Ida Falk: Offene Kaie, in: Kaiblätter (Hrsg), 2 Ausgabe, 2016, S. 3.',
    );
    expect(
      works.map((work) => [
        work.type,
        (work.author as unknown[] | undefined)?.length,
        work.title,
        work['container-title'],
        work.issue,
      ]),
    ).toEqual([
      ['article-journal', 3, 'Die Kaiprinzipien', 'Kaidaten', '144'],
      ['article-journal', 1, 'Offene Kaie', 'Kaiblätter', '2'],
    ]);
    expect(notes).toEqual([[['full', 0, '6ff.']], [['full', 1, '3']]]);
    // (A range's dash typed as two hyphens.)
    expect(
      citedIn('Lea Vogt, Kaie am Meer, in: Jonas Brandt (Hrsg.), Häfen der Küste, Kiel 1988, S. 268--313.').notes,
    ).toEqual([[['full', 0, '268--313']]]);
  });

  it('reads an author-date reference with a colon after the year’s bracket', () => {
    const { works } = citedIn('Vogt, Lea (2012): Kaie und Märkte. Kiel: Kaiverlag, S. 17.');
    expect(works).toMatchObject([
      {
        type: 'book',
        author: [{ family: 'Vogt', given: 'Lea' }],
        title: 'Kaie und Märkte',
        issued: { 'date-parts': [[2012]] },
      },
    ]);
  });
});

describe('a German title quoted whole', () => {
  it('reads the title inside low quotes or chevrons, its marks not its words', () => {
    const { works, notes } = citedIn(
      'Lee, Ann: „Die Kaie von Kiel“, in: Hafenblätter 3 (2004), S. 12–30, hier S. 14.',
      'Bo Chen: »Kaie«, in: Vogt, Lea (Hg.): Häfen im Norden, Kiel 2010, S. 5–20, hier S. 7.',
      'Sorel, Piet: »Die Fähre«. In: Küstenblatt 7 (1999), S. 40–52.',
    );
    expect(works.map((work) => [work.type, work.title, work['container-title']])).toEqual([
      ['article-journal', 'Die Kaie von Kiel', 'Hafenblätter'],
      ['chapter', 'Kaie', 'Häfen im Norden'],
      ['article-journal', 'Die Fähre', 'Küstenblatt'],
    ]);
    expect(works[1].author).toEqual([{ family: 'Chen', given: 'Bo' }]);
    expect(notes).toEqual([[['full', 0, '14']], [['full', 1, '7']], [['full', 2, null]]]);
  });

  it('keeps a quotation inside the title', () => {
    expect(citedIn('Lee, Ann: Die „Kaifrage“ in Kiel, Kiel 2001, S. 9.').works[0].title).toBe('Die „Kaifrage“ in Kiel');
  });
});
