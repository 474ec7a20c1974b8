import { problem, type Rule } from '../rule.js';

export const noteInHeading: Rule = {
  id: 'note-in-heading',
  description: 'a note call inside a heading (it would land in the contents and running heads)',
  severity: 'error',
  check(_book, { calls }) {
    return calls
      .filter(({ heading }) => heading)
      .map(({ node, division }) =>
        problem(this, division.file, node, {
          unexpected: `call of note ${node.label ?? node.identifier} in a heading`,
          expected: 'calls in running text',
          hint: 'Move the call to the first sentence after the heading.',
        }),
      );
  },
};
