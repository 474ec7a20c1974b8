/**
 * Pairs the footnotes of two versions of one book (the publisher's Markdown and the authors' Word files of an
 * anthology) so that labels made on one version can score the other. Notes are compared by their words alone
 * (letters and digits, lower-cased; raw HTML such as a Word run's `<span lang>` left out) and paired in book order
 * by a longest common subsequence, so an edited, added or removed note pairs with nothing rather than shifting the
 * notes after it. Only notes whose words are the same in both versions are paired: a label says what its note's
 * words are, and a note reworded between versions is not the note it labelled.
 */
import type { Book } from '../../src/book.js';
import { footnotes } from './book-labels.js';

interface Note {
  /** The key of helpers/book-labels.ts's note numbers: the file relative to the book's folder, NUL, the identifier. */
  keys: string[];
  number: number;
  words: string;
}

/** The words of a node, without raw HTML. */
const words = (node: { type: string; value?: unknown; children?: unknown[] }): string =>
  node.type === 'html'
    ? ''
    : typeof node.value === 'string'
      ? node.value
      : (node.children ?? []).map((child) => words(child as Parameters<typeof words>[0])).join('');

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function notesOf(book: Book, folder: string): Note[] {
  return footnotes(book, folder)
    .map(({ keys, number, node }) => ({ keys, number, words: normalise(words(node)) }))
    .sort((a, b) => a.number - b.number);
}

/**
 * The note numbers of `other` by the labels' keys of `labelled` (as `noteNumbers` of helpers/book-labels.ts
 * gives them for `labelled`), for every note of `labelled` whose words `other` holds at the same place in order.
 */
export function sameNotes(
  labelled: Book,
  labelledFolder: string,
  other: Book,
  otherFolder: string,
): Map<string, number> {
  const a = notesOf(labelled, labelledFolder);
  const b = notesOf(other, otherFolder);
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..], by words.
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] =
        a[i].words === b[j].words ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const numbers = new Map<string, number>();
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i].words === b[j].words) {
      for (const key of a[i].keys) numbers.set(key, b[j].number);
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) i++;
    else j++;
  }
  return numbers;
}
