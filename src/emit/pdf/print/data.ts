/**
 * What the print plugins learn about a part while they transform it, kept on the file
 * (`data.print`) for the print document's report and checks. Each plugin works on the part's
 * `<section>`, the one child of the tree the print pipeline runs on.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';

export interface PrintFacts {
  notes: number;
  orphans: number[];
  hyphenatedWords: number;
  urls: number;
  /** Contents only: the ids its entries point at. */
  tocTargets: string[];
}

declare module 'vfile' {
  interface DataMap {
    print: PrintFacts;
  }
}

export function printFacts(file: VFile): PrintFacts {
  return (file.data.print ??= { notes: 0, orphans: [], hyphenatedWords: 0, urls: 0, tocTargets: [] });
}

export function partElement(tree: Root): Element {
  return tree.children[0] as Element;
}

export function forEachElement(node: Element, visit: (element: Element) => void): void {
  visit(node);
  for (const child of node.children) if (child.type === 'element') forEachElement(child, visit);
}
