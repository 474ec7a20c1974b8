/**
 * One division of the book AST as the HTML of its `<section>`, through one unified pipeline:
 * remark-rehype (note calls, figures and images by the handlers below) → small rehype plugins, one
 * per file in plugins/ (raw HTML, notes, images in raw HTML, sanitising, sections, the part's
 * section, languages) → rehype-stringify, XHTML-compatible for the EPUB.
 */
import path from 'node:path';
import type { Element, ElementContent } from 'hast';
import type { FootnoteDefinition, Image, Paragraph, Root } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { isRemoteReference } from '../assets/reference.js';
import type { Division } from '../book.js';
import { localImage, type AssetRegistry, type ImageContext } from './images.js';
import { noteReferenceHandler } from './notes.js';
import rehypeLanguages from './plugins/languages.js';
import rehypeNotes from './plugins/notes.js';
import rehypePart from './plugins/part.js';
import rehypeRawHtml from './plugins/raw-html.js';
import rehypeRawImages from './plugins/raw-images.js';
import rehypeSanitizeReported from './plugins/sanitize.js';
import rehypeSections from './plugins/sections.js';
import type { SanitizeReport } from './sanitize.js';
import { xhtmlSerialisation } from './serialise.js';

export type { AssetRegistry } from './images.js';

export interface RenderedDivision {
  html: string;
  notes: number[];
  reports: SanitizeReport[];
}

/**
 * `draft` (a `--keep-going` build): an image the check refused as outside the book, or a missing one, is left out, its
 * description kept.
 */
export function renderDivision(
  division: Division,
  assets: AssetRegistry,
  bookDir: string,
  draft = false,
): RenderedDivision {
  const definitions = division.tree.children.filter(
    (node): node is FootnoteDefinition => node.type === 'footnoteDefinition',
  );
  const content: Root = {
    type: 'root',
    children: division.tree.children.filter((node) => node.type !== 'footnoteDefinition'),
  };
  const context: ImageContext = {
    dirs: [path.dirname(division.file.path), bookDir],
    bookDir,
    file: division.file,
    draft,
  };
  const handlers = {
    footnoteReference: noteReferenceHandler(),
    paragraph: (state: State, node: Paragraph) => figureOrParagraph(state, node),
    image: (state: State, node: Image) => image(state, node, context, assets),
  };
  const processor = unified()
    .use(remarkRehype, { handlers, allowDangerousHtml: true })
    .use(rehypeRawHtml)
    .use(rehypeNotes, { definitions, handlers })
    .use(rehypeRawImages, { context, assets })
    .use(rehypeSanitizeReported)
    .use(rehypeSections)
    .use(rehypePart, division)
    .use(rehypeLanguages)
    .use(rehypeStringify, xhtmlSerialisation);
  const file = new VFile();
  const html = processor.stringify(processor.runSync(content, file), file);
  return { html, notes: file.data.noteNumbers ?? [], reports: file.data.sanitizeReports ?? [] };
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
        {
          type: 'element',
          tagName: 'figcaption',
          properties: {},
          children: [{ type: 'text', value: image.title ?? '' }],
        },
      ],
    };
    state.patch(node, figure);
    return figure;
  }
  const paragraph: Element = {
    type: 'element',
    tagName: 'p',
    properties: {},
    children: state.all(node) as ElementContent[],
  };
  state.patch(node, paragraph);
  return paragraph;
}

/** A Markdown image: a local file through the gate (images.ts); remote ones are left for the sanitiser to drop. */
function image(state: State, node: Image, context: ImageContext, assets: AssetRegistry): Element {
  const src = isRemoteReference(node.url) ? node.url : localImage(node, context, assets);
  const element: Element =
    src === undefined
      ? {
          type: 'element',
          tagName: 'span',
          properties: { className: ['image-left-out'] },
          children: [{ type: 'text', value: node.alt ?? '' }],
        }
      : { type: 'element', tagName: 'img', properties: { src, alt: node.alt ?? '' }, children: [] };
  state.patch(node, element);
  return element;
}
