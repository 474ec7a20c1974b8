/**
 * A note of the author's sentences with a citation as one of them: each sentence that is a citation by
 * itself (names then a title or a page, a full citation, an archival item, a reference-list entry with its
 * sentences of publication facts) is one, the sentences around it are commentary.
 */
import { plain } from '../text.js';
import { isArchivalSentence } from './archival.js';
import { referenceEnd } from './author-date-reference.js';
import { letterEnd } from './letter-sentence.js';
import { looksLikeFull } from './full.js';
import { opensWithNames } from './openings.js';
import { looksLikeProse, opensWithProse } from './prose.js';
import type { Classify, Part, Segment } from './segment.js';
import { shortThenRemark } from './short-then-remark.js';
import { AUTHOR_PAGE, SHORT_SENTENCE, UNMARKED_SHORT } from './short.js';

/**
 * A note of the author's sentences with a citation as one of them (`The notice ran for a year. Lee,
 * *Salt Roads*, 186. The price rose later.`): each sentence that is a citation by itself (names, then a
 * title or a page; or a full citation that opens with names) is one, the others are commentary.
 */
export function splitSentences(part: Part, ends: number[], classify: Classify): Segment[] | undefined {
  const { text, from } = part;
  const bounds = [0, ...ends, text.length];
  const segments: Segment[] = [];
  let cited = false;
  for (let index = 0; index + 1 < bounds.length; index++) {
    // A reference-list entry runs on over its sentences of publication facts (`… London. Journal of …, 4 (2).`).
    // So does a letter over the sentence naming its repository (`… Lee Papers. Shore County Library.`).
    const later = bounds.slice(index + 1).map((end) => end - bounds[index]);
    const reference = referenceEnd(text.slice(bounds[index]), later) ?? letterEnd(text.slice(bounds[index]), later);
    const last = reference === undefined ? index + 1 : bounds.indexOf(bounds[index] + reference);
    const raw = text.slice(bounds[index], bounds[last]);
    const sentence = raw.trim();
    if (!sentence) continue;
    const start = from + bounds[index] + (raw.length - raw.trimStart().length);
    const piece = { text: sentence, from: start, to: start + sentence.length };
    const bare = plain(sentence);
    const citation =
      reference !== undefined ||
      (opensWithNames(sentence) &&
        !opensWithProse(sentence) &&
        !looksLikeProse(sentence) &&
        (SHORT_SENTENCE.test(sentence) ||
          AUTHOR_PAGE.test(bare) ||
          UNMARKED_SHORT.test(bare) ||
          looksLikeFull(sentence))) ||
      isArchivalSentence(sentence);
    const remarked = citation ? undefined : shortThenRemark(piece);
    // A citation that is the whole part (`Letter from Ann Lee to Bo Chen, 4 May 1850, on file with author.`) is not
    // handed back to the classifier, which would cut it here again without end: its kind is the rule's.
    const whole = bounds[index] === 0 && bounds[last] === text.length;
    if (citation && whole) {
      cited = true;
      const short = reference === undefined && !looksLikeFull(sentence) && !isArchivalSentence(sentence);
      segments.push({ kind: short ? 'short' : 'full', ...piece });
    } else if (citation || remarked) {
      cited = true;
      segments.push(...(remarked ?? classify(piece)));
    } else {
      const previous = segments.at(-1);
      if (previous?.kind === 'commentary')
        segments[segments.length - 1] = {
          ...previous,
          text: text.slice(previous.from - from, piece.to - from),
          to: piece.to,
        };
      else segments.push({ kind: 'commentary', ...piece });
    }
    index = last - 1;
  }
  return cited ? segments : undefined;
}
