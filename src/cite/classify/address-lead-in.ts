/**
 * A sentence of the author's that gives a work by its address (`The data can be obtained from
 * <https://x.org/>.`): the work starts at its names, its title or the address, the rest is commentary.
 */
import { URL_CLOSE, URL_OPEN } from '../note-text.js';
import { ADDRESS } from './full.js';
import { NAMES_BEFORE_TITLE, opensWithNames } from './openings.js';
import { SENTENCE_END, lostOpeningQuote, opensWithSentence, proseWordCount } from './prose.js';
import { maskTitles } from './titles.js';
import { subtitledTitleAtAddress } from '../unsigned-subtitled.js';

/**
 * A sentence of the author's that gives a work with its address (`An annotated version appears on
 * *Maps of Shores*, <https://x.org/>.`, `The data can be obtained from <https://x.org/>.`): where the
 * work starts (its names, its marked title, or the address itself) and where its sentence ends, or
 * undefined when the text opens as a citation rather than a sentence, or has no address in its first sentence.
 */
export function addressLeadIn(text: string): { start: number; end: number } | undefined {
  if (!ADDRESS.test(text) || opensWithNames(text)) return undefined;
  const linked = sentenceThenAddress(text) ?? pointerToAddress(text);
  if (linked) return linked;
  if (!opensWithSentence(text)) return undefined;
  // (`Tide View: Mapping Old Photographs, <https://…>`: an unsigned title and its subtitle, unsigned-subtitled.ts.)
  if (subtitledTitleAtAddress(text) !== undefined) return undefined;
  const masked = maskTitles(text);
  const sentence = SENTENCE_END.exec(masked);
  SENTENCE_END.lastIndex = 0;
  const first = sentence ? text.slice(0, sentence.index + 1) : text;
  const address = ADDRESS.exec(first);
  if (!address) return undefined;
  const title = /[\uE000“"‘]/.exec(first.slice(0, address.index));
  let start = title ? title.index : address.index + (/^[\s(<:]/.test(address[0]) ? 1 : 0);
  const names = NAMES_BEFORE_TITLE.exec(text.slice(0, start));
  if (names) start = names.index + (names[0].length - names[0].trimStart().length);
  const prose = text.slice(0, start);
  if (lostOpeningQuote(prose)) return undefined;
  return proseWordCount(prose) >= 3 ? { start, end: first.length } : undefined;
}

/**
 * `A draft is also online. <https://…>`: the sentence says what the address holds (a link's words, note-text.ts),
 * the address alone after it is the work.
 */
function sentenceThenAddress(text: string): { start: number; end: number } | undefined {
  // (A plain sentence: no quotes, brackets, figures or marked titles, as a citation before its address has.)
  const sentence = /^\s*\p{Lu}[^.!?\d()“”"‘’\uE000-\uE003]{0,120}[.!?]/u.exec(text);
  if (!sentence) return undefined;
  const first = sentence[0];
  const rest = text.slice(first.length);
  const address = new RegExp(`^\\s*${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE}[\\s.]*$`).exec(rest);
  if (!address || proseWordCount(first) < 3) return undefined;
  return { start: first.length + rest.indexOf(URL_OPEN), end: text.length };
}

/**
 * `Read the <https://…> for the details.`, `Visit <https://…>.`: the author's words tell the reader to go to an
 * address (a link on words, note-text.ts, leaves the address in their place); the address is the work.
 */
function pointerToAddress(text: string): { start: number; end: number } | undefined {
  const pointer = new RegExp(
    `^\\s*(?:Read|Visit|Consult|Browse|Download|View|Explore|Watch|Listen\\s+to)\\s[^.!?${URL_OPEN}]{0,60}?(${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE})[^.!?]*[.!?]?`,
    'u',
  ).exec(text);
  if (!pointer) return undefined;
  return { start: pointer[0].indexOf(URL_OPEN), end: pointer[0].length };
}
