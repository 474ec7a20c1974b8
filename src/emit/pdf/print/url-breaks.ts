/** Long URLs in notes would overflow the measure: they get break points (see ../urls.ts). */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { breakUrls } from '../urls.js';
import { partElement, printFacts } from './data.js';

export default function rehypeUrlBreaks() {
  return (tree: Root, file: VFile): void => {
    printFacts(file).urls = breakUrls(partElement(tree));
  };
}
