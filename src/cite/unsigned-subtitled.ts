/**
 * An unsigned document whose title, with its subtitle, was typed without italics and stands first:
 * `Shore Decisions and Tides: Recommendations of the Tide Board. Approved by the Board (Version 2), 08/2012.`
 * or `Tide Insights: Human Harbours, *Harbour Studies Institute*, 2007, https://…/insights.pdf`. The words up
 * to the subtitle's full stop or comma are the title (no name has a colon after it); they are marked as
 * italics so the rest of the grammar reads the citation as if the manuscript had them. A citation with any
 * other title marked (quotes, or italics before the colon) is left as written.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_OPEN } from './note-text.js';

const MARKS = `“"‘'()\\uE000-\\uE003`;
/** Two to eight capitalised or linking words, a colon, then the subtitle up to `. ` and a capital or a comma. */
const TITLE = new RegExp(
  String.raw`^((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|of|for|in|on|the|&)){1,7}:\s+\p{Lu}[^,.:;${MARKS}]*?)(?=\.\s+\p{Lu}|,\s)`,
  'u',
);

export function markUnsignedSubtitledTitle(text: string): string {
  // (`TideView: Old Photographs of the Quay, <https://…>`: one word before the colon, the address alone after.)
  const atAddress = subtitledTitleAtAddress(text);
  if (atAddress) return `${EMPHASIS_OPEN}${atAddress}${EMPHASIS_CLOSE}${text.slice(atAddress.length)}`;
  const title = TITLE.exec(text);
  if (!title) return text;
  const rest = text.slice(title[0].length);
  // The rest gives the document's date or its address, as a full citation does.
  if (!/\b(?:1[5-9]|20)\d\d\b/.test(rest) && !rest.includes(URL_OPEN)) return text;
  // A quoted title later (`Hull: Quay Press, 2004, ‘Tides’`) means the words before it are something else.
  if (/[“"‘]/.test(rest)) return text;
  return `${EMPHASIS_OPEN}${title[1]}${EMPHASIS_CLOSE}${rest}`;
}

/** Words that lead in to an address, never a title's (`Source: Harbour Board, <https://…>`). */
const LEAD_WORD =
  /^(?:See|Source|Sources|Available|Online|Retrieved|Data|Note|Notes|Website|Link|Links|Accessed|Cf|Also)$/;
/** The title before the address: one capitalised word or more, a colon, then a subtitle of three words at least. */
const TITLE_AT_ADDRESS = new RegExp(
  String.raw`^((\p{Lu}[\p{L}\d'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|of|for|in|on|the|&)){0,7}):\s+\p{Lu}[^,.:;${MARKS}]*?(?:\s+[^,.:;\s${MARKS}]+){2,}),\s*` +
    String.raw`(?=${URL_OPEN}[^\uE003]*\uE003[\s.,]*$)`,
  'u',
);

/**
 * `TideView: Mapping the Harbour’s Old Photographs, <https://…>`: an unsigned title and its subtitle, then the
 * address and nothing else (the words before the colon may be one, a site's name); the words before the colon are
 * the title's, not the author's leading to an address. The title, or undefined.
 */
export function subtitledTitleAtAddress(text: string): string | undefined {
  const title = TITLE_AT_ADDRESS.exec(text);
  return title && !LEAD_WORD.test(title[2]) ? title[1] : undefined;
}
