/**
 * Chicago forms met in a new book's notes, each rule on made-up notes (issue 11): a part of a book described
 * instead of titled, a review, an untitled clipping (described-part.ts); a contributor named after the author
 * (contributor-phrase.ts); a personal communication (personal-message.ts), cited again alike as one work
 * (same-untitled.ts); plates, figures, lots, catalogue numbers and `n.p.` as places cited (text.ts); a title set
 * in two runs of italics split at a dash (split-italics.ts); an unsigned work after the author's colon
 * (classify/colon-lead-in.ts); a title in the author's running sentence, which stays prose
 * (classify/lead-in-word.ts); a magazine known by its name though dated by the day (infer-type.ts), and a day's date
 * with its year in brackets (text.ts); German notes' `Ebd.`, `Vgl.` and `S.` (classify/ibid.ts, classify/signal.ts,
 * text.ts); a site's town after its name (details.ts) and a title's comma inside its last quotation (text.ts). Every
 * name, title and address here is made up.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0 } from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { resolveNotes } from '../src/cite/resolve.js';
import { notesOf } from './helpers/chapter-notes.js';

const marked = (text: string) => text.replace(/\*([^*]+)\*/g, `${E0}$1${E1}`);
const show = (text: string) => text.replaceAll(E0, '*').replaceAll(E1, '*');
const parsed = (text: string) => parseFullCitation(marked(text));
const parts = (text: string) => classifyNote(marked(text)).map(({ kind, text }) => [kind, show(text)]);

describe('a work the note describes instead of titling it', () => {
  it('reads `introduction to *Book*` as an untitled part of the book', () => {
    const { item, locator } = parsed(
      'Orla Pennick, introduction to *Tidal Ledgers*, exh. cat. (Hull: Quay Museum, 1978), n.p.',
    );
    expect(item).toMatchObject({
      type: 'chapter',
      author: [{ family: 'Pennick', given: 'Orla' }],
      'container-title': 'Tidal Ledgers',
      publisher: 'Quay Museum',
      issued: { 'date-parts': [[1978]] },
    });
    expect(item.title).toBeUndefined();
    expect(locator).toBe('n.p.');
  });

  it('reads `untitled introductory essay in *Book*` and `foreword to *Book*` the same way', () => {
    expect(
      parsed('Tomas Brede, untitled introductory essay in *Salt and Sail* (Leeds: Fell Gallery, 1938), 4.').item,
    ).toMatchObject({
      type: 'chapter',
      'container-title': 'Salt and Sail',
    });
    expect(parsed('Ines Marlow, foreword to *Quay Songs*, by Piet Sorel (York: Dale, 2001), xi.').item).toMatchObject({
      type: 'chapter',
      author: [{ family: 'Marlow', given: 'Ines' }],
      'container-title': 'Quay Songs',
    });
  });

  it('reads a review’s title as its description and the work reviewed, then the journal', () => {
    const { item } = parsed(
      'Orla Pennick, review of the exhibition *Lanterns of the Estuary*, *Shore Review* 6, no. 2 (Fall 2020), https://shore.example/6-2/pennick.',
    );
    expect(item).toMatchObject({
      type: 'article-journal',
      author: [{ family: 'Pennick', given: 'Orla' }],
      title: 'review of the exhibition Lanterns of the Estuary',
      'container-title': 'Shore Review',
      volume: '6',
      issue: '2',
    });
  });

  it('reads an untitled clipping from a paper as the paper’s article', () => {
    const { item } = parsed('Untitled clipping from *The Quay Lamp*, 11 April 1965.');
    expect(item).toMatchObject({
      type: 'article-newspaper',
      'container-title': 'The Quay Lamp',
      issued: { 'date-parts': [[1965, 4, 11]] },
    });
    expect(item.author).toBeUndefined();
  });

  it('leaves a titled part alone (`“Preface,” in *Book*`)', () => {
    expect(parsed('Orla Pennick, “Preface,” in *Tidal Ledgers* (Hull: Quay Museum, 1978), 3.').item).toMatchObject({
      type: 'chapter',
      title: 'Preface',
      'container-title': 'Tidal Ledgers',
    });
  });
});

describe('a contributor named after the author', () => {
  it('is no author of the book, and the note is a citation, not prose', () => {
    const note =
      'Orla Pennick, with an essay by Tomas Brede, *Lanterns of the Estuary, 1914–1947*, exh. cat. (Hull: Quay Museum, 1993).';
    expect(parsed(note).item).toMatchObject({
      type: 'book',
      author: [{ family: 'Pennick', given: 'Orla' }],
      title: 'Lanterns of the Estuary, 1914–1947',
    });
    expect(parts(`${note} Some of these lanterns were lost in the fire.`)).toEqual([
      ['full', note],
      ['commentary', 'Some of these lanterns were lost in the fire.'],
    ]);
  });
});

