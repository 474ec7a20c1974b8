/**
 * remark plugin: word processors export underscores in URLs as `\\_`, which Markdown reads as a
 * backslash followed by `_`. Remove those stray backslashes from link destinations and from link
 * text that is itself a URL.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const strayBackslashes = /\\+(?=[_*~#])/g;

export default function remarkUnescapeUrls() {
  return (tree: Root) => {
    visit(tree, 'link', (link) => {
      link.url = link.url.replace(strayBackslashes, '');
      for (const child of link.children) {
        if (child.type === 'text' && /^[a-z][a-z+.-]*:\/\//i.test(child.value)) {
          child.value = child.value.replace(strayBackslashes, '');
        }
      }
    });
  };
}
