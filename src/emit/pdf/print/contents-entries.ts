/**
 * The printed contents: two levels (parts and their sections; subsections would crowd it), each
 * entry's title in a span and its page number drawn by CSS (`target-counter`), roman for the
 * front matter, so each entry is classed by the kind of part it points at.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import type { RenderedPart } from '../../../render/types.js';
import { forEachElement, partElement, printFacts } from './data.js';

export default function rehypeContentsEntries(kindById: Map<string, RenderedPart['kind']>) {
  return (tree: Root, file: VFile): void => {
    const entries = markContents(partElement(tree), kindById);
    printFacts(file).tocTargets = entries.map((entry) => decodeURIComponent(String(entry.properties.href).slice(1)));
  };
}

function markContents(nav: Element, kindById: Map<string, RenderedPart['kind']>): Element[] {
  const entries: Element[] = [];
  forEachElement(nav, (node) => {
    for (const item of node.tagName === 'li' ? node.children : []) {
      if (item.type === 'element' && item.tagName === 'ol') {
        item.children = item.children.map((child) => {
          if (child.type === 'element')
            child.children = child.children.filter((c) => !(c.type === 'element' && c.tagName === 'ol'));
          return child;
        });
      }
    }
  });
  forEachElement(nav, (node) => {
    if (node.tagName !== 'a' || typeof node.properties.href !== 'string' || !node.properties.href.startsWith('#'))
      return;
    const kind = kindById.get(node.properties.href.slice(1));
    node.properties.className = ['toc-entry', `toc-${kind ?? 'body'}`];
    node.children = [h('span', { className: ['toc-title'] }, node.children)];
    entries.push(node);
  });
  return entries;
}
