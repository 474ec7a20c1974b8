/**
 * An address typed into a Word document (`see https://quay.example/tides.`) is plain text there, where
 * Markdown's GFM reads the same words as a link: this pass makes it the same link node, so the book AST does
 * not depend on the format it was written in (a citation's URL, a clickable address in the EPUB and the PDF).
 * Like GFM's autolink literals, an address starts with `http://`, `https://` or `www.` after a space, a bracket
 * or a quote, runs to the next space, and leaves out trailing punctuation (`.,:;!?*_~` and closing quotes) and a
 * closing bracket it does not open. Runs already linked in Word (hyperlinks) are left alone. Each piece keeps
 * its place in the document's text view: Word text nodes span one line, column for column.
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

const ADDRESS = /(?<=^|[\s([{<"'“‘])(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,:;!?*_~"'’”]/giu;

/** The address without a closing bracket it does not open (`(see https://x.org/a_(b))` keeps `(b)`). */
function balanced(address: string): string {
  let end = address.length;
  while (/[)\]}]$/.test(address.slice(0, end))) {
    const part = address.slice(0, end);
    const close = part.at(-1) as string;
    const open = { ')': '(', ']': '[', '}': '{' }[close] as string;
    if (part.split(open).length - 1 >= part.split(close).length - 1) break;
    end--;
  }
  return address.slice(0, end).replace(/[.,:;!?*_~"'’”]+$/u, '');
}

function split(node: Text): PhrasingContent[] | undefined {
  const pieces: PhrasingContent[] = [];
  const start = node.position?.start;
  const exact =
    start && node.position?.end.line === start.line && node.position.end.column - start.column === node.value.length;
  const place = (from: number, to: number) =>
    exact
      ? {
          position: {
            start: { line: start.line, column: start.column + from, offset: (start.offset ?? 0) + from },
            end: { line: start.line, column: start.column + to, offset: (start.offset ?? 0) + to },
          },
        }
      : {};
  let last = 0;
  for (const match of node.value.matchAll(ADDRESS)) {
    const address = balanced(match[0]);
    if (!/[\p{L}\p{N}]\.[\p{L}\p{N}]/u.test(address)) continue; // a domain has a dot between two words
    const from = match.index;
    const to = from + address.length;
    if (from > last) pieces.push({ type: 'text', value: node.value.slice(last, from), ...place(last, from) });
    const url = /^www\./i.test(address) ? `http://${address}` : address;
    pieces.push({
      type: 'link',
      url,
      children: [{ type: 'text', value: address, ...place(from, to) }],
      ...place(from, to),
    } as Link);
    last = to;
  }
  if (!pieces.length) return undefined;
  if (last < node.value.length)
    pieces.push({ type: 'text', value: node.value.slice(last), ...place(last, node.value.length) });
  return pieces;
}

export function linkTypedAddresses(tree: Root): void {
  visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
    if (!parent || index === undefined || parent.type === 'link') return;
    const pieces = split(node);
    if (!pieces) return;
    parent.children.splice(index, 1, ...(pieces as Parent['children']));
    return index + pieces.length;
  });
}
