/**
 * A hard-wrapped note or quotation whose next line opens with a number and a full stop or bracket
 * (`October 24,` ⏎ `1835.`), read by micromark as a new list (src/read/normalise/lazy-numbers.ts): the line is
 * given back to the paragraph it continues, its words at their source positions, and so is a note's opening line
 * (`[^4]: 1835. *Report*`); a list that starts at 1 stays a list.
 */
import type { FootnoteDefinition, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { divisions } from '../src/book.js';
import { expectNormalised, readFixture } from './helpers/normalise.js';

describe('lazy-numbers: a wrapped line that opens with a number (read-lazy-numbers)', () => {
  it('normalises the years and pages back into their notes and quotation, and keeps the real lists', async () => {
    await expectNormalised('read-lazy-numbers');
  });

  it('keeps the words of each note, at their lines and columns', async () => {
    const book = await readFixture('read-lazy-numbers');
    const notes: string[] = [];
    const places: string[] = [];
    for (const division of divisions(book))
      visit(division.tree, 'footnoteDefinition', (note: FootnoteDefinition) => {
        notes.push(toString(note).replace(/\s+/g, ' '));
        visit(note, 'text', (text: Text) => {
          if (/\d{4}/.test(text.value))
            places.push(`${text.position?.start.line}:${text.position?.end.line}:${text.position?.end.column}`);
        });
      });
    expect(notes).toEqual([
      '“Another Tide for the Harbour,” Shore Liberator, October 24, 1835.',
      'Ann Lee, Salt Roads (Hull: Quay Press, 2004), 45; see Tides, 12.',
      'The steps are these:Count the ships.Count the tides.',
      '1835. The Report of the Harbour Board, p. 104.',
    ]);
    expect(places).toEqual(['13:14:6', '16:17:16', '25:25:13']);
  });
});
