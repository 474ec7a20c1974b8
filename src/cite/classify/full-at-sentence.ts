/**
 * Two full citations separated by a full stop instead of a semicolon: the note is cut at the sentence
 * end after the first work's year, where the next opens as a note's citation.
 */
import { looksLikeFull } from './full.js';
import { addressLeadIn } from './address-lead-in.js';
import { NOTE_OPENING, UNMARKED_BOOK, opensWithNames } from './openings.js';
import { SENTENCE_END, looksLikeProse } from './prose.js';
import type { Classify, Part, Segment } from './segment.js';
import { SHORT_SENTENCE } from './short.js';
import { dropSignal } from './signal.js';
import { maskTitles, withoutTitles } from './titles.js';
import { plain } from '../text.js';

/**
 * Two full citations separated by a full stop instead of a semicolon: `… (Hull: Quay Press, 2004), 3.
 * Bo Chen, “Tides,” …`. Split where the sentence before holds a year and the next opens as a
 * note's citation does (names in note order, then a marked title); a bibliography-form citation
 * (`Lee, Ann. *Title*. …`) never opens that way after its own full stops.
 */
export function splitFullAtSentence(part: Part, classify: Classify): Segment[] | undefined {
  const { text, from, to } = part;
  const masked = maskTitles(text);
  for (const match of text.matchAll(SENTENCE_END)) {
    // A full stop inside a title (`“Law in the U.S. Courts”`) ends no sentence.
    if (masked[match.index + match[0].trimEnd().length] === 'x') continue;
    const end = match.index + match[0].length;
    const head = text.slice(0, end).trim();
    const tail = text.slice(end);
    // The next work opens as a note's citation, or is given in a sentence of the author's with its address.
    const next =
      (NOTE_OPENING.test(tail) && looksLikeFull(tail)) ||
      UNMARKED_BOOK.test(plain(tail)) ||
      addressLeadIn(tail) !== undefined ||
      /^(?:quoted|cited)\s+in\s+\p{Lu}/iu.test(tail);
    if (!next) continue;
    // Before it: a full citation with its year, names in note order and a title (`Ann Lee, “Tides.”`), or a short form.
    const full = (/\b(?:1[5-9]|20)\d\d\b/.test(withoutTitles(head)) && looksLikeFull(head)) || NOTE_OPENING.test(head);
    // (`et al.` stops no sentence.)
    const short =
      !full &&
      SHORT_SENTENCE.test(head.replace(/\bet\s+al\./g, 'et al')) &&
      opensWithNames(head) &&
      !looksLikeProse(head);
    if (!full && !short) continue;
    return [
      { kind: full ? 'full' : 'short', text: head, from, to: from + head.length },
      ...classify(dropSignal({ text: tail, from: from + end, to })),
    ];
  }
  return undefined;
}
