/**
 * A reference-list entry (Harvard, APA) written as a sentence of a note among the author's own: `Lee, Ann
 * (1998) Salt roads of the north. Journal of Shore Studies, 12 (2). pp. 45–67.` Its opening (inverted
 * names, the year) is author-date.ts's; its title runs on in lower case like prose, and its publication
 * facts come as sentences of their own (the journal and volume, `Place: Publisher.`, the pages, the
 * address), which belong to it rather than to the author's commentary.
 */
import { AUTHOR_DATE_OPENING } from '../author-date.js';
import { URL_OPEN } from '../note-text.js';
import { referenceAfterProse } from '../lead-prose.js';
import { plain } from '../text.js';
import { opensWithSentence } from './prose.js';

/** The sentences of publication facts that follow a reference's title. */
const FACTS = [
  // `Journal of Shore Studies, 12 (2). pp. 45–67.`, `Shore Review 12(2): 45–67.`, `Shore Review. 12(2).`
  /^\p{Lu}[^.;]{0,150}?[,.]?\s+\d+\s*(?:\(\d+(?:[-–/]\d+)?\))?\s*[,:.]/u,
  // `Hull: Quay Press.`, `Hull: Quay Press, p. 342.`
  /^\p{Lu}[\p{L} .,'’-]{0,40}:\s*\p{Lu}[^.;]{0,80}(?:,\s*pp?\.\s*[\dxivlc]+(?:\s*[-–]\s*[\dxivlc]+)?)?\.?$/u,
  // `pp. 45–67.`, `Available at: …`, `Retrieved from …`, `doi:10.…`, the address alone.
  /^(?:pp?\.\s*\d|(?:Available\s+(?:at|from)|Retrieved\s+from|Accessed|doi)\b|https?:\/\/)/iu,
  // `In: Bo Chen (ed.) Rivers. …`, `In Bo Chen (eds.), *Rivers*`: the book a chapter is in.
  /^In:?\s+\p{Lu}[^.;()]{0,80}\(eds?\.?\)/u,
];

/** The text opens with a reference-list entry's names and year. */
export function opensWithReference(text: string): boolean {
  return AUTHOR_DATE_OPENING.test(plain(text));
}

/**
 * Where the reference that opens the text ends: after its title's sentence and every following sentence of
 * publication facts (offsets into the text, from `ends`, the sentence ends); undefined when it opens with none.
 */
export function referenceEnd(text: string, ends: number[]): number | undefined {
  // (`This formulation is taken from Lee, A. (1998). …`: the entry may open after the author's words lead in to it.)
  const lead = referenceAfterProse(text) ?? 0;
  const opening = AUTHOR_DATE_OPENING.exec(text.slice(lead));
  if (!opening || !opensWithReference(text.slice(lead))) return undefined;
  // The title's sentence runs past the names and year (`Lee, A. (1998). Tides of the north. …`).
  const bounds = [...ends.filter((end) => end > lead + opening[0].length && end < text.length), text.length];
  let end = bounds[0];
  for (let index = 1; index < bounds.length; index++) {
    const sentence = text.slice(end, bounds[index]).trim();
    const bare = plain(sentence);
    // (An address alone is a fact whatever words its link holds.)
    const address = sentence.startsWith(URL_OPEN) || FACTS[2].test(bare);
    if (!address && (!FACTS.some((facts) => facts.test(bare)) || opensWithSentence(sentence))) break;
    end = bounds[index];
  }
  return end;
}

/** The sentence ends that fall inside a reference-list entry (after its names and year, or its title): none cuts it. */
export function insideReference(text: string, ends: number[]): Set<number> {
  const inside = new Set<number>();
  for (const start of [0, ...ends]) {
    if (inside.has(start)) continue;
    const end = referenceEnd(
      text.slice(start),
      ends.map((later) => later - start),
    );
    if (end === undefined) continue;
    for (const later of ends) if (later > start && later < start + end) inside.add(later);
  }
  return inside;
}
