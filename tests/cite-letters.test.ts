/**
 * Letters as Chicago cites them (17th ed. 14.111–14.114; letter.ts), on made-up citations: the writer `to`
 * the addressee and the date, held in an archive or printed in a collection, and the shortened letter
 * (`Lee to Chen, 45.`) that names the chapter's earlier letter.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0, URL_CLOSE as U1, URL_OPEN as U0 } from '../src/cite/note-text.js';
import { noteText } from '../src/cite/note-text.js';
import { parseFullCitation } from '../src/cite/parse-full.js';
import { resolveNotes } from '../src/cite/resolve.js';

const em = (text: string) => `${E0}${text}${E1}`;
const lee = [{ family: 'Lee', given: 'Ann' }];
const chen = [{ family: 'Chen', given: 'Bo' }];

/** The citations of each note, as one chapter. */
function cite(notes: string[]) {
  const markdown = [
    '# Tides',
    '',
    notes.map((_, index) => `Text.[^${index + 1}]`).join(' '),
    '',
    ...notes.map((text, index) => `[^${index + 1}]: ${text}`),
    '',
  ].join('\n');
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const definitions = tree.children.filter((node) => node.type === 'footnoteDefinition');
  return resolveNotes(definitions.map((definition) => ({ note: noteText(definition), owner: 0 }))).notes.map(
    (note) => note.citations,
  );
}

describe('a letter cited in full', () => {
  it('reads a letter held in an archive: the repository the container, the box and folder the place cited', () => {
    expect(
      parseFullCitation('Ann Lee to Bo Chen, 12 May 1850, Lee Family Papers, box 3, folder 2, Shore County Archives.'),
    ).toEqual({
      item: {
        type: 'personal_communication',
        author: lee,
        recipient: chen,
        issued: { 'date-parts': [[1850, 5, 12]] },
        'collection-title': 'Lee Family Papers',
        'container-title': 'Shore County Archives',
      },
      locator: 'box 3, folder 2',
      etAl: false,
    });
  });

  it('reads `Letter from`, an American date, and the repository after a full stop', () => {
    expect(
      parseFullCitation('Letter from Ann Lee to Bo Chen, January 14, 1868, Chen Papers. Quay University Library.').item,
    ).toEqual({
      type: 'personal_communication',
      author: lee,
      recipient: chen,
      issued: { 'date-parts': [[1868, 1, 14]] },
      'collection-title': 'Chen Papers',
      'container-title': 'Quay University Library',
    });
  });

  it('reads a letter on file with the author, alone or after the author’s sentences (cut once, not without end)', () => {
    const letter = 'Letter from Ann Lee to Bo Chen, 10 July 2003, on file with author.';
    const [alone, after] = cite([letter, `A sixth song was already free for anyone to use. ${letter}`]);
    for (const citations of [alone, after]) {
      expect(
        citations.map((citation) => [citation.form, citation.work?.item.type, citation.work?.item.issued]),
      ).toEqual([['full', 'personal_communication', { 'date-parts': [[2003, 7, 10]] }]]);
    }
  });

  it('keeps two letters of one day from one writer to two addressees apart, and one given twice as one', () => {
    const { works } = resolveNotes(
      [
        'Ann Lee to Bo Chen, 12 May 1850, Lee Family Papers, box 3, folder 2, Shore County Archives.',
        'Ann Lee to Dara Eze, 12 May 1850, Lee Family Papers, box 3, folder 2, Shore County Archives.',
        'Ann Lee to Bo Chen, 12 May 1850, Lee Family Papers, box 3, folder 2, Shore County Archives.',
      ].map((text, index) => ({ note: { number: index + 1, text, spans: [] }, owner: 0 })),
    );
    expect(works.map((work) => (work.item.recipient as Array<{ family: string }>)[0].family)).toEqual(['Chen', 'Eze']);
  });

  it('reads a letter printed in an edited collection: the book the container, its editor the editor', () => {
    expect(
      parseFullCitation(
        `Ann Lee to Bo Chen, June 3, 1851, in ${em('Letters of the Shore')}, ed. Dana Ruiz (Quay: Pier Press, 1990), 45.`,
      ),
    ).toEqual({
      item: {
        type: 'personal_communication',
        author: lee,
        recipient: chen,
        issued: { 'date-parts': [[1851, 6, 3]] },
        'container-title': 'Letters of the Shore',
        editor: [{ family: 'Ruiz', given: 'Dana' }],
        publisher: 'Pier Press',
        'publisher-place': 'Quay',
      },
      locator: '45',
      etAl: false,
    });
    // The editor before the book, a volume and page, initials.
    const printed = parseFullCitation(
      `A. Lee to B. Chen, 28 Oct. 1778, in D. Ruiz, ed., ${em('Papers of the Shore')} (Quay, 1988), 27: 656.`,
    );
    expect(printed.item).toMatchObject({
      type: 'personal_communication',
      author: [{ family: 'Lee', given: 'A.' }],
      recipient: [{ family: 'Chen', given: 'B.' }],
      issued: { 'date-parts': [[1778, 10, 28]] },
      'container-title': 'Papers of the Shore',
      editor: [{ family: 'Ruiz', given: 'D.' }],
    });
    expect(printed.locator).toBe('27: 656');
  });

  it('reads a letter at an address', () => {
    expect(
      parseFullCitation(`A. Lee to B. Chen, 26 Dec. 1789: ${U0}https://letters.example.org/lee/${U1}`).item,
    ).toEqual({
      type: 'personal_communication',
      author: [{ family: 'Lee', given: 'A.' }],
      recipient: [{ family: 'Chen', given: 'B.' }],
      issued: { 'date-parts': [[1789, 12, 26]] },
      URL: 'https://letters.example.org/lee/',
    });
  });

  it('leaves a title that says `to` alone: no date follows the names', () => {
    expect(parseFullCitation(`Ann Lee, ${em('Guide to Tides')} (Hull: Quay Press, 2004), 3.`).item).toMatchObject({
      type: 'book',
      title: 'Guide to Tides',
    });
    expect(parseFullCitation('Ann Lee to Bo Chen, Harbour Notes, 12.').item.type).not.toBe('personal_communication');
  });
});

