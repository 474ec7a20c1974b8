/**
 * In an export notes are numbered in reading order: a number that skips or goes back is a call or
 * a note text that was lost or read out of place.
 */
import type { Problem } from '../report.js';
import { problem, type Rule } from '../rule.js';

export const noteSequence: Rule = {
  id: 'note-sequence',
  description: 'a note number that skips or goes back (calls and note texts)',
  severity: 'error',
  dialect: 'export',
  check(_book, { calls, texts }) {
    const problems: Problem[] = [];
    for (const [kind, list] of [
      ['call', calls],
      ['note text', texts],
    ] as const) {
      let previous = 0;
      const seen = new Set<number>();
      for (const { node, division } of list) {
        const number = node.data?.number;
        if (number === undefined || seen.has(number)) continue;
        seen.add(number);
        if (number !== previous + 1) {
          const gap = number > previous + 1;
          problems.push(
            problem(this, division.file, node, {
              unexpected: `${kind} number ${number}`,
              expected: `${previous + 1}`,
              hint: gap
                ? `Note${number - previous > 2 ? `s ${previous + 1}–${number - 1} are` : ` ${previous + 1} is`}` +
                  ` missing here.`
                : `Note ${number} comes after note ${previous}; renumber in order.`,
            }),
          );
        }
        previous = Math.max(previous, number);
      }
    }
    return problems;
  },
};
