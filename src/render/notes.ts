/**
 * Note calls and note texts in the shared HTML: calls link to their note and notes link back,
 * numbered as in the manuscript, with ids unique across the book.
 */
import type { Element, ElementContent } from 'hast';
import type { FootnoteDefinition, FootnoteReference } from 'mdast';
import type { State } from 'mdast-util-to-hast';

export const noteId = (number: number) => `note-${number}`;
export const noteRefId = (number: number, occurrence = 1) =>
  occurrence === 1 ? `noteref-${number}` : `noteref-${number}-${occurrence}`;

/** Creates the `footnoteReference` handler; it counts repeated calls of one note to keep ids unique. */
export function noteReferenceHandler() {
  const occurrences = new Map<number, number>();
  return (state: State, node: FootnoteReference): Element | ElementContent[] => {
    const number = node.data?.number;
    if (number === undefined) return [{ type: 'text', value: `[${node.label ?? node.identifier}]` }];
    const occurrence = (occurrences.get(number) ?? 0) + 1;
    occurrences.set(number, occurrence);
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: {
        className: ['noteref'],
        id: noteRefId(number, occurrence),
        href: `#${noteId(number)}`,
        'epub:type': 'noteref',
        role: 'doc-noteref',
      },
      children: [{ type: 'text', value: String(number) }],
    };
    const sup: Element = { type: 'element', tagName: 'sup', properties: {}, children: [link] };
    state.patch(node, sup);
    return sup;
  };
}

/** The note as an `<aside>`, its backlink first. */
export function noteAside(state: State, definition: FootnoteDefinition, number: number): Element {
  const content = state.all(definition);
  const backlink: Element = {
    type: 'element',
    tagName: 'a',
    properties: { className: ['note-backlink'], href: `#${noteRefId(number)}`, role: 'doc-backlink' },
    children: [{ type: 'text', value: `${number}.` }],
  };
  const firstParagraph = content.find((child): child is Element => child.type === 'element' && child.tagName === 'p');
  if (firstParagraph) firstParagraph.children.unshift(backlink, { type: 'text', value: ' ' });
  else content.unshift({ type: 'element', tagName: 'p', properties: {}, children: [backlink] });
  const aside: Element = {
    type: 'element',
    tagName: 'aside',
    properties: { className: ['footnote'], id: noteId(number), 'epub:type': 'footnote', role: 'doc-footnote' },
    children: withoutBlankText(content),
  };
  state.patch(definition, aside);
  return aside;
}

function withoutBlankText(nodes: ElementContent[]): ElementContent[] {
  return nodes.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
}