describe('a personal communication', () => {
  it('reads Chicago’s `Name, email message to author, date` and its variants', () => {
    for (const note of [
      'Orla Pennick, email message to author, October 1, 2019.',
      'Orla Pennick, telephone conversation with the author, 1 October 2019.',
      'Email communication between Orla Pennick and the author, 1 October 2019.',
      'Email from Orla Pennick to the author, 1 October 2019.',
    ]) {
      expect(parsed(note).item, note).toEqual({
        type: 'personal_communication',
        author: [{ family: 'Pennick', given: 'Orla' }],
        issued: { 'date-parts': [[2019, 10, 1]] },
      });
    }
  });

  it('is a citation of its own before the author’s words after it', () => {
    expect(parts('Orla Pennick, email message to author, October 1, 2019. She kept the ledgers.')).toEqual([
      ['full', 'Orla Pennick, email message to author, October 1, 2019.'],
      ['commentary', 'She kept the ledgers.'],
    ]);
  });

  it('cited again alike, by family name alone too, is one work; another day is another', () => {
    const { notes, works } = resolveNotes([
      ...notesOf(
        'Email communication between Orla Pennick and the author, 23 July 2020.',
        'Email communication between Orla Pennick and the author, 23 July 2020. She doubted it.',
        'Email communication between Pennick and the author, 23 July 2020.',
        'Email communication between Pennick and the author, 24 July 2020.',
      ),
    ]);
    const ids = notes.map((note) => note.citations[0]?.work);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).toBe(ids[0]);
    expect(ids[3]).not.toBe(ids[0]);
    expect(works.filter((work) => work.item.type === 'personal_communication')).toHaveLength(2);
  });
});

describe('places cited with their labels', () => {
  it('reads plates, figures, lots, catalogue numbers and an unnumbered page', () => {
    const locator = (place: string) =>
      parsed(`Orla Pennick, *Tidal Ledgers* (Hull: Quay Museum, 1978), ${place}.`).locator;
    expect(locator('39, pl. 59')).toBe('39, pl. 59');
    expect(locator('257, fig. 27')).toBe('257, fig. 27');
    expect(locator('supp. cat. no. 16')).toBe('supp. cat. no. 16');
    expect(locator('n.p.')).toBe('n.p.');
    expect(
      parsed('“Fine Prints,” Quay Galleries, Hull, 25 September 2010, lots 273–80, https://quay.example/sale/12.')
        .locator,
    ).toBe('lots 273–80');
  });

  it('reads the place after a site’s name (a sale’s house, then its town) as the place, not the site', () => {
    expect(
      parsed('“Fine Prints,” Quay Galleries, Hull, Shore, 25 September 2010, lot 12, https://quay.example/sale/12.')
        .item,
    ).toMatchObject({ 'container-title': 'Quay Galleries', 'publisher-place': 'Hull, Shore' });
    expect(
      parsed('“Tides,” Notes of a Harbour Master, Quay Scholar Blog, posted March 2, 2009, https://quay.example/tides.')
        .item['container-title'],
    ).toBe('Notes of a Harbour Master, Quay Scholar Blog');
    expect(
      parsed('Orla Pennick, “Tides,” Shore Periodicals, Inc, August 22, 2009, https://quay.example/tides.').item[
        'container-title'
      ],
    ).toBe('Shore Periodicals, Inc');
  });

  it('drops the note’s comma typed inside a quotation that ends the title, after a question mark too', () => {
    expect(
      parsed('Orla Pennick, “Freedom Does Not Extend to ‘Is It Real?,’” *The Evening Lamp*, 19 June 2012.').item.title,
    ).toBe('Freedom Does Not Extend to ‘Is It Real?’');
  });

  it('reads a sale dated by a span of days, the span no part of the site’s name', () => {
    expect(
      parsed('“Fine Prints,” Quay Galleries, 30–31 May 2007, lot 10, https://quay.example/sale/10.').item,
    ).toMatchObject({ 'container-title': 'Quay Galleries', issued: { 'date-parts': [[2007, 5, 31]] } });
  });
});