describe('a letter cited again', () => {
  const archived = 'Ann Lee to Bo Chen, 12 May 1850, Lee Family Papers, box 3, folder 2, Shore County Archives.';
  const printed = `Ann Lee to Bo Chen, June 3, 1851, in ${em('Letters of the Shore')}, ed. Dana Ruiz (Quay: Pier Press, 1990), 45.`;
  const other = `Dara Eze, ${em('Salt Roads')} (Hull: Quay Press, 2004), 3.`;

  it('links `Lee to Chen, 12 May 1850.` to the letter of that date', () => {
    const notes = cite([archived, printed, other, 'Lee to Chen, 12 May 1850.']);
    const again = notes[3][0];
    expect(again.form).toBe('short');
    expect(again.work).toBe(notes[0][0].work);
    expect(again.quality).toEqual([{ kind: 'exact' }]);
  });

  it('links `Lee to Chen, 45.` to the writer’s last letter to that addressee, with its page', () => {
    const notes = cite([archived, printed, other, 'Lee to Chen, 45.', 'Ibid., 46.']);
    expect(notes[3][0]).toMatchObject({ form: 'short', locator: '45' });
    expect(notes[3][0].work).toBe(notes[1][0].work);
    expect(notes[4][0].work).toBe(notes[1][0].work);
  });

  it('cites a letter first given by family names in full, and never links another writer’s', () => {
    const notes = cite([archived, 'Chen to Lee, 12 May 1850.']);
    expect(notes[1][0].form).toBe('full');
    expect(notes[1][0].work).not.toBe(notes[0][0].work);
    expect(notes[1][0].work?.item).toMatchObject({ author: [{ family: 'Chen' }], recipient: [{ family: 'Lee' }] });
  });
});
