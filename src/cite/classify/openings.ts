/**
 * How a citation opens: names in note order then a marked title (a full citation), family names then a
 * title (a short form), or names alone up to a comma. The rules that cut a note look for these openings
 * to know where a citation starts.
 */
import { plain } from '../text.js';
import { NAME_CONNECTORS } from './name-connectors.js';

/** A short form's opening: family names, then a marked title (`Lee, *`, `Lee and Chen, “`, `Lee et al., '`). */
export const SHORT_OPENING = new RegExp(
  String.raw`^(?:(?:de|van|von|da|di|du|la|le)\s+)?\p{Lu}[\p{L}'’-]+(?:(?:,\s+|,?\s+(?:and|&)\s+)\p{Lu}[\p{L}'’-]+)*` +
    String.raw`(?:\s+et\s+al\.?)?,\s*[\uE000“"‘']`,
  'u',
);

/** A family name's particle in lower case before it: `Bo de Chen`, `Ann van der Berg`. */
const PARTICLE = String.raw`(?:\s+(?:de|van|von|der|den|da|di|du|del|della|dos|das|ter|ten))`;

/** Names in note order: `Ann Lee`, `A. J. Eze and Bo Chen`, `Ann Lee, Bo Chen, and Dara Eze`, `Bo de Chen`. */
export const NOTE_NAMES =
  String.raw`\p{Lu}[\p{L}.'’-]*(?:${PARTICLE}*\s+\p{Lu}[\p{L}.'’-]*){1,4}(?:(?:,\s+|,?\s+(?:and|&)\s+)\p{Lu}[\p{L}.'’-]*` +
  String.raw`(?:${PARTICLE}*\s+\p{Lu}[\p{L}.'’-]*){1,4})*`;

/**
 * A note's full citation opening: `Ann Lee, “`, `A. J. Eze and Bo Chen, *` (names in note order, then a
 * title), with the editors' mark between them for an edited book (`Ann Lee and Bo Chen (eds.), *`, `…, eds., *`).
 */
export const NOTE_OPENING = new RegExp(
  String.raw`^${NOTE_NAMES}(?:\s*\((?:eds?|trans)\.?\)|,\s*(?:eds?|trans)\.)?,\s*[\uE000“"‘]`,
  'u',
);

/**
 * A book whose italics were lost, in note order: names, the title's words, then the imprint with its
 * place (`Ann Lee, Salt Roads of the North (Hull: Quay Press, 2004)`). Its title may hold many
 * lower-case words (a title in another language) without being the author's sentence, and may end in
 * a bracketed span of its own just before the imprint (`Ann Lee, Ferries of the North (1550-1650) (Hull: 2019)`);
 * the number of volumes or the edition after it ends no sentence (`…, 2nd ed., 3 vols. (Hull: 2004)`), nor does an
 * ellipsis in it (`Ann Lee, Les routes du port ... suivi des tables (Paris: 1930)`).
 */
export const UNMARKED_BOOK = new RegExp(
  String.raw`^${NOTE_NAMES},\s+\p{Lu}(?:(?!(?<!\b(?:vols?|ed|rev)|\.\.)[.!?]\s)[^()]){1,250}(?:\([^()]{1,40}\)\s*)?\([^():]+:\s*[^()]*\b(?:1[5-9]|20)\d\d\)`,
  'u',
);

/**
 * A book whose italics were lost, its author named by the family name alone (as an early printer or
 * author often is): `Lee, Ferry Tables of the North (Hull: Quay Press, 1612)`, the imprint with its place.
 */
export const FAMILY_UNMARKED_BOOK =
  /^\p{Lu}[\p{L}'’-]+,\s+\p{Lu}(?:(?![.!?]\s)[^()]){1,250}\([^():]+:\s*[^()]*\b(?:1[5-9]|20)\d\d\)/u;

/** The names before a title (`Ann Lee, `, `Ann Lee and Bo Chen, `) that close the author's words. */
export const NAMES_BEFORE_TITLE = new RegExp(String.raw`(?:^|\s)${NOTE_NAMES},\s*$`, 'u');

/**
 * A citation opens with a title in quotes or italics, or with names: up to its first comma, a few
 * capitalised words (`Ann Lee`, `A. J. Eze and Bo Chen`, `Harbour Labour Observatory`).
 */
export function opensWithNames(text: string): boolean {
  if (/^[\uE000“"‘]/.test(text)) return true;
  const head = /^([^,]*),/.exec(plain(text))?.[1];
  if (!head) return false;
  const tokens = head.trim().split(/\s+/);
  if (tokens.length > 8) return false;
  return tokens.every(
    (token) => /^\p{Lu}/u.test(token) || token === '&' || NAME_CONNECTORS.has(token.replace(/\.$/, '').toLowerCase()),
  );
}
