/**
 * The print edition's pages in the EPUB (issue 17), so a reader can cite "p. 43" from the e-book:
 * a page-break marker (`epub:type="pagebreak"`, `role="doc-pagebreak"`, the folio as its
 * `aria-label`) where each page of the PDF built in the same build begins. The place comes from
 * the laid-out pages (../pdf/page-map.ts): the part and the count of letters and digits before the
 * page's first one, counted here the same way (notes and note calls left out). A page that begins
 * inside a word (a word hyphenated across pages) gets its marker before that word. A page that
 * begins in a note (its content area holds only a note carried over) gets it at the start of the
 * note's text; one that opens with an image, before the image. Pages with no text, in a
 * print-only part or in the contents (the EPUB's contents is its navigation document, without
 * folios) get none. Works on the EPUB's own copy of the parts.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { RenderedBook, RenderedPart } from '../../render/types.js';
import { serialise } from '../../render/serialise.js';
import { roleFacts } from '../../roles.js';
import { countedCharacter, skipsText, type PrintPageMap } from '../pdf/page-map.js';

/** One marker placed: the page's folio, the id the page list links to, and the word it stands before. */
export interface PageBreak {
  label: string;
  id: string;
  part: string;
  /** The word after the marker in the EPUB. */
  word: string;
  /** The page's first word as laid out (a hyphenated word's second half when the page begins inside it). */
  printWord: string;
}

/** The rendered book with the page-break markers in its parts, and the markers in page order. */
export function insertPageBreaks(
  rendered: RenderedBook,
  pageMap: PrintPageMap,
): { rendered: RenderedBook; breaks: PageBreak[] } {
  const wanted = new Map<string, Target[]>();
  const want = (part: RenderedPart | undefined, target: Omit<Target, 'id'> & { label: string }) => {
    if (!part || roleFacts(part.role).printOnly || part.role === 'toc') return;
    const list = wanted.get(part.id) ?? [];
    list.push({ ...target, id: '' });
    wanted.set(part.id, list);
  };
  const partById = new Map(rendered.parts.map((part) => [part.id, part]));
  const usedIds = new Set<string>();
  for (const part of rendered.parts) for (const match of part.html.matchAll(/\sid="([^"]*)"/g)) usedIds.add(match[1]);
  pageMap.pages.forEach((page, index) => {
    const start = page.start;
    if (!start) return;
    const common = { label: page.label, page: index, printWord: start.word };
    if ('part' in start) want(partById.get(start.part), { ...common, offset: start.offset, image: start.image });
    else
      want(
        rendered.parts.find((part) => part.notes.includes(start.note)),
        { ...common, note: start.note },
      );
  });

  const breaks: Array<PageBreak & { page: number }> = [];
  const parts = rendered.parts.map((part) => {
    const targets = wanted.get(part.id);
    if (!targets) return part;
    for (const target of targets) target.id = uniqueId(`page-${target.label}`, usedIds);
    const root = fromHtml(part.html, { fragment: true });
    const placed = placeMarkers(root, targets);
    if (!placed.length) return part;
    breaks.push(...placed.map(({ target, word }) => ({ ...target, part: part.id, word })));
    const section = root.children.find((child): child is Element => child.type === 'element');
    return section ? { ...part, html: serialise(section) } : part;
  });
  breaks.sort((a, b) => a.page - b.page);
  return {
    rendered: { ...rendered, parts },
    breaks: breaks.map(({ label, id, part, word, printWord }) => ({ label, id, part, word, printWord })),
  };
}

interface Target {
  label: string;
  id: string;
  page: number;
  printWord: string;
  /** Letters and digits of the part's text before the page's first. */
  offset?: number;
  /** The note the page begins in. */
  note?: number;
  /** The page begins with the image before the letter at `offset`. */
  image?: boolean;
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let counter = 2; used.has(id); counter++) id = `${base}-${counter}`;
  used.add(id);
  return id;
}

/** A text node and the index in it where a marker goes. */
interface Spot {
  text: Text;
  parent: Element | Root;
  index: number;
}

