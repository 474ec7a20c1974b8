/**
 * Where a note's titles and addresses stand (curly double quotes, italics, marked addresses), so a pass that reads
 * the note's own words in another form (French words, page labels) rewrites the words around them and never a title
 * or an address, which are recorded as the manuscript writes them.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from './note-markers.js';

/** The runs of the text outside quotes, italics and addresses, rewritten; the rest as it is. */
export function rewriteOutsideTitles(text: string, rewrite: (run: string) => string): string {
  let out = '';
  let from = 0;
  for (const { start, end } of titleSpans(text)) {
    out += rewrite(text.slice(from, start)) + text.slice(start, end);
    from = end;
  }
  return out + rewrite(text.slice(from));
}

/** The text with each title and address a space: what the note says around them. */
export function stripTitles(text: string): string {
  let out = '';
  let from = 0;
  for (const { start, end } of titleSpans(text)) {
    out += `${text.slice(from, start)} `;
    from = end;
  }
  return out + text.slice(from);
}

/** Where the text's titles and addresses are: curly double quotes, italics, marked addresses. */
function titleSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const pairs: Record<string, string> = { '“': '”', [EMPHASIS_OPEN]: EMPHASIS_CLOSE, [URL_OPEN]: URL_CLOSE };
  for (let index = 0; index < text.length; index++) {
    const close = pairs[text[index]];
    if (!close) continue;
    const end = text.indexOf(close, index + 1);
    if (end < 0) break;
    spans.push({ start: index, end: end + 1 });
    index = end;
  }
  return spans;
}
