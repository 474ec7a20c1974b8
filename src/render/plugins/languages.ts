/**
 * Text in another script than the book's (Armenian, Cyrillic) is marked with `lang` (see
 * ../language.ts), so that readers, screen readers and fonts handle it.
 */
import type { Root } from 'hast';
import { tagLanguages } from '../language.js';

export default function rehypeLanguages() {
  return (tree: Root): void => tagLanguages(tree);
}
