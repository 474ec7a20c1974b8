/**
 * Writes a book as canonical clean Markdown: YAML front matter with the metadata, then every
 * division in order, its notes as GFM footnotes after its text. Reading the result gives the same
 * book AST (positions aside).
 */
import path from 'node:path';
import type { Definition, FootnoteReference, Root, RootContent } from 'mdast';
import type { Handle } from 'mdast-util-to-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { stringify as stringifyYaml } from 'yaml';
import { decodeReference } from '../assets/reference.js';
import { divisions, type Book, type BookMetadata } from '../book.js';
import { caretUnsafe, subSupHandlers } from '../read/sub-sup.js';
import { headingLabel } from '../roles.js';
import { autolinkTextCut } from './autolink-text.js';

/**
 * A note call is written with its label as the manuscript had it: escaping it (`[^www\.site.org]`
 * for `[^www.site.org]`) would make a label its note text's definition does not match, and GFM
 * labels hold nothing a call could be mistaken for (no spaces, no unescaped `]`).
 */
const footnoteReference = Object.assign((node: FootnoteReference) => `[^${node.label ?? node.identifier}]`, {
  peek: () => '[',
}) as unknown as Handle;

const writer = unified()
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '*',
    strong: '*',
    rule: '-',
    fences: true,
    listItemIndent: 'one',
    handlers: { footnoteReference, ...subSupHandlers },
    // Hyphens the text keeps in a pair stay hyphens when read back (read/smart-dashes.ts): `\--`.
    unsafe: [
      {
        character: '-',
        after: '-',
        inConstruct: 'phrasing',
        notInConstruct: ['destinationLiteral', 'destinationRaw', 'titleApostrophe', 'titleQuote', 'autolink'],
      },
      caretUnsafe,
    ],
  });

export interface MarkdownOptions {
  /** Folder the Markdown will live in: relative image paths are rewritten to resolve from there. */
  baseDir?: string;
  /** The divisions' trees to write in place of the book's, in order (e.g. notes with Pandoc citations). */
  trees?: Root[];
  /** Extra front matter keys, after the metadata's (e.g. `bibliography`). */
  frontMatter?: Record<string, unknown>;
}

export function toMarkdown(book: Book, options: MarkdownOptions = {}): string {
  const children: RootContent[] = [
    { type: 'yaml', value: stringifyYaml({ ...frontMatter(book.metadata), ...options.frontMatter }).trimEnd() },
  ];
  for (const [index, division] of divisions(book).entries()) {
    const label = headingLabel(division.role);
    const tree = options.trees?.[index] ?? division.tree;
    const opensWithHeading = tree.children[0]?.type === 'heading';
    if (!opensWithHeading && label) {
      children.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: label }] });
    }
    const rebased = options.baseDir
      ? rebaseImages(tree.children, path.dirname(division.file.path), options.baseDir)
      : tree.children;
    children.push(...rebased);
  }
  const root: Root = { type: 'root', children: autolinkTextCut(withoutEmptyParagraphs(orphanCallsAsText(children))) };
  return writer.stringify(root);
}

/**
 * An empty paragraph (an export's empty note text leaves one) is nothing in Markdown: written, it
 * leaves a stray space that a second `normalise` would not write.
 */
function withoutEmptyParagraphs(nodes: RootContent[]): RootContent[] {
  const empty = (node: RootContent) =>
    node.type === 'paragraph' && node.children.every((child) => child.type === 'text' && child.value.trim() === '');
  let found = false;
  for (const node of nodes) visit(node, 'paragraph', (paragraph) => void (found ||= empty(paragraph)));
  if (!found) return nodes;
  const copies = structuredClone(nodes).filter((node) => !empty(node));
  for (const node of copies) {
    visit(node, (parent) => {
      if ('children' in parent)
        (parent as { children: RootContent[] }).children = (parent.children as RootContent[]).filter(
          (child) => !empty(child),
        );
    });
  }
  return copies;
}

/**
 * A note call whose note text is missing (an export's `<sup>7</sup>` with no note 7; `folio check`
 * reports it) is written as the literal text `[^7]`, escaped: unescaped, GFM reads a call without
 * a definition as text anyway, and `normalise` would then escape it only on a second pass.
 */
function orphanCallsAsText(nodes: RootContent[]): RootContent[] {
  const defined = new Set<string>();
  for (const node of nodes) visit(node, 'footnoteDefinition', (definition) => void defined.add(definition.identifier));
  let orphans = false;
  for (const node of nodes)
    visit(node, 'footnoteReference', (call) => void (orphans ||= !defined.has(call.identifier)));
  if (!orphans) return nodes;
  const copies = structuredClone(nodes);
  for (const node of copies) {
    visit(node, 'footnoteReference', (call, index, parent) => {
      if (defined.has(call.identifier) || !parent || index === undefined) return;
      parent.children.splice(index, 1, { type: 'text', value: `[^${call.label ?? call.identifier}]` });
    });
  }
  return copies;
}

/**
 * Copies of `nodes` whose relative image URLs (inline, reference-style, and HTML `<img>`) resolve
 * from `to` as they did from `from`.
 */
function rebaseImages(nodes: RootContent[], from: string, to: string): RootContent[] {
  if (path.resolve(from) === path.resolve(to)) return nodes;
  const copies = structuredClone(nodes);
  const rebase = (url: string) =>
    /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(url)
      ? url
      : path
          .relative(to, path.resolve(from, decodeReference(url)))
          .split(path.sep)
          .join('/');
  // Reference-style images (`![alt][ref]`) take their address from the definition `[ref]: path`.
  const referenced = new Set<string>();
  const definitions: Definition[] = [];
  for (const node of copies) {
    visit(node, (child) => {
      if (child.type === 'image') child.url = rebase(child.url);
      else if (child.type === 'html') child.value = rebaseHtmlImages(child.value, rebase);
      else if (child.type === 'imageReference') referenced.add(child.identifier);
      else if (child.type === 'definition') definitions.push(child);
    });
  }
  for (const definition of definitions)
    if (referenced.has(definition.identifier)) definition.url = rebase(definition.url);
  return copies;
}

/** An HTML `<img src="…">` in the Markdown, its address rebased like a Markdown image's (quotes kept). */
function rebaseHtmlImages(html: string, rebase: (url: string) => string): string {
  return html.replace(/<img\b[^>]*>/gi, (tag) =>
    tag.replace(
      /(\ssrc\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i,
      (_, lead: string, double?: string, single?: string, bare?: string) => {
        if (double !== undefined) return `${lead}"${rebase(double)}"`;
        if (single !== undefined) return `${lead}'${rebase(single)}'`;
        return `${lead}${rebase(bare ?? '')}`;
      },
    ),
  );
}

function frontMatter(metadata: BookMetadata): Record<string, unknown> {
  const { authors, ...rest } = metadata;
  const entries = Object.entries({ ...rest, authors: authors.length ? authors : undefined });
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined && value !== ''));
}
