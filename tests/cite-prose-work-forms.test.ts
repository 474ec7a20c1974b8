/**
 * Works the author's sentences name, and name forms around them, each form on a made-up note of its own: digital
 * projects named before their addresses (classify/project-address.ts), a book whose italics were lost after the
 * author's words and a comma (unmarked-title.ts), an incunable's imprint (`(Hull:1495)`), a saint's abbreviation in
 * a title and a second work of the same author joined by `&` (classify/prose-anchors.ts), a part found `in` its
 * author's book (in-author-part.ts), one work's two imprints (classify/second-imprint.ts), a chapter's pages written
 * before its book (both-in.ts), a religious or social title before a name (name-parts.ts), a word
 * describing the author before a possessive (lead-prose.ts), a jurisdiction's compiled statutes
 * (statute-collection.ts), a data set said so (dataset-genre.ts), the number of a work's volumes after its facts
 * (details.ts), a site's title before the kind of work it is (unmarked-site.ts), a report whose title holds `Code`
 * (parse-full.ts), a page's note to a section (text.ts), and an editor's initials, one without its stop, inside the
 * author's sentence (classify/initial-in-sentence.ts). Every name here is made up.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0, URL_CLOSE as U1, URL_OPEN as U0 } from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';

/** `*Book*` as italics and `<https://…>` as a link, as note-text.ts marks them. */
const marked = (text: string) => text.replace(/\*([^*]+)\*/g, `${E0}$1${E1}`).replace(/<([^>]+)>/g, `${U0}$1${U1}`);
const shown = (text: string) => text.replace(/[\uE000\uE001]/g, '*').replace(/\uE002([^\uE003]*)\uE003/g, '<$1>');
const parts = (text: string) => classifyNote(marked(text)).map(({ kind, text }) => [kind, shown(text)]);
/** The works found in the note, as `parseFullCitation` reads each full citation (with the one after it). */
const works = (text: string) => {
  const segments = classifyNote(marked(text));
  return segments.flatMap((segment, index) => {
    if (segment.kind !== 'full') return [];
    const next = segments[index + 1];
    return [parseFullCitation(segment.text, next?.kind === 'full' ? next.text : undefined)];
  });
};
const item = (text: string) => parseFullCitation(marked(text)).item;

describe('a digital project named in the author’s sentence, then its address', () => {
  it('is a web page titled by the project’s name, the words between two projects nobody’s', () => {
    const note =
      'Such reading has led to digital work, notably the Harbour Letters Project, at <https://harbour.example.org/>, and the Quay Ledger Archive, at <https://ledger.example.org>.';
    expect(parts(note)).toEqual([
      ['commentary', 'Such reading has led to digital work, notably'],
      ['full', '*Harbour Letters Project*, <https://harbour.example.org/>'],
      ['full', '*Quay Ledger Archive*, <https://ledger.example.org>'],
    ]);
    expect(works(note).map(({ item }) => [item.type, item.title, item.author, item.URL])).toEqual([
      ['webpage', 'Harbour Letters Project', undefined, 'https://harbour.example.org/'],
      ['webpage', 'Quay Ledger Archive', undefined, 'https://ledger.example.org'],
    ]);
  });

  it('leaves out the bodies that made it (`by …`) and the institution after a comma', () => {
    const note =
      'The examples include: The Quay Reading Project, by the Library of Hull, the Centre for Tides at the University of York and the Bo W. Chen Foundation, at <https://reading.example.org/>; The Blue Ledger of Hull by the Institute for Harbour Research (IHR) at [<https://ihr.example.org/ledger>.]';
    expect(parts(note)).toEqual([
      ['commentary', 'The examples include:'],
      ['full', '*The Quay Reading Project*, <https://reading.example.org/>'],
      ['full', '*The Blue Ledger of Hull*, <https://ihr.example.org/ledger>'],
    ]);
    expect(works('The Tide Tables Project, University of Hull <https://tides.example.org/>)')[0].item).toMatchObject({
      type: 'webpage',
      title: 'The Tide Tables Project',
    });
    expect(works('the Shore Records project in the Netherlands <https://shore.example.nl/>).')[0].item).toMatchObject({
      type: 'webpage',
      title: 'Shore Records',
      URL: 'https://shore.example.nl/',
    });
  });

  it('leaves a body, then its page’s title, then the address, as it was', () => {
    expect(works('Shore Archive, About, <https://shore.example.org/about>.')[0].item).toMatchObject({
      author: [{ literal: 'Shore Archive' }],
      title: 'About',
    });
  });

  it('leaves a project whose authors are named before it an ordinary citation', () => {
    const [work] = works(
      'Ann Lee, et al., The Short Harbour Catalogue, The University of Hull at <https://shc.example.uk/>',
    );
    expect(work.item.author).toEqual([{ family: 'Lee', given: 'Ann' }]);
    expect(work.item.title).toBe('The Short Harbour Catalogue');
  });
});

