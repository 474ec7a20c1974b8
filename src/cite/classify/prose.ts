/**
 * The author's own sentences, told from citations by their lower-case words (names' particles and
 * locator labels aside): a note's prose is commentary, never a work. Also where a sentence ends.
 */
import { AUTHOR_DATE_OPENING } from '../author-date.js';
import { LAW_REVIEW_JOURNAL } from '../law-review.js';
import { EMPHASIS_OPEN } from '../note-text.js';
import { isEuLegislation } from '../treaties.js';
import { plain } from '../text.js';
import { initialInSentence } from './initial-in-sentence.js';
import { CONTRIBUTOR_PHRASE } from '../contributor-phrase.js';
import { opensDescribedWork } from '../described-part.js';
import { NAME_CONNECTORS } from './name-connectors.js';
import { UNMARKED_BOOK } from './openings.js';
import { maskTitles, withoutTitles } from './titles.js';
import { PLACE_AND_PUBLISHER } from './semicolons.js';

/** `Troops were killed.” *TASS*. …`: a title whose opening quote was lost (a page break), not the author's sentence. */
export function lostOpeningQuote(text: string): boolean {
  return (text.match(/”/g) ?? []).length > (text.match(/“/g) ?? []).length;
}

/** Lower-case words of a run of the author's text, titles aside. */
export function proseWordCount(text: string): number {
  return plain(withoutTitles(text))
    .split(/[\s,;:]+/)
    .filter((word) => /^\p{Ll}/u.test(word) && !NAME_CONNECTORS.has(word.toLowerCase())).length;
}

/** Where a sentence ends and the next opens with a capital, a quote or italics. */
export const SENTENCE_END = /[.!?][”"’]{0,2}\s+(?=[\p{Lu}\uE000“"‘])/gu;
/** The same, its stop perhaps set inside a title's italics that close the sentence (`… *Journal of Shores.* The …`). */
// (`at [<https://…>.] Ann Lee, …`: an address's full stop typed inside a bracket around it ends the sentence too.)
const SENTENCE_END_AFTER_TITLE = /(?:[.!?][”"’\uE001]{0,2}|(?<=\uE003)\.\])\s+(?=[\p{Lu}\uE000“"‘])/gu;
/**
 * A citation's abbreviation before a name or title, never a sentence's end: `ed. Ann Lee`, `trans. Bo Chen`, and a
 * case's `v.` between its parties (`Doe v. Roe`).
 */
