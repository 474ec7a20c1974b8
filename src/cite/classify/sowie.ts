/**
 * German notes join two works with `sowie` (`and also`), `und` or `oder` instead of a semicolon: `Vgl. Pennick, Orla:
 * Die Fähre. Bremen 1966, S. 6, sowie Sorel, Piet: Häfen. Kiel 2015, S. 17.`, `… Kiel 2012, S. 3 und Lea Vogt: Kaie,
 * …`, `… doi:10.1234/k.5 und Hafenbund (2020): …`, `… S. 13 oder jüngst bei Lea Vogt: …`, `Ebd. sowie siehe auch …`.
 * The note is cut there when what comes before ends in a German page (`S. 6`, `S. 17f`), a DOI or an address, or is
 * `Ebd.`, so that each side is read on its own. After `, sowie` the cut is always made; after the other words (`und`,
 * `oder`, `sowie` with no comma), which also join a page to a note's other places (`S. 12 und Anm. 4`), only when
 * what follows is read as a citation; so too after a comma that lists short forms by author and year (`Lee 1997, S.
 * 12f., Chen 2000, S. 4`).
 */
import { URL_CLOSE } from '../note-markers.js';
import type { Classify, Part, Segment } from './segment.js';

/** Where the work before may end: a German page, a DOI, an address, or `Ebd.` (the work cited just before). */
const WORK_END = String.raw`(?<=S\.\s?\d+(?:\s*(?:--?|–)\s*\d+|\s?ff?\.?)?|doi:\s*10\.\S+|${URL_CLOSE}|^[Ee]bd\.)`;

const SOWIE = new RegExp(String.raw`${WORK_END},\s+sowie\s+(?=\p{Lu})`, 'u');

const JOINED = new RegExp(
  String.raw`${WORK_END},?\s+(?:sowie|und|oder)(?:\s+(?:auch|zuletzt|jüngst|neuerdings|dazu))?(?:\s+(?:bei|von))?` +
    String.raw`(?:\s+(?:siehe|vgl\.)(?:\s+auch)?)?\s+(?=\p{Lu}|„|,,)`,
  'gu',
);

/** `Bajohr 1997, S. 12f., Rappl 2000, S. 123f.`: short forms by author and year listed with commas after their pages. */
const LISTED_AFTER_END = String.raw`,\s+(?=\p{Lu}[\p{L}'’-]+(?:\s*\/\s*\p{Lu}[\p{L}'’-]+)*\s+(?:1[5-9]|20)\d\d[a-z]?\b)`;
const LISTED_SHORT = new RegExp(WORK_END + LISTED_AFTER_END, 'gu');

/**
 * Quick tests, run on every part of every note before the patterns above, whose look back at the work's end at each
 * place made them slow: the joining words, and the listed short form after its comma, without what comes before.
 */
const JOIN_WORD = /\s(?:sowie|und|oder)\s/;
const LISTED_SHORT_AFTER = new RegExp(LISTED_AFTER_END, 'u');

export function splitSowie(part: Part, classify: Classify): Segment[] | undefined {
  const joinWord = JOIN_WORD.test(part.text);
  const sowie = joinWord ? SOWIE.exec(part.text) : null;
  if (sowie) return splitAt(part, sowie, classify);
  const joins = [
    ...(joinWord ? part.text.matchAll(JOINED) : []),
    ...(LISTED_SHORT_AFTER.test(part.text) ? part.text.matchAll(LISTED_SHORT) : []),
  ].sort((a, b) => a.index - b.index);
  for (const match of joins) {
    const rest = part.text.slice(match.index + match[0].length);
    const after = classify({ text: rest, from: part.to - rest.length, to: part.to });
    if (after[0] && after[0].kind !== 'commentary') return splitAt(part, match, classify, after);
  }
  return undefined;
}

/** The part cut at the joining words, each side classified (what follows given when it was classified already). */
function splitAt(
  part: Part,
  match: RegExpExecArray | RegExpMatchArray,
  classify: Classify,
  after?: Segment[],
): Segment[] {
  const before = part.text.slice(0, match.index);
  const rest = part.text.slice(match.index! + match[0].length);
  return [
    ...classify({ text: before, from: part.from, to: part.from + before.length }),
    ...(after ?? classify({ text: rest, from: part.to - rest.length, to: part.to })),
  ];
}
