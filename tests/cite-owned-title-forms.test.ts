/**
 * A work named in the author's sentence by its owners' possessive, the work's kind between them and its title
 * (lead-prose.ts's `OWNED_KIND`, classify/owner-before-title.ts): `Dora Lamb's wonderful book *A History of Quays*`,
 * `inspired by Mia Carr's article on "Tides," *Medium*, https://…`, `based on Walter Bend's essay "Tides" (1936)`,
 * `Kate Ford and Vlad Jolo's essay and diagram "…"`; and `also` alone as a signal before a work in a list
 * (classify/signal.ts). Every name and title here is made up.
 */
import { describe, expect, it } from 'vitest';
import { citedIn } from './helpers/chapter-notes.js';

const names = (item: Record<string, unknown>) =>
  ((item.author ?? []) as Array<{ family?: string; given?: string; literal?: string }>).map(
    (name) => name.literal ?? [name.family, name.given].filter(Boolean).join(', '),
  );

describe('a work named by its owners’ possessive and its kind', () => {
  it('takes the owners as the authors, whatever sentence leads in to them', () => {
    const { works } = citedIn(
      'With tides in mind, it is worth adding more. Dora Lamb’s wonderful book *A History of Quays* (Cambridge, MA: Quay Press, 2002) has more detail on this.',
      'This exercise is inspired by Mia Carr’s article on "Using Tide Tables in the classroom," *Medium*, <https://medium.example.org/tides>.',
      'The quote is taken from Nils Mare’s article, "The cat sits on the quay," *Unthinking Harbours* (2016), <https://unthinking.example.org/cat>.',
      'See Kate Ford and Vlad Jolo’s essay and diagram "Anatomy of a Quay: The Harbour Echo," (2018) for a detailed explanation of this, <https://anatomy.example.org/>.',
      'Berger’s line of argument is based on Walter Bend’s essay "The Work of Art in the Age of Tides" (1936), <https://example.org/bend.htm>.',
    );
    expect(works.map((work) => [names(work), work.title])).toEqual([
      [['Lamb, Dora'], 'A History of Quays'],
      [['Carr, Mia'], 'Using Tide Tables in the classroom'],
      [['Mare, Nils'], 'The cat sits on the quay'],
      [['Ford, Kate', 'Jolo, Vlad'], 'Anatomy of a Quay: The Harbour Echo'],
      [['Bend, Walter'], 'The Work of Art in the Age of Tides'],
    ]);
  });

  it('takes a body’s possessive as the body’s name, and leaves a sentence that names no work’s kind as it is', () => {
    const { works, notes } = citedIn(
      'As the Harbour Board’s report "Tides on the Quay" (Hull: Quay Press, 2001), 4, shows, the quays were full.',
      'The Harbour Board’s new rules changed the quays, "Tides," *Shore Notes*, 4 May 2011.',
    );
    expect(works.map((work) => [names(work), work.title])).toEqual([[['Harbour Board'], 'Tides on the Quay']]);
    expect(notes[1]).toEqual([]);
  });
});

describe('`also` alone as a signal', () => {
  it('opens the next work of a list after `;`', () => {
    const { works } = citedIn(
      'See Bo Chen, *Tides* (Hull, 2001), 4; also Ann Lee, Mia Roe, Kim Ray, “Decolonial Quays,” *Philosophy & Tides* 33 (2020): 659–84.',
    );
    expect(names(works[1])).toEqual(['Lee, Ann', 'Roe, Mia', 'Ray, Kim']);
  });
});
