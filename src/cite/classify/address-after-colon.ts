/**
 * A phrase of the author's that points at an address after a colon (`Available on the Quay Board’s
 * website: <https://x.org/>`, `See e.g. a related thread on the Tide wiki: <https://x.org/1>.`): the phrase
 * is commentary and the address alone is the work, never a title. The phrase has no comma and no marked
 * title, four words or more, one of them a lower-case word that is no name's particle (`website`, `see`);
 * the address is all that follows the colon.
 */
import { NAME_CONNECTORS } from './name-connectors.js';

const FORM = /^([^,“”"‘\uE000\uE001\uE002\uE003]+?):\s*(\uE002[^\uE003]+\uE003\.?)$/u;

/** Where the address starts, or undefined when the text is not a phrase, a colon and an address. */
export function addressAfterColon(text: string): number | undefined {
  const form = FORM.exec(text);
  if (!form) return undefined;
  const words = form[1].split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const lower = words.filter((word) => /^\p{Ll}/u.test(word) && !NAME_CONNECTORS.has(word.toLowerCase()));
  return words.length >= 4 && lower.length >= 1 ? text.length - form[2].length : undefined;
}
