/**
 * Paged.js picks a part's named page (CSS `page`) and where arabic folios start from classes:
 * `folio-page-{name}` (display pages carry no head and no folio) and `folio-first-body`.
 */
import type { Root } from 'hast';
import { classes } from '../footnotes.js';
import { partElement } from './data.js';

export interface PageClassesOptions {
  pageName: string;
  firstBody: boolean;
}

export default function rehypePageClasses({ pageName, firstBody }: PageClassesOptions) {
  return (tree: Root): void => {
    const element = partElement(tree);
    element.properties.className = [
      ...classes(element),
      `folio-page-${pageName}`,
      ...(firstBody ? ['folio-first-body'] : []),
    ];
  };
}
