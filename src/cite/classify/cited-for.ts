/**
 * A citation, then what the author cites it for, with no comma before `for` (`Ann Lee, *Salt Roads*
 * (Hull: Quay Press, 2004), 4–5 for the bridge tolls.`, `Lee, *Salt Roads*, 12–19 *passim* for the
 * ferries.`): the note is cut after the place cited; the clause is the author's words.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from '../note-text.js';
import { LOCATOR, plain } from '../text.js';
import { looksLikeFull } from './full.js';
import { NOTE_OPENING, SHORT_OPENING, opensWithNames } from './openings.js';
import type { Classify, Part, Segment } from './segment.js';
import { AUTHOR_PAGE, SHORT_SENTENCE } from './short.js';

/** The citation up to its place cited (`passim` after it, in italics or not), then ` for ` and the author's words. */
const CITED_FOR = new RegExp(
  String.raw`^([^;]*?[^\s,.;],\s*(?:${LOCATOR})(?:\s+${EMPHASIS_OPEN}?passim${EMPHASIS_CLOSE}?)?)\s+(?=for\s+[\p{L}“"‘'])`,
  'u',
);

/** The citation, classified, and the clause after it as the author's words; undefined when the part is not one. */
export function citedFor(part: Part, classify: Classify): Segment[] | undefined {
  const match = CITED_FOR.exec(part.text);
  if (!match) return undefined;
  const citation = match[1];
  const full = NOTE_OPENING.test(citation) && looksLikeFull(citation);
  const cited = citation.replace(new RegExp(`\\s+${EMPHASIS_OPEN}?passim${EMPHASIS_CLOSE}?$`), '');
  const short =
    (SHORT_OPENING.test(cited) && SHORT_SENTENCE.test(cited)) ||
    (AUTHOR_PAGE.test(plain(cited).trim()) && opensWithNames(cited));
  if (!full && !short) return undefined;
  const remark = part.text.slice(match[0].length);
  return [
    ...classify({ text: citation, from: part.from, to: part.from + citation.length }),
    { kind: 'commentary', text: remark, from: part.from + match[0].length, to: part.to },
  ];
}
