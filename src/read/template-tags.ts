/**
 * Hugo shortcodes (`{{< name … >}}`, `{{% name … %}}`) and Jekyll's Liquid tags (`{% raw %}`)
 * in chapter text: static-site templating, not Markdown. The tags are dropped, the text between an
 * opening and a closing tag is kept, and the file gets one warning saying how many went.
 */
import type { Paragraph, Root, Text } from 'mdast';
import type { Point } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** A tag never runs past its own closing `>}}`, `%}}` or `%}`. */
const tag = /\{\{<(?:[^>]|>(?!\}\}))*>\}\}|\{\{%(?:[^%]|%(?!\}\}))*%\}\}|\{%(?:[^%]|%(?!\}))*%\}/g;
const onlyTags = new RegExp(`^\\s*(?:(?:${tag.source})\\s*)+$`);

export function remarkTemplateTags() {
  return (tree: Root, file: VFile): void => {
    const source = String(file.value);
    let count = 0;
    let first: { text: string; place?: Point } | undefined;
    const found = (text: string, place: Point | undefined) => {
      count++;
      first ??= { text, place };
    };

    // A paragraph of tags only goes whole, whatever the tags hold (a caption's URL is a link node).
    visit(tree, 'paragraph', (paragraph: Paragraph, index, parent) => {
      const { start, end } = paragraph.position ?? {};
      if (!parent || index === undefined || start?.offset === undefined || end?.offset === undefined) return;
      // Code shows tags; a paragraph made from a figure shortcode (hugo-figure.ts) holds none in its text.
      if (paragraph.children.some((child) => child.type === 'inlineCode')) return;
      if (!paragraph.children.some((child) => child.type === 'text' && /\{[{%]/.test(child.value))) return;
      const text = source.slice(start.offset, end.offset);
      if (!onlyTags.test(text)) return;
      for (const match of text.matchAll(tag)) found(match[0], start);
      parent.children.splice(index, 1);
      return [SKIP, index];
    });

    visit(tree, 'text', (node: Text, index, parent) => {
      if (!tag.test(node.value)) return;
      tag.lastIndex = 0;
      for (const match of node.value.matchAll(tag)) found(match[0], node.position?.start);
      node.value = node.value.replace(tag, '').replace(/[ \t]{2,}/g, ' ');
      // A tag on a line of its own leaves the line end behind.
      if (parent && index === 0) node.value = node.value.trimStart();
      if (parent && index === parent.children.length - 1) node.value = node.value.trimEnd();
      if (node.value === '' && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
    });

    if (first) {
      const shown = first.text.length > 40 ? `${first.text.slice(0, 37)}…` : first.text;
      const message = file.message(
        `Unexpected template tag${count === 1 ? '' : 's'} (${count}, the first` +
          ` \`${shown}\`), expected Markdown; dropped, the text between them kept`,
        { place: first.place, ruleId: 'template-tags', source: 'folio-read' },
      );
      message.fatal = false;
    }
  };
}
