/**
 * Archival items cited from the body that keeps them (archive.ts `parseRegisterItem`), each form on a made-up
 * note: a register in italics after its keeper (a repository by its name, or any body with its place or initials in
 * brackets, and its divisions) and the folio cited in it, the entry described in sentences after the folio; and a
 * repository by its initials, a series by its code, then a box and document; a map by its title's word
 * (infer-type.ts). Every name here is made up.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0 } from '../src/cite/note-text.js';
import { resolveNotes } from '../src/cite/resolve.js';

const marked = (text: string) => text.replace(/\*([^*]+)\*/g, `${E0}$1${E1}`);
const kinds = (text: string) => classifyNote(marked(text)).map((segment) => segment.kind);
/** Each citation of the note: its form, locator and work's type, title and container. */
const cited = (text: string) =>
  resolveNotes([{ note: { number: 1, text: marked(text), spans: [] }, owner: 'one' }]).notes[0].citations.map(
    (citation) => ({
      form: citation.form,
      locator: citation.locator,
      type: citation.work?.item.type,
      title: citation.work?.item.title,
      container: citation.work?.item['container-title'],
    }),
  );

describe('a register after the body that keeps it, and its folio', () => {
  it('reads a parish with its place in brackets, the register in italics and the folio, and the entry after it', () => {
    const note =
      'Saint Anne of the Quay (Hull, Shore County), *Baptisms -- Book 1, 1700-1728*, fl. 40. "Baptism of Ann Lee, 1715." County Record Society microfilm 4455, item 3.';
    expect(kinds(note)).toEqual(['full']);
    expect(cited(note)).toEqual([
      {
        form: 'full',
        locator: 'fl. 40',
        type: 'manuscript',
        title: 'Baptisms -- Book 1, 1700-1728',
        container: 'Saint Anne of the Quay (Hull, Shore County)',
      },
    ]);
  });

  it('reads an archive with its initials and a division, then folios joined by `and`', () => {
    const note =
      'See Quay State Archive (QSA), Division of Manuscripts, *Land Grants -- Book 2 (1731-35)*, fl. 12v-13f, 15v-17f, and fl. 30v-31f.';
    expect(cited(note)).toEqual([
      {
        form: 'full',
        locator: 'fl. 12v-13f, 15v-17f, and fl. 30v-31f',
        type: 'manuscript',
        title: 'Land Grants -- Book 2 (1731-35)',
        container: 'Quay State Archive (QSA), Division of Manuscripts',
      },
    ]);
  });

  it('leaves a person, or an editor marked in brackets, no keeper of a register', () => {
    for (const note of [
      'Ann Lee, *Salt Roads of the Coast*, fol. 3.',
      'Ann Lee (ed.), *Salt Roads of the Coast*, fol. 3.',
    ])
      expect(cited(note)[0]).not.toMatchObject({ type: 'manuscript' });
  });
});

describe('a manuscript by its name, then its town, repository and shelfmark (named-manuscript.ts)', () => {
  it('reads the name as the title, the repository as the container, the folios as the place cited', () => {
    expect(
      cited('Bible of Quay Abbey, Hull, Harbour Library, Ms. 15, fol. 94r. Ann Lee, *Tides* (Hull: Quay Press, 2014).'),
    ).toEqual([
      {
        form: 'full',
        locator: 'fol. 94r',
        type: 'manuscript',
        title: 'Bible of Quay Abbey',
        container: 'Harbour Library',
      },
      { form: 'full', locator: null, type: 'book', title: 'Tides', container: undefined },
    ]);
    // The name in italics, its comma inside them; several volumes; a German compound's repository; after `and`.
    expect(
      cited(
        '*De portibus,* Hull, Bibliothèque Municipale, Ms. 159; Tide Legendary: Hull, Quay Library, Mss. 641, 642; and Bible of Marrowby: Leith, Staatsbibliothek, Ms. Phillipps 1644, fols. 3r–4v.',
      ),
    ).toEqual([
      { form: 'full', locator: null, type: 'manuscript', title: 'De portibus', container: 'Bibliothèque Municipale' },
      { form: 'full', locator: null, type: 'manuscript', title: 'Tide Legendary', container: 'Quay Library' },
      {
        form: 'full',
        locator: 'fols. 3r–4v',
        type: 'manuscript',
        title: 'Bible of Marrowby',
        container: 'Staatsbibliothek',
      },
    ]);
  });

  it('cites the manuscript again by its name, and reads no town and body that keep no manuscripts as one', () => {
    const again = resolveNotes(
      [
        'Bible of Quay Abbey, Hull, Harbour Library, Mss. 2, 4–6.',
        'Bible of Quay Abbey, Hull, Harbour Library, Ms. 2, fol. 5v.',
      ].map((text, index) => ({ note: { number: index + 1, text: marked(text), spans: [] }, owner: 'one' })),
    );
    expect(again.works).toHaveLength(1);
    expect(again.works[0].item).toMatchObject({ archive_location: 'Mss. 2, 4–6' });
    expect(again.notes[1].citations[0]).toMatchObject({ locator: 'fol. 5v' });
    // A board is no repository: not a manuscript.
    expect(cited('Tide Tables, Hull, Harbour Board, Ms. 15.')[0]?.type).not.toBe('manuscript');
  });
});

describe('a repository by its initials, a series by its code, a box and a document', () => {
  it('reads the box and document as the place cited, the series as no title, and the sentence after it as prose', () => {
    const note = 'See also QSA, SH-NO, box 7, doc. 212. The harbour appears in one of the few maps of the coast.';
    expect(kinds(note)).toEqual(['full', 'commentary']);
    expect(cited(note)).toEqual([
      { form: 'full', locator: 'box 7, doc. 212', type: 'manuscript', title: undefined, container: 'QSA' },
    ]);
  });
});

describe('a map', () => {
  it('types a work whose title opens with a map’s word as a map, in any of several languages, unless a press issued it', () => {
    expect(
      cited(
        'Ann Lee, Carte des Ports et des Quais de la Côte (Quay: Pier, 1632). Held at Quay Harbour Map Room, QM 1999-12.',
      )[0],
    ).toMatchObject({ type: 'map', title: 'Carte des Ports et des Quais de la Côte' });
    expect(cited('Bo Chen, *A New Chart of the Salt Coast* (London: Dara Eze, 1761).')[0].type).toBe('map');
    expect(cited('Bo Chen, *Map of the Heart* (Hull: Quay Press, 2004).')[0].type).toBe('book');
  });
});
