/**
 * A chapter's book named without italics after its editors and their role in brackets (the British and Harvard
 * form: `‘Tides’, in Ann Lee and Bo Chen (Eds.), Harbour Lives: Did They Hold? (Hull, 2008), pg. 45`, `in Lee (ed.)
 * Harbour Lives, pp. 206-38`). The book runs from the role to its bracketed imprint, the page cited or the end:
 * it is marked as italics, so the rest of the grammar reads the chapter as if the manuscript had them. The part's
 * title must be quoted and the editors named as persons are (capitalised words, initials, particles, no figures).
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-markers.js';
import { NAME_PARTICLES } from './names.js';
import { PRINT_YEAR } from './text.js';

/** The editors' names: capitalised words, initials and particles joined by `and`, `&` and commas. */
const EDITORS = String.raw`(?:\p{Lu}|${NAME_PARTICLES}\s)[^()\d“"‘’”${EMPHASIS_OPEN}${EMPHASIS_CLOSE}]{0,120}?`;
/** `(Eds.)`, `(eds)`, `(Ed.)`, `(ed.)`: the editors' role in brackets. */
const ROLE = String.raw`\((?:[Ee]ds?|[Ee]ditors?)\.?\)`;
/** What ends the book's name: its imprint in brackets, a page cited after a comma or a label, or the end. */
const BOOK_END = String.raw`(?=\s*,?\s*\((?:[^()]*[:,]\s*)?[^()]*${PRINT_YEAR}\)|,?\s*pp?\.\s*[\dixvlc]|,\s*\d|[.\s]*$)`;

const UPRIGHT_BOOK = new RegExp(
  String.raw`([’”'"],?\s+in\s+${EDITORS}\s*${ROLE},?\s+)(\p{Lu}[^()“"‘${EMPHASIS_OPEN}${EMPHASIS_CLOSE}]*?[\p{L}?!])${BOOK_END}`,
  'u',
);

export function markBookAfterEditors(text: string): string {
  const match = UPRIGHT_BOOK.exec(text);
  if (!match) return text;
  const start = match.index + match[1].length;
  const end = start + match[2].length;
  return `${text.slice(0, start)}${EMPHASIS_OPEN}${match[2]}${EMPHASIS_CLOSE}${text.slice(end)}`;
}
