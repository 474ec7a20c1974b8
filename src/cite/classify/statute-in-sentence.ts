/**
 * A statute named in the author's sentence with its chapter citation (`This was amended by the Harbour Dues
 * Act, 3 & 4 Will. IV, c. 12 (1833).`, `… under the Harbour Dues Act 1833, c. 12, the …`): the Act, its regnal
 * year or year and its chapter are a citation of the statute, the words around them the author's. An Act named
 * without its chapter (`the Act of 1833`) is only mentioned, never cited.
 */
import { hasProse } from '../lead-prose.js';
import type { Segment } from './segment.js';

/** A regnal year: `3 & 4 Will. IV`, `42 and 43 Vic.`, `18 Geo. 3`, the sovereign's name also whole (`12 George II`). */
export const REGNAL = String.raw`(?:\d+\s*(?:&|and)\s*)?\d+\s+(?:Vict?|Victoria|Geo|George|Gul|Will|William|Wm|Eliz|Elizabeth|Edw|Edward|Anne|Car|Charles|Jac|James|Hen|Henry|Ric|Richard|Phil\s+(?:&|and)\s+Mar)\.?(?:\s+[IVX1-9]+)?`;
/** The Act's name (capitalised words closed by `Act`), then its regnal year or year and its chapter, then the year in brackets. */
const STATUTE = new RegExp(
  String.raw`(?<![\p{L}’'])(?!(?:In|On|By|Under|After|Before|From|With|When|As|At|For|See|This|That|Its)\s)\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|on|to|the|\p{Lu}[\p{L}'’-]*))*?\s+Act` +
    String.raw`(?:,?\s+${REGNAL},?\s*|\s+(?:1[5-9]|20)\d\d,?\s*\(?)(?:c|cap|ch)\.\s*\d+\)?(?:\s*\((?:1[5-9]|20)\d\d\))?`,
  'u',
);

/** The commentary cut around each statute it cites with its chapter; other segments unchanged. */
export function splitStatute(segment: Segment): Segment[] {
  if (segment.kind !== 'commentary' && segment.kind !== 'full') return [segment];
  const match = STATUTE.exec(segment.text);
  if (!match) return [segment];
  const before = segment.text.slice(0, match.index).trim();
  // A run taken for a full citation because of the statute's year is the author's sentence when its words before
  // the statute are prose with no title (`In 1840 the dues fell under the Harbour Dues Act, …`).
  if (segment.kind === 'full' && !(hasProse(before) && !/[\uE000\uE002“"‘]/.test(before))) return [segment];
  const after = segment.text.slice(match.index + match[0].length);
  const statuteFrom = segment.from + match.index;
  const rest = after.replace(/^[\s,;:]+/, '').trim();
  return [
    ...(before
      ? [{ kind: 'commentary' as const, text: before, from: segment.from, to: segment.from + before.length }]
      : []),
    { kind: 'full', text: match[0], from: statuteFrom, to: statuteFrom + match[0].length },
    // (The full stop closing the sentence is no commentary of its own.)
    ...(/\p{L}/u.test(rest)
      ? splitStatute({ kind: 'commentary', text: rest, from: segment.to - rest.length, to: segment.to })
      : []),
  ];
}
