/**
 * A note text no call refers to never reaches the page: in an anthology it is the trace of a call
 * lost in editing, so the author has to put the call back.
 */
import { problem, type Rule } from '../rule.js';

export const noteMissingCall: Rule = {
  id: 'note-missing-call',
  description: 'a note text no call refers to',
  severity: 'error',
  check(_book, { calls, texts }) {
    const called = new Set(calls.map(({ node }) => node.identifier));
    return texts
      .filter(({ node }) => !called.has(node.identifier))
      .map(({ node, division }) =>
        problem(this, division.file, node, {
          unexpected: `note text ${node.label ?? node.identifier} that is never called`,
          expected: 'a call in the text',
          hint: 'Add the call where the note belongs, or delete the note text.',
        }),
      );
  },
};
