/**
 * The notes of a made-up Markdown chapter, flattened as the resolver reads them: one helper for the citation tests
 * that start from Markdown rather than from flattened text, so that each reads the notes as note-text.ts does.
 */
import type { FootnoteDefinition, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { type NoteText, noteText } from '../../src/cite/note-text.js';

/** Each text a note of one chapter (`owner: 'one'`), numbered from 1. */
export function notesOf(...texts: string[]): Array<{ note: NoteText; owner: string }> {
  const markdown = texts.map((text, index) => `Text.[^${index + 1}]\n\n[^${index + 1}]: ${text}\n`).join('\n');
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  return tree.children
    .filter((node): node is FootnoteDefinition => node.type === 'footnoteDefinition')
    .map((definition, index) => ({ note: { ...noteText(definition), number: index + 1 }, owner: 'one' }));
}
