/**
 * Forms of OSCOLA and New Hart's Rules notes (British law and humanities), one rule each: a later note pointing
 * back at its first note (`Lee (n 1) 12`, note-reference.ts), an article cited year first (year-first-article.ts),
 * a volume and issue split by a slash (details.ts), a volume in small Roman numerals before the page (text.ts,
 * parse-full.ts), a case cited year first with its court before the page or by its neutral citation (parse-full.ts,
 * classify/case-year-first.ts), a translator before the publisher (imprint-roles.ts), a chapter's extent then `at`
 * the page cited (details.ts), a thesis with no comma before its year, an interview named `Interview with` its
 * interviewee (interview-with.ts), an Act by its short title and year (classify/act-with-year.ts) and an
 * unpublished work dated by its year alone (unpublished.ts). Every name and title here is made up.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0, URL_CLOSE as U1, URL_OPEN as U0 } from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { parseShortCitation } from '../src/cite/parse-short.js';
import { resolveNotes } from '../src/cite/resolve.js';

/** `*Book*` as italics and `<https://…>` as a link, as note-text.ts marks them. */
const marked = (text: string) => text.replace(/\*([^*]+)\*/g, `${E0}$1${E1}`).replace(/<([^>]+)>/g, `${U0}$1${U1}`);
const full = (text: string) => parseFullCitation(marked(text));
const kinds = (text: string) => classifyNote(marked(text)).map((segment) => segment.kind);
const resolve = (...texts: string[]) =>
  resolveNotes(
    texts.map((text, index) => ({ note: { number: index + 1, text: marked(text), spans: [] }, owner: 'one' })),
  );

describe('a later note pointing back at the first (`(n 4)`)', () => {
  it('is a short form whose pointer is neither names nor title', () => {
    expect(kinds('Pennick (n 4) 12.')).toEqual(['short']);
    expect(parseShortCitation('Pennick and Chen (n 4) 12.')).toMatchObject({
      authors: ['Pennick', 'Chen'],
      locator: '12',
    });
    expect(parseShortCitation(`${E0}Pennick v Chen${E1} (note 4), 7.`)).toMatchObject({
      title: 'Pennick v Chen',
      locator: '7',
    });
  });

  it('links the work first cited in the note it names, when the names fit it', () => {
    const resolution = resolve(
      'Orla Pennick, *Salt Roads of the Fens* (Quay Press 2001) 4.',
      'Orla Pennick, *Harbour Dues Reconsidered* (Quay Press 2003) 9.',
      'Pennick (n 1) 12.',
      'Pennick (n 2) 14.',
    );
    const [first, second] = resolution.works;
    expect(resolution.notes[2].citations[0]).toMatchObject({ form: 'short', work: first, locator: '12' });
    expect(resolution.notes[3].citations[0]).toMatchObject({ form: 'short', work: second, locator: '14' });
  });

  it('reads the Bluebook’s `supra note 1` and the older Australian `above n 1` as the same pointer', () => {
    const resolution = resolve(
      'Orla Pennick, *Salt Roads of the Fens* (Quay Press 2001) 4.',
      'Orla Pennick, *Harbour Dues Reconsidered* (Quay Press 2003) 9.',
      'Pennick, supra note 1, at 12.',
      'Pennick, above n 1, 13.',
    );
    const [first] = resolution.works;
    expect(resolution.notes[2].citations[0]).toMatchObject({ form: 'short', work: first, locator: '12' });
    expect(resolution.notes[3].citations[0]).toMatchObject({ form: 'short', work: first, locator: '13' });
  });
});

describe('an article cited year first (OSCOLA)', () => {
  it('reads `‘Title’ (1997) 31 Journal 183, 190`: year, volume, journal without italics, first page, page cited', () => {
    expect(full('Orla Pennick and Bo Chen, ‘Salt and the Quays’ (1997) 31 Fenland Law Quarterly 183, 190.')).toEqual({
      item: {
        type: 'article-journal',
        author: [
          { family: 'Pennick', given: 'Orla' },
          { family: 'Chen', given: 'Bo' },
        ],
        title: 'Salt and the Quays',
        'container-title': 'Fenland Law Quarterly',
        volume: '31',
        page: '183',
        issued: { 'date-parts': [[1997]] },
      },
      locator: '190',
      etAl: false,
    });
    expect(kinds('Orla Pennick, ‘Salt and the Quays’ [1997] Fenland LQ 183.')).toEqual(['full']);
    expect(full('Orla Pennick, ‘Salt and the Quays’ (1997) 31(2) Fenland LQ 183, 190.')).toMatchObject({
      item: { volume: '31', issue: '2', page: '183', 'container-title': 'Fenland LQ' },
      locator: '190',
    });
  });

  it('reads a periodical in italics after a bracketed year as a magazine, its lone page the one cited', () => {
    expect(
      full('Bo Chen, ‘Lanterns on the Dyke’ [2004] *Marsh Monthly* 12 <https://marsh.example/lanterns>.'),
    ).toMatchObject({
      item: {
        type: 'article-magazine',
        title: 'Lanterns on the Dyke',
        'container-title': 'Marsh Monthly',
        issued: { 'date-parts': [[2004]] },
        URL: 'https://marsh.example/lanterns',
      },
      locator: '12',
    });
  });
});