describe('a book whose italics were lost, after the author’s words and a comma', () => {
  it('leaves the words before the names out of the citation', () => {
    expect(
      item(
        'The old road was walked by many. See also the first edition, Ann Lee, Salt Roads of the North (Hull: 1595).',
      ),
    ).toMatchObject({ type: 'book', author: [{ family: 'Lee', given: 'Ann' }], title: 'Salt Roads of the North' });
  });

  it('reads an incunable’s imprint, its colon without a space, and a saint’s abbreviation in the title', () => {
    const sentence =
      'Guides for pilgrims were read all along the coast by 1150, and the monk’s account of the road is the fifth book of the Harbour Codex, written about 1140.';
    const note = `${sentence} See also the earliest edition in print, Ann Lee, Wege nach St. Ives (Hull:1495).`;
    expect(parts(note)).toEqual([
      ['commentary', `${sentence} See also the earliest edition in print,`],
      ['full', 'Ann Lee, Wege nach St. Ives (Hull:1495).'],
    ]);
    expect(works(note)[0].item).toMatchObject({
      type: 'book',
      title: 'Wege nach St. Ives',
      issued: { 'date-parts': [[1495]] },
    });
  });
});

describe('a second work of the same author joined by `&` in the author’s sentence', () => {
  it('is a citation of its own with the names of the first, its bracket perhaps left open at the note’s end', () => {
    const note =
      'The strain of a crowded harbour has been noted by Ann Lee in Tidal Ledgers of the Coast (Hull; York: 1998) & Ports in Crisis: 1598-1648 (York: 2001.';
    expect(parts(note)).toEqual([
      ['commentary', 'The strain of a crowded harbour has been noted by'],
      ['full', 'Ann Lee, Tidal Ledgers of the Coast (Hull; York: 1998)'],
      ['full', 'Ann Lee, Ports in Crisis: 1598-1648 (York: 2001).'],
    ]);
    expect(works(note)[1].item).toMatchObject({ type: 'book', author: [{ family: 'Lee', given: 'Ann' }] });
  });

  it('leaves the author’s words after `and` alone', () => {
    expect(
      parts('The strain has been noted by Ann Lee in Tidal Ledgers of the Coast (Hull: 1998) and by others since.'),
    ).toEqual([
      ['commentary', 'The strain has been noted by'],
      ['full', 'Ann Lee, Tidal Ledgers of the Coast (Hull: 1998)'],
      ['commentary', 'and by others since.'],
    ]);
  });
});

describe('a part found in its author’s book', () => {
  it('reads `In Lee, “Part,” Book (Year)` as a chapter by Lee in the book', () => {
    expect(item('In Lee, “The Keeper to the Reader,” Harbour Posts (1641).')).toMatchObject({
      type: 'chapter',
      author: [{ family: 'Lee' }],
      title: 'The Keeper to the Reader',
      'container-title': 'Harbour Posts',
    });
  });

  it('also after a quotation of it', () => {
    expect(
      item(
        '"Let the reader take the stages backward, from the port to the town." In Lee, "The Keeper to the Reader," *Harbour Posts* (Hull, 1641), 4.',
      ),
    ).toMatchObject({ type: 'chapter', author: [{ family: 'Lee' }], 'container-title': 'Harbour Posts' });
  });
});

describe('one work’s two imprints', () => {
  it('makes a citation of each, the second with the names and title of the first', () => {
    const note = 'Lee, Salt Roads (Hull: Quay, 1577), (York: Fell, 1578 & 1579); Pym, Other Title (Leeds: Coel, 1687).';
    expect(parts(note)).toEqual([
      ['full', 'Lee, Salt Roads (Hull: Quay, 1577)'],
      ['full', 'Lee, Salt Roads (York: Fell, 1578 & 1579)'],
      ['full', 'Pym, Other Title (Leeds: Coel, 1687).'],
    ]);
    expect(works(note).map(({ item }) => [item.title, item.issued])).toEqual([
      ['Salt Roads', { 'date-parts': [[1577]] }],
      ['Salt Roads', { 'date-parts': [[1578]] }],
      ['Other Title', { 'date-parts': [[1687]] }],
    ]);
  });

  it('leaves a remark between two imprints one citation', () => {
    expect(parts('Ann Lee, Salt Roads (Hull: Quay, 1682), printed the same year as (York: Fell, 1682).')).toHaveLength(
      1,
    );
  });
});

