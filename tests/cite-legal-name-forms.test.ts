/**
 * Legal instruments cited by name, each form on a made-up note: treaties and declarations named alone, a provision
 * before the first (treaties.ts `parseTreatyName`), and a short form giving the provision before the act's
 * abbreviation (`Article 7(3) HDR.`, parse-short.ts), and the Bluebook's treaty with its articles before the signing
 * date, annexed to another agreement or revised after it was signed (treaties.ts `parseTreaty`). Every name here is made up.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { resolveNotes } from '../src/cite/resolve.js';

const note = (number: number, text: string) => ({ note: { number, text, spans: [] }, owner: 'one' });

describe('a treaty named alone', () => {
  it('reads each name as a treaty, the provision before the first as its place cited', () => {
    const text =
      'Article 8, Shore Convention on Harbour Rights; Quay Nations Declaration on Harbour Rights; Coastal Charter on Harbour and Peoples’ Rights.';
    expect(classifyNote(text).map((segment) => segment.kind)).toEqual(['full', 'full', 'full']);
    expect(
      resolveNotes([note(1, text)]).notes[0].citations.map((citation) => [
        citation.work?.item.type,
        citation.work?.item.title,
        citation.locator,
      ]),
    ).toEqual([
      ['treaty', 'Shore Convention on Harbour Rights', 'Article 8'],
      ['treaty', 'Quay Nations Declaration on Harbour Rights', null],
      ['treaty', 'Coastal Charter on Harbour and Peoples’ Rights', null],
    ]);
  });

  it('leaves the author’s sentence naming a convention prose-like, not a treaty', () => {
    expect(classifyNote('See the Convention on Tides.').map((segment) => segment.kind)).not.toContain('full');
  });
});

describe('a provision before an act’s abbreviation', () => {
  it('resolves `Article 7(3) HDR.` to the act that defined the abbreviation, the provision its place cited', () => {
    const resolution = resolveNotes([
      note(
        1,
        'Regulation (EU) 2016/12 of the Harbour Board of 3 May 2016 on the levying of dues on salt, and repealing Directive 90/4/EC (Harbour Dues Regulation (HDR)) [2016] OJ L12/1, point (b) of art 3(2).',
      ),
      note(2, 'Article 7(3) HDR.'),
    ]);
    expect(resolution.notes[1].citations[0]).toMatchObject({
      form: 'short',
      work: resolution.works[0],
      locator: 'Article 7(3)',
    });
  });
});

describe('a treaty cited Bluebook-style with its articles and the agreement it is annexed to', () => {
  it('reads the articles (Roman numerals with their parts) as the place cited and the annex as no part of the name', () => {
    const text =
      'Harbour Accord 1998: General Accord on Quays and Tolls 1998, arts. IV(a), IX(b)(ii), May 2, 1998, Treaty Establishing the Harbour Union, Annex 2C, 1912 U.N.T.S. 44, 38 I.L.M. 1201 (1998); Quay Accord: Accord on Harbour Services, arts. IV(a), IVbis(1)(b)(iii), May 2, 1998, Treaty Establishing the Harbour Union, Annex 2D, 1913 U.N.T.S. 12, 38 I.L.M. 1301 (1998).';
    expect(
      resolveNotes([note(1, text)]).notes[0].citations.map((citation) => [
        citation.work?.item.type,
        citation.work?.item.title,
        citation.work?.item.author ?? [],
        citation.work?.item['container-title'],
        citation.locator,
      ]),
    ).toEqual([
      [
        'treaty',
        'Harbour Accord 1998: General Accord on Quays and Tolls 1998',
        [],
        undefined,
        'arts. IV(a), IX(b)(ii)',
      ],
      ['treaty', 'Quay Accord: Accord on Harbour Services', [], undefined, 'arts. IV(a), IVbis(1)(b)(iii)'],
    ]);
  });

  it('passes over a revision noted after the signing date, up to its own year, before the series', () => {
    const [citation] = resolveNotes([
      note(
        1,
        'Quay Convention on the Care of Tides and Harbours, Sep. 3, 1871, revised at Hull June 2, 1952, 912 U.N.T.S. 47, S. Treaty Doc. No. 12-34 (1980).',
      ),
    ]).notes[0].citations;
    expect([citation.work?.item.type, citation.work?.item.title, citation.work?.item.issued]).toEqual([
      'treaty',
      'Quay Convention on the Care of Tides and Harbours',
      { 'date-parts': [[1871]] },
    ]);
  });

  it('reads one article in Arabic figures before the date the same way', () => {
    const [citation] = resolveNotes([note(1, 'Quay Convention on Tides, art. 5, May 4, 1990, 1234 U.N.T.S. 56.')])
      .notes[0].citations;
    expect([citation.work?.item.type, citation.work?.item.title, citation.locator]).toEqual([
      'treaty',
      'Quay Convention on Tides',
      'art. 5',
    ]);
  });
});
