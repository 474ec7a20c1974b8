/**
 * remark plugin: Pandoc's bracketed spans in clean Markdown, `[an underlined title]{.underline}`,
 * `[Ann Lee]{.smallcaps}`, `[ ]{#anchor}`: inlines in brackets given an attribute list. CommonMark has no
 * such syntax, so the brackets and the list would be printed as words, and a bare address inside
 * (`[https://example.org/]{.underline}`) would take `]{.underline` into its link. The attributes style the
 * page or word processor the text came from (a converter underlines every link it meets) and mean
 * nothing in a book: the span's inlines stay, its brackets and attribute list go.
 *
 * A span closes only at a `]` followed at once by an attribute list Pandoc would read (`#id`,
 * `.class`, `key=value`, space-separated, in braces), and opens at the nearest unmatched `[` before it
 * among the text of the same parent (a span may hold italics or a link; it never crosses a paragraph or
 * italics' edge). A bracket with no attribute list after it (`[sic]`, `[…]`) is the author's and stays.
 */
import type { Link, Parent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isLiteral } from './wrapped-urls.js';

const attributes = String.raw`\{\s*(?:(?:#[\w:.-]+|\.[\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s"'{}]+))\s*)+\}`;
/** A span's end: its `]` and attribute list. */
const spanEnd = new RegExp(String.raw`\]${attributes}`);
/** The start of an attribute list, as a literal autolink may cut it (`]{.underline` with `}` left outside). */
const cutEnd = /\]\{/;

export default function remarkBracketedSpans() {
  return (tree: Root, file: VFile) => {
    // Most files have no span: leave their trees unwalked.
    if (!String(file.value).includes(']{')) return;
    visit(tree, (node) => {
      if (!('children' in node)) return;
      const parent = node as Parent;
      for (let index = 0; index < parent.children.length; index++) giveBackSpanEnd(parent, index);
      if (!parent.children.some((child) => child.type === 'text' && child.value.includes(']'))) return;
      while (removeSpan(parent));
    });
  };
}

/**
 * A literal autolink that took a span's end into its address (`https://example.org/]{.underline`, then
 * `}.` as text): the address ends before the `]`, which goes back to the text after the link.
 */
function giveBackSpanEnd(parent: Parent, index: number): void {
  const link = parent.children[index];
  if (link?.type !== 'link') return;
  const label = (link as Link).children.length === 1 ? (link as Link).children[0] : undefined;
  if (label?.type !== 'text' || !isLiteral((link as Link).url, label.value)) return;
  const cut = label.value.search(cutEnd);
  if (cut < 0) return;
  const next = parent.children[index + 1];
  const tail = label.value.slice(cut);
  const after = next?.type === 'text' ? next.value : '';
  if (!new RegExp(`^${spanEnd.source}`).test(tail + after)) return;
  (link as Link).url = (link as Link).url.slice(0, (link as Link).url.length - tail.length);
  label.value = label.value.slice(0, cut);
  if (next?.type === 'text') next.value = tail + next.value;
  else parent.children.splice(index + 1, 0, { type: 'text', value: tail } satisfies Text);
}

/** Removes the first span of the parent whose end and start are both found; false when there is none. */
function removeSpan(parent: Parent): boolean {
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index];
    if (child?.type !== 'text') continue;
    for (const match of child.value.matchAll(new RegExp(spanEnd.source, 'g'))) {
      const open = opening(parent, index, match.index);
      if (!open) continue;
      if (open.node === child && !child.value.slice(open.at + 1, match.index).trim()) {
        // An empty span (`[ ]{.underline}`, a converter's leftover) goes whole; one that ends its
        // paragraph takes the space before it too, as the paragraph's own end would.
        const last = index === parent.children.length - 1 && !child.value.slice(match.index + match[0].length).trim();
        const before = last ? child.value.slice(0, open.at).trimEnd() : child.value.slice(0, open.at);
        child.value = before + (last ? '' : child.value.slice(match.index + match[0].length));
        if (!child.value) parent.children.splice(index, 1);
        return true;
      }
      // The end first: the opening may be in the same text, before it.
      child.value = child.value.slice(0, match.index) + child.value.slice(match.index + match[0].length);
      open.node.value = open.node.value.slice(0, open.at) + open.node.value.slice(open.at + 1);
      return true;
    }
  }
  return false;
}

/** The nearest `[` before the span's end (text `index`, offset `end`) that no `]` between has closed. */
function opening(parent: Parent, index: number, end: number): { node: Text; at: number } | undefined {
  let depth = 0;
  for (let at = index; at >= 0; at--) {
    const node = parent.children[at];
    if (node?.type !== 'text') continue;
    const text = at === index ? node.value.slice(0, end) : node.value;
    for (let offset = text.length - 1; offset >= 0; offset--) {
      if (text[offset] === ']') depth++;
      else if (text[offset] === '[') {
        if (depth === 0) return { node, at: offset };
        depth--;
      }
    }
  }
  return undefined;
}
