/**
 * German humanities notes (german-note.ts, classify/sowie.ts, and the German words of classify/ibid.ts,
 * classify/signal.ts and text.ts), on made-up notes: a book and a part of a book in the German form, editors marked
 * `(Hrsg.)` with `Ders.` for the author, the author's words before the signal, two works joined by `sowie`, author-year
 * short forms and `Ebd.`; and English notes left to the other readers. Every name, title and place here is made up.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { isGermanNote } from '../src/cite/german-note.js';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { resolveNotes } from '../src/cite/resolve.js';
import { notesOf } from './helpers/chapter-notes.js';

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
