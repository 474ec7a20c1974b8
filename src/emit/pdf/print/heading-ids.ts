/**
 * Bookmarks and links need every heading to have an id (a generated one when the source gave
 * none), and the recto running head takes the part's title from its `h1` (`data-running-head`).
 */
import type { Root } from 'hast';
import { forEachElement, partElement } from './data.js';

export interface HeadingIdsOptions {
  partId: string;
  /** The running head for the part's `h1`, when the part has a title. */
  runningHead?: string;
}

export default function rehypeHeadingIds({ partId, runningHead }: HeadingIdsOptions) {
  return (tree: Root): void => {
    let headingCount = 0;
    forEachElement(partElement(tree), (node) => {
      if (/^h[1-6]$/.test(node.tagName) && !node.properties.id)
        node.properties.id = `folio-heading-${partId}-${++headingCount}`;
      if (node.tagName === 'h1' && runningHead) node.properties.dataRunningHead = runningHead;
    });
  };
}
