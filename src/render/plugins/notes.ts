/**
 * A part's notes follow its content: each note text (an mdast `footnoteDefinition`, kept out of
 * the content) becomes an `<aside>` (see ../notes.ts) inside one `<div class="footnotes">` at the
 * end of the part. Each note is converted on its own, its raw HTML parsed within the note, so an
 * unclosed tag in one note never swallows the next.
 */
import type { Element, Root } from 'hast';
import type { FootnoteDefinition } from 'mdast';
import type { Handlers, State } from 'mdast-util-to-hast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { noteAside } from '../notes.js';
import rehypeRawHtml from './raw-html.js';

declare module 'vfile' {
  interface DataMap {
    /** The part's `<div class="footnotes">`, when it has notes. */
    notesContainer: Element;
    /** Numbers of the notes placed in the part, in order. */
    noteNumbers: number[];
  }
}

export interface NotesOptions {
  definitions: FootnoteDefinition[];
  /** The handlers the content was converted with (note calls, figures, images). */
  handlers: Partial<Handlers>;
}

export default function rehypeNotes({ definitions, handlers }: NotesOptions) {
  const toAside = unified()
    .use(remarkRehype, {
      handlers: {
        ...handlers,
        footnoteDefinition: (state: State, node: FootnoteDefinition) => noteAside(state, node, node.data!.number!),
      },
      allowDangerousHtml: true,
    })
    .use(rehypeRawHtml);
  return (tree: Root, file: VFile): void => {
    const numbers: number[] = [];
    const asides: Element[] = [];
    for (const definition of definitions) {
      const number = definition.data?.number;
      if (number === undefined) continue;
      numbers.push(number);
      const notes = toAside.runSync({ type: 'root', children: [definition] });
      asides.push(...notes.children.filter((child): child is Element => child.type === 'element'));
    }
    file.data.noteNumbers = numbers;
    if (!asides.length) return;
    const container: Element = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['footnotes'] },
      children: asides,
    };
    file.data.notesContainer = container;
    tree.children.push(container);
  };
}
