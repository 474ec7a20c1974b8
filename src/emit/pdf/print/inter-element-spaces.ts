/** Spaces between inline elements survive Paged.js's splitting of pages (see ../spaces.ts). */
import type { Root } from 'hast';
import { keepInterElementSpaces } from '../spaces.js';
import { partElement } from './data.js';

export default function rehypeInterElementSpaces() {
  return (tree: Root): void => {
    keepInterElementSpaces(partElement(tree));
  };
}
