/**
 * `Ann Lee, Bo Chen, et al., Harbour Maps, University of Hull, 2005-2019, at <https://…>.`: a site whose title's
 * italics were lost. After names in note order closed by `et al.`, the first part that is not a body's name
 * (`Quay College, Quay Maps at <https://…>` names its host first) is the title, up to its comma or
 * the `at` before the address; it is marked as italics so the rest of the grammar reads the citation as a site.
 * So is the title written before the kind of work it is (`Ann Lee, Harbour Maps, website, Quay Lab, <https://…>`).
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_OPEN } from './note-text.js';
import { NOTE_NAMES } from './classify/openings.js';
import { isOrganisation } from './names.js';

const NAMES_ET_AL = new RegExp(String.raw`^${NOTE_NAMES},?\s+et\s+al\.,\s+`, 'u');
/**
 * `Ann Lee, Harbour Maps of the North, website, Quay Lab, University of Hull, <https://…>`: names, then the title,
 * then the kind of work it is (`website`, `blog`, `database`), then its host: the title is the words before the kind.
 */
const TITLE_THEN_KIND = new RegExp(
  String.raw`^(${NOTE_NAMES},\s+)(\p{Lu}[^,;:()]*?),(\s+(?:web\s?site|blog|database|online\s+archive|digital\s+archive),)`,
  'u',
);

export function markUnmarkedSiteTitle(text: string): string {
  if (!text.includes(URL_OPEN) || new RegExp(`[${EMPHASIS_OPEN}“"‘]`).test(text)) return text;
  const kind = TITLE_THEN_KIND.exec(text);
  if (kind) return `${kind[1]}${EMPHASIS_OPEN}${kind[2]}${EMPHASIS_CLOSE},${kind[3]}${text.slice(kind[0].length)}`;
  const names = NAMES_ET_AL.exec(text);
  if (!names) return text;
  let at = names[0].length;
  const beforeAddress = text.indexOf(URL_OPEN);
  while (at < beforeAddress) {
    const rest = text.slice(at, beforeAddress);
    const part = /^(\p{Lu}[^,]*?)(?=,\s|\s+at\s*\[?$|\s*\[?$)/u.exec(rest);
    if (!part) return text;
    const words = part[1].trim();
    // (The part just before the address is the title, whatever its shape: `Quay Maps (QM) at <https://…>`.)
    const last = !/^,\s/.test(rest.slice(part[1].length));
    if (!isOrganisation(words) || last) {
      if (words.split(/\s+/).length < 2) return text;
      const start = names[0].length;
      const title = `${EMPHASIS_OPEN}${words}${EMPHASIS_CLOSE}`;
      const after = text.slice(at + part[1].length);
      if (at === start) return `${text.slice(0, at)}${title}${after}`;
      // The host named before the title goes after it, where a site's publisher stands.
      const host = text.slice(start, at).replace(/,\s*$/, '');
      return `${text.slice(0, start)}${title}, ${host}${/^,/.test(after) ? '' : ','}${after}`;
    }
    const comma = /^[^,]*,\s+/.exec(rest);
    if (!comma) return text;
    at += comma[0].length;
  }
  return text;
}
