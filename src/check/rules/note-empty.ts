/**
 * An empty note prints a number that leads nowhere; it is usually a note whose text was deleted
 * or never written.
 */
import { toString } from 'mdast-util-to-string';
import { problem, type Rule } from '../rule.js';

export const noteEmpty: Rule = {
  id: 'note-empty',
  description: 'an empty note',
  severity: 'error',
  check(_book, { texts }) {
    return texts
      .filter(({ node }) => toString(node).trim() === '' && !node.children.some((child) => child.type !== 'paragraph'))
      .map(({ node, division }) =>
        problem(this, division.file, node, {
          unexpected: `empty note ${node.label ?? node.identifier}`,
          expected: 'note text',
          hint: 'Write the note, or remove it and its call.',
        }),
      );
  },
};
