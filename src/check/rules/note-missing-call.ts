import type { Rule } from '../rule.js';

export const noteMissingCall: Rule = {
  id: 'note-missing-call',
  description: 'A note text that no call in the text refers to.',
  check(_book, { calls, texts }) {
    const called = new Set(calls.map(({ node }) => node.identifier));
    return texts
      .filter(({ node }) => !called.has(node.identifier))
      .map(({ node, division }) => ({
        file: division.file,
        node,
        ruleId: this.id,
        severity: 'error' as const,
        reason: `Unexpected note text ${node.label ?? node.identifier} that is never called, expected a call in the text`,
        hint: 'Add the call where the note belongs, or delete the note text.',
      }));
  },
};
