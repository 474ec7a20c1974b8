/**
 * The notes of a made-up Markdown chapter, flattened as the resolver reads them: one helper for the citation tests
 * that start from Markdown rather than from flattened text, so that each reads the notes as note-text.ts does; and
 * what the resolver makes of them.
 */
import type { FootnoteDefinition, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { type NoteText, noteText } from '../../src/cite/note-text.js';
import type { WorkFields } from '../../src/cite/parse-full.js';
import { resolveNotes } from '../../src/cite/resolve.js';

/** Each text a note of one chapter (`owner: 'one'`), numbered from 1. */
export function notesOf(...texts: string[]): Array<{ note: NoteText; owner: string }> {
  const markdown = texts.map((text, index) => `Text.[^${index + 1}]\n\n[^${index + 1}]: ${text}\n`).join('\n');
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  return tree.children
    .filter((node): node is FootnoteDefinition => node.type === 'footnoteDefinition')
    .map((definition, index) => ({ note: { ...noteText(definition), number: index + 1 }, owner: 'one' }));
}

/**
 * The made-up chapter resolved: each work's item, and each note's citations as `[form, index of its work, locator]`
 * (the index -1 when a citation names no work).
 */
export function citedIn(...texts: string[]): {
  works: WorkFields[];
  notes: Array<Array<[string, number, string | null]>>;
} {
  const { notes, works } = resolveNotes(notesOf(...texts));
  return {
    works: works.map((work) => work.item),
    notes: notes.map((note) =>
      note.citations.map((citation): [string, number, string | null] => [
        citation.form,
        citation.work ? works.indexOf(citation.work) : -1,
        citation.locator ?? null,
      ]),
    ),
  };
}

/** A note's text with its italics (`*…*`) and addresses marked as note-text.ts marks them, for the parsers. */
export function marked(text: string): string {
  return text
    .replace(/\*([^*]+)\*/g, '\uE000$1\uE001')
    .replace(/(https?:\/\/\S+?)(?=[.,]?(?:\s|$))/g, '\uE002$1\uE003');
}
