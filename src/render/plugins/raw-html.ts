/**
 * Raw HTML written in the manuscript reaches the hast tree as `raw` nodes; this plugin parses them
 * into elements (hast-util-raw). Reparsing a tree is costly, so a tree without any is left as it is.
 */
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { EXIT, visit } from 'unist-util-visit';

export default function rehypeRawHtml() {
  return (tree: Root): Root => {
    let hasRaw = false;
    visit(tree, 'raw', () => {
      hasRaw = true;
      return EXIT;
    });
    return hasRaw ? (raw(tree) as Root) : tree;
  };
}
