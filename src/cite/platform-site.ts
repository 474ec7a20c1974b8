/**
 * A site named without italics, then the platform that hosts it by its domain name, its years and where it was
 * read (`Harbour Windows, Blogplace.com, 2014–2016, accessed at [<https://…/> on 8/8/19]`): the name is the site's
 * title (marked as italics so the grammar reads a site), the platform its publisher; `accessed at` and the access
 * date around the address are no part of the work.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from './note-text.js';

/** `, accessed at [<address> on 8/8/19]`, `, accessed via <address>`: the address alone is kept. */
const ACCESSED_AT = new RegExp(
  String.raw`,?\s*\baccessed\s+(?:at|via|from)\s+\[?\s*(${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE})\s*(?:on\s+[^\]]*\])?\]?`,
  'iu',
);
/** `Harbour Windows, Blogplace.com, `: capitalised words, then a domain name standing as a word. */
const NAME_THEN_PLATFORM = /^(\p{Lu}[^,“"‘'\d]{2,80}?),\s+((?:\p{L}[\p{L}\d-]*\.)+(?:com|org|net|io|co))(?=,\s)/u;

export function markPlatformSite(text: string): string {
  if (!text.includes(URL_OPEN) || text.includes(EMPHASIS_OPEN)) return text;
  const site = NAME_THEN_PLATFORM.exec(text);
  if (!site) return text;
  const rest = text.slice(site[0].length).replace(ACCESSED_AT, ', $1');
  return `${EMPHASIS_OPEN}${site[1]}${EMPHASIS_CLOSE}, ${site[2]}${rest}`;
}
