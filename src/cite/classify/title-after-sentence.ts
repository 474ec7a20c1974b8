/**
 * A short form by its title alone, as a sentence of its own after the author's sentence that names or quotes the
 * work's author (`I agree with Lee that the port “was never closed.” *Tides*, 318.`, `Lee cites the ledgers. *Salt
 * Roads*, 215–17. Chen argues …`): the note is cut around it, each side read on its own.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from '../note-text.js';
import { LOCATOR, plain } from '../text.js';
import type { Classify, Part, Segment } from './segment.js';
import { withoutTitles } from './titles.js';
import { opensWithReference } from './author-date-reference.js';

const TITLE_SENTENCE = new RegExp(
  String.raw`(?<=[.!?][”"’]?\s+)((?:${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]+${EMPHASIS_CLOSE}|“[^”]+”|"[^"]+"),?\s*(?:${LOCATOR})\.?)(?=\s+\p{Lu}|\s*$)`,
  'u',
);

/** The author's words: a sentence with three words in lower case, quotations and titles aside. */
function isSentence(text: string): boolean {
  return (
    plain(withoutTitles(text))
      .split(/\s+/)
      .filter((word) => /^\p{Ll}{2,}/u.test(word)).length >= 3
  );
}

export function splitTitleAfterSentence(part: Part, classify: Classify): Segment[] | undefined {
  const found = TITLE_SENTENCE.exec(part.text);
  if (!found) return undefined;
  const before = part.text.slice(0, found.index).trimEnd();
  // (`Lee, A. (2000). Tides and tolls. *Shore Review*, 16(2), 24–66.`: a reference-list entry's journal, not a short title.)
  if (!isSentence(before) || opensWithReference(before)) return undefined;
  const at = part.from + found.index;
  const rest = part.text.slice(found.index + found[1].length).trimStart();
  // (A sentence before read alone as a short form, `Lee cites the ledgers of 1851, 24.`, is the author's words.)
  const said = classify({ text: before, from: part.from, to: part.from + before.length }).map((segment) =>
    segment.kind === 'short' && isSentence(segment.text) ? { ...segment, kind: 'commentary' as const } : segment,
  );
  return [
    ...said,
    { kind: 'short', text: found[1], from: at, to: at + found[1].length },
    ...(rest ? classify({ text: rest, from: part.to - rest.length, to: part.to }) : []),
  ];
}
