import type { FootnoteDefinition, FootnoteReference } from 'mdast';
import type { Located } from '../notes-index.js';
import type { Problem } from '../report.js';
import type { Rule } from '../rule.js';

export const noteDuplicate: Rule = {
  id: 'note-duplicate',
  description: 'Two note texts with the same number or label; in an export, a number called twice.',
  check(book, { calls, texts }) {
    const problems: Problem[] = repeats(texts).map(({ node, division, firstLine }) => ({
      file: division.file,
      node,
      ruleId: this.id,
      severity: 'error' as const,
      reason: `Unexpected second note text ${node.label ?? node.identifier} (first on line ${firstLine}), expected each note once`,
      hint: 'Renumber or relabel one of them.',
    }));
    // Clean Markdown may call one note twice; an export's numbers are each printed once.
    if (book.dialect !== 'export') return problems;
    return problems.concat(
      repeats(calls).map(({ node, division, firstLine }) => ({
        file: division.file,
        node,
        ruleId: this.id,
        severity: 'error' as const,
        reason: `Unexpected second call of note ${node.label ?? node.identifier} (first on line ${firstLine}), expected each number called once`,
        hint: 'A repeated number usually means a note was copied; give it its own number.',
      })),
    );
  },
};

/** Every node whose identifier an earlier node already had, with that earlier node's line. */
function repeats<T extends FootnoteDefinition | FootnoteReference>(nodes: Located<T>[]): Array<Located<T> & { firstLine: number }> {
  const firstLines = new Map<string, number>();
  const found: Array<Located<T> & { firstLine: number }> = [];
  for (const located of nodes) {
    const firstLine = firstLines.get(located.node.identifier);
    if (firstLine !== undefined) found.push({ ...located, firstLine });
    else firstLines.set(located.node.identifier, located.node.position?.start.line ?? 0);
  }
  return found;
}