function placeMarkers(root: Root, targets: Target[]): Array<{ target: Target; word: string }> {
  const spots = new Map<Target, Spot>();
  const byOffset = (list: Target[]) => list.sort((a, b) => a.offset! - b.offset!);
  const inText = byOffset(targets.filter((target) => target.offset !== undefined && !target.image));
  const atImage = byOffset(targets.filter((target) => target.offset !== undefined && target.image));
  const images = new Map<Target, { image: Element; parent: Element | Root }>();
  let next = 0;
  let nextImage = 0;
  let before = 0;
  walkText(
    root,
    (text, parent) => {
      const positions = countedPositions(text.value);
      while (next < inText.length && inText[next].offset! < before + positions.length) {
        spots.set(inText[next], {
          text,
          parent,
          index: wordStart(text.value, positions[inText[next].offset! - before]),
        });
        next++;
      }
      before += positions.length;
    },
    [],
    (image, parent) => {
      for (; nextImage < atImage.length && atImage[nextImage].offset! <= before; nextImage++)
        images.set(atImage[nextImage], { image, parent });
    },
  );
  for (const target of targets) {
    if (target.note === undefined) continue;
    const aside = findElement(root, (element) => element.properties.id === `note-${target.note}`);
    if (!aside) continue;
    walkText(
      aside,
      (text, parent) => {
        const [first] = countedPositions(text.value);
        if (first === undefined || spots.has(target)) return;
        spots.set(target, { text, parent, index: first });
      },
      ['note-backlink'],
    );
  }
  // Split each text node at its spots, last first, so earlier indexes stay valid.
  const byText = new Map<Text, Array<[Target, Spot]>>();
  for (const entry of spots) byText.set(entry[1].text, [...(byText.get(entry[1].text) ?? []), entry]);
  const placed: Array<{ target: Target; word: string }> = [];
  for (const [text, entries] of byText) {
    const { parent } = entries[0][1];
    const pieces: ElementContent[] = [];
    let rest = text.value;
    const ordered = entries.sort((a, b) => b[1].index - a[1].index || b[0].page - a[0].page);
    for (const [target, spot] of ordered) {
      const after = rest.slice(spot.index);
      if (after) pieces.unshift({ type: 'text', value: after });
      pieces.unshift(marker(target));
      rest = rest.slice(0, spot.index);
      placed.push({ target, word: firstWord(text.value.slice(spot.index)) });
    }
    if (rest) pieces.unshift({ type: 'text', value: rest });
    const at = parent.children.indexOf(text);
    (parent.children as ElementContent[]).splice(at, 1, ...pieces);
  }
  for (const [target, { image, parent }] of images) {
    (parent.children as ElementContent[]).splice(parent.children.indexOf(image), 0, marker(target));
    placed.push({ target, word: '' });
  }
  return placed;
}

function marker(target: Target): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { id: target.id, 'epub:type': 'pagebreak', role: 'doc-pagebreak', ariaLabel: target.label },
    children: [],
  };
}

/** Indexes of the counted characters (letters, digits) in `value`. */
function countedPositions(value: string): number[] {
  return [...value.matchAll(countedCharacter)].map((match) => match.index);
}

/** Back from `index` to the start of its word (a word's letters, marks and soft hyphens). */
function wordStart(value: string, index: number): number {
  while (index > 0 && /[\p{L}\p{N}\p{M}\u00ad]/u.test(value[index - 1])) index--;
  return index;
}

function firstWord(value: string): string {
  return /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/u.exec(value.replace(/\u00ad/g, ''))?.[0] ?? '';
}

/** Text nodes (and images) in document order, outside notes and note calls (and elements of the `skipClasses`). */
function walkText(
  node: Root | Element,
  visit: (text: Text, parent: Root | Element) => void,
  skipClasses: string[] = [],
  visitImage?: (image: Element, parent: Root | Element) => void,
): void {
  for (const child of [...node.children]) {
    if (child.type === 'text') visit(child, node);
    else if (child.type === 'element') {
      const classes = classNames(child);
      if (skipsText(classes) || classes.some((name) => skipClasses.includes(name))) continue;
      if (child.tagName === 'img') visitImage?.(child, node);
      walkText(child, visit, skipClasses, visitImage);
    }
  }
}

function classNames(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : String(value ?? '').split(/\s+/);
}

function findElement(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}
