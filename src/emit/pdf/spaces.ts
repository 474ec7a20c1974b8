/**
 * Paged.js treats a text node holding only white space as ignorable, and drops it when it rebuilds
 * a fragment (a paragraph continued on the next page, a note moved to the page foot): "author of
 * *Black* *Garden*" printed as "BlackGarden", "65. *Ibid.*" as "65.Ibid.". A space standing alone
 * between two inline elements is moved into the text of the element before it (or after it), where
 * Paged.js keeps it. So is one that ends or starts an inline element next to an inline element
 * (`<span><em>Information</em>  </span><span><em>Science</em>`): Paged.js's white-space filter drops
 * a run of two or more such characters with nothing after it (or before it) in its parent, and the
 * words either side print glued ("InformationScience").
 */
import type { Element, ElementContent, Text } from 'hast';

const inlineTags = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'code',
  'em',
  'i',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'u',
]);

export function keepInterElementSpaces(tree: Element): number {
  let moved = 0;
  const visit = (parent: Element) => {
    const children = parent.children;
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      if (child.type === 'element') {
        visit(child);
        continue;
      }
      if (child.type !== 'text' || child.value === '' || /\S/.test(child.value)) continue;
      const before = children[index - 1];
      const after = children[index + 1];
      const atEdge = inlineTags.has(parent.tagName) && (before === undefined || after === undefined);
      if (!(isInline(before) && isInline(after)) && !atEdge) continue;
      // Trailing, so the space stays a break opportunity before whatever follows (a note call's
      // no-wrap glue, say).
      const trailing = isInline(before) ? lastText(before) : undefined;
      const leading = trailing || !isInline(after) ? undefined : firstText(after);
      if (trailing) trailing.value += child.value;
      else if (leading) leading.value = child.value + leading.value;
      else continue;
      children.splice(index, 1);
      index--;
      moved++;
    }
  };
  visit(tree);
  return moved;
}

function isInline(node: ElementContent | undefined): node is Element {
  return (
    node?.type === 'element' &&
    inlineTags.has(node.tagName) &&
    !(node.properties.className as string[] | undefined)?.includes('footnote')
  );
}

function firstText(element: Element): Text | undefined {
  const first = element.children[0];
  if (!first) return undefined;
  if (first.type === 'text') return first;
  return first.type === 'element' && isInline(first) ? firstText(first) : undefined;
}

function lastText(element: Element): Text | undefined {
  const last = element.children[element.children.length - 1];
  if (!last) return undefined;
  if (last.type === 'text') return last;
  return last.type === 'element' && isInline(last) ? lastText(last) : undefined;
}
