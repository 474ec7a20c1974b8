/**
 * remark plugin: drop a hand-made table of contents (a "Contents" heading and the lines under it up
 * to the next heading); the outputs generate their own. The entries are kept in `file.data.toc`
 * (bold entries are chapters, level 1; plain ones sections, level 2) because they tell which
 * headings are siblings when the export used `##` and `###` at random.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';

export interface TocEntry {
  title: string;
  level: 1 | 2;
  page?: number;
}

declare module 'vfile' {
  interface DataMap {
    toc: TocEntry[];
  }
}

export interface TableOfContentsOptions {
  /** Heading text (matched case-insensitively) that starts a hand-made contents. */
  headings?: RegExp;
}

const defaultHeadings = /^(table of contents|contents)$/i;

export default function remarkTableOfContents(options: TableOfContentsOptions = {}) {
  const headings = options.headings ?? defaultHeadings;
  return (tree: Root, file: VFile) => {
    const start = tree.children.findIndex((node) => node.type === 'heading' && headings.test(toString(node).trim()));
    if (start === -1) return;
    const heading = tree.children[start];
    const depth = heading.type === 'heading' ? heading.depth : 1;
    let end = start + 1;
    while (end < tree.children.length) {
      const node = tree.children[end];
      if (node.type === 'heading' && node.depth <= depth) break;
      end++;
    }
    file.data.toc = parseEntries(
      file.value.toString().slice(offsetOf(heading, 'end'), offsetOf(tree.children[end - 1], 'end')),
    );
    tree.children.splice(start, end - start);
  };
}

function offsetOf(
  node: { position?: { start: { offset?: number }; end: { offset?: number } } },
  edge: 'start' | 'end',
): number {
  return node.position?.[edge].offset ?? 0;
}

function parseEntries(source: string): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const rawLine of source.split('\n')) {
    const line = rawLine.trim();
    if (!line) continue;
    const bold = /<b>|\*\*/i.test(line);
    const plain = line
      .replace(/<\/?b>/gi, '')
      .replace(/\*\*/g, '')
      .replace(/\\/g, '')
      .trim();
    // A roman page number needs a real separator (tab, spaces, leaders): "World War II" is a title.
    const match = /^(.*?)[\s.…]*?(?:(?:\t|\s{2,}|\s\.{2,}\s*)(\d+|[ivxlc]+)|\s(\d+))$/i.exec(plain);
    const title = (match ? match[1] : plain).trim();
    if (!title) continue;
    const page = match?.[2] ?? match?.[3];
    entries.push({ title, level: bold ? 1 : 2, page: page && /^\d+$/.test(page) ? Number(page) : undefined });
  }
  return entries;
}
