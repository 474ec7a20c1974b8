/**
 * remark plugin for clean Markdown: an empty HTML comment `<!---->` inside a paragraph is how
 * `normalise` keeps URL-like text from becoming a GFM literal link (see emit/autolink-text.ts). It
 * shows nothing, so it is dropped here and the text on either side joined again: the book reads
 * back with the same text it was written from (GFM's autolinks were found before, so the joined
 * text stays text).
 */
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';

const empty = /^<!--\s*-->$/;

export default function remarkEmptyComments() {
  return (tree: Root) => {
    visit(tree, (parent) => {
      if (!('children' in parent) || parent.type === 'root') return;
      const children = parent.children as Nodes[];
      if (!children.some((child) => child.type === 'html' && empty.test(child.value))) return;
      const kept: Nodes[] = [];
      for (const child of children) {
        if (child.type === 'html' && empty.test(child.value)) continue;
        const last = kept.at(-1);
        if (last?.type === 'text' && child.type === 'text') {
          kept[kept.length - 1] = {
            type: 'text',
            value: last.value + child.value,
            position:
              last.position && child.position ? { start: last.position.start, end: child.position.end } : undefined,
          };
        } else kept.push(child);
      }
      (parent as { children: Nodes[] }).children = kept;
    });
  };
}
