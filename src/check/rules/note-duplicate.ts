/**
 * Two note texts under one number or label: the reader of the book meets one of them, the other
 * is lost without a word. In an export, a number called twice is the same slip seen from the calls.
 */
import type { FootnoteDefinition, FootnoteReference } from 'mdast';
import type { Located } from '../notes-index.js';
import { problem, type Rule } from '../rule.js';

export const noteDuplicate: Rule = {
  id: 'note-duplicate',
  description: 'two note texts with one number or label; in an export, a number called twice',
  severity: 'error',
  check(book, { calls, texts }) {
    const problems = repeats(texts).map(({ node, division, first }) =>
      problem(this, division.file, node, {
        unexpected: `second note text ${node.label ?? node.identifier} (first on line ${line(first)})`,
        expected: 'each note once',
        hint: 'Renumber or relabel one of them.',
        related: {
          reason: `First note text ${node.label ?? node.identifier}`,
          place: first.node.position,
          file: first.division.file,
        },
      }),
    );
    // Clean Markdown may call one note twice; an export's numbers are each printed once.
    if (book.dialect !== 'export') return problems;
    return problems.concat(
      repeats(calls).map(({ node, division, first }) =>
        problem(this, division.file, node, {
          unexpected: `second call of note ${node.label ?? node.identifier} (first on line ${line(first)})`,
          expected: 'each number called once',
          hint: 'A repeated number usually means a note was copied; give it its own number.',
          related: {
            reason: `First call of note ${node.label ?? node.identifier}`,
            place: first.node.position,
            file: first.division.file,
          },
        }),
      ),
    );
  },
};

/** Every node whose identifier an earlier node already had, with that earlier node. */
function repeats<T extends FootnoteDefinition | FootnoteReference>(
  nodes: Located<T>[],
): Array<Located<T> & { first: Located<T> }> {
  const firsts = new Map<string, Located<T>>();
  const found: Array<Located<T> & { first: Located<T> }> = [];
  for (const located of nodes) {
    const first = firsts.get(located.node.identifier);
    if (first !== undefined) found.push({ ...located, first });
    else firsts.set(located.node.identifier, located);
  }
  return found;
}

const line = ({ node }: Located<FootnoteDefinition | FootnoteReference>): number => node.position?.start.line ?? 0;
