/**
 * citeproc writes a citation as a small HTML fragment (`<i>`, `<b>`, small caps in a `<span>`, entities);
 * the book is mdast, so the fragment becomes phrasing content: italics as emphasis, bold as strong,
 * an address as a link that shows itself (as the author's own notes give URLs), the rest as text.
 */
import type { ElementContent, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { PhrasingContent } from 'mdast';

export function htmlPhrasing(html: string): PhrasingContent[] {
  return merge(fromHtml(html, { fragment: true }).children.flatMap(convert));
}

function convert(node: HastContent | ElementContent): PhrasingContent[] {
  if (node.type === 'text') return linked(node.value);
  if (node.type !== 'element') return [];
  const children = merge(node.children.flatMap(convert));
  if (node.tagName === 'i' || node.tagName === 'em') return [{ type: 'emphasis', children }];
  if (node.tagName === 'b' || node.tagName === 'strong') return [{ type: 'strong', children }];
  if (node.tagName === 'a' && typeof node.properties.href === 'string') {
    return [{ type: 'link', url: node.properties.href, children }];
  }
  return children;
}

/** Text with each web address as a link showing the address (trailing punctuation left outside). */
function linked(value: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let at = 0;
  for (const match of value.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const url = match[0].replace(/[.,;:)\]]+$/, '');
    if (match.index > at) nodes.push({ type: 'text', value: value.slice(at, match.index) });
    nodes.push({ type: 'link', url, children: [{ type: 'text', value: url }] });
    at = match.index + url.length;
  }
  if (at < value.length) nodes.push({ type: 'text', value: value.slice(at) });
  return nodes;
}

/** Adjacent text nodes joined; empty ones dropped. */
export function merge(nodes: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text' && node.value === '') continue;
    const last = merged.at(-1);
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else merged.push(node);
  }
  return merged;
}
