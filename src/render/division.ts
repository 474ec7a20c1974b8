/** One division of the book AST as a hast `<section>`: content, nested sections, then its notes. */
import path from 'node:path';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { FootnoteDefinition, Image, Paragraph, Root } from 'mdast';
import { raw } from 'hast-util-raw';
import { toHast, type State } from 'mdast-util-to-hast';
import { EXIT, visit } from 'unist-util-visit';
import { inspectAsset } from '../assets/load.js';
import { isRemoteReference } from '../assets/reference.js';
import { resolveAsset } from '../assets/resolve.js';
import type { Division } from '../book.js';
import { FolioError } from '../errors.js';
import type { Asset } from './types.js';
import { tagLanguages } from './language.js';
import { noteAside, noteReferenceHandler } from './notes.js';
import { sanitize, type SanitizeReport } from './sanitize.js';
import { partSemantics } from './semantics.js';

export interface AssetRegistry {
  /** Registers a local image (its real path, inside the book, of `mediaType`) and returns the href the HTML uses for it. */
  add(sourcePath: string, mediaType?: string): string;
  list(): Asset[];
}

export interface RenderedDivision {
  element: Element;
  notes: number[];
  reports: SanitizeReport[];
}

/** `draft` (a `--keep-going` build): an image the check refused as outside the book, or a missing one, is left out, its description kept. */
export function renderDivision(division: Division, assets: AssetRegistry, bookDir: string, draft = false): RenderedDivision {
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
    image: (state: State, node: Image) => image(state, node, { dirs: [baseDir, bookDir], bookDir, file: division.file, draft }, assets),
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

  const context: ImageContext = { dirs: [baseDir, bookDir], bookDir, file: division.file, draft };
  for (const tree of [body, ...asides]) rawImages(tree, context, assets);
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

interface ImageContext {
  /** Folders a relative reference resolves against: the chapter's, then the book's. */
  dirs: string[];
  bookDir: string;
  file: Division['file'];
  draft: boolean;
}

/**
 * Local images resolve against the chapter's folder, then the manuscript's, and must stay inside
 * the manuscript's folder and be an image of the type they are named (see src/assets/); remote
 * ones are left for `sanitize` to drop. A missing file is reported by the writers.
 */
function image(state: State, node: Image, context: ImageContext, assets: AssetRegistry): Element {
  const src = isRemoteReference(node.url) ? node.url : localImage(node, context, assets);
  const element: Element =
    src === undefined
      ? { type: 'element', tagName: 'span', properties: { className: ['image-left-out'] }, children: [{ type: 'text', value: node.alt ?? '' }] }
      : { type: 'element', tagName: 'img', properties: { src, alt: node.alt ?? '' }, children: [] };
  state.patch(node, element);
  return element;
}

/**
 * Images in the manuscript's raw HTML (`<img src="images/a.png">`) go through the same gate as
 * Markdown ones; a `srcset` or `<source>` pointing at local files is dropped (it would be loaded
 * unchecked by the browser laying out the PDF). Remote ones are left for `sanitize`.
 */
function rawImages(tree: HastRoot | Element, context: ImageContext, assets: AssetRegistry): void {
  const known = new Set(assets.list().map((asset) => asset.href));
  visit(tree, 'element', (element: Element) => {
    if (element.tagName !== 'img' && element.tagName !== 'source') return;
    for (const name of ['srcSet', ...(element.tagName === 'source' ? ['src'] : [])]) {
      const value = element.properties[name];
      if (typeof value === 'string' && !isRemoteReference(value.trim())) delete element.properties[name];
      else if (Array.isArray(value) && !value.every((entry) => isRemoteReference(String(entry).trim()))) delete element.properties[name];
    }
    const src = element.properties.src;
    if (element.tagName !== 'img' || typeof src !== 'string' || isRemoteReference(src) || /^data:/i.test(src) || known.has(src)) return;
    const href = localImage({ type: 'image', url: src, position: element.position }, context, assets);
    if (href === undefined) {
      const alt = String(element.properties.alt ?? '');
      element.tagName = 'span';
      element.properties = { className: ['image-left-out'] };
      element.children = [{ type: 'text', value: alt }];
      return;
    }
    element.properties.src = href;
    known.add(href);
  });
}

function localImage(node: Image, { dirs, bookDir, file, draft }: ImageContext, assets: AssetRegistry): string | undefined {
  const start = node.position?.start;
  const place = { file: file.path ? path.relative(file.cwd, file.path) || file.path : undefined, line: start?.line, column: start?.column };
  if (/^data:/i.test(node.url)) {
    throw new FolioError(`Unexpected \`data:\` URL image, expected an image file inside the book's folder`, place);
  }
  const resolved = resolveAsset(node.url, dirs, bookDir);
  if (resolved.kind === 'outside') {
    if (draft) return undefined;
    throw new FolioError(`Unexpected image \`${node.url}\` outside the book's folder, expected a file inside it (asset-outside-book)`, place);
  }
  if (resolved.kind === 'missing') {
    if (!draft) return assets.add(resolved.path);
    const message = file.message(`Unexpected image \`${node.url}\`: no such file, expected an image inside the book's folder; left out of the draft`, {
      place: start,
      ruleId: 'image-left-out',
      source: 'folio-render',
    });
    message.fatal = false;
    return undefined;
  }
  const inspection = inspectAsset(resolved.path, 'image', node.url);
  if (!inspection.ok) throw new FolioError(inspection.reason, place);
  return assets.add(resolved.path, inspection.mediaType);
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
