/**
 * Short forms and citations written into the author's sentences (issue 11), each rule on made-up notes: a short
 * form closing its sentence before the author's words (classify/short-then-sentence.ts), citations in brackets
 * inside the author's words (classify/bracketed-citations.ts), and a single-quoted title that closes before the
 * next quotation opens (parse-full.ts). Every name, title and address here is made up.
 */
import { describe, expect, it } from 'vitest';
import { classifyNote } from '../src/cite/classify.js';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0 } from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { resolveNotes } from '../src/cite/resolve.js';

const marked = (text: string) => text.replace(/\*([^*]+)\*/g, `${E0}$1${E1}`);
const show = (text: string) => text.replaceAll(E0, '*').replaceAll(E1, '*');
const parts = (text: string) =>
  classifyNote(marked(text)).map((segment) => [
    segment.kind,
    show(segment.text),
    ...(segment.inProse ? ['in prose'] : []),
    ...(segment.weak ? ['weak'] : []),
  ]);

const FULL = 'Orla Pennick, ‘How the Ferry Came to Hull’, *The Quay Lamp*, 27 April 2016, https://lamp.example/ferry.';

function resolve(...texts: string[]) {
  return resolveNotes(
    [FULL, ...texts].map((text, index) => ({
      note: { number: index + 1, text: marked(text), spans: [] },
      owner: 'one',
    })),
  );
}

describe('a short form closing its sentence, then the author’s words', () => {
  it('is cut at its full stop, British or American, with or without its page', () => {
    expect(parts('Pennick, ‘How the Ferry Came to Hull’. This is also told in the harbour’s own history.')).toEqual([
      ['short', 'Pennick, ‘How the Ferry Came to Hull’.'],
      ['commentary', 'This is also told in the harbour’s own history.'],
    ]);
    expect(parts('Pennick, “How the Ferry Came.” The map is lost.')).toEqual([
      ['short', 'Pennick, “How the Ferry Came.”'],
      ['commentary', 'The map is lost.'],
    ]);
    expect(parts('Brede and Sorel, *Tolls*, 4. The map is lost in the fire.')).toEqual([
      ['short', 'Brede and Sorel, *Tolls*, 4.'],
      ['commentary', 'The map is lost in the fire.'],
    ]);
    // (The author-date short form: names, year and the place cited.)
    expect(parts('Pennick 2009, 562–65. The map is lost in the fire.')).toEqual([
      ['short', 'Pennick 2009, 562–65.'],
      ['commentary', 'The map is lost in the fire.'],
    ]);
  });

  it('leaves a bibliography-like citation whose journal follows the title whole', () => {
    expect(parts('Pennick, ‘Salt’. Shore Review 4 (1990): 3.')).toEqual([
      ['full', 'Pennick, ‘Salt’. Shore Review 4 (1990): 3.'],
    ]);
  });
});

describe('citations in brackets inside the author’s words', () => {
  it('cuts them out, their semicolons parting their works, and reads the words around them apart', () => {
    expect(
      parts(
        'The company tracks every car it runs in the city. (Pennick, ‘How the Ferry Came to Hull’.) They call this the ‘Gull View’ (see Piet Sorel, ‘Mapping the Quays’, *Quay Global*, 16 May 2011, https://quay.example/maps; Ines Marlow, ‘Ferry Lights’, *TideCrunch*, 4 May 2011, https://tide.example/lights.) and say so.',
      ),
    ).toEqual([
      ['commentary', 'The company tracks every car it runs in the city.'],
      ['short', 'Pennick, ‘How the Ferry Came to Hull’.', 'in prose', 'weak'],
      // (the author's words around the brackets: a short form there only if it names a work cited before)
      ['short', 'They call this the ‘Gull View’', 'weak'],
      ['full', 'Piet Sorel, ‘Mapping the Quays’, *Quay Global*, 16 May 2011, https://quay.example/maps', 'in prose'],
      ['full', 'Ines Marlow, ‘Ferry Lights’, *TideCrunch*, 4 May 2011, https://tide.example/lights.', 'in prose'],
      ['commentary', 'and say so.'],
    ]);
  });

  it('resolves a bracketed short form to the work it names, and keeps one that names none out of the citations', () => {
    const { notes } = resolve(
      'The firm tracks every car it runs in the city. (Pennick, ‘How the Ferry Came to Hull’.) It says so.',
      'The river is wide in the town of Hull, the people say (Sorel, ‘the widest river’), and it floods.',
      'They call this the ‘Gull View’ (see Pennick, ‘How the Ferry Came to Hull’) and it stuck.',
    );
    expect(notes[1].citations.map((citation) => [citation.form, citation.work?.title])).toEqual([
      ['short', 'How the Ferry Came to Hull'],
    ]);
    expect(notes[2].citations).toEqual([]);
    expect(notes[3].citations.map((citation) => [citation.form, citation.work?.title])).toEqual([
      ['short', 'How the Ferry Came to Hull'],
    ]);
  });

  it('reads a short title and its page alone in a bracket, the author named in the sentence, when it names a work', () => {
    const { notes } = resolve(
      'Piet Sorel, *Tidal Ledgers of the Coast* (Hull: Quay, 2004), 4.',
      'As Sorel notes, the quays were shut (*Tidal Ledgers*, 42).',
      'The play (*Harbour Songs*, 3) was staged.',
    );
    expect(notes[2].citations.map((citation) => [citation.form, citation.work?.title, citation.locator])).toEqual([
      ['short', 'Tidal Ledgers of the Coast', '42'],
    ]);
    expect(notes[3].citations).toEqual([]);
  });

  it('reads `Lee, op. cit.` and `Lee, loc. cit.` without a page as the author’s work cited before', () => {
    const { notes } = resolve(
      'Piet Sorel, *Tidal Ledgers* (Hull: Quay, 2004), 4.',
      'Sorel, loc. cit.',
      'Sorel, op. cit.',
    );
    expect(
      notes.slice(2).map((note) => note.citations.map((citation) => [citation.form, citation.work?.title])),
    ).toEqual([[['short', 'Tidal Ledgers']], [['short', 'Tidal Ledgers']]]);
  });

  it('leaves a citation’s own brackets alone, but reads the work a closing bracket quotes (quoting-bracket.ts)', () => {
    expect(parts('Orla Pennick, *Tidal Ledgers* (Hull: Quay, 2004), 4.')).toEqual([
      ['full', 'Orla Pennick, *Tidal Ledgers* (Hull: Quay, 2004), 4.'],
    ]);
    expect(parts('Orla Pennick, *Tidal Ledgers* (Hull: Quay, 2004), 4 (quoting Sorel, *Ports*, 9).')).toEqual([
      ['full', 'Orla Pennick, *Tidal Ledgers* (Hull: Quay, 2004), 4'],
      ['short', 'Sorel, *Ports*, 9'],
    ]);
  });
});

describe('a single-quoted title before another quotation opens', () => {
  it('closes at its own quote, not at the last one of the note', () => {
    expect(
      parseFullCitation(
        marked(
          'Piet Sorel, ‘How the Ferry Came’, *The Quay Lamp*, 27 April 2016, sec. Harbour, in Marlow’s words ‘the first crossing’.',
        ),
      ).item.title,
    ).toBe('How the Ferry Came');
  });
});
