/**
 * A note mixing the author's sentences with a citation that has no signal: the note is cut at a
 * sentence end, where the citation side opens with names or a title (prose then a citation, a short
 * form or a full citation then prose).
 */
import { plain } from '../text.js';
import { splitFullAtSentence } from './full-at-sentence.js';
import { looksLikeFull } from './full.js';
import { seriesAfterSentence } from '../volume-series.js';
import { opensWithNames } from './openings.js';
import { lostOpeningQuote, sentenceEnds, looksLikeProse, opensWithProse, opensWithSentence } from './prose.js';
import { type Classify, type Part, type Segment, wordsThenFull } from './segment.js';
import { splitSentences } from './sentence-by-sentence.js';
import { AUTHOR_PAGE, SHORT_SENTENCE, UNMARKED_SHORT } from './short.js';
import { withoutTitles } from './titles.js';

/**
 * A note mixing the author's sentences with a citation that has no signal before it: `In 1640 the
 * parties were small. Ann Lee, *Salt Roads* (Hull: Quay Press, 2004), 41.` (prose, then the
 * citation), or `Lee, *Salt Roads*, 30. Again, the figures are small.` (a short form, then prose).
 * The split is made at a sentence's end, only where the citation side opens with names or a title.
 */
export function splitProse(part: Part, classify: Classify): Segment[] | undefined {
  const { text, from, to } = part;
  if (lostOpeningQuote(text)) return undefined;
  const ends = sentenceEnds(text);
  // The author's sentences, then a series cited by volume, name and page (`… never passed. 21 Shore Reports (Dale) xi
  // (1882)`), its sentence opening with the volume's number.
  const series = seriesAfterSentence(text);
  if (series !== undefined) return wordsThenFull(part, series);
  // A short form first, then the author's sentences.
  const first = ends[0];
  if (first !== undefined) {
    const head = text.slice(0, first).trim();
    if (SHORT_SENTENCE.test(head) && opensWithNames(head)) {
      const rest = text.slice(first);
      return [
        { kind: 'short', text: head, from, to: from + head.length },
        ...classify({ text: rest, from: from + first, to }),
      ];
    }
  }
  // A full citation, then the author's sentences (`Ann Lee, *Salt Roads* (Hull: Quay Press, 2004). The book …`).
  for (const end of ends) {
    const head = text.slice(0, end).trim();
    const tail = text.slice(end);
    if (!opensWithNames(head) || opensWithProse(head) || !looksLikeFull(head)) continue;
    if (!/\b(?:1[5-9]|20)\d\d\b/.test(withoutTitles(head)) || !opensWithSentence(tail)) continue;
    return [
      { kind: 'full', text: head, from, to: from + head.length },
      ...classify({ text: tail, from: from + end, to }),
    ];
  }
  // The author's sentences, then a citation (the earliest sentence from which the rest is one).
  for (const end of ends) {
    const tail = text.slice(end);
    if (!opensWithNames(tail) || opensWithProse(tail)) continue;
    const short =
      (SHORT_SENTENCE.test(tail.trim()) ||
        AUTHOR_PAGE.test(plain(tail).trim()) ||
        UNMARKED_SHORT.test(plain(tail).trim())) &&
      !looksLikeProse(tail);
    if (!looksLikeFull(tail) && !short) continue;
    // A citation between the author's sentences (`… Lee, Origins, 186. The notice is …`): sentence by sentence.
    if (ends.some((later) => later > end && opensWithSentence(text.slice(later)))) break;
    const prose = text.slice(0, end).trim();
    const cited = { text: tail, from: from + end, to };
    return [
      { kind: 'commentary', text: prose, from, to: from + prose.length },
      ...(looksLikeFull(tail)
        ? (splitFullAtSentence(cited, classify) ?? [{ kind: 'full' as const, ...cited }])
        : [{ kind: 'short' as const, ...cited }]),
    ];
  }
  return splitSentences(part, ends, classify);
}
