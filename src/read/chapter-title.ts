/**
 * A chapter file whose front matter names it (Hugo's, Jekyll's or Pandoc's `title`, with its
 * `subtitle`) is one chapter: the title becomes its opening heading, unless the file already opens
 * with a `#` heading, and the file's own headings sit below it as sections. The front matter's
 * authors are printed under the title (an anthology's chapter author).
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const inline = unified().use(remarkParse);

export interface ChapterFields {
  title?: string;
  subtitle?: string;
  authors?: string[];
}

export function applyChapterTitle(tree: Root, fields: ChapterFields): void {
  const yamlIndex = tree.children.findIndex((node) => node.type === 'yaml');
  const firstContent = tree.children.find((node) => node.type !== 'yaml');
  const opensWithTitle = firstContent?.type === 'heading' && firstContent.depth === 1;
  const added: RootContent[] = [];
  const position = yamlIndex === -1 ? undefined : tree.children[yamlIndex].position;
  if (fields.title && !opensWithTitle) {
    visit(tree, 'heading', (heading: Heading) => {
      heading.depth = Math.min(6, heading.depth + 1) as Heading['depth'];
    });
    const text = joinTitle(fields.title, fields.subtitle);
    const heading: Heading = { type: 'heading', depth: 1, children: phrasing(text) };
    if (position) heading.position = position;
    added.push(heading);
  }
  if (fields.authors?.length && (added.length > 0 || opensWithTitle)) {
    const byline: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'text', value: joinNames(fields.authors) }],
      data: { hProperties: { className: ['chapter-authors'] } },
    };
    if (position) byline.position = position;
    added.push(byline);
  }
  if (added.length === 0) return;
  const at = opensWithTitle ? tree.children.indexOf(firstContent) + 1 : yamlIndex + 1;
  tree.children.splice(at, 0, ...(opensWithTitle ? added : added));
}

/** "Title:" + "Subtitle" → "Title: Subtitle"; a title that ends in other punctuation keeps it. */
function joinTitle(title: string, subtitle: string | undefined): string {
  const main = title.trim();
  if (!subtitle?.trim()) return main.replace(/:$/, '');
  return /[:.?!—–-]$/.test(main) ? `${main} ${subtitle.trim()}` : `${main}: ${subtitle.trim()}`;
}

function joinNames(names: string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A title as inline Markdown; `<em>`/`<i>` and `<strong>`/`<b>` (common in YAML titles) become emphasis. */
function phrasing(text: string): PhrasingContent[] {
  const markdown = text
    .replace(/<\/?(?:em|i)>/gi, '*')
    .replace(/<\/?(?:strong|b)>/gi, '**')
    .replace(/<[^>]+>/g, '');
  const tree = inline.parse(markdown);
  const paragraph = tree.children.find((node): node is Paragraph => node.type === 'paragraph');
  const children = paragraph?.children ?? [{ type: 'text', value: markdown }];
  visit({ type: 'root', children } as Root, (node) => {
    delete node.position;
  });
  return children;
}
