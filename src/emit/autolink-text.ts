/**
 * Text that only looks like a URL or an email address (an export's note held
 * `https://www.example.org/a/b-1. c-d` as text, not as a link) must stay text when the written
 * Markdown is read back as GFM. GFM's literal autolinks are found in the parsed text nodes, after
 * escapes and character references are decoded, so no escape stops them: the only way is to cut the
 * text node. The writer cuts such text with an empty HTML comment `<!---->` at the first word's
 * edge of each would-be link (`https<!---->://www<!---->.example.org`), which renders as nothing and reads back
 * as text, comment, text, written again the same way (normalise stays a fixed point).
 */
import type { Html, Nodes, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { visit, SKIP } from 'unist-util-visit';

const [findAutolinks] = gfmAutolinkLiteralFromMarkdown().transforms ?? [];

/** Where GFM would start a literal autolink in `value` read as text, or -1. */
export function autolinkStart(value: string): number {
  if (!findAutolinks || !/[.@]/.test(value)) return -1;
  const paragraph = { type: 'paragraph' as const, children: [{ type: 'text' as const, value }] as PhrasingContent[] };
  findAutolinks({ type: 'root', children: [paragraph] } as Root);
  let offset = 0;
  for (const child of paragraph.children) {
    if (child.type === 'link') return offset;
    offset += child.type === 'text' ? child.value.length : 0;
  }
  return -1;
}

/** `value` as text nodes cut by empty comments wherever GFM would otherwise find a link. */
function cut(value: string): Array<Text | Html> {
  const pieces: Array<Text | Html> = [];
  let rest = value;
  for (let start = autolinkStart(rest); start !== -1; start = autolinkStart(rest)) {
    // Cut at a word's edge (`https` | `://`, `www` | `.`, `name` | `@`): words stay whole.
    const edge = /[^\p{L}\p{N}]/u.exec(rest.slice(start + 1));
    const at = start + 1 + (edge?.index ?? 0);
    pieces.push({ type: 'text', value: rest.slice(0, at) }, { type: 'html', value: '<!---->' });
    rest = rest.slice(at);
  }
  if (rest) pieces.push({ type: 'text', value: rest });
  return pieces;
}

/** Copies of `nodes` whose URL-like text (outside links) will read back as text; `nodes` when none. */
export function autolinkTextCut(nodes: RootContent[]): RootContent[] {
  const outsideLinks = (
    root: Nodes,
    each: (text: Text, index: number, parent: { children: PhrasingContent[] }) => void,
  ) =>
    visit(root, (node, index, parent) => {
      if (node.type === 'link' || node.type === 'linkReference') return SKIP;
      if (node.type === 'text' && parent && index !== undefined)
        each(node, index, parent as { children: PhrasingContent[] });
    });
  let found = false;
  for (const node of nodes) outsideLinks(node, (text) => void (found ||= autolinkStart(text.value) !== -1));
  if (!found) return nodes;
  const copies = structuredClone(nodes);
  for (const node of copies) {
    visit(node, (parent) => {
      if (!('children' in parent) || parent.type === 'link' || parent.type === 'linkReference') return;
      const children = parent.children as Nodes[];
      // Adjacent text nodes are one text once written: join them first.
      for (let index = children.length - 1; index > 0; index--) {
        const [before, after] = [children[index - 1], children[index]];
        if (before.type === 'text' && after.type === 'text')
          children.splice(index - 1, 2, { type: 'text', value: before.value + after.value });
      }
      for (let index = children.length - 1; index >= 0; index--) {
        const child = children[index];
        if (child.type === 'text' && autolinkStart(child.value) !== -1) children.splice(index, 1, ...cut(child.value));
      }
    });
  }
  return copies;
}
