/**
 * Where a citation of a hard-wrapped note is in its source: each line of a note that runs over several
 * lines maps back to its own line and column (src/cite/note-text.ts), so a warning names the line of
 * the work it is about, not the line where the note's text run began.
 */
import type { FootnoteDefinition, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { expect, it } from 'vitest';
import { noteText, placeOf } from '../src/cite/note-text.js';

const definitionOf = (source: string) => {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(source) as Root;
  return tree.children.find(
    (node): node is FootnoteDefinition => node.type === 'footnoteDefinition',
  ) as FootnoteDefinition;
};

const placeOfWords = (source: string, words: string) => {
  const note = noteText(definitionOf(source));
  const from = note.text.indexOf(words);
  const place = placeOf(note, from, from + words.length);
  return place && [place.start.line, place.start.column, place.end.line, place.end.column];
};

const wrapped = [
  'Text.[^1]',
  '',
  '[^1]: Ann Lee, *Salt Roads* (Bristol: Quay,',
  '    1998), 12; Bo Chen, "Tides of the Harbour,"',
  '    Sea Studies 4 (2001): 3; Eve Moss, Quays (Leeds:',
  '    Dock, 2004).',
  '',
].join('\n');

it('maps a work on a later line of a wrapped note to its own line and column', () => {
  expect(placeOfWords(wrapped, 'Bo Chen')).toEqual([4, 16, 4, 23]);
  expect(placeOfWords(wrapped, 'Eve Moss')).toEqual([5, 30, 5, 38]);
  expect(placeOfWords(wrapped, 'Dock')).toEqual([6, 5, 6, 9]);
});

it('keeps the line of each work when an escape makes the columns inexact', () => {
  const escaped = wrapped.replace('Sea Studies', 'Sea \\*Studies');
  const place = placeOfWords(escaped, 'Eve Moss');
  expect(place?.[0]).toBe(5);
  expect(place?.[2]).toBe(5);
});

it('maps a one-line note as before', () => {
  expect(placeOfWords('Text.[^1]\n\n[^1]: Ann Lee, Quays, 4.\n', 'Quays')).toEqual([3, 16, 3, 21]);
});
