/**
 * remark plugin: turn a word processor's `<sup>N</sup>` note calls into mdast `footnoteReference`
 * nodes, and `<sup>th</sup>`-style ordinals into plain text joined to their number.
 */
import type { FootnoteReference, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';

export interface SupCallsOptions {
  /** Superscripts that are ordinal suffixes, not notes. Default: `st`, `nd`, `rd`, `th`. */
  ordinals?: string[];
}

const defaultOrdinals = ['st', 'nd', 'rd', 'th'];

export default function remarkSupCalls(options: SupCallsOptions = {}) {
  const ordinals = new Set(options.ordinals ?? defaultOrdinals);
  return (tree: Root) => {
    visit(tree, (node) => {
      if (!('children' in node) || node.type === 'root') return;
      const parent = node as Parent;
      parent.children = rewrite(parent.children as PhrasingContent[], ordinals) as Parent['children'];
    });
  };
}

function rewrite(children: PhrasingContent[], ordinals: Set<string>): PhrasingContent[] {
  const result: PhrasingContent[] = [];
  for (let index = 0; index < children.length; index++) {
    const open = children[index];
    const inner = children[index + 1];
    const close = children[index + 2];
    if (
      open.type === 'html' &&
      /^<sup>$/i.test(open.value) &&
      inner?.type === 'text' &&
      close?.type === 'html' &&
      /^<\/sup>$/i.test(close.value)
    ) {
      const label = inner.value.trim();
      const position = span(open.position, close.position);
      if (/^\d+$/.test(label)) {
        const reference: FootnoteReference = {
          type: 'footnoteReference',
          identifier: String(Number(label)),
          label,
          data: { number: Number(label) },
          position,
        };
        result.push(reference);
        index += 2;
        continue;
      }
      if (ordinals.has(label.toLowerCase())) {
        appendText(result, inner.value, position);
        index += 2;
        continue;
      }
    }
    if (open.type === 'text') appendText(result, open.value, open.position);
    else result.push(open);
  }
  return result;
}

/** Appends text, merging with a preceding text node so the tree stays as a parser would make it. */
export function appendText(nodes: PhrasingContent[], value: string, position: Position | undefined): void {
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text') {
    last.value += value;
    last.position = span(last.position, position);
    return;
  }
  const text: Text = { type: 'text', value };
  if (position) text.position = position;
  nodes.push(text);
}

export function span(start: Position | undefined, end: Position | undefined): Position | undefined {
  if (!start) return end;
  if (!end) return start;
  return { start: start.start, end: end.end };
}
