/**
 * A call with no note text prints a number with nothing behind it; escaped brackets (`\[^x\]`)
 * are text, not calls, and are never reported.
 */
import type { Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import { divisions } from '../../book.js';
import type { Problem } from '../report.js';
import { problem, type Rule } from '../rule.js';

/**
 * GFM only makes `[^label]` a call when the label is defined; otherwise it stays as text. Read in
 * the source, where an escaped bracket (`\[^sic\]`, an editor's insertion) is plainly text.
 */
const undefinedCall = /(?<!\\)\[\^([^\]\s]+)(?<!\\)\]/g;

export const noteMissingText: Rule = {
  id: 'note-missing-text',
  description: 'a note call with no note text',
  severity: 'error',
  check(book, { calls, texts }) {
    const defined = new Set(texts.map(({ node }) => node.identifier));
    const problems: Problem[] = calls
      .filter(({ node }) => !defined.has(node.identifier))
      .map(({ node, division }) =>
        problem(this, division.file, node, {
          unexpected: `call of note ${node.label ?? node.identifier} with no note text`,
          expected: 'a note text for it',
          hint: 'Add the note text, or remove the call.',
        }),
      );
    for (const division of divisions(book)) {
      const place = location(division.file);
      const source = String(division.file.value);
      visit(division.tree, 'text', (text: Text) => {
        const start = text.position?.start.offset;
        const end = text.position?.end.offset;
        const raw = start === undefined || end === undefined ? text.value : source.slice(start, end);
        for (const match of raw.matchAll(undefinedCall)) {
          const from = start === undefined ? undefined : place.toPoint(start + match.index);
          const to = start === undefined ? undefined : place.toPoint(start + match.index + match[0].length);
          problems.push(
            problem(
              this,
              division.file,
              { type: 'text', position: from && to ? { start: from, end: to } : text.position },
              {
                unexpected: `call of note ${match[1]} with no note text`,
                expected: 'a note text for it',
                hint: `Add \`[^${match[1]}]: …\` with the note, or remove the call.`,
              },
            ),
          );
        }
      });
    }
    return problems;
  },
};
