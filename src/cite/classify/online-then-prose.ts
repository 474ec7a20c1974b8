/**
 * A German note's web citation closed by its address, then the author's sentences: `Tides, in: Harbour Wiki,
 * 27.04.2020. Online: <https://…>. Der Artikel ist kurz.` The note is cut after the address (and the day read, `Stand:
 * …`), when a sentence of the author's follows; each side is read on its own.
 */
import { GERMAN_DAY } from '../german-note.js';
import { URL_CLOSE, URL_OPEN } from '../note-text.js';
import { looksLikeProse } from './prose.js';
import type { Classify, Part, Segment } from './segment.js';

const ONLINE_THEN_SENTENCE = new RegExp(
  String.raw`^.*?\bOnline:\s*${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE}(?:,?\s*Stand:\s*${GERMAN_DAY})?\.\s+(?=\p{Lu})`,
  'u',
);

export function splitOnlineThenProse(part: Part, classify: Classify): Segment[] | undefined {
  const head = ONLINE_THEN_SENTENCE.exec(part.text);
  if (!head) return undefined;
  const rest = part.text.slice(head[0].length);
  const sentence = /^.*?[.!?](?=\s|$)/u.exec(rest)?.[0] ?? rest;
  // (A sentence of words, in German too: three in lower case, no address.)
  const words = sentence.split(/\s+/);
  if (
    !looksLikeProse(sentence) &&
    (words.filter((word) => /^\p{Ll}/u.test(word)).length < 3 || sentence.includes(URL_OPEN))
  )
    return undefined;
  const cited = head[0].trimEnd();
  return [
    ...classify({ text: cited, from: part.from, to: part.from + cited.length }),
    ...classify({ text: rest, from: part.to - rest.length, to: part.to }),
  ];
}
