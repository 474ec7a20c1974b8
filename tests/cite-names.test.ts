/**
 * The names of a citation, by the form that writes them (src/cite/names.ts): persons told from
 * organisations by the structure of the name, note order inside a bibliography-style note and
 * bibliography order inside a note, lists joined by `and`, `&` or `with`, suffixes, lower-case names.
 * Every name here is made up.
 */
import { describe, expect, it } from 'vitest';
import { isPersonName, parseNames, parseNoteNames } from '../src/cite/names.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';

const em = (text: string) => `${EMPHASIS_OPEN}${text}${EMPHASIS_CLOSE}`;
const authors = (text: string) => parseFullCitation(text).item.author;

describe('persons in note order before a bibliography’s full stop', () => {
  it('reads `Ann Lee. *Title*.` and `Ann Lee and Bo Chen.` as persons, not as one literal name', () => {
    expect(authors(`Orla Pennick. ${em('Salt Roads')}. Hull: Quay Press, 2004.`)).toEqual([
      { family: 'Pennick', given: 'Orla' },
    ]);
    expect(
      authors(`Orla Pennick and Bo T. Chen. 'Tides in the North', ${em('Journal of Shores')} 3 (1999): 4.`),
    ).toEqual([
      { family: 'Pennick', given: 'Orla' },
      { family: 'Chen', given: 'Bo T.' },
    ]);
  });

  it('reads a list `A B, C D and E F.` in note order, and keeps `Lee, Ann, Bo Chen, and Dara Eze` inverted first', () => {
    expect(parseNames('Orla Pennick, Bo Chen and Dara Eze').names).toEqual([
      { family: 'Pennick', given: 'Orla' },
      { family: 'Chen', given: 'Bo' },
      { family: 'Eze', given: 'Dara' },
    ]);
    expect(parseNames('Orla Pennick, and J. Bo Chen').names).toEqual([
      { family: 'Pennick', given: 'Orla' },
      { family: 'Chen', given: 'J. Bo' },
    ]);
    expect(parseNames('Pennick, Orla, Bo Chen, and Dara Eze').names).toEqual([
      { family: 'Pennick', given: 'Orla' },
      { family: 'Chen', given: 'Bo' },
      { family: 'Eze', given: 'Dara' },
    ]);
    expect(parseNames('Orla B. Pennick, Bo Chen').names).toEqual([
      { family: 'Pennick', given: 'Orla B.' },
      { family: 'Chen', given: 'Bo' },
    ]);
    // A family name opening with a capitalised particle is inverted, not a person in note order.
    expect(parseNames('Van Berg, José, and Ann Lee').names).toEqual([
      { family: 'Van Berg', given: 'José' },
      { family: 'Lee', given: 'Ann' },
    ]);
  });

  it('keeps a publication or a thing named first a literal name (`Shore Gazette.`, `The Shore Trust.`)', () => {
    expect(parseNames('Shore Gazette').names).toEqual([{ literal: 'Shore Gazette' }]);
    expect(parseNames('The Shore Trust').names).toEqual([{ literal: 'The Shore Trust' }]);
    expect(parseNames('Harbour Rights').names).toEqual([{ literal: 'Harbour Rights' }]);
  });
});

describe('bibliography order inside a note', () => {
  it('inverts a first name that opens with a particle: `de Wit, Ann, *Title*`', () => {
    expect(parseNoteNames('de Wit, Ann,').names).toEqual([
      { family: 'Wit', 'non-dropping-particle': 'de', given: 'Ann' },
    ]);
    expect(authors(`van der Molen, Ann, and Bo Chen, ${em('Salt Roads')} (Hull: Quay Press, 2004), 4.`)).toEqual([
      { family: 'Molen', 'non-dropping-particle': 'van der', given: 'Ann' },
      { family: 'Chen', given: 'Bo' },
    ]);
  });
});

