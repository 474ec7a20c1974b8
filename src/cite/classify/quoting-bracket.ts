/**
 * A citation closed by a bracket that quotes or cites another work, the Bluebook's parenthetical (rule 1.6): `Lee,
 * supra note 3, at 192 (quoting Bo Chen, *Salt* 4 (1990))`, `Shore Ferry, 50 S.E. at 71 (citing Lee v. Quay, 2 S.E.
 * 9 (1880))`. Two works are cited: the one before the bracket and the one it quotes or cites. Each is read on its own;
 * read whole, the first was lost to the second.
 */
import type { Part, Segment } from './segment.js';

const QUOTING = /\s*\(\s*(?:quoting|citing)\s+/i;

export function splitQuotingBracket(part: Part, classify: (part: Part) => Segment[]): Segment[] | undefined {
  const { text, from } = part;
  const opening = QUOTING.exec(text);
  if (!opening || opening.index === 0) return undefined;
  // The bracket closes the part (its own brackets balanced inside it).
  let depth = 0;
  let close = -1;
  for (let index = opening.index + opening[0].indexOf('('); index < text.length; index++) {
    if (text[index] === '(') depth++;
    else if (text[index] === ')' && --depth === 0) {
      close = index;
      break;
    }
  }
  if (close < 0 || !/^[\s.;,]*$/.test(text.slice(close + 1))) return undefined;
  const before = text.slice(0, opening.index);
  const innerFrom = opening.index + opening[0].length;
  const inner = text.slice(innerFrom, close);
  return [
    ...classify({ text: before, from, to: from + before.length }),
    ...classify({ text: inner, from: from + innerFrom, to: from + close }),
  ];
}
