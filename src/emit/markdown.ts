/**
 * Writes a book as canonical clean Markdown: YAML front matter with the metadata, then every
 * division in order, its notes as GFM footnotes after its text. Reading the result gives the same
 * book AST (positions aside).
 */
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';
import { divisions, type Book, type BookMetadata } from '../book.js';
import { roleLabels } from '../read/roles.js';

const writer = unified()
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-', fences: true, listItemIndent: 'one' });

export function toMarkdown(book: Book): string {
  const children: RootContent[] = [{ type: 'yaml', value: stringifyYaml(frontMatter(book.metadata)).trimEnd() }];
  for (const division of divisions(book)) {
    const label = roleLabels[division.role];
    const opensWithHeading = division.tree.children[0]?.type === 'heading';
    if (!opensWithHeading && label) {
      children.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: label }] });
    }
    children.push(...division.tree.children);
  }
  const root: Root = { type: 'root', children };
  return writer.stringify(root);
}

function frontMatter(metadata: BookMetadata): Record<string, unknown> {
  const { authors, ...rest } = metadata;
  const entries = Object.entries({ ...rest, authors: authors.length ? authors : undefined });
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined && value !== ''));
}