describe('every name inverted', () => {
  it('pairs family and given names in turn: `Lee, Ann, Chen, Bo, and Eze, Dara`, `Lee, A., Chen, B., & Eze, D.`', () => {
    const three = [
      { family: 'Pennick', given: 'Orla' },
      { family: 'Chen', given: 'Bo' },
      { family: 'Eze', given: 'Dara' },
    ];
    expect(parseNoteNames('Pennick, Orla, Chen, Bo, and Eze, Dara,').names).toEqual(three);
    expect(parseNoteNames('Pennick, O., Chen, B., & Eze, D.,').names).toEqual([
      { family: 'Pennick', given: 'O.' },
      { family: 'Chen', given: 'B.' },
      { family: 'Eze', given: 'D.' },
    ]);
    expect(parseNoteNames('Pennick, Orla, Bo Chen, and Dara Eze,').names).toEqual(three);
  });

  it('pairs family and given names parted by semicolons or slashes: `Lee, Ann; Chen, Bo`, `Lee, Ann/Chen, Bo`', () => {
    const two = [
      { family: 'Pennick', given: 'Orla' },
      { family: 'Chen', given: 'Bo K.' },
    ];
    expect(parseNames('Pennick, Orla; Chen, Bo K.').names).toEqual(two);
    expect(parseNames('Pennick, Orla/Chen, Bo K.').names).toEqual(two);
    expect(parseNames('Pennick, Orla / Chen, Bo K.').names).toEqual(two);
    expect(parseNames('de Vliet, Sanne; Chen, Bo').names).toEqual([
      { family: 'Vliet', 'non-dropping-particle': 'de', given: 'Sanne' },
      { family: 'Chen', given: 'Bo' },
    ]);
    // (A body's name holding a slash is no pair of persons.)
    expect(parseNames('Harbour Board/Quay Trust').names).toEqual([{ literal: 'Harbour Board/Quay Trust' }]);
  });
});

describe('organisations told from persons by the shape of the name', () => {
  it('takes an institution noun, plural or singular, or an acronym in brackets for an organisation', () => {
    expect(parseNoteNames('Marram House,').names).toEqual([{ literal: 'Marram House' }]);
    expect(parseNoteNames('Northern and Coastal Water Networks (NCWN),').names).toEqual([
      { literal: 'Northern and Coastal Water Networks (NCWN)' },
    ]);
    expect(parseNoteNames('Shore Rights Lab,').names).toEqual([{ literal: 'Shore Rights Lab' }]);
    expect(parseNoteNames('Q Tidal Team,').names).toEqual([{ literal: 'Q Tidal Team' }]);
  });

  it('keeps an organisation and its division whole in a bibliography, and an organisation after a person', () => {
    expect(parseNames('Shore Government, Department of Waters').names).toEqual([
      { literal: 'Shore Government, Department of Waters' },
    ]);
    expect(parseNames('Pennick, Orla, and Shore Waters Agency').names).toEqual([
      { family: 'Pennick', given: 'Orla' },
      { literal: 'Shore Waters Agency' },
    ]);
  });

  it('keeps a person whose family name is also an institution word when an initial comes before it', () => {
    expect(parseNoteNames('Ann D. Royal,').names).toEqual([{ family: 'Royal', given: 'Ann D.' }]);
    expect(isPersonName('Ann Royal')).toBe(false);
  });

  it('reads a name written in lower case throughout as a person’s', () => {
    expect(parseNoteNames('wren amsel and Bo Chen,').names).toEqual([
      { family: 'amsel', given: 'wren' },
      { family: 'Chen', given: 'Bo' },
    ]);
    expect(parseNoteNames('Shore History working group,').names).toEqual([{ literal: 'Shore History working group' }]);
  });
});