const ABBREVIATION = /(?:^|[\s,(.])(?:eds?|trans|comp|repr|rev|vols?|nos?|v)\.$/u;

/**
 * Where each sentence of the text ends (the offset after its space): not inside a marked title (`“Law in
 * the U.S. Courts”`, `*Lee v. Chen*`), nor after a citation's abbreviation (`ed. Ann Lee`), a name's initial
 * (`Ann B. Lee`) or a law review's abbreviated name (`31 Shore L. Rev. 183 (1997)`).
 */
export function sentenceEnds(text: string): number[] {
  const masked = maskTitles(text);
  const journals = [...text.matchAll(LAW_REVIEW_JOURNAL)].map((match) => [match.index, match.index + match[0].length]);
  return (
    [...text.matchAll(SENTENCE_END_AFTER_TITLE)]
      .filter((match) => masked[match.index + match[0].trimEnd().length] !== 'x')
      .filter((match) => !ABBREVIATION.test(text.slice(0, match.index + 1)))
      .filter(
        (match) =>
          !(
            INITIAL.test(text.slice(0, match.index + 1)) && FAMILY_NAME.test(text.slice(match.index + match[0].length))
          ),
      )
      .filter((match) => !initialInSentence(text.slice(0, match.index + 1), text.slice(match.index + match[0].length)))
      .filter((match) => !journals.some(([start, end]) => match.index > start && match.index < end))
      // (`… Law and Sea Series #6. Hull: Quay Press, 2012.`: an imprint alone after it goes on with the citation.)
      .filter((match) => !PLACE_AND_PUBLISHER.test(plain(text.slice(match.index + match[0].length)).trim()))
      .map((match) => match.index + match[0].length)
  );
}

/**
 * A name's initial between the given name that opens a sentence and the family name closed by a comma (`… in
 * 1840. Ann B. Lee, *Salt Roads* …`): no sentence ends after it.
 */
const INITIAL = /(?:^|[.!?;:]\s+)\p{Lu}[\p{L}'’-]+\s+\p{Lu}\.$/u;
const FAMILY_NAME = /^\p{Lu}[\p{L}'’-]+,/u;

/** A short remark ("See above.") rather than a short form: no title, no page, and words that are not names. */
export function looksLikeRemark(text: string): boolean {
  if (text.includes(EMPHASIS_OPEN) || /[“"‘]/.test(text) || withoutTitles(text) !== text) return false;
  const bare = plain(text);
  // A page in digits or in roman numerals (`First Report of the Board, iv.`) makes a short form.
  if (/\d/.test(bare) || /,\s*[ivxlc]+\.?$/.test(bare.trim())) return false;
  return bare
    .split(/[\s,.;:]+/)
    .filter(Boolean)
    .some((word) => /^\p{Ll}/u.test(word) && !NAME_CONNECTORS.has(word.toLowerCase()));
}

/**
 * A note that opens with a sentence of the author's ("The afterword to the *Apostle* records that
 * work began on April 19, 1563") is commentary even when it mentions a title or a date: a citation
 * opens with a name, an organisation or a title, never with a run of lower-case words.
 */
export function opensWithProse(text: string): boolean {
  // (A reference-list entry's title runs on in lower case after its names and year, `Lee, Ann (1998) Salt roads …`,
  // and an act of the Union's after its number, `Regulation (EU) 2021/12 of … on the dues of harbours … [2021] OJ …`.)
  const bare = plain(text);
  if (UNMARKED_BOOK.test(bare) || AUTHOR_DATE_OPENING.test(bare) || isEuLegislation(bare.replace(/\s+/g, ' ').trim()))
    return false;
  if (namedBeforeTitle(bare) || opensDescribedWork(text)) return false;
  // (`Ann Lee, with an essay by Bo Chen, *Tides*`: a contributor's role is no prose, contributor-phrase.ts.)
  const outsideTitles = withoutTitles(text.replace(CONTRIBUTOR_PHRASE, '')).replace(/\[[^\]]*\]/g, ' ');
  const firstSentence = plain(outsideTitles).split(/[.!?](?:\s|$)/)[0] ?? '';
  const words = firstSentence.split(/[\s,;:]+/).filter(Boolean);
  const lowerCase = words.filter((word) => /^\p{Ll}/u.test(word) && !NAME_CONNECTORS.has(word.toLowerCase()));
  return words.length > 8 && lowerCase.length >= 4;
}

/**
 * A short run of mostly capitalised words, a comma, then a quoted title: the author's name, an organisation's
 * with lower-case words in it (`Shore History working group, “Salt and Stone,” white paper, …`), never a sentence.
 */
function namedBeforeTitle(text: string): boolean {
  const head = /^([^,.;:!?“"‘]{1,80}),\s*[“"‘]/u.exec(text)?.[1];
  if (!head) return false;
  const words = head.trim().split(/\s+/);
  return (
    words.length <= 6 &&
    /^\p{Lu}/u.test(words[0]) &&
    words.filter((word) => /^\p{Lu}/u.test(word)).length * 2 >= words.length
  );
}

/**
 * After a full citation, a sentence of the author's (`An annotated version appears on *Maps*, <…>.`):
 * its first sentence, titles aside, has at least five words, three of them in lower case and neither
 * names' particles nor locator labels.
 */
export function opensWithSentence(text: string): boolean {
  if (namedBeforeTitle(plain(text))) return false;
  const firstSentence = plain(withoutTitles(text)).split(/[.!?](?:\s|$)/)[0] ?? '';
  const words = firstSentence.split(/[\s,;:]+/).filter((word) => /\p{L}/u.test(word));
  const lower = words.filter(
    (word) =>
      /^\p{Ll}/u.test(word) &&
      !NAME_CONNECTORS.has(word.toLowerCase()) &&
      !/^(?:pp?|nn?|fols?|paras?|chaps?|ch|arts?|ll?|secs?|bks?|lects?|cols?|ed|eds|trans|vol|no)\.?$/.test(word),
  );
  return words.length >= 5 && lower.length >= 3;
}

/** The author's own remarks: a sentence, not a name or title followed by a page. */
export function looksLikeProse(text: string): boolean {
  const outsideTitles = withoutTitles(text);
  // Words, not page numbers or stray commas; a sentence has lower-case words that are not names'
  // particles or locator labels (`Lee, Chen, and van der Berg, *Songs*, p. 233.` is a list of names).
  const tokens = plain(outsideTitles)
    .split(/\s+/)
    .filter((token) => /\p{L}/u.test(token));
  const lower = tokens.filter(
    (token) =>
      /^\p{Ll}/u.test(token) &&
      !NAME_CONNECTORS.has(token.replace(/[.,;:]+$/, '').toLowerCase()) &&
      !/^(?:pp?|nn?|fols?|paras?|chaps?|ch|arts?|ll?|secs?|bks?|lects?|cols?|vols?|nos?)\.?,?$/.test(token),
  );
  // (`Lee has described the port as “…”.`: a verb in a perfect or passive tense makes a sentence of fewer words, the
  // quotation it introduces aside.)
  return (tokens.length > 8 || PERFECT_OR_PASSIVE.test(plain(outsideTitles))) && lower.length >= 3;
}

/** `has described`, `was written`, `have shown`: an auxiliary and a participle. */
const PERFECT_OR_PASSIVE =
  /\b(?:has|have|had|is|are|was|were)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|written|shown|seen|given|taken|known|made|done|drawn)\b/u;