describe('a title set in two runs of italics split at a dash', () => {
  it('is one title (the Markdown’s `*…1927*–*1934*`)', () => {
    const [{ note }] = notesOf(
      'Orla Pennick, *Lanterns of the Estuary, 1927*–*1934*, exh. cat. (Hull: Quay Museum, 2002).',
    );
    expect(show(note.text)).toBe(
      'Orla Pennick, *Lanterns of the Estuary, 1927–1934*, exh. cat. (Hull: Quay Museum, 2002).',
    );
    expect(parseFullCitation(note.text).item.title).toBe('Lanterns of the Estuary, 1927–1934');
  });

  it('leaves runs parted by a space to the parser (`*Tides in* *Harbour Lives*` is a part and its book)', () => {
    const [{ note }] = notesOf('Orla Pennick, *Tides in* *Harbour Lives* (Hull: Quay Press, 2005), 3.');
    expect(show(note.text)).toBe('Orla Pennick, *Tides in* *Harbour Lives* (Hull: Quay Press, 2005), 3.');
  });
});

describe('the author’s words around an unsigned work and a title', () => {
  it('cuts an unsigned work after the author’s colon, and a second at its sentence', () => {
    expect(
      parts(
        'A sketch was offered for sale: “Fine Prints,” Quay Galleries, Hull, 4 May 2010, lot 12, https://quay.example/12. A second was sold: “Old Maps,” Quay Galleries, Hull, 6 June 2012, lot 56, https://quay.example/56.',
      ),
    ).toEqual([
      ['commentary', 'A sketch was offered for sale:'],
      ['full', '“Fine Prints,” Quay Galleries, Hull, 4 May 2010, lot 12, https://quay.example/12.'],
      ['commentary', 'A second was sold:'],
      ['full', '“Old Maps,” Quay Galleries, Hull, 6 June 2012, lot 56, https://quay.example/56.'],
    ]);
    expect(
      parts('The text came from an unsigned statement: “The Painter,” in *Quay Drawings* (York: Dale, 1936), 26.'),
    ).toEqual([
      ['commentary', 'The text came from an unsigned statement:'],
      ['full', '“The Painter,” in *Quay Drawings* (York: Dale, 1936), 26.'],
    ]);
  });

  it('leaves a title inside the author’s running sentence as prose', () => {
    const sentence =
      'When she saw the sketch again in *Lanterns of the Estuary* in 1993, she assumed that I had proven that it was indeed by Sorel!';
    expect(parts(sentence)).toEqual([['commentary', sentence]]);
  });
});

describe('a periodical’s type and date', () => {
  it('reads a magazine or a review by its name, dated by the day online, as a magazine; a daily as a newspaper', () => {
    const type = (container: string) =>
      parsed(`Orla Pennick, “Ferries at Night,” *${container}*, 4 May 2016, https://quay.example/ferries.`).item.type;
    expect(type('Shore Technology Review')).toBe('article-magazine');
    expect(type('Quay Monthly')).toBe('article-magazine');
    expect(type('The Quay Lamp')).toBe('article-newspaper');
    expect(type('Weekly Lamp')).toBe('article-newspaper');
  });

  it('reads `July 19 (2019)` as the day’s date', () => {
    expect(
      parsed('Orla Pennick, “Ferries at Night,” *The Quay Lamp*, July 19 (2019), https://quay.example/ferries.').item,
    ).toMatchObject({ type: 'article-newspaper', issued: { 'date-parts': [[2019, 7, 19]] } });
  });
});

describe('German notes’ words for Ibid., the signal and the page', () => {
  it('reads `Ebd., S. 2` and `Vgl. ebd., S. 10f.` as Ibid. with its page', () => {
    expect(parts('Ebd., S. 2.')).toEqual([['ibid', 'Ebd., S. 2.']]);
    expect(parts('Vgl. ebd., S. 10f.')).toEqual([['ibid', 'ebd., S. 10f.']]);
  });

  it('links `Vgl. Pennick 1978, S. 6.` to the author’s work of that year, the page its place', () => {
    const { notes, works } = resolveNotes(
      notesOf(
        'Orla Pennick, *Tidal Ledgers* (Hull: Quay Museum, 1978), 3.',
        'Orla Pennick, *Salt Roads* (Hull: Quay Museum, 1990), 3.',
        'Vgl. Pennick 1978, S. 6.',
        'Ebd., S. 7.',
      ),
    );
    expect(notes[2].citations.map((citation) => [citation.form, citation.work, citation.locator])).toEqual([
      ['short', works[0], '6'],
    ]);
    expect(notes[3].citations.map((citation) => [citation.form, citation.work, citation.locator])).toEqual([
      ['ibid', works[0], '7'],
    ]);
  });
});
