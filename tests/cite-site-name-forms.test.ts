/**
 * Names, bodies and web pages, one form per test (names.ts, site-before-address.ts, title-before-site.ts,
 * unsigned-subtitled.ts, subject-before-see.ts, infer-type.ts, lead-prose.ts): a body named by
 * two fields joined by `and`, a page's site named without italics before
 * its address, an unmarked title before its site in italics, an unsigned title and subtitle alone before an
 * address, the author's sentence naming the author before `see` and an unsigned citation, a body's document at its
 * address, a quotation's source after `In`, and a person described after `the` before her possessive (italics slips
 * and a separator inside italics: cite-export-quirk-forms.test.ts). Every name here is made up.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { parseNoteNames } from '../src/cite/names.js';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0, URL_CLOSE as U1, URL_OPEN as U0 } from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { resolveNotes } from '../src/cite/resolve.js';
import { subtitledTitleAtAddress } from '../src/cite/unsigned-subtitled.js';

/** `*Book*` as italics and `<https://…>` as a link, as note-text.ts marks them. */
const marked = (text: string) => text.replace(/\*([^*]+)\*/g, `${E0}$1${E1}`).replace(/<([^>]+)>/g, `${U0}$1${U1}`);
const item = (text: string) => parseFullCitation(marked(text)).item;

describe('a body named by two fields joined by `and`', () => {
  it('keeps `Marine and Coastal Affairs` one literal name, not a family name and a person', () => {
    expect(parseNoteNames('Marine and Coastal Affairs,').names).toEqual([{ literal: 'Marine and Coastal Affairs' }]);
    // Persons stay persons; a one-word name and `and` are two names, never a family name inverted (that takes a comma).
    expect(parseNoteNames('Ann and Bo Chen,').names).toEqual([{ family: 'Ann' }, { family: 'Chen', given: 'Bo' }]);
    expect(parseNoteNames('Ashdown, Orrin, and Bo Chen,').names).toEqual([
      { family: 'Ashdown', given: 'Orrin' },
      { family: 'Chen', given: 'Bo' },
    ]);
    expect(parseNoteNames('Ann Lee and Bo Chen,').names).toEqual([
      { family: 'Lee', given: 'Ann' },
      { family: 'Chen', given: 'Bo' },
    ]);
  });
});

describe('a page’s site named without italics before its address', () => {
  it('reads the name between the quoted title and the address as the site', () => {
    expect(
      item(
        "Marine and Coastal Affairs, 'Shore Rights Declaration', Government of Quayland, <https://quay.example/eng/12>.",
      ),
    ).toMatchObject({
      type: 'webpage',
      author: [{ literal: 'Marine and Coastal Affairs' }],
      title: 'Shore Rights Declaration',
      'container-title': 'Government of Quayland',
      URL: 'https://quay.example/eng/12',
    });
    expect(item("'Tide Tables Explained', Harbourview, <https://harbourview.example/tides>.")).toMatchObject({
      type: 'webpage',
      title: 'Tide Tables Explained',
      'container-title': 'Harbourview',
    });
  });

  it('leaves a document’s (a PDF) and a dated one’s as they were', () => {
    expect(item("'Tide Tables Explained', Harbourview, <https://harbourview.example/tides.pdf>.")).not.toHaveProperty(
      'container-title',
    );
    expect(item("'Tide Tables Explained', Harbour Institute, 2017, <https://hi.example/tides>.")).toMatchObject({
      publisher: 'Harbour Institute',
    });
  });
});

describe('an unmarked title before its site in italics', () => {
  it('reads `Title, *Body*, address` as a page of the body’s site, no author', () => {
    const page = item('Harbour Tide/Time Index, *Quay City Library*, <http://tides.example.org/>.');
    expect(page).toMatchObject({
      type: 'webpage',
      title: 'Harbour Tide/Time Index',
      'container-title': 'Quay City Library',
    });
    expect(page).not.toHaveProperty('author');
  });

  it('keeps a body before its work’s italic title the author', () => {
    expect(item('Tide Watch Institute, *Shores at Risk*, <http://tides.example.org/>.')).toMatchObject({
      author: [{ literal: 'Tide Watch Institute' }],
      title: 'Shores at Risk',
    });
  });
});

