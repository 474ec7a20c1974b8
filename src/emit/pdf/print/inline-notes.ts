/**
 * Paged.js floats a note to the foot of its page only from where it stands in the text: each
 * note's text moves beside its call (see ../footnotes.ts); a note without a call stays at the end
 * of its part and is counted as an orphan.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { inlineFootnotes } from '../footnotes.js';
import { partElement, printFacts } from './data.js';

export default function rehypeInlineNotes() {
  return (tree: Root, file: VFile): void => {
    const moved = inlineFootnotes(partElement(tree));
    const facts = printFacts(file);
    facts.notes = moved.moved.length;
    facts.orphans = moved.orphans;
  };
}
