/**
 * Notes whose italics an export misplaced, and provisions cited before an act's abbreviation, each on made-up
 * notes: a `;` typed inside the italics of the title it follows (classify/separator-in-italics.ts), a book's
 * italics closed after its imprint's place (classify/place-in-italics.ts), a title's opening asterisk left as
 * text by Markdown (classify/stray-asterisk.ts), a provision's heading in brackets after the act's abbreviation
 * (classify/provision-heading.ts), an abbreviation made of the initials of an act's title (act-initials.ts), and
 * two parts with their own pages `both in` one book (both-in.ts), and a jurisdiction's collected statutes cited
 * by title and year (statute-collection.ts); and a lead-in naming editors with a particle (`Bo de Chen`,
 * classify/openings.ts) before a book whose series ends a sentence before its imprint (classify/prose.ts); the
 * number of a work's volumes after its date, no place cited (imprint-tail.ts); a report whose title names a code
 * before more of its words, no code (parse-full.ts).
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { resolveNotes } from '../src/cite/resolve.js';
import { notesOf } from './helpers/chapter-notes.js';

const resolve = (...texts: string[]) => resolveNotes(notesOf(...texts));
const kinds = (text: string) => classifyNote(notesOf(text)[0].note.text).map((segment) => segment.kind);

describe('a `;` inside the italics of the title before it', () => {
  it('still cuts the note into two citations', () => {
    expect(kinds('Bo Chen, *Tides of the Quay;* Dara Eze, *Rivers and Ports*, York: Quay Press, 2001.')).toEqual([
      'short',
      'full',
    ]);
  });

  it('lets the first be a short form of the work cited before', () => {
    const { notes, works } = resolve(
      'Bo Chen, *Tides of the Quay: A Survey*, Hull: Fell Press, 2010.',
      'Ann Lee, ‘Salt’, *Shore Review* 4.2 (2012): 1-9; Bo Chen, *Tides of the Quay;* Dara Eze, ‘Rivers’, *Port Studies* 8 (2014): 3-20.',
    );
    expect(notes[1].citations.map((citation) => citation.form)).toEqual(['full', 'short', 'full']);
    expect(notes[1].citations[1].work).toBe(works[0]);
    expect(notes[1].citations[2].work?.item).toMatchObject({ title: 'Rivers', 'container-title': 'Port Studies' });
  });

  it('leaves a `;` inside a title’s italics before more of the title alone', () => {
    expect(kinds('Bo Chen, *Tides; or, the Quay*, Hull: Fell Press, 2010.')).toEqual(['full']);
  });
});

describe('a book’s italics closed after its imprint’s place', () => {
  it('reads the title without the place, the place and publisher as the imprint', () => {
    const { works } = resolve(
      'Ann Lee, *Salt Roads: A History, Hull:* Quay Press, 2004.',
      'Bo Chen, ‘Tides’, in Dara Eze (ed.), *The Harbour Handbook, Port Talbot:* Fell Press, 2003, pp. 11-20.',
    );
    expect(works[0].item).toMatchObject({
      type: 'book',
      title: 'Salt Roads: A History',
      publisher: 'Quay Press',
      'publisher-place': 'Hull',
    });
    expect(works[1].item).toMatchObject({ type: 'chapter', title: 'Tides', 'container-title': 'The Harbour Handbook' });
  });

  it('keeps a subtitle after a colon in the italics when no publisher and year follow', () => {
    const { works } = resolve('Ann Lee, *Salt Roads, Volume Two:* The Coast (Hull: Quay Press, 2004).');
    expect(works[0].item.title).not.toBe('Salt Roads');
  });
});

describe('a title’s opening asterisk that Markdown left as text', () => {
  it('moves the italics from the series and imprint onto the title', () => {
    const { works, notes } = resolve('Ann Lee, *Salt Roads: A History, *Quay Series. Hull: Quay Press,* 2002, p. 13.');
    expect(notes[0].note.text).toContain('*Salt Roads');
    expect(works[0].item).toMatchObject({
      type: 'book',
      author: [{ family: 'Lee', given: 'Ann' }],
      title: 'Salt Roads: A History',
    });
    expect(notes[0].citations[0].locator).toBe('13');
  });

  it('reads a pair whose closing asterisk was typed after a space as the title’s italics', () => {
    const { notes, works } = resolve(
      'bo chen and Dara Eze, ‘Tides’, *Shore Review* 4.2 (2012): 1-9.',
      'bo chen and Dara Eze, *Tides. *',
    );
    expect(notes[1].citations).toMatchObject([{ form: 'short', work: works[0] }]);
  });

  it('leaves a note with a pair of literal asterisks to the full citation’s own reading', () => {
    const { works } = resolve('Ann Lee*, Salt Roads: A History*, Hull: Quay Press, 2004.');
    expect(works[0].item).toMatchObject({ title: 'Salt Roads: A History', publisher: 'Quay Press' });
  });
});

describe('a provision before an act’s abbreviation', () => {
  it('reads the provision’s heading in brackets as no part of the short form', () => {
    const { notes, works } = resolve(
      'See Quay Data Rules (QDR) (Regulation (EU) 2016/12), in effect 4 May 2018.',
      'Art. 25 QDR (Data kept safe by design).',
      'See Article 4(11) QDR (Consent).',
    );
    expect(notes[1].citations).toMatchObject([{ form: 'short', work: works[0], locator: 'Art. 25' }]);
    expect(notes[2].citations).toMatchObject([{ form: 'short', work: works[0], locator: 'Article 4(11)' }]);
  });

  it('links an abbreviation made of the initials of an act or treaty the chapter cited', () => {
    const { notes, works } = resolve(
      'Article 3, Shore Convention on Harbour Rights.',
      'Shore Protection Act 1999, s 4.',
      'Article 8 SCHR (Right to moor).',
      's. 12 SPA.',
    );
    expect(notes[2].citations).toMatchObject([{ form: 'short', work: works[0], locator: 'Article 8' }]);
    expect(notes[3].citations).toMatchObject([{ form: 'short', work: works[1], locator: 's. 12' }]);
  });

  it('leaves an abbreviation that spells no cited act’s initials to the author', () => {
    const { notes } = resolve('Shore Protection Act 1999, s 4.', 'Art. 2 QXR (General principles).');
    expect(notes[1].citations).toEqual([]);
  });
});

describe('two parts with their own pages, then the book they are both in', () => {
  const first =
    'Kay Dunn, "The Quay and the Town," 30–47, and Bo Chen, "Salt Roads Again," 48–60, both in *Essays on the Harbour*, ed. Ann Lee and Dara Eze (Hull: Quay Press, 2016); Cy Fox, *Ports* (York: Fell, 2001).';

  it('reads two chapters of that book, each keeping its pages as the place cited', () => {
    const { notes } = resolve(first);
    const [dunn, chen, fox] = notes[0].citations;
    const book = {
      type: 'chapter',
      'container-title': 'Essays on the Harbour',
      editor: [
        { family: 'Lee', given: 'Ann' },
        { family: 'Eze', given: 'Dara' },
      ],
      publisher: 'Quay Press',
      'publisher-place': 'Hull',
      issued: { 'date-parts': [[2016]] },
    };
    expect(dunn).toMatchObject({
      form: 'full',
      locator: '30–47',
      work: { item: { title: 'The Quay and the Town', ...book } },
    });
    expect(chen).toMatchObject({
      form: 'full',
      locator: '48–60',
      work: { item: { title: 'Salt Roads Again', ...book } },
    });
    expect(fox.work?.item).toMatchObject({ type: 'book', title: 'Ports' });
  });

  it('lets a later citation with the first part’s own facts describe it', () => {
    const { works } = resolve(
      first,
      'Kay Dunn, "The Quay and the Town," in *Essays of the Harbour*, eds Ann Lee and Dara Eze (Hull: Quay Press, 2016), <https://essays.example.org/dunn>.',
    );
    expect(works[0].item).toMatchObject({
      title: 'The Quay and the Town',
      'container-title': 'Essays of the Harbour',
      URL: 'https://essays.example.org/dunn',
    });
  });

  it('leaves a part whose pages are followed by another part not said to share its book', () => {
    const { notes } = resolve(
      'Kay Dunn, "The Quay and the Town," 30–47, and Bo Chen, "Salt Roads Again," in *Essays on the Harbour*, ed. Ann Lee (Hull: Quay Press, 2016), 48–60.',
    );
    expect(notes[0].citations[0].work?.item['container-title']).toBeUndefined();
    expect(notes[0].citations[1].work?.item['container-title']).toBe('Essays on the Harbour');
  });
});

describe('a jurisdiction’s collected statutes cited by title and year', () => {
  it('reads legislation, one citation each, its volume and pages, titles and articles the place cited', () => {
    const { notes } = resolve(
      'Ann Lee, *Rules of Practice, with a Sketch of a Harbour Code*, in *Works of Ann Lee* (Hull, 1843).',
      'See Collected Statutes of Quay (1790), 3:101–140 (tolls); General Laws of Wessex (1844), 212–219, ch. 9 (ferries); The Code of Harbour Practice of Kent (1871), 55–58, tit. 2, 90–91, art. 7 (moorings).',
    );
    expect(
      notes[1].citations.map(({ form, locator, work }) => [form, work?.item.type, work?.item.title, locator]),
    ).toEqual([
      ['full', 'legislation', 'Collected Statutes of Quay', '3:101–140'],
      ['full', 'legislation', 'General Laws of Wessex', '212–219, ch. 9'],
      ['full', 'legislation', 'The Code of Harbour Practice of Kent', '55–58, tit. 2, 90–91, art. 7'],
    ]);
    expect(notes[1].citations[0].work?.item.issued).toEqual({ 'date-parts': [[1790]] });
  });

  it('leaves a book by a named author whose title names a code', () => {
    const { works } = resolve('Ann Lee, The New Code of the State of Kent (1878), 21.');
    expect(works[0].item).toMatchObject({ type: 'book', author: [{ family: 'Lee', given: 'Ann' }] });
  });
});

describe('a lead-in naming a book’s editors, its series closing a sentence before the imprint', () => {
  it('reads the editors with a particle and the imprint after the series as one full citation', () => {
    const { notes } = resolve(
      'See also various essays in the edited volume by Ann Lee and Bo de Chen (eds), *Salt Roads*, Law and Sea Series #6. Hull: Quay Press, 2012.',
    );
    expect(notes[0].citations).toHaveLength(1);
    expect(notes[0].citations[0].work?.item).toMatchObject({
      type: 'book',
      editor: [
        { family: 'Lee', given: 'Ann' },
        { family: 'Chen', given: 'Bo', 'non-dropping-particle': 'de' },
      ],
      title: 'Salt Roads',
      publisher: 'Quay Press',
      issued: { 'date-parts': [[2012]] },
    });
  });

  it('still cuts a citation that opens after the author’s sentence', () => {
    expect(kinds('The ports were shut all year. Ann Lee, *Salt Roads* (Hull: Quay Press, 2012), 4.')).toEqual([
      'commentary',
      'full',
    ]);
  });
});

describe('the facts after a work’s date', () => {
  it('reads the number of its volumes as no place cited', () => {
    expect(parseFullCitation('Ann Lee, *The Practice of the Quay Court* (1829), 2 vols.').locator).toBeNull();
    expect(
      parseFullCitation('Ann Lee, *The Practice of the Quay Court* (Hull: Fell, 1829), 2 vols., 2:45.').locator,
    ).toBe('2:45');
  });

  it('reads a report whose title names a code before more of its words as the report, not the code', () => {
    const { item, locator } = parseFullCitation('Report of the Code Board to the Kent Assembly (1859), 296.');
    expect(item).toMatchObject({
      type: 'report',
      title: 'Report of the Code Board to the Kent Assembly',
    });
    expect(locator).toBe('296');
    expect(parseFullCitation('Harbour Code Amendment Code 1999, s 4.').item).toMatchObject({
      type: 'legislation',
      title: 'Harbour Code Amendment Code 1999',
    });
  });
});
