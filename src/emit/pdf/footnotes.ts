/**
 * Print-only: each note moves from the part's notes list to just after its call, as an inline
 * `<span class="footnote">`, which print.css floats to the foot of the page (`float: footnote`).
 * Paged.js then places the note on the page where the call falls.
 *
 * The shared HTML's block elements inside a note (paragraphs, lists, quotes) become spans with a
 * `footnote-{tag}` class, since a `<p>` cannot sit inside the paragraph that holds the call.
 * Paged.js rewrites the note's own `id`, so the note's anchor (`note-{n}`) moves to its number,
 * the backlink that starts it.
 */
import type { Element, ElementContent, Root } from 'hast';

export interface FootnoteMove {
  /** Note numbers placed after their calls, in document order. */
  moved: number[];
  /** Notes whose call was not found; they stay at the end of their part. */
  orphans: number[];
}

export const noteNumberAttribute = 'data-note-number';

export function inlineFootnotes(part: Element): FootnoteMove {
  const notes = new Map<number, Element>();
  const containers: Element[] = [];
  for (const child of part.children) {
    if (child.type === 'element' && classes(child).includes('footnotes')) {
      containers.push(child);
      for (const aside of child.children) {
        if (aside.type !== 'element') continue;
        const number = noteNumber(aside.properties.id);
        if (number !== undefined) notes.set(number, aside);
      }
    }
  }
  const moved: number[] = [];
  placeAfterCalls(part, (number) => {
    const aside = notes.get(number);
    if (!aside) return undefined;
    notes.delete(number);
    moved.push(number);
    return footnoteSpan(aside, number);
  });
  for (const container of containers) {
    container.children = container.children.filter(
      (aside) => aside.type !== 'element' || notes.has(noteNumber(aside.properties.id) ?? -1),
    );
  }
  part.children = part.children.filter(
    (child) => !(child.type === 'element' && containers.includes(child) && child.children.length === 0),
  );
  return { moved, orphans: [...notes.keys()] };
}

/** Walks `parent` and inserts, after each note call's `<sup>`, the element `make` returns for its number. */
function placeAfterCalls(parent: Root | Element, make: (number: number) => Element | undefined): void {
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index];
    if (child.type !== 'element') continue;
    const call = noteCall(child);
    if (call !== undefined) {
      const note = make(call);
      if (note) {
        const siblings = parent.children as ElementContent[];
        const start = detachLastWord(siblings, index);
        const callAt = siblings.indexOf(child);
        const glue: Element = {
          type: 'element',
          tagName: 'span',
          properties: { className: ['noteref-glue'] },
          children: [...siblings.slice(start, callAt), child, note],
        };
        siblings.splice(start, callAt - start + 1, glue);
        index = start;
      }
      continue;
    }
    placeAfterCalls(child, make);
  }
}

/**
 * Makes the word just before the call (`siblings[index]`) a text node of its own, so it can be
 * glued to the call: a call must never start a line or a page by itself. Returns the index of the
 * first node to glue (the word's, or the call's when the call follows a space or an element).
 */
function detachLastWord(siblings: ElementContent[], index: number): number {
  const before = siblings[index - 1];
  if (before?.type !== 'text') return index;
  const match = /(\S+)$/.exec(before.value);
  if (!match) return index;
  if (match.index === 0) return index - 1;
  before.value = before.value.slice(0, match.index);
  siblings.splice(index, 0, { type: 'text', value: match[1] });
  return index;
}

/** The number of the first call of a note: `<sup><a class="noteref" id="noteref-{n}">` (repeated calls have `-2`…). */
function noteCall(element: Element): number | undefined {
  const link =
    element.tagName === 'sup'
      ? element.children.find((child): child is Element => child.type === 'element' && child.tagName === 'a')
      : element.tagName === 'a'
        ? element
        : undefined;
  if (!link || !classes(link).includes('noteref')) return undefined;
  const match = /^noteref-(\d+)$/.exec(String(link.properties.id ?? ''));
  return match ? Number(match[1]) : undefined;
}

function footnoteSpan(aside: Element, number: number): Element {
  const children = aside.children.flatMap((child) => inlineBlocks(child));
  const backlink = findBacklink(children);
  if (backlink) backlink.properties.id = `note-${number}`;
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['footnote'], [noteNumberAttribute]: String(number) },
    children,
  };
}

const blockTags = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'li',
  'blockquote',
  'figure',
  'figcaption',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'section',
  'aside',
  ...[1, 2, 3, 4, 5, 6].map((rank) => `h${rank}`),
  'hr',
]);

function inlineBlocks(node: ElementContent): ElementContent[] {
  // Line breaks between blocks go; a space between two words in different elements stays.
  if (node.type !== 'element')
    return node.type === 'text' && node.value.trim() === '' && node.value.includes('\n') ? [] : [node];
  node.children = node.children.flatMap((child) => inlineBlocks(child));
  if (!blockTags.has(node.tagName)) return [node];
  return [
    {
      type: 'element',
      tagName: 'span',
      properties: { className: [`footnote-${node.tagName}`] },
      children: node.children,
    },
  ];
}

function findBacklink(nodes: ElementContent[]): Element | undefined {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (node.tagName === 'a' && classes(node).includes('note-backlink')) return node;
    const found = findBacklink(node.children);
    if (found) return found;
  }
  return undefined;
}

function noteNumber(id: unknown): number | undefined {
  const match = /^note-(\d+)$/.exec(String(id ?? ''));
  return match ? Number(match[1]) : undefined;
}

export function classes(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? String(value).split(' ') : [];
}
