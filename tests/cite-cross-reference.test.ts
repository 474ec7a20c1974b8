/**
 * A note that points to another place of the book itself (classify/cross-reference.ts) is the author's words, never a
 * citation, in English, German and French; a place of a cited work stays a citation's. Every title here is made up.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { citedIn, marked } from './helpers/chapter-notes.js';

const kinds = (text: string) => classifyNote(marked(text)).map(({ kind, text }) => [kind, text]);

describe('a pointer to the book’s own place', () => {
  it('is commentary: chapters, sections, appendices, tables, figures, above or below', () => {
    for (const note of [
      'See chapter 3.',
      'See sections 2.1 and 2.4 above.',
      'Cf. appendix B.',
      'See Table 2 below.',
      'Siehe Kapitel 2.2.2.',
      'Vgl. Abschnitt ,,Quellen".',
      'Vgl. Kapitel 4 und 5 dieser Arbeit.',
      'Siehe Anhang D.4.',
      'Voir le chapitre 3.',
    ])
      expect(
        kinds(note).map(([kind]) => kind),
        note,
      ).toEqual(['commentary']);
  });

  it('is commentary: a place before its position and heading, a heading under its part, a link into the book', () => {
    for (const note of [
      'See discussion below: "Tides Perverted."',
      'See the discussion above.',
      'Siehe „Anforderungen an den Kai“ unter C.',
      'See “Harbour Dues” under 2.1.',
    ])
      expect(
        kinds(note).map(([kind]) => kind),
        note,
      ).toEqual(['commentary']);
    // A link to one of the book's files or anchors is the author's words, no web page.
    const { works, notes } = citedIn(
      'Die Details werden im Kapitel [2.1 Zur Struktur](Kapitel_2.md#21-zur-struktur) erläutert.',
      'The tolls are shown [above](#tolls).',
      'See [the harbour’s page](https://example.org/quay).',
    );
    expect(notes.slice(0, 2)).toEqual([[], []]);
    expect(works.map((work) => work.URL)).toEqual(['https://example.org/quay']);
  });

  it('leaves a place in a cited work, and a pointer followed by a work, to the citations', () => {
    const { notes } = citedIn('Ann Lee, *Tides* (Hull: Quay, 1990), 4.', 'Lee, *Tides*, chap. 3.', 'See chapter 3.');
    expect(notes).toEqual([[['full', 0, '4']], [['short', 0, 'chap. 3']], []]);
    expect(kinds('See chapter 3 of Lee, *Tides*.').map(([kind]) => kind)).not.toEqual(['commentary']);
  });
});