describe("New Hart's Rules numbers", () => {
  it('reads `41/2 (2004)` after a journal as its volume and issue', () => {
    expect(full('Orla Pennick, ‘Dyke Reeves’, *Fenland Review*, 41/2 (2004), 12.')).toMatchObject({
      item: { type: 'article-journal', 'container-title': 'Fenland Review', volume: '41', issue: '2' },
      locator: '12',
    });
  });

  it('reads a volume in small Roman numerals before the page as no part of the place cited', () => {
    expect(full('Pennick v. Chen, *F.3d*, 1982, clvi, 12.')).toMatchObject({
      item: { type: 'legal_case', title: 'Pennick v. Chen', 'container-title': 'F.3d' },
      locator: '12',
    });
    expect(parseShortCitation(`${E0}Pennick v. Chen${E1}, cdxcii, 14.`).locator).toBe('14');
    // Two pages, the first in the front matter's numerals, stay two (a single numeral is no volume here).
    expect(parseShortCitation('Pennick, *Dyke Reeves*, x, 14.').locator).toBe('x, 14');
    // A preface's page and a text's, both cited (Chicago), not a volume and its page.
    expect(parseShortCitation('Pennick, *Dyke Reeves*, xii, 14.').locator).toBe('xii, 14');
  });
});

describe('a case cited year first (OSCOLA)', () => {
  it('reads `(1982) 156 F3d 851 (Court) 12`: the report, the court, then the page cited', () => {
    expect(full('*Pennick v Chen* (1982) 156 F3d 851 (Court of Appeal) 12.')).toMatchObject({
      item: { type: 'legal_case', title: 'Pennick v Chen', volume: '156', 'container-title': 'F3d', page: '851' },
      locator: '12',
    });
  });
});

describe('a case by its neutral citation (OSCOLA)', () => {
  it('reads `[2004] UKHL 12` as the court’s series and number, a paragraph in square brackets as the place cited', () => {
    expect(kinds('*Pennick v Chen* [2004] UKHL 12, [2005] 1 AC 45 [23].')).toEqual(['full']);
    expect(full('*Pennick v Chen* [2004] UKHL 12, [2005] 1 AC 45 [23].')).toMatchObject({
      item: { type: 'legal_case', title: 'Pennick v Chen', 'container-title': 'UKHL', page: '12' },
      locator: '[23]',
    });
    const resolution = resolve('*Pennick v Chen* [2004] UKHL 12 [23].', '*Pennick v Chen* (n 1) [24].');
    expect(resolution.notes[1].citations[0]).toMatchObject({
      form: 'short',
      work: resolution.works[0],
      locator: '[24]',
    });
  });
});

describe('a translator named before the publisher in brackets (OSCOLA)', () => {
  it('reads `(Bo Chen tr, Quay Press 2001)` as the translator and the publisher', () => {
    expect(full('Orla Pennick, *Salt Roads* (Bo Chen tr, Quay Press 2001) 12.')).toMatchObject({
      item: { type: 'book', translator: [{ family: 'Chen', given: 'Bo' }], publisher: 'Quay Press' },
      locator: '12',
    });
  });
});

describe("a chapter's extent, then `at` the page cited (New Hart's Rules)", () => {
  it('reads `45–67 at 50` as the pages and the place cited', () => {
    expect(
      full('Orla Pennick, ‘Dyke Reeves’, in Bo Chen (ed.), *Rivers of the Fen* (Hull, 2001), 45–67 at 50.'),
    ).toMatchObject({
      item: { type: 'chapter', page: '45–67', 'container-title': 'Rivers of the Fen' },
      locator: '50',
    });
  });
});

describe('a thesis with no comma before its year (OSCOLA)', () => {
  it('reads `(PhD diss, University 1976)`', () => {
    expect(full('Orla Pennick, ‘Reeves of the Dykes’ (PhD diss, University of Fenmouth 1976) 12.')).toMatchObject({
      item: {
        type: 'thesis',
        genre: 'PhD diss',
        publisher: 'University of Fenmouth',
        issued: { 'date-parts': [[1976]] },
      },
      locator: '12',
    });
  });
});

describe('an interview named `Interview with` its interviewee (OSCOLA)', () => {
  it('takes the person interviewed as the author, in the first note and the later one', () => {
    expect(full('Interview with Orla Pennick, ‘On the Dykes’ (16 May 1970) 12.')).toMatchObject({
      item: { type: 'interview', author: [{ family: 'Pennick', given: 'Orla' }], title: 'On the Dykes' },
      locator: '12',
    });
    expect(parseShortCitation('Interview with van Ast (n 3) 14.')).toMatchObject({
      authors: ['van Ast'],
      locator: '14',
    });
  });
});

describe('an Act by its short title and year (OSCOLA)', () => {
  it('is a full citation, a number after the year the place cited', () => {
    expect(kinds('Fen Drainage Act 1999 12.')).toEqual(['full']);
    expect(kinds('Fen Drainage Act 1999, s 4.')).toEqual(['full']);
    expect(full('Fen Drainage Act 1999 12.')).toMatchObject({
      item: { type: 'legislation', title: 'Fen Drainage Act 1999', issued: { 'date-parts': [[1999]] } },
      locator: '12',
    });
    const resolution = resolve('Fen Drainage Act 1999 12.', 'Fen Drainage Act 14.');
    expect(resolution.notes[1].citations[0]).toMatchObject({ form: 'short', work: resolution.works[0], locator: '14' });
  });
});

describe('an unpublished work dated by its year alone (OSCOLA, its holder left out)', () => {
  it('is a manuscript; with an address or a publisher it is not', () => {
    expect(full('Orla Pennick, ‘Letters on the Reeves’ (1768) 12.').item.type).toBe('manuscript');
    // Older than print too.
    expect(full('Orla Pennick, ‘Letters on the Reeves’ (1453) 12.').item.type).toBe('manuscript');
    expect(full('Orla Pennick, ‘Letters on the Reeves’ (1768) <https://fen.example/letters>.').item.type).not.toBe(
      'manuscript',
    );
    expect(full('Orla Pennick, ‘Letters on the Reeves’ (Dyke Board 1768) 12.').item.type).not.toBe('manuscript');
  });
});
