/**
 * French notes (french-forms.ts), on made-up notes: titles in guillemets, with French spaces inside or none, and
 * German `»Title«`; `dans` for `in`, `dir.`/`éd.` for the editors, `trad.`, `et` between names (in short forms too),
 * `n°` for the issue, a space before the imprint's colon, a month in lower case, `réalisé par` for a film's
 * director, `chapitre` for an Act's chapter; the words inside a title left as written, and English notes untouched.
 * Every name and title here is made up.
 */
import { describe, expect, it } from 'vitest';
import { frenchForms } from '../src/cite/french-forms.js';
import { citedIn, marked } from './helpers/chapter-notes.js';

const names = (item: Record<string, unknown>) =>
  ((item.author ?? item.editor ?? []) as Array<{ family?: string; given?: string; literal?: string }>).map(
    (name) => name.literal ?? [name.family, name.given].filter(Boolean).join(', '),
  );

describe('French marks and words', () => {
  it('reads a title in guillemets and a journal’s `n°`, the page range its extent', () => {
    const { works, notes } = citedIn('Paul Marin, « Les quais », *Revue des ports*, n° 12, 1999, p. 45-67.');
    expect(works[0]).toMatchObject({
      type: 'article-journal',
      title: 'Les quais',
      'container-title': 'Revue des ports',
    });
    expect(works[0].issued).toEqual({ 'date-parts': [[1999]] });
    expect(names(works[0])).toEqual(['Marin, Paul']);
    expect(notes[0]).toHaveLength(1);
  });

  it('reads a chapter `dans` a book its editor (`dir.`) made, the imprint’s spaced colon, names joined by `et`', () => {
    const { works, notes } = citedIn(
      'Léa Roux et Jean Morel, « Les digues », dans *Ports et rivages*, dir. Anne Vidal (Lyon : Presses du Quai, 2004), 33.',
      'Roux et Morel, « Les digues », 35.',
      'Roux et Morel, 36.',
    );
    expect(works[0]).toMatchObject({
      type: 'chapter',
      title: 'Les digues',
      'container-title': 'Ports et rivages',
      publisher: 'Presses du Quai',
      'publisher-place': 'Lyon',
    });
    expect(names(works[0])).toEqual(['Roux, Léa', 'Morel, Jean']);
    expect(notes).toEqual([[['full', 0, '33']], [['short', 0, '35']], [['short', 0, '36']]]);
  });

  it('reads a newspaper’s day with its month in lower case, and guillemets without inner spaces or reversed', () => {
    const { works } = citedIn(
      'Marc Petit, «Les docks», *Le Courrier du port*, 4 mai 1982, 12.',
      'Uwe Brandt, »Die Kais«, *Hafenblatt*, 3 juin 1990, 7.',
    );
    expect(works.map((work) => [work.type, work.title, work['container-title'], work.issued])).toEqual([
      ['article-newspaper', 'Les docks', 'Le Courrier du port', { 'date-parts': [[1982, 5, 4]] }],
      ['article-newspaper', 'Die Kais', 'Hafenblatt', { 'date-parts': [[1990, 6, 3]] }],
    ]);
  });

  it('reads a film’s director after `réalisé par`, who is its author', () => {
    const { works } = citedIn('*Les marées*, réalisé par Nina Leclerc (Paris : Films du Quai, 2019).');
    expect(works[0]).toMatchObject({ type: 'motion_picture', title: 'Les marées' });
    expect(names(works[0])).toEqual(['Leclerc, Nina']);
  });

  it('leaves the words of a title as written, and an English note as it is', () => {
    const text = marked('Anne Vidal, *Et dans la nuit : les ports*, dir. Léa Roux (Lyon : Presses du Quai, 2004).');
    const read = frenchForms(text);
    expect(read).toHaveLength(text.length);
    expect(read).toContain(marked('*Et dans la nuit : les ports*'));
    expect(read).toContain(', ed.  Léa Roux (Lyon:  Presses du Quai');
    const english = marked('Ann Lee et al., *Tides* (Hull: Quay Press, 2004), 3.');
    expect(frenchForms(english)).toBe(english);
  });
});
