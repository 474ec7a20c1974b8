/** One division of the book AST as a hast `<section>`: content, nested sections, then its notes. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { FootnoteDefinition, Image, Paragraph, Root } from 'mdast';
import { raw } from 'hast-util-raw';
import { toHast, type State } from 'mdast-util-to-hast';
import { EXIT, visit } from 'unist-util-visit';
import type { Division } from '../book.js';
import type { Asset } from './types.js';
import { tagLanguages } from './language.js';
import { noteAside, noteReferenceHandler } from './notes.js';
import { sanitize, type SanitizeReport } from './sanitize.js';
import { partSemantics } from './semantics.js';

export interface AssetRegistry {
  /** Registers a local image and returns the href the HTML uses for it. */
  add(sourcePath: string): string;
  list(): Asset[];
}

export interface RenderedDivision {
  element: Element;
  notes: number[];
  reports: SanitizeReport[];
}

export function renderDivision(division: Division, assets: AssetRegistry, bookDir: string): RenderedDivision {
  const definitions = division.tree.children.filter(
    (node): node is FootnoteDefinition => node.type === 'footnoteDefinition',
  );
  const content: Root = {
    type: 'root',
    children: division.tree.children.filter((node) => node.type !== 'footnoteDefinition'),
  };
  const baseDir = path.dirname(division.file.path);
  const handlers = {
    footnoteReference: noteReferenceHandler(),
    paragraph: (state: State, node: Paragraph) => figureOrParagraph(state, node),
    image: (state: State, node: Image) => image(state, node, [baseDir, bookDir], assets),
  };
  const options = { handlers, allowDangerousHtml: true };
  const body = parseRawHtml(toHast(content, options) as HastRoot, content);

  const notes: number[] = [];
  const asides: Element[] = [];
  const noteState = { ...options };
  for (const definition of definitions) {
    const number = definition.data?.number;
    if (number === undefined) continue;
    notes.push(number);
    const tree = toHast({ type: 'root', children: [definition] }, {
      ...noteState,
      handlers: {
        ...handlers,
        footnoteDefinition: (state: State, node: FootnoteDefinition) => noteAside(state, node, number),
      },
    }) as HastRoot;
    asides.push(...parseRawHtml(tree, definition).children.filter((child): child is Element => child.type === 'element'));
  }

  const reports = [...sanitize(body), ...asides.flatMap((aside) => sanitize(aside))];
  const semantics = partSemantics(division.role);
  const children: ElementContent[] = nestSections(
    body.children.filter((child): child is ElementContent => child.type !== 'doctype'),
  );
  if (asides.length) {
    children.push({ type: 'element', tagName: 'div', properties: { className: ['footnotes'] }, children: asides });
  }
  const element: Element = {
    type: 'element',
    tagName: 'section',
    properties: {
      className: ['part', `part-${division.role}`],
      id: division.id,
      'epub:type': semantics.epubType,
      ...(semantics.role ? { role: semantics.role } : {}),
      ...(division.title ? {} : { ariaLabel: semantics.label }),
    },
    children,
  };
  tagLanguages(element);
  return { element, notes, reports };
}

/** Reparses raw HTML from the manuscript into elements; costly, so only when `source` has any. */
function parseRawHtml(tree: HastRoot, source: Root | FootnoteDefinition): HastRoot {
  let hasHtml = false;
  visit(source, 'html', () => {
    hasHtml = true;
    return EXIT;
  });
  return hasHtml ? (raw(tree) as HastRoot) : tree;
}

/** A paragraph holding only an image becomes a figure, the image's title its caption. */
function figureOrParagraph(state: State, node: Paragraph): Element {
  const only = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (only.length === 1 && only[0].type === 'image' && only[0].title) {
    const image = only[0];
    const figure: Element = {
      type: 'element',
      tagName: 'figure',
      properties: {},
      children: [
        ...(state.all({ type: 'paragraph', children: [image] }) as ElementContent[]),
        { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: image.title ?? '' }] },
      ],
    };
    state.patch(node, figure);
    return figure;
  }
  const paragraph: Element = { type: 'element', tagName: 'p', properties: {}, children: state.all(node) as ElementContent[] };
  state.patch(node, paragraph);
  return paragraph;
}

/** Local images resolve against the chapter's folder, then the manuscript's; remote ones are left for `sanitize` to drop. */
function image(state: State, node: Image, dirs: string[], assets: AssetRegistry): Element {
  const isRemote = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(node.url);
  const candidates = dirs.map((dir) => path.resolve(dir, decodeURI(node.url)));
  const src = isRemote ? node.url : assets.add(candidates.find((candidate) => existsSync(candidate)) ?? candidates[0]);
  const element: Element = { type: 'element', tagName: 'img', properties: { src, alt: node.alt ?? '' }, children: [] };
  state.patch(node, element);
  return element;
}

/** Wraps each `h2` and what follows it (and `h3` within) in a `<section class="section">`. */
function nestSections(nodes: ElementContent[], depth = 2): ElementContent[] {
  const out: ElementContent[] = [];
  let current: Element | undefined;
  for (const node of nodes) {
    const headingDepth = node.type === 'element' && /^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : undefined;
    if (headingDepth !== undefined && headingDepth <= depth) {
      if (current) current.children = nestSections(current.children, depth + 1);
      current = undefined;
      if (headingDepth === depth) {
        current = { type: 'element', tagName: 'section', properties: { className: ['section', `section-${depth}`] }, children: [node] };
        out.push(current);
        continue;
      }
    }
    if (current) current.children.push(node);
    else out.push(node);
  }
  if (current) current.children = nestSections(current.children, depth + 1);
  return out.filter((node) => !(node.type === 'text' && node.value.trim() === '' && out.length > 1));
}
