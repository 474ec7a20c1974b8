/**
 * Words between a work's publication facts and the place cited that are neither: a reprint's year inside the
 * imprint's brackets (`(Hull, 1930; repr. 1979), 5–8`), the first edition's year in square brackets after the
 * edition's (`(1851 [1846]), 12`) or after the imprint (`…, 1997, first published 1790: 12`), and the volume the
 * cited place is in (`(4 June 1872) vol. 21 cc512-4`, `, vol. 2, 45`), or the number of its volumes (`(1829), 2 vols.`).
 * They are blanked (the same length, so
 * positions hold) for the cited place to be read after them.
 */
import { YEAR } from './text.js';

const TAILS = [
  // `; repr. 1981)`, `, reprinted London, 1981)`, `; rpt. 1981)`: the reprint, then the imprint's bracket closes.
  new RegExp(String.raw`^[\s;,]*(?:repr\.|reprint(?:ed)?|rpt\.)[^()]*?${YEAR}\s*\)`),
  // `[1839])`: the first edition's year, then the bracket closes.
  new RegExp(String.raw`^\s*\[${YEAR}\]\s*\)`),
  // `, first published 1790:`: the first edition's year after the imprint, not in brackets.
  new RegExp(
    String.raw`^[\s,;]*(?:first\s+published|orig(?:inally|\.)\s+(?:published|publ?\.))\s+(?:in\s+)?${YEAR}[:,.]?`,
  ),
  // `vol. 19`, `, vol. IV,`: the volume, before the place cited in it.
  /^[\s,;)]*vols?\.\s*(?:\d+|[IVXLC]+)\b,?(?=\s*\S)/,
  // `(1829), 2 vols.`: how many volumes the work has, after its date; no place cited.
  /^[\s,;]*\d+\s+vols?\.?(?=[\s.]*$|\s*[,;])/,
];

/** `text` with a leading reprint, original year or volume blanked, as many as follow one another. */
export function blankImprintTail(text: string): string {
  let rest = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const tail of TAILS) {
      const match = tail.exec(rest);
      if (match?.[0].trim()) {
        rest = ' '.repeat(match[0].length) + rest.slice(match[0].length);
        changed = true;
      }
    }
  }
  return rest;
}
