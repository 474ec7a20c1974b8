/**
 * Where a work is read, after its place cited (`Ann Lee, *Salt Roads* (Hull: Quay, 2005), ch. 6, online
 * copy kept at the Harbour Centre: <https://salt.example.org/>.`): words that end with the work's address,
 * in one sentence, describe the citation's copy rather than remark on it; the citation keeps them and its address.
 */
import { URL_CLOSE, URL_OPEN } from '../note-text.js';

const LAST_ADDRESS = new RegExp(
  `(?:${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE}|(?:https?://|www\\.)\\S+?)[\\s.,)>]*$`,
  'u',
);

/** The remark is one sentence that ends with an address. */
export function endsAtAddress(remark: string): boolean {
  const address = LAST_ADDRESS.exec(remark);
  if (!address) return false;
  const before = remark.slice(0, address.index);
  return !/[;]|[.!?]\s+\p{Lu}/u.test(before) && !before.includes(URL_OPEN);
}
