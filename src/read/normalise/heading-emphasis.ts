/**
 * remark plugin: exported headings are often wrapped whole in emphasis or strong (`# *Introduction*`,
 * `## **Section**`); that styling belongs to the stylesheet, so unwrap it.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export default function remarkHeadingEmphasis() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading) => {
      for (;;) {
        const content = heading.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
        const only = content[0];
        if (content.length !== 1 || (only.type !== 'emphasis' && only.type !== 'strong')) return;
        heading.children = only.children;
      }
    });
  };
}
