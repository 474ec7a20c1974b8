/**
 * Short forms the author makes up and announces in a note (Chicago 14.29, 14.32): after `… p. 89. Henceforth cited
 * as 'D'.` a note `D 80.` cites that work at page 80; after `Subsequent citations to the *Phenomenology* will simply
 * give the paragraph number.` a note that is only a place (`§73.`, `§74, §76.`, `See §252.`, `§17, my
 * translation.`) cites the work just cited in that note. Nothing else in such a note names the work: only the
 * announcement does, so a place alone is read so only in a division that announced it.
 */
import { plain } from './text.js';

/** `Subsequent citations to the X will simply give the paragraph number`, `All further references are to this edition, by page`. */
const PLACE_ONLY_ANNOUNCED =
  /\b(?:subsequent|further|later|all(?:\s+(?:further|later|other|subsequent))?)\s+(?:citations?|references?|quotations?)\b[^.;]*?\b(?:will|are|is|shall)\s+(?:be\s+)?(?:simply\s+|only\s+)?(?:give|given|cited|made|indicated|identified|referred\s+to|by|to|in)\b[^.;]*?\b(?:paragraphs?|sections?|pages?|§)/i;

/** Whether the author's words announce that later notes give only the place in the work just cited. */
export function announcesPlaceOnly(text: string): boolean {
  return PLACE_ONLY_ANNOUNCED.test(plain(text));
}

/** One place: `§73`, `§ 41: Addition 2`, `p. 23`, `pp. 23–25`. */
const PLACE = String.raw`(?:§§?\s?\d+[a-z]?(?::\s*Addition(?:\s+\d+)?)?|pp?\.\s?\d+(?:\s*[-–]\s*\d+)?)`;
/** A note that is only places (perhaps after `See`, perhaps with the author's remark after a comma). */
const PLACE_ONLY = new RegExp(
  String.raw`^(?:(?:See|Cf\.)\s+)?(${PLACE}(?:\s*(?:,|and)\s*${PLACE})*)(?:,\s+\p{Ll}[^.;]*)?\.?$`,
  'u',
);

/** The place a note gives alone (`§74, §76.` → `§74, §76`), or undefined. */
export function placeOnly(text: string): string | undefined {
  return PLACE_ONLY.exec(plain(text).trim())?.[1];
}

/** `D 80.`, `D, 80.`, `*LM* 12–14.`: a short title and the place cited, no more. */
const ABBREVIATION_THEN_PLACE = /^([^\s,]{1,12}|\S+\s\S+),?\s+((?:pp?\.\s?)?\d+(?:\s*[-–]\s*\d+)?|§§?\s?\d+)\.?$/u;

/** The announced short title and the place of `D 80.`, when `known` says the title was announced. */
export function abbreviationThenPlace(
  text: string,
  known: (abbreviation: string) => boolean,
): { abbreviation: string; place: string } | undefined {
  const match = ABBREVIATION_THEN_PLACE.exec(plain(text).trim());
  return match && known(match[1]) ? { abbreviation: match[1], place: match[2] } : undefined;
}