describe('lists, roles and suffixes', () => {
  it('joins persons with `with` as with `and`, but keeps an organisation named with `with` whole', () => {
    expect(parseNoteNames('Ann Lee, Bo Chen with Dara Eze and Ed Fox,').names).toEqual([
      { family: 'Lee', given: 'Ann' },
      { family: 'Chen', given: 'Bo' },
      { family: 'Eze', given: 'Dara' },
      { family: 'Fox', given: 'Ed' },
    ]);
    expect(parseNoteNames('Sailing with Shore History working group,').names).toEqual([
      { literal: 'Sailing with Shore History working group' },
    ]);
  });

  it('joins persons with French `et` and German `und`, and never takes `et al.` for a name', () => {
    const three = [
      { family: 'Lee', given: 'Ann' },
      { family: 'Chen', given: 'Bo' },
      { family: 'Eze', given: 'Dara' },
    ];
    expect(parseNoteNames('Ann Lee, Bo Chen et Dara Eze,').names).toEqual(three);
    expect(parseNoteNames('Ann Lee, Bo Chen, et Dara Eze,').names).toEqual(three);
    expect(parseNoteNames('Ann Lee, Bo Chen und Dara Eze').names).toEqual(three);
    expect(parseNames('Ann Lee et Bo Chen').names).toEqual(three.slice(0, 2));
    expect(parseNoteNames('Ann Lee et al.,')).toMatchObject({ names: [{ family: 'Lee', given: 'Ann' }], etAl: true });
  });

  it('keeps `Jr.` and `III` with their name, in both orders', () => {
    expect(parseNoteNames('Ann Lee, Jr., and Bo Chen,').names).toEqual([
      { family: 'Lee', given: 'Ann', suffix: 'Jr.' },
      { family: 'Chen', given: 'Bo' },
    ]);
    expect(parseNoteNames('Ann G. Thomas III and Bo Chen,').names).toEqual([
      { family: 'Thomas', given: 'Ann G.', suffix: 'III' },
      { family: 'Chen', given: 'Bo' },
    ]);
    expect(parseNames('Thomas, Ann G., III').names).toEqual([{ family: 'Thomas', given: 'Ann G.', suffix: 'III' }]);
  });

  it('reads the role after the names: `trans.` alone makes translators, `ed. and trans.` and `comp.` editors', () => {
    expect(
      parseFullCitation(`Orla Pennick, trans., ${em('Salt Roads')} (Hull: Quay Press, 2004), 4.`).item,
    ).toMatchObject({
      translator: [{ family: 'Pennick', given: 'Orla' }],
    });
    expect(parseNoteNames('Orla Pennick, ed. and trans.,')).toMatchObject({
      editors: true,
      names: [{ family: 'Pennick' }],
    });
    expect(parseNames('Pennick, Orla, comp.')).toMatchObject({ editors: true, names: [{ family: 'Pennick' }] });
    // `Ed` is a given name, not a role.
    expect(parseNames('Pennick, Ed')).toMatchObject({ editors: false, names: [{ family: 'Pennick', given: 'Ed' }] });
  });

  it('reads `edited by` before the names as editors', () => {
    expect(parseNoteNames('Edited by Ann Lee,')).toMatchObject({
      names: [{ family: 'Lee', given: 'Ann' }],
      editors: true,
    });
  });
});

