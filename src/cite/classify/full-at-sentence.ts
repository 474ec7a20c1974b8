/**
 * Two full citations separated by a full stop instead of a semicolon: the note is cut at the sentence
 * end after the first work's year, where the next opens as a note's citation.
 */
import { ADDRESS, looksLikeFull } from './full.js';
import { URL_CLOSE, URL_OPEN } from '../note-text.js';
import { addressLeadIn } from './address-lead-in.js';
import { insideReference, opensWithReference } from './author-date-reference.js';
import { splitSentences } from './sentence-by-sentence.js';
import { isArchivalSentence } from './archival.js';
import {
  FAMILY_UNMARKED_BOOK,
  NOTE_NAMES,
  NOTE_OPENING,
  SHORT_OPENING,
  UNMARKED_BOOK,
  opensWithNames,
} from './openings.js';
import { looksLikeProse, opensWithProse, opensWithSentence, sentenceEnds } from './prose.js';
import type { Classify, Part, Segment } from './segment.js';
import { SHORT_SENTENCE } from './short.js';
import { dropSignal } from './signal.js';
import { withoutTitles } from './titles.js';
import { plain, YEAR } from '../text.js';
import { leadsToTitledBook } from '../lead-prose.js';

/**
 * Two full citations separated by a full stop instead of a semicolon: `… (Hull: Quay Press, 2004), 3.
 * Bo Chen, “Tides,” …`. Split where the sentence before holds a year and the next opens as a
 * note's citation does (names in note order, then a marked title) or is a short form by itself
 * (`… 2004). Chen, “Tides,” 9.`), or is a book named by its author's family name, its title unmarked, with an
 * imprint (`… (1650). Chen, Ferry Tables (Hull: Quay Press, 1612).`); a bibliography-form citation (`Lee, Ann. *Title*. …`) never opens
 * that way after its own full stops. A dated full citation is also cut from the author's sentence
 * (or an archival item) that follows it (`… (Hull: Quay Press, 2004). The book was reprinted twice.`), which is classified
 * on its own (commentary, or a sentence that names another work).
 */
/** A reference's year in brackets, then its title and the address the title linked (note-text.ts), and no more. */
const LINKED_TITLE_ENDS = new RegExp(
  `\\(\\s*${YEAR}[a-z]?(?:,[^()]{0,30})?\\)\\.?\\s+[^.${URL_OPEN}]{2,300}?\\s*${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE}\\.?$`,
  'u',
);

/** The rest is one short form closing its sentence: `Chen, “Tides,” 9.`, `Chen and Eze, *Rivers*, 4.` */
function shortSentenceFollows(tail: string): boolean {
  return SHORT_OPENING.test(tail) && SHORT_SENTENCE.test(tail.trim());
}

/**
 * Two sites, each closed by its address: `Ann Lee et al., Harbour Maps, University of Hull, at <https://…>. Bo Chen,
 * The Quay Atlas at <https://…>.` (the next opens with names in note order and a comma, and gives an address).
 */
function siteAfterSite(head: string, tail: string): boolean {
  return (
    new RegExp(`${URL_CLOSE}[.\\]]*$`).test(head) &&
    new RegExp(String.raw`^${NOTE_NAMES}(?:,?\s+et\s+al\.)?,\s`, 'u').test(tail) &&
    ADDRESS.test(tail)
  );
}

export function splitFullAtSentence(part: Part, classify: Classify): Segment[] | undefined {
  const { text, from, to } = part;
  const ends = sentenceEnds(text);
  // A reference-list entry after the first sentence (`… elsewhere. Lee, A. (1998). Tides. Hull: Quay.`): sentence by sentence.
  if (ends.some((end) => opensWithReference(text.slice(end)))) return splitSentences(part, ends, classify);
  const inside = insideReference(text, ends);
  for (const end of ends) {
    if (inside.has(end)) continue;
    const head = text.slice(0, end).trim();
    // (`Lee, A. (2000). Tides <https://…>. *Shore Review*, 16(2), 24–66.`: a reference's linked title, author-date.ts.)
    if (LINKED_TITLE_ENDS.test(head)) continue;
    const tail = text.slice(end);
    // The next work opens as a note's citation or a short form, or is given in a sentence of the author's with its address.
    // (`… <https://…>. See also Ann Lee, Salt Roads (Hull: 2004).`: a signal, then a book whose italics were lost.)
    const signalled = /^See\b/.test(tail) ? dropSignal({ text: tail, from: 0, to: tail.length }).text : tail;
    const next =
      (NOTE_OPENING.test(tail) && looksLikeFull(tail)) ||
      UNMARKED_BOOK.test(plain(tail)) ||
      (signalled !== tail && UNMARKED_BOOK.test(plain(signalled))) ||
      // (`… in Bo K. Chen, Title (Hull: 1990)`: a name's initial ends no sentence before the family name.)
      (FAMILY_UNMARKED_BOOK.test(plain(tail)) && !/(?:^|[\s.])\p{Lu}\.$/u.test(head)) ||
      addressLeadIn(tail) !== undefined ||
      // (`… fl. 6v. Reprinted in Bo Chen, ed., *Tides* (…)`: the work that reprints or translates it, a citation of its own.)
      /^(?:quoted|cited|reprinted|translated)\s+in\s+\p{Lu}/iu.test(tail) ||
      shortSentenceFollows(tail) ||
      // (`… 85. Printed lists include *Tides* (Hull: Quay, 1931), 15–29.`: the author's words lead to a book.)
      leadsToTitledBook(tail) ||
      siteAfterSite(head, tail);
    // Or the author's own sentence follows (`… (Hull: Quay Press, 2004). The book was reprinted twice.`).
    // (`Nevertheless, the …` opens with one capitalised word, as names do, and goes on as prose.)
    // A name's initial (`Joseph W. Lee, *Title* (…) say little`) ends no sentence before the rest of the name.
    const remark =
      !next &&
      opensWithSentence(tail) &&
      (!opensWithNames(tail) || opensWithProse(tail)) &&
      !/(?:^|[\s.])\p{Lu}\.$/u.test(head);
    if (!next && !remark) continue;
    // Before it: a full citation with its year, names in note order and a title (`Ann Lee, “Tides.”`), or a short form.
    const dated = /\b(?:1[5-9]|20)\d\d\b/.test(withoutTitles(head)) && looksLikeFull(head);
    // (An archival item has its shelfmark for a date: `Quay Library MS 412, fol. 9v. The hand is …`.)
    const archival = isArchivalSentence(head) && looksLikeFull(head);
    if (remark && !dated && !archival) continue;
    // (A site closed by its address needs no date: `Ann Lee et al., Harbour Maps at <https://…>.`)
    const addressed = !remark && new RegExp(`${URL_CLOSE}[.\\]]*$`).test(head) && looksLikeFull(head);
    const full = dated || archival || addressed || NOTE_OPENING.test(head);
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
