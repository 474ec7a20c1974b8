/**
 * A signal or a label written before an address that stands alone (`See: https://…`, `See, for example:
 * https://…`, `Web: https://…`, `Information available at https://…`) is the author's word, not the page's
 * author or title: the citation is the address.
 */
import { URL_OPEN } from './note-text.js';

const ADDRESS_LEAD_IN = new RegExp(
  String.raw`^(?:(?:see|cf\.|compare)(?:\s+also)?(?:,?\s+(?:for\s+(?:example|instance)|e\.g\.))?` +
    String.raw`|e\.g\.|(?:(?:more\s+)?information\s+(?:is\s+)?)?available\s+(?:at|from|online)` +
    String.raw`|(?:web(?:site|page)?|online|url|link|source)(?=\s*:))\s*[,:]?\s*(?=${URL_OPEN}|https?:\/\/|www\.)`,
  'iu',
);

/** The citation without the signal or label before its address, when the address opens what is left. */
export function dropAddressLeadIn(text: string): string {
  const lead = ADDRESS_LEAD_IN.exec(text);
  return lead ? text.slice(lead[0].length) : text;
}
