/**
 * Forms a note's words tell and its marks do not, one per test on made-up notes: a film's director after its title
 * (`directed by`, details.ts and infer-type.ts), an editor or director known by an initial, a quoted title held by an
 * archive or a record office (infer-type.ts), an Act named alone (act-named-alone.ts), a magazine's issue of two
 * months (text.ts), a reporter numbered by paragraphs (law-review.ts) and an author-date reference of a book's editors
 * (author-date.ts). Every name and title here is made up.
 */
import { describe, expect, it } from 'vitest';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { citedIn, marked } from './helpers/chapter-notes.js';

const names = (item: Record<string, unknown>) =>
  ((item.author ?? item.editor ?? []) as Array<{ family?: string; given?: string; literal?: string }>).map(
    (name) => name.literal ?? [name.family, name.given].filter(Boolean).join(', '),
  );

describe('roles named after the title', () => {
  it('reads a film’s director as its author, and a short form by the director’s name', () => {
    const { works, notes } = citedIn(
      '*The Quiet Quays*, directed by Nina Vale (Hull: Quay Films, 2019).',
      'Nina Vale, 15.',
    );
    expect(works[0]).toMatchObject({ type: 'motion_picture', title: 'The Quiet Quays' });
    expect(names(works[0])).toEqual(['Vale, Nina']);
    expect(notes[1]).toEqual([['short', 0, '15']]);
  });

  it('keeps a name whose given name is an initial whole after `edited by` or `directed by`', () => {
    const book = parseFullCitation(marked('*Tides*, edited by E. Quarry, (Hull: Quay Press, 1974).')).item;
    expect(names(book)).toEqual(['Quarry, E.']);
    const film = parseFullCitation(marked('*Nets*, directed by T. S. Vale, (Hull: Quay Films, 2003).')).item;
    expect(names(film)).toEqual(['Vale, T. S.']);
  });
});

describe('what holds or enacts a work', () => {
  it('reads a quoted title that an archive or a record office holds as an archival document', () => {
    const item = parseFullCitation(marked('Wyn Hale, “Rural Medicine” (1778), 12, Quay Record Office, Hull.')).item;
    expect(item).toMatchObject({ type: 'manuscript', title: 'Rural Medicine' });
    // A talk at a museum is no archive's document.
    expect(parseFullCitation(marked('Ann Lee, “Tides,” lecture, Harbour Museum, June 22, 2020.')).item.type).not.toBe(
      'manuscript',
    );
  });

  it('reads an Act named alone as its first citation, another Act sharing its words as another Act', () => {
    const { works, notes } = citedIn(
      'Coastal Mills Act.',
      'Coastal Mills Act, 15.',
      'Coastal Bridges Act (chapter 4).',
    );
    expect(works.map((work) => [work.type, work.title])).toEqual([
      ['legislation', 'Coastal Mills Act'],
      ['legislation', 'Coastal Bridges Act'],
    ]);
    expect(notes).toEqual([[['full', 0, null]], [['short', 0, '15']], [['full', 1, null]]]);
  });
});

describe('dates and places of periodicals', () => {
  it('dates a magazine’s issue of two months by the first', () => {
    const chicago = parseFullCitation(marked('Ann Lee, “Tides,” *Harbour Monthly*, January/February 2009, 28.'));
    expect(chicago.item).toMatchObject({ type: 'article-magazine', 'container-title': 'Harbour Monthly' });
    expect(chicago.item.issued).toEqual({ 'date-parts': [[2009, 1]] });
    const bluebook = parseFullCitation(marked('Bo Chen, *Tides*, Harbour Aff., Jan./Feb. 2009, at 28, 34.'));
    expect(bluebook.item).toMatchObject({ type: 'article-magazine', title: 'Tides' });
    expect(bluebook.locator).toBe('28, 34');
  });

  it('reads a reporter numbered by paragraphs, the page cited after `at`', () => {
    const { item, locator } = parseFullCitation(
      marked('Ann Lee, *Buying Tides*, 11 Quay & Shore Rep. ¶ 17, at 60 (Apr. 1997).'),
    );
    expect(item).toMatchObject({ type: 'article-journal', 'container-title': 'Quay & Shore Rep.', volume: '11' });
    expect(locator).toBe('60');
  });

  it('reads an author-date reference of a book its editors made', () => {
    const { item } = parseFullCitation(marked('Roe, B., and C. Chen, eds. 2016. *Boats and Quays*. Leeds: Fell.'));
    expect(item).toMatchObject({ type: 'book', title: 'Boats and Quays' });
    expect(names(item)).toEqual(['Roe, B.', 'Chen, C.']);
    expect(item.issued).toEqual({ 'date-parts': [[2016]] });
  });
});
