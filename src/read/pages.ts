/**
 * An export parsed page by page. In the export syntax a `---` line at the margin is always a page
 * break (setext headings, indented code, HTML blocks and definitions are off there), and no block
 * runs across one except a fenced code block: so each page parses on its own, and the pages' trees,
 * moved to their place in the file, are the tree of the whole file. A rebuild after an edit then
 * parses only the pages whose text changed; the others come from `known`.
 */
import { deserialize, serialize } from 'node:v8';
import type { Nodes, Root, RootContent } from 'mdast';
import { hashKey } from '../cache.js';

/**
 * Parsed pages by the hash of their text: each page's top-level nodes, positioned as if the page were the whole file.
 */
export type PageTrees = Map<string, Uint8Array>;

export interface PageText {
  text: string;
  /** Where the page starts in the file: 0-based offset and 1-based line. */
  offset: number;
  line: number;
}

const pageBreak = /^---[ \t]*$/gm;
const fence = /^ {0,3}(?:`{3,}|~{3,})/m;
/** A GFM footnote or link definition: it decides what `[^x]` or `[x]` on other pages mean. */
const definition = /^ {0,3}\[[^\]\n]+\]:/m;
const frontMatter = /^---[ \t]*\r?\n/;

/**
 * The file cut before each page break (after the front matter); undefined when a code fence forbids
 * cutting it, when a definition makes one page's meaning depend on another's, or when lines end in
 * a way JavaScript's `^` and `$` do not share with Markdown (a lone CR, U+2028, U+2029).
 */
export function pagesOf(text: string): PageText[] | undefined {
  if (fence.test(text) || definition.test(text) || /\r(?!\n)|[\u2028\u2029]/.test(text)) return undefined;
  const cuts = [...text.matchAll(pageBreak)].map((match) => match.index!).filter((at) => at > 0);
  // The front matter's closing `---` stays with its opening one.
  if (frontMatter.test(text)) cuts.shift();
  const pages: PageText[] = [];
  let offset = 0;
  let line = 1;
  for (const cut of [...cuts, text.length]) {
    const page = text.slice(offset, cut);
    pages.push({ text: page, offset, line });
    line += countLines(page);
    offset = cut;
  }
  return pages;
}

/** The key a page's tree is kept under: its text, and whether it opens the file (only the first may hold front matter). */
export function pageKey(page: PageText): string {
  return hashKey(page.offset === 0 ? 'first' : 'next', page.text);
}

/**
 * The file's tree from its pages: each page parsed by `parse` (as if it were a file; only the first
 * may open with front matter) unless `known` has it, then moved to its line and offset. `parsed`,
 * when given, receives this file's pages, for the next time.
 */
export function parseByPages(
  text: string,
  pages: PageText[],
  parse: (page: PageText) => Root,
  known: PageTrees,
  parsed?: PageTrees,
): Root {
  const children: RootContent[] = [];
  for (const page of pages) {
    const key = pageKey(page);
    const stored = parsed?.get(key) ?? known.get(key);
    // A stored page is copied out of its bytes; a page parsed now is stored before it is moved.
    const nodes = stored ? (deserialize(stored) as RootContent[]) : parse(page).children;
    parsed?.set(key, stored ?? serialize(nodes));
    for (const node of nodes) move(node, page);
    children.push(...nodes);
  }
  // Lines end in LF or CRLF here (pagesOf refuses the rest).
  const lastLineStart = text.lastIndexOf('\n') + 1;
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 1 + countLines(text), column: text.length - lastLineStart + 1, offset: text.length },
    },
  };
}

function move(node: Nodes, page: PageText): void {
  if (node.position) {
    for (const point of [node.position.start, node.position.end]) {
      point.line += page.line - 1;
      if (point.offset !== undefined) point.offset += page.offset;
    }
  }
  if ('children' in node) for (const child of node.children) move(child, page);
}

function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