describe('a site’s title without italics, then the kind of work it is', () => {
  it('is the words before `website`, the host after it no part of the title', () => {
    expect(
      works(
        'Ann Lee, Harbour Maps of the North, website, Quay Lab, University of Hull, <http://quay.example.edu/maps/>.',
      )[0].item,
    ).toMatchObject({ type: 'webpage', author: [{ family: 'Lee', given: 'Ann' }], title: 'Harbour Maps of the North' });
  });
});

describe('a report whose title holds the word `Code`', () => {
  it('is no act named `… Code`, and a page’s note to a section is part of the place cited', () => {
    const work = parseFullCitation(
      'Report of the Harbour Code Commissioners to the Third Quay Assembly (1861), 212, note to § 48.',
    );
    expect(work.item).toMatchObject({
      type: 'report',
      title: 'Report of the Harbour Code Commissioners to the Third Quay Assembly',
    });
    expect(work.locator).toBe('212, note to § 48');
    expect(parseFullCitation('Harbour Code, art 5.').item.type).toBe('legislation');
  });
});

describe('a data set', () => {
  it('is said so by its kind’s word after the title', () => {
    expect(
      item(
        'Ann Lee, Bo Chen, "Tide Heights at Hull, 1700--1900," dataset, v0.2 (Shore Data Centre, 2015) doi:10.1234/ABCD.',
      ),
    ).toMatchObject({ type: 'dataset', title: 'Tide Heights at Hull, 1700--1900' });
  });
});

describe('the number of a work’s volumes after its facts', () => {
  it('is no place cited', () => {
    expect(parseFullCitation(marked('Ann Lee, *Tides of the Quay* (1829), 2 vols.')).locator).toBeNull();
    expect(parseFullCitation(marked('Ann Lee, *Tides of the Quay* (1829), 2.')).locator).toBe('2');
  });
});

describe('a chapter’s pages written before its book', () => {
  it('are the place cited in the chapter, `both in` the book the chapter before it shares', () => {
    const note =
      'On fields, see Ann Lee, "The Tides of the North," 289--307, and Bo Chen, "Rivers in Time," 308--324, both in *Essays on the Shore 2016*, ed. Dara Eze and Cy Dunn (Hull: Quay Press, 2016).';
    const [, second] = works(note);
    expect(second.item).toMatchObject({
      type: 'chapter',
      title: 'Rivers in Time',
      'container-title': 'Essays on the Shore 2016',
    });
    expect(second.locator).toBe('308--324');
  });
});

describe('a title before a name', () => {
  it('drops a religious or social title, as a title of honour', () => {
    for (const title of ['Frei', 'Fray', 'Father', 'Rev.', 'Dr.'])
      expect(item(`${title} Ann do Lee, *Historia das Marés* (Hull: Quay, 2008), fl. 6v.`).author).toEqual([
        { family: 'Lee', given: 'Ann do' },
      ]);
  });

  it('drops the word describing the author after an article, before a possessive', () => {
    expect(
      item('and as a general introduction, the Scotsman Ann Lee’s *Treatise on Tides* (2d. ed. 1828).').author,
    ).toEqual([{ family: 'Lee', given: 'Ann' }]);
  });
});

describe('a jurisdiction’s compiled statutes', () => {
  it('is legislation, its volume and pages the place cited', () => {
    const note =
      'See Revised Statutes of Quay (1854), 3:101--160 (wills); Public Statutes of Shore County (1857), 410--415, ch. 12 (dues); The Code of Harbour Procedure of Quay (1882), 230--231, tit. 4 (ports).';
    expect(works(note).map(({ item, locator }) => [item.type, item.title, locator])).toEqual([
      ['legislation', 'Revised Statutes of Quay', '3:101--160'],
      ['legislation', 'Public Statutes of Shore County', '410--415, ch. 12'],
      ['legislation', 'The Code of Harbour Procedure of Quay', '230--231, tit. 4'],
    ]);
  });

  it('leaves a book about statutes a book', () => {
    expect(item('Ann Lee, *A Commonwealth of Statutes: The New Harbour Law* (Hull: Quay, 2010).').type).toBe('book');
  });
});

describe('an editor’s initials inside the author’s sentence', () => {
  it('end no sentence, one of them without its stop', () => {
    expect(
      parts(
        'Few wrote on it, including Ann Lee, "Mareas," issued on a CD-ROM in G. H. B Chen et al., eds., *La Marea* (Quaybis: Hull, 1998).',
      ),
    ).toEqual([
      ['commentary', 'Few wrote on it,'],
      ['full', 'Ann Lee, "Mareas," issued on a CD-ROM in G. H. B Chen et al., eds., *La Marea* (Quaybis: Hull, 1998).'],
    ]);
  });
});
