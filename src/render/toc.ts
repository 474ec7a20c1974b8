import type { Element, ElementContent } from 'hast';
import type { Section } from '../book.js';
import { fillTemplate } from './templates.js';
import type { RenderedPart } from './types.js';

/** The contents as a nested list of links to parts (`#part-id`) and their sections (`#section-id`). */
export function renderToc(parts: Pick<RenderedPart, 'id' | 'title' | 'sections'>[]): Element {
  const nav = fillTemplate('toc', {});
  const items = parts.filter((part) => part.title).map((part) => item(part.id, part.title, sectionList(part.sections)));
  nav.children.push(list(items));
  return nav;
}

function sectionList(sections: Section[]): Element | undefined {
  if (sections.length === 0) return undefined;
  const top = Math.min(...sections.map((section) => section.depth));
  const items: Element[] = [];
  let nested: Section[] = [];
  const flush = () => {
    const last = items[items.length - 1];
    const sub = sectionList(nested);
    if (last && sub) last.children.push(sub);
    nested = [];
  };
  for (const section of sections) {
    if (section.depth === top) {
      flush();
      items.push(item(section.id, section.title));
    } else nested.push(section);
  }
  flush();
  return list(items);
}

function item(id: string, title: string, sub?: Element): Element {
  const children: ElementContent[] = [
    { type: 'element', tagName: 'a', properties: { href: `#${id}` }, children: [{ type: 'text', value: title }] },
  ];
  if (sub) children.push(sub);
  return { type: 'element', tagName: 'li', properties: {}, children };
}

function list(items: Element[]): Element {
  return { type: 'element', tagName: 'ol', properties: {}, children: items };
}
