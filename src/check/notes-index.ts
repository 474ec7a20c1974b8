import type { FootnoteDefinition, FootnoteReference, Heading } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { divisions, type Book, type Division } from '../book.js';

export interface Located<T> {
  node: T;
  division: Division;
  /** The heading the node sits in, if any. */
  heading?: Heading;
}

/** Every note call and note text of the book in reading order: what the rules look at. */
export interface NotesIndex {
  calls: Located<FootnoteReference>[];
  texts: Located<FootnoteDefinition>[];
}

export function indexNotes(book: Book): NotesIndex {
  const calls: Located<FootnoteReference>[] = [];
  const texts: Located<FootnoteDefinition>[] = [];
  for (const division of divisions(book)) {
    visitParents(division.tree, (node, ancestors) => {
      if (node.type === 'footnoteReference') {
        const heading = ancestors.find((ancestor): ancestor is Heading => ancestor.type === 'heading');
        calls.push({ node, division, heading });
      } else if (node.type === 'footnoteDefinition') {
        // A note text a call in another file took is reported where it is written.
        const source = node.data?.source;
        const home =
          source === undefined ? division : (divisions(book).find((other) => other.file.path === source) ?? division);
        texts.push({ node, division: home });
      }
    });
  }
  const byOffset = (a: Located<{ position?: { start: { offset?: number } } }>, b: typeof a) =>
    a.division.file === b.division.file
      ? (a.node.position?.start.offset ?? 0) - (b.node.position?.start.offset ?? 0)
      : 0;
  calls.sort(byOffset);
  texts.sort(byOffset);
  return { calls, texts };
}
