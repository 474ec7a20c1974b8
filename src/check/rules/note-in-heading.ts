import type { Rule } from '../rule.js';

export const noteInHeading: Rule = {
  id: 'note-in-heading',
  description: 'A note call inside a heading (it would land in the contents and running heads).',
  check(_book, { calls }) {
    return calls
      .filter(({ heading }) => heading)
      .map(({ node, division }) => ({
        file: division.file,
        node,
        ruleId: this.id,
        severity: 'error' as const,
        reason: `Unexpected call of note ${node.label ?? node.identifier} in a heading, expected calls in running text`,
        hint: 'Move the call to the first sentence after the heading.',
      }));
  },
};
