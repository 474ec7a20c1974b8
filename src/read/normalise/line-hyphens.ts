/**
 * Words broken at line ends in a PDF converted to text. A soft hyphen (U+00AD) is dropped wherever
 * it stands; a line ending in a soft hyphen, or in a soft hyphen and the hyphen the renderer drew,
 * joins the next line's first word without one. A line ending in a plain hyphen joins it without
 * the hyphen when the halves make a word seen elsewhere in the text, or when a half is no word seen
 * elsewhere (`Ober-` + `maier`); the hyphen is kept when both halves are words (`mid-` + `summer`)
 * or digits come before it (`13th-` + `century`). The last line of a page's body continues onto the next page's.
 */
import type { TextPage } from './text-pages.js';

const softHyphen = /\u00ad/g;

/** The words of the text, soft hyphens dropped, lower-cased: what a rejoined word must be. */
export function knownWords(pages: TextPage[]): Set<string> {
  const words = new Set<string>();
  // The halves of a word broken at a line end are not words seen: leave them out.
  const lines = pages.flatMap((page) => [...page.lines, ...page.notes.flatMap((note) => note.text.split('\n'))]);
  lines.forEach((line, index) => {
    let text = line.replace(/[\p{L}\u00ad]+-$/u, '');
    if (/-$/.test(lines[index - 1] ?? '')) text = text.replace(/^\s*[\p{L}\u00ad]+/u, '');
    for (const word of text
      .replace(softHyphen, '')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [])
      words.add(word);
  });
  return words;
}

export function joinLineHyphens(pages: TextPage[], known: Set<string>): void {
  pages.forEach((page, index) => {
    const following = pages.slice(index + 1).find((next) => next.lines.some((line) => line.trim() !== ''));
    page.lines = joinLines(page.lines, known, following?.lines);
    for (const note of page.notes) note.text = joinLines(note.text.split('\n'), known, undefined).join(' ');
  });
}

/** Joins broken words within `lines`; a break on the last line takes the first word of `next` (mutated). */
function joinLines(lines: string[], known: Set<string>, next: string[] | undefined): string[] {
  const out = [...lines];
  for (let index = 0; index < out.length; index++) {
    const match = /([\p{L}\u00ad]*\p{L})(\u00ad-?|-)$/u.exec(out[index]);
    if (!match) continue;
    let target = out;
    let at = out.slice(index + 1).findIndex((line) => line.trim() !== '');
    if (at !== -1) at += index + 1;
    else if (next) {
      target = next;
      at = next.findIndex((line) => line.trim() !== '');
    }
    if (at === -1 || !target[at]) continue;
    const head = /^\s*([\p{Ll}\u00ad]\S*)\s?/u.exec(target[at]);
    if (!head) continue;
    const soft = match[2] !== '-' || /\u00ad-$/.test(out[index]);
    const headWord = match[1].replace(softHyphen, '').toLowerCase();
    const tailWord = head[1]
      .match(/^[\p{L}\u00ad]*/u)![0]
      .replace(softHyphen, '')
      .toLowerCase();
    // Digits before the hyphen (`13th-century`) make a compound; so do two halves that are words.
    const compound = /\p{N}$/u.test(out[index].slice(0, match.index)) || (known.has(headWord) && known.has(tailWord));
    const joinBare = soft || known.has(headWord + tailWord) || !compound;
    out[index] = out[index].slice(0, out[index].length - match[2].length) + (joinBare ? '' : '-') + head[1];
    target[at] = target[at].slice(head[0].length);
    // A line that was only the word's tail goes, lest it leave a blank line (a paragraph break).
    if (target[at].trim() === '') target.splice(at, 1);
  }
  return out.map((line) => line.replace(softHyphen, ''));
}
