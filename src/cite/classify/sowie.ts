/**
 * German notes join two works with `sowie` (`and also`): `Vgl. Gould, Cecil: Michelangelo. Newcastle 1966, S. 6,
 * sowie Lee, Ann: Tides. Hull 2015, S. 17.` The note is cut there when what comes before ends in a German page
 * (`S. 6`), so that each side is read on its own.
 */
import type { Classify, Part, Segment } from './segment.js';

const SOWIE = /(?<=S\.\s?\d+(?:\s*[-–]\s*\d+|\s?ff?\.)?),\s+sowie\s+(?=\p{Lu})/u;

export function splitSowie(part: Part, classify: Classify): Segment[] | undefined {
  const match = SOWIE.exec(part.text);
  if (!match) return undefined;
  const before = part.text.slice(0, match.index);
  const rest = part.text.slice(match.index + match[0].length);
  return [
    ...classify({ text: before, from: part.from, to: part.from + before.length }),
    ...classify({ text: rest, from: part.to - rest.length, to: part.to }),
  ];
}
