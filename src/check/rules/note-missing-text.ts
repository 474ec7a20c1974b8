import type { Rule } from '../rule.js';

export const noteMissingText: Rule = {
  id: 'note-missing-text',
  description: 'A note call whose note text is nowhere in the manuscript.',
  check(_book, { calls, texts }) {
    const defined = new Set(texts.map(({ node }) => node.identifier));
    return calls
      .filter(({ node }) => !defined.has(node.identifier))
      .map(({ node, division }) => ({
        file: division.file,
        node,
        ruleId: this.id,
        severity: 'error' as const,
        reason: `Unexpected call of note ${node.label ?? node.identifier} with no note text, expected a note text for it`,
        hint: 'Add the note text, or remove the call.',
      }));
  },
};
