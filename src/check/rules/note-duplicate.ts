import type { Problem } from '../report.js';
import type { Rule } from '../rule.js';

export const noteDuplicate: Rule = {
  id: 'note-duplicate',
  description: 'Two note texts with the same number or label; in an export, a number called twice.',
  check(book, { calls, texts }) {
    const problems: Problem[] = [];
    const seenTexts = new Map<string, number>();
    for (const { node, division } of texts) {
      const first = seenTexts.get(node.identifier);
      if (first !== undefined) {
        problems.push({
          file: division.file,
          node,
          ruleId: this.id,
          severity: 'error',
          reason: `Unexpected second note text ${node.label ?? node.identifier} (first on line ${first}), expected each note once`,
          hint: 'Renumber or relabel one of them.',
        });
      } else seenTexts.set(node.identifier, node.position?.start.line ?? 0);
    }
    if (book.dialect !== 'export') return problems;
    const seenCalls = new Map<string, number>();
    for (const { node, division } of calls) {
      const first = seenCalls.get(node.identifier);
      if (first !== undefined) {
        problems.push({
          file: division.file,
          node,
          ruleId: this.id,
          severity: 'error',
          reason: `Unexpected second call of note ${node.label ?? node.identifier} (first on line ${first}), expected each number called once`,
          hint: 'A repeated number usually means a note was copied; give it its own number.',
        });
      } else seenCalls.set(node.identifier, node.position?.start.line ?? 0);
    }
    return problems;
  },
};
