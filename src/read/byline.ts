/**
 * An anthology chapter's authors written as the smallest heading right under its title
 * (`# Title` then `###### A. Author and B. Author`, as converters of edited volumes leave them):
 * a byline, not a section. It becomes a paragraph printed under the title, so an affiliation note
 * called there is a call in text, not in a heading.
 */
import type { Paragraph, Root } from 'mdast';

export function remarkByline() {
  return (tree: Root): void => {
    tree.children.forEach((node, index) => {
      const previous = tree.children[index - 1];
      if (node.type !== 'heading' || node.depth !== 6 || previous?.type !== 'heading' || previous.depth !== 1) return;
      const byline: Paragraph = {
        type: 'paragraph',
        children: node.children,
        position: node.position,
        data: { hProperties: { className: ['chapter-authors'] } },
      };
      tree.children[index] = byline;
    });
  };
}