describe('an unsigned title and subtitle alone before an address', () => {
  it('is one full citation titled by them, the words before the colon one word or more', () => {
    const parts = classifyNote(
      marked('TideView: Mapping the old photographs of the quay, <https://tideview.example/>.'),
    );
    expect(parts.map((part) => part.kind)).toEqual(['full']);
    expect(parseFullCitation(parts[0].text).item).toMatchObject({
      type: 'webpage',
      title: 'TideView: Mapping the old photographs of the quay',
    });
  });

  it('takes no lead-in word before the colon for a title', () => {
    expect(subtitledTitleAtAddress(marked('Source: The Harbour Board of Quay, <https://quay.example/>.'))).toBe(
      undefined,
    );
  });
});

describe('the author’s sentence naming the author before `see`', () => {
  const note = (number: number, text: string) => ({ number, text: marked(text), spans: [] });
  const resolution = resolveNotes([
    {
      note: note(
        1,
        "Ann Lee, 'Tides of the Quay', *Shore Review* 12.3 (2017): 44; Note on this point that Bo T. Chen recently proposed a levy for harbour dues, see 'Harbour Dues in Practice', *Quay Law Review* 47.2 (2019).",
      ),
      owner: 'one',
    },
    {
      note: note(2, "As the board noted in its minutes, see 'Tolls of the Quay', *Quay Law Review* 50.1 (2016)."),
      owner: 'one',
    },
  ]);

  it('makes the person the sentence (or its clause after `that`) opens with the author of the unsigned work', () => {
    expect(resolution.notes[0].citations.at(-1)?.work?.item).toMatchObject({
      title: 'Harbour Dues in Practice',
      author: [{ family: 'Chen', given: 'Bo T.' }],
    });
  });

  it('names nobody when the sentence names no person', () => {
    expect(resolution.notes[1].citations.at(-1)?.work?.item).not.toHaveProperty('author');
  });
});

describe('a body’s document at its address', () => {
  it('reads a word processor’s file (`.docx`, `.odt`) as a document, as a PDF: a body’s report', () => {
    expect(
      item("Quay Commissioner's office, 'Sample Levy Template', 2018, <https://quay.example/media/levy-v1.docx>."),
    ).toMatchObject({ type: 'report', author: [{ literal: "Quay Commissioner's office" }] });
    expect(item("Quay Commissioner's office, 'Levy Guidance', 2018, <https://quay.example/levy/guidance>.").type).toBe(
      'webpage',
    );
  });

  it('reads a dated PDF in a body’s name in italics (no periodical’s) as the body’s report, the body its container', () => {
    expect(
      item(
        "Orla Pennick, 'Tides at Risk', *Sailors Without Harbours*, (September, 2016): 15, <https://swh.example/files/tides.pdf>.",
      ),
    ).toMatchObject({ type: 'report', 'container-title': 'Sailors Without Harbours' });
    // A periodical's article dated by its month stays a magazine's.
    expect(
      item("Orla Pennick, 'Tides at Risk', *Harbour Monthly*, (September, 2016): 15, <https://hm.example/tides>.").type,
    ).toBe('article-magazine');
  });
});

describe('a quotation, then `In` and its source', () => {
  it('leaves the quotation and the signal out of the names and the title', () => {
    expect(
      item(
        '"First, let the reader mind that the stages from the quay run backward, and so to the sea." In Lee, "The Writer to the Reader," *Tides* (Hull, 1641).',
      ),
    ).toMatchObject({ author: [{ family: 'Lee' }], title: 'The Writer to the Reader' });
  });
});

describe('a person described after `the`, then her possessive and her work (lead-prose.ts)', () => {
  it('leaves the word saying what she is out of her name', () => {
    expect(
      item("for a first survey of the subject, the Englishman Bo Tam Chen's *Treatise on the Rules of Tides* (1828)."),
    ).toMatchObject({ author: [{ family: 'Chen', given: 'Bo Tam' }], title: 'Treatise on the Rules of Tides' });
    expect(item("As a start, the Quay Harbour Board's *Treatise on Tides* (Hull, 1828).").author).toEqual([
      { literal: 'Quay Harbour Board' },
    ]);
  });
});