describe('names cut from what surrounds them', () => {
  const url = (text: string) => `${URL_OPEN}${text}${URL_CLOSE}`;

  it('drops a stray quote opened before the names: `"Ann Lee et al., "Title,"`', () => {
    const { item, etAl } = parseFullCitation(`"Orla Pennick et al., "Tides in the North," ${url('https://x.org/t')}.`);
    expect(item).toMatchObject({ author: [{ family: 'Pennick', given: 'Orla' }], title: 'Tides in the North' });
    expect(etAl).toBe(true);
    // A quoted title whose comma closes before a journal's italics keeps its quotes.
    expect(parseFullCitation(`"Tidal Women's Lives," ${em('Journal of Shores')} 9, no. 4 (1998).`).item.title).toBe(
      "Tidal Women's Lives",
    );
  });

  it('keeps the full stop of a hyphenated initial: `Sartre, J.-P.`', () => {
    expect(parseNames('Pennick, J.-P.').names).toEqual([{ family: 'Pennick', given: 'J.-P.' }]);
  });

  it('drops asterisks left around punctuation, and the author’s words before a colon', () => {
    expect(parseNames('Orla Pennick*,* Bo Chen and Dara Eze').names).toEqual([
      { family: 'Pennick', given: 'Orla' },
      { family: 'Chen', given: 'Bo' },
      { family: 'Eze', given: 'Dara' },
    ]);
    expect(parseNoteNames('Orla Pennick et al*,*')).toMatchObject({
      names: [{ family: 'Pennick', given: 'Orla' }],
      etAl: true,
    });
    expect(parseNoteNames('Reading on from here: Orla Pennick,').names).toEqual([{ family: 'Pennick', given: 'Orla' }]);
  });

  it('drops the owners’ possessive before the title: `Ann Lee’s *Title* (Place: Publisher, Year)`', () => {
    const book = `${em('Salt Roads')} (Hull: Quay Press, 2004)`;
    expect(parseFullCitation(`Orla Pennick's ${book}, 23.`).item).toMatchObject({
      type: 'book',
      author: [{ family: 'Pennick', given: 'Orla' }],
    });
    // Without a pinpoint, as the author's sentence cuts it out (it had made `Orla Pennick’s` a body's report).
    expect(parseFullCitation(`Orla Pennick’s ${book}`).item).toMatchObject({
      type: 'book',
      author: [{ family: 'Pennick', given: 'Orla' }],
    });
    expect(parseNoteNames('Orla Pennick and Bo Chen’s').names).toEqual([
      { family: 'Pennick', given: 'Orla' },
      { family: 'Chen', given: 'Bo' },
    ]);
    expect(parseNoteNames("Dara Eze Hughes'").names).toEqual([{ family: 'Hughes', given: 'Dara Eze' }]);
    expect(parseNoteNames('Quaywiki’s').names).toEqual([{ family: 'Quaywiki' }]);
    // A word ending in `s'` is no one's name; a body's name keeps a possessive inside it.
    expect(parseNoteNames("Sailors'").names).not.toEqual([{ literal: 'Sailors' }]);
    expect(parseNoteNames("Women's Harbour Watch").names).toEqual([{ literal: "Women's Harbour Watch" }]);
  });

  it('reads the writer of a comment on a post, not the post’s author, as the author (Chicago 14.209)', () => {
    expect(
      authors(
        `Orla Pennick, comment on Bo Chen, “Tides,” ${em('Shore Blog')}, May 5, 2020, https://shore.example.org/tides.`,
      ),
    ).toEqual([{ family: 'Pennick', given: 'Orla' }]);
  });

  it('reads a name written with combining accents as a person’s', () => {
    const decomposed = 'Ana Kr\u0061\u0301sn\u0061\u0301, Bo Chen and Dara Eze';
    expect(parseNames(decomposed).names).toHaveLength(3);
    expect(parseNames(decomposed).names[0]).toMatchObject({ given: 'Ana' });
  });
});

describe('parts of a name not where they seem (name-parts.ts; Chicago 8.11–8.14, 14.72–14.75)', () => {
  it('keeps a Portuguese generational word with the family name, in either order', () => {
    expect(authors(`Ana Lima Filho, “Marés,” ${em('Estudos Costeiros')} 3, no. 1 (2005): 1–9.`)).toEqual([
      { family: 'Lima Filho', given: 'Ana' },
    ]);
    expect(authors(`Rui Costa Sobrinho and Bo Chen, ${em('Marés')} (Porto: Quay Press, 1990).`)).toEqual([
      { family: 'Costa Sobrinho', given: 'Rui' },
      { family: 'Chen', given: 'Bo' },
    ]);
    expect(authors(`Lima Neto, Ana. ${em('Marés')}. Porto: Quay Press, 1990.`)).toEqual([
      { family: 'Lima Neto', given: 'Ana' },
    ]);
  });

  it('drops a title of honour before the given name', () => {
    expect(authors(`Sir Orrin Ashdown, ${em('Pleas of the Tide')} (London, 1736).`)).toEqual([
      { family: 'Ashdown', given: 'Orrin' },
    ]);
    expect(authors(`Ashdown, Sir Orrin. ${em('Pleas of the Tide')}. London, 1736.`)).toEqual([
      { family: 'Ashdown', given: 'Orrin' },
    ]);
    expect(authors(`Count Orrin Pierre Ashdown, ${em('Tides of the Quay')} (Paris, 1801).`)).toEqual([
      { family: 'Ashdown', given: 'Orrin Pierre' },
    ]);
  });

  it('reads a word in capitals alone as a body’s acronym, not a family name', () => {
    expect(authors('THW, ‘Shores at Risk’, 2017.')).toEqual([{ literal: 'THW' }]);
  });
});
