/**
 * Italian and Spanish notes (italian-forms.ts, classify/ibid.ts, text.ts's `IDEM`, details.ts's page after a colon):
 * the article's title in italics and its journal in guillemets after `in`, the editor as `a cura di`, the page cited
 * after the extent's colon, `Ivi` and `Ibíd.`, `Ead.` and `Eadem`. Every name and title here is made up.
 */
import { describe, expect, it } from 'vitest';
import { italianForms } from '../src/cite/italian-forms.js';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0 } from '../src/cite/note-text.js';
import { citedIn } from './helpers/chapter-notes.js';

describe('the Italian marks, read as Chicago’s', () => {
  it('swaps an article’s italics and its journal’s guillemets, keeping the text’s length', () => {
    const text = `B. Chen, ${E0}Le maree${E1}, in «Rivista del porto», 12 (2004), pp. 45-67: 50.`;
    const read = italianForms(text);
    expect(read).toBe(`B. Chen, “Le maree”,    ${E0}Rivista del porto${E1}, 12 (2004), pp. 45-67: 50.`);
    expect(read).toHaveLength(text.length);
  });

  it('writes `a cura di` as English outside titles, and leaves a note without Italian marks alone', () => {
    const text = `C. Eze, ${E0}Il molo${E1}, in D. Fox (a cura di), ${E0}Porti a cura di mare${E1}, Roma, 2010.`;
    expect(italianForms(text)).toBe(
      `C. Eze, “Il molo”, in D. Fox      (eds.), ${E0}Porti a cura di mare${E1}, Roma, 2010.`,
    );
    const english = `Ann Lee, ${E0}Tides${E1}, in «Quay», a word.`.replace('«Quay»', 'Quay');
    expect(italianForms(english)).toBe(english);
  });

  it('resolves the works, their pages cited after the colon, `Ivi`, `Ibíd.` and `Ead.`', () => {
    const { works, notes } = citedIn(
      'Bruna Chen, *Le maree*, in «Rivista del porto», 12 (2004), pp. 45-67: 50.',
      'Ivi, p. 52.',
      'Carla Eze, *Il molo*, in Dario Fox (a cura di), *Porti e moli*, Roma, Carocci, 2010, pp. 11-30: 15.',
      'Ibíd., p. 16.',
      'Ead., *I moli* (Roma: Carocci, 2006), 4.',
    );
    const family = (work: (typeof works)[number]) =>
      (work.author as Array<{ family?: string }> | undefined)?.[0]?.family;
    expect(works.map((work) => [work.type, work.title, work['container-title'], family(work)])).toEqual([
      ['article-journal', 'Le maree', 'Rivista del porto', 'Chen'],
      ['chapter', 'Il molo', 'Porti e moli', 'Eze'],
      ['book', 'I moli', undefined, 'Eze'],
    ]);
    expect(notes).toEqual([
      [['full', 0, '50']],
      [['ibid', 0, '52']],
      [['full', 1, '15']],
      [['ibid', 1, '16']],
      [['full', 2, '4']],
    ]);
  });
});
