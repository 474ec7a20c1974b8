/**
 * Words broken at line ends in a PDF converted to text. A soft hyphen (U+00AD) is dropped wherever
 * it stands; a line ending in a soft hyphen, or in a soft hyphen and the hyphen the renderer drew,
 * joins the next line's first word without one. A line ending in a plain hyphen joins it without
 * the hyphen only when the halves make a word seen elsewhere in the text; otherwise the hyphen is
 * kept (`thirteenth-` + `century`). The last line of a page's body continues onto the next page's.
 */
import type { TextPage } from './text-pages.js';

const softHyphen = /\u00ad/g;

/** The words of the text, soft hyphens dropped, lower-cased: what a rejoined word must be. */
export function knownWords(pages: TextPage[]): Set<string> {
  const words = new Set<string>();
  for (const page of pages) {
    for (const text of [...page.lines, ...page.notes.map((note) => note.text)]) {
      for (const word of text.replace(softHyphen, '').toLowerCase().match(/\p{L}+/gu) ?? []) words.add(word);
    }
  }
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
    const whole = (match[1] + head[1].replace(/^\P{L}+/u, '').match(/^[\p{L}\u00ad]*/u)![0]).replace(softHyphen, '').toLowerCase();
    const joinBare = soft || known.has(whole);
    out[index] = out[index].slice(0, out[index].length - match[2].length) + (joinBare ? '' : '-') + head[1];
    target[at] = target[at].slice(head[0].length);
    // A line that was only the word's tail goes, lest it leave a blank line (a paragraph break).
    if (target[at].trim() === '') target.splice(at, 1);
  }
  return out.map((line) => line.replace(softHyphen, ''));
}
