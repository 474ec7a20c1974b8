/**
 * Chromium here has no hyphenation dictionaries, so words get soft hyphens for the book's language
 * (see ../../hyphenate.ts), never in URLs, numbers or code. Runs before the URL breaks: it leaves
 * whole URLs alone, and they are cut into pieces after.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { hyphenateTree } from '../hyphenate.js';
import { partElement, printFacts } from './data.js';

export default function rehypeSoftHyphens(language: string) {
  return (tree: Root, file: VFile): void => {
    printFacts(file).hyphenatedWords = hyphenateTree(partElement(tree), language);
  };
}
