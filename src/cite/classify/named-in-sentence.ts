/**
 * The author's sentence that names a work in full as the note ends: `… the first study of the ports was
 * Ann Lee, *Salt Roads* (Hull: Quay Press, 2004).` or `Bo Chen takes the same view in “Tides,” *Shore
 * Review* 5 (1996): 9.` No signal marks the citation, so the note's last sentence is read from its first
 * marked title on: when that reads as a dated full citation and the prose before the title can be dropped
 * (lead-prose.ts: names listed just before the title, or the sentence's subject before `in`/`by`), the
 * sentence holds a citation. It starts at the listed names; a subject's sentence is kept whole, and the
 * parser reads its names. A stop inside brackets (a publisher's initial in the imprint) ends no sentence.
 */
import { dropLeadingProse, hasProse } from '../lead-prose.js';
import { looksLikeFull } from './full.js';
import { SENTENCE_END } from './prose.js';
import type { Segment } from './segment.js';
import { maskTitles, withoutTitles } from './titles.js';

const TITLE_OPENING = /[\uE000“"‘]/;

export function splitNamedInSentence(segment: Segment): Segment[] {
  if (segment.kind !== 'commentary') return [segment];
  const { text, from, to } = segment;
  // (A stop inside brackets ends no sentence: `(London: A. Smith, 1660)`, a publisher's initial.)
  const masked = maskTitles(text);
  const start =
    [...masked.matchAll(SENTENCE_END)]
      .filter((match) => !insideBrackets(masked, match.index))
      .map((match) => match.index + match[0].length)
      .at(-1) ?? 0;
  const sentence = text.slice(start);
  const title = TITLE_OPENING.exec(sentence);
  if (!title || title.index === 0) return [segment];
  const work = sentence.slice(title.index);
  if (!looksLikeFull(work) || !/\b(?:1[5-9]|20)\d\d\b/.test(withoutTitles(work))) return [segment];
  const cited = dropLeadingProse(sentence);
  if (cited === sentence) return [segment];
  const citedTitle = TITLE_OPENING.exec(cited);
  if (!citedTitle || hasProse(cited.slice(0, citedTitle.index))) return [segment];
  // The names listed before the title start the citation; a subject's sentence (rewritten by the parser) stays whole.
  const at = start + (sentence.endsWith(cited) ? sentence.length - cited.length : 0);
  const prose = text.slice(0, at).trim();
  return [
    ...(prose ? [{ kind: 'commentary' as const, text: prose, from, to: from + prose.length }] : []),
    { kind: 'full', text: text.slice(at), from: from + at, to },
  ];
}

/** Whether a place in the text is inside round brackets (more opened than closed before it). */
function insideBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (const char of text.slice(0, at)) {
    if (char === '(') depth++;
    else if (char === ')' && depth > 0) depth--;
  }
  return depth > 0;
}
