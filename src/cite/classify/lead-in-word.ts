/**
 * The author's sentence that runs into a citation with no signal of its own (`… as can be seen in Lee,
 * *Songs*, 66.`): the note is cut after the lower-case word that leads in (`in`, `by`, `see`, `include`).
 */
import { subjectNames } from '../lead-prose.js';
import { plain } from '../text.js';
import { looksLikeFull } from './full.js';
import { NOTE_OPENING, SHORT_OPENING, UNMARKED_BOOK, opensWithNames } from './openings.js';
import { proseWordCount, sentenceEnds } from './prose.js';
import type { Segment } from './segment.js';
import { SHORT_SENTENCE } from './short.js';
import { withoutTitles } from './titles.js';

/**
 * A lower-case word that leads into a citation inside the author's sentence: `… can be seen in Lee, *Songs*, 4.`,
 * `The exceptions are Ann Lee, *Songs* (Hull, 1990).`
 */
const LEAD_WORD =
  /(?<=\s)(?:in|by|see|also|from|following|include|including|cf\.|are|is|was|were)\s+(?=[\p{Lu}\uE000“"‘])/gu;

/**
 * The author's sentence that ends in a citation with no signal of its own (`The same holds for ports,
 * as can be seen in Lee, *Songs*, 66-7.`): the sentence is commentary, the rest from the names on is
 * the citation, when that rest is the note's last sentence and opens as a citation (names, then a
 * marked title) and reads as a short form or a full citation.
 */
export function splitLeadIn(segment: Segment): Segment[] {
  // A short sentence (`It is set out in Lee, “Tides.”`) may have been taken for a short form as a whole.
  const sentence = segment.kind === 'commentary' || (segment.kind === 'short' && !opensWithNames(segment.text));
  if (!sentence) return [segment];
  for (const match of segment.text.matchAll(LEAD_WORD)) {
    const at = match.index + match[0].length;
    const tail = segment.text.slice(at);
    if (sentenceEnds(tail).length) continue;
    // `… include Ann Lee, *Salt Roads* (Hull: Quay Press, 2004), but these …`: the remark after the imprint.
    const remark = IMPRINT_THEN_REMARK.exec(tail);
    const work = remark ? tail.slice(0, remark.index + 1) : tail;
    // (A book whose italics were lost counts: `… in Ann Lee, Salt Roads of the North (Hull: Quay Press, 2004), 16.`)
    // (A work cited by its marked title first counts: `… emerged from *Lee v. Chen*, 156 F.3d 851 (1998).`)
    // (A title in the author's running sentence is no citation: `… saw it again in *Tides* in 1993, she assumed that
    // I had proven that it was by Lee!` has the words of a sentence, not a citation's few.)
    const full =
      ((NOTE_OPENING.test(work) || /^[\uE000“"‘]/.test(work)) &&
        looksLikeFull(work) &&
        proseWordCount(work) < SENTENCE_WORDS) ||
      UNMARKED_BOOK.test(plain(work));
    if (remark && full) {
      const prose = segment.text.slice(0, match.index).trim();
      const after = tail.slice(remark.index + remark[0].length);
      return [
        { kind: 'commentary', text: prose, from: segment.from, to: segment.from + prose.length },
        { kind: 'full', text: work, from: segment.from + at, to: segment.from + at + work.length },
        { kind: 'commentary', text: after, from: segment.to - after.length, to: segment.to },
      ];
    }
    const short =
      SHORT_OPENING.test(tail) &&
      (SHORT_SENTENCE.test(tail.trim()) || /^[^,]+,\s*[.,]?$/.test(plain(withoutTitles(tail)).trim()));
    if (!full && !short) continue;
    // `Ann Lee makes the same point in “Tides,” in *Shore Essays* (…)`: the sentence's subject is the work's author,
    // so the citation starts with the sentence (the parser reads the names, lead-prose.ts).
    const subject =
      full && /^[\uE000“"‘]/.test(tail) ? subjectSentence(segment.text, match.index, match[0]) : undefined;
    if (subject !== undefined) {
      const prose = segment.text.slice(0, subject).trim();
      return [
        ...(prose
          ? [{ kind: 'commentary' as const, text: prose, from: segment.from, to: segment.from + prose.length }]
          : []),
        { kind: 'full', text: segment.text.slice(subject), from: segment.from + subject, to: segment.to },
      ];
    }
    const prose = segment.text.slice(0, match.index).trim();
    return [
      { kind: 'commentary', text: prose, from: segment.from, to: segment.from + prose.length },
      { kind: full ? 'full' : 'short', text: tail, from: segment.from + at, to: segment.to },
    ];
  }
  return [segment];
}

/** Lower-case words (titles aside) that make a run the author's sentence rather than a citation's facts. */
const SENTENCE_WORDS = 8;

/** A full citation's imprint closing with its year, then the author's clause (`(Hull, 2004), but these …`). */
const IMPRINT_THEN_REMARK = /(?<=\b(?:1[5-9]|20)\d\d)\),\s+(?=(?:but|which|where|though|although|while)\s)/u;

/**
 * Where the sentence holding the lead word starts, when its subject names persons and the word is `in` or `by`
 * (`… the ports. Ann Lee makes the same point in “Tides,” …`): the subject's names are the work's authors.
 */
function subjectSentence(text: string, at: number, word: string): number | undefined {
  if (!/^(?:in|by)\s/.test(word)) return undefined;
  const before = text.slice(0, at);
  const start = sentenceEnds(before).at(-1) ?? 0;
  const sentence = before.slice(start);
  return subjectNames(sentence.trim()) && /^\p{Lu}/u.test(sentence.trim()) ? start : undefined;
}
