/**
 * `# Title<br />`: a line break closing a heading (left by converters that break titles for a
 * layout) is no part of the title. Trailing `<br>` tags and spaces go; one inside a title stays.
 */
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export function remarkHeadingBreaks() {
  return (tree: Root): void => {
    visit(tree, 'heading', (heading: Heading) => {
      for (;;) {
        const last = heading.children[heading.children.length - 1];
        if (last?.type === 'html' && /^<br\s*\/?>$/i.test(last.value.trim())) heading.children.pop();
        else if (last?.type === 'break') heading.children.pop();
        else if (last?.type === 'text' && last.value !== last.value.trimEnd()) {
          last.value = last.value.trimEnd();
          if (last.value === '') heading.children.pop();
        } else break;
      }
    });
  };
}
