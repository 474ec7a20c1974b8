/**
 * Several works in one note are separated by `;`. The note is cut at each `;` that stands outside
 * quotes, emphasis, brackets, matched parentheses and URLs, except where the part after it is only a
 * second place of the same imprint or the next name of one work's names.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from '../note-text.js';
import { joinNameLists } from './name-list.js';
import type { Part } from './segment.js';

/**
 * Splits at `;` outside quotes, emphasis, brackets, parentheses and URLs: `(Leeds; York: Fell
 * Books, 1998)` names two places of one work. A parenthesis counts only when it closes later in the
 * note, so a stray `(` does not hide the rest of the note's separators.
 */
export function splitCitations(text: string): Part[] {
  const parts: Part[] = [];
  const enclosed = parenthesised(text);
  const quoted = straightQuoted(text);
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) parts.push({ text: trimmed, from: start + leading, to: start + leading + trimmed.length });
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '“' || char === '[' || char === EMPHASIS_OPEN || char === URL_OPEN) depth++;
    else if (char === '”' || char === ']' || char === EMPHASIS_CLOSE || char === URL_CLOSE)
      depth = Math.max(0, depth - 1);
    else if (char === ';' && depth === 0 && !quoted[index] && !enclosed[index]) {
      push(index);
      start = index + 1;
    }
  }
  push(text.length);
  // (`Lee, Ann; Chen, Bo: Tides`: the names of one work, classify/name-list.ts.)
  return joinNameLists(text, mergePlaces(text, parts));
}

/** `Hull: Quay Press, 2004`: a publisher's place, name and year alone. */
export const PLACE_AND_PUBLISHER =
  /^\p{Lu}[\p{L}.'’-]*(?:,?\s+[\p{L}.'’-]+){0,3}:\s*[^:;“"‘\uE000]+,\s*(?:1[5-9]|20)\d\d[.,]?$/u;

/**
 * `*Salt Roads*. Leeds; New York: Quay Press, 2004`: a part that is only a place, publisher and year
 * continues the part before (a second place after a semicolon), never a citation of its own.
 */
function mergePlaces(text: string, parts: Part[]): Part[] {
  const merged: Part[] = [];
  for (const part of parts) {
    const previous = merged.at(-1);
    if (previous && PLACE_AND_PUBLISHER.test(part.text) && !/[.)]$/.test(previous.text.trim())) {
      merged[merged.length - 1] = { text: text.slice(previous.from, part.to), from: previous.from, to: part.to };
    } else merged.push(part);
  }
  return merged;
}

/**
 * For each position, whether it lies inside a pair of straight double quotes: a quote that opens a
 * title (at a word's start) pairs with the next that closes one (at a word's end); an opening quote
 * never closed before the next opening one (`"Mining the Port, website, <…>; Bo Chen, "Tides," …`)
 * is a slip of the author's and hides no separator.
 */
function straightQuoted(text: string): boolean[] {
  const inside = new Array<boolean>(text.length).fill(false);
  let open: number | undefined;
  for (let index = 0; index < text.length; index++) {
    if (text[index] !== '"') continue;
    const before = text[index - 1] ?? ' ';
    const after = text[index + 1] ?? ' ';
    const opens = /[\s([\uE000\uE001'‘]/.test(before) && /\S/.test(after);
    if (open === undefined) {
      if (opens || /\S/.test(after)) open = index;
    } else if (opens && !/[\s,.;:!?)\]]/.test(after)) {
      // Another opening quote before this one closed: the first was never closed.
      open = index;
    } else {
      inside.fill(true, open, index + 1);
      open = undefined;
    }
  }
  return inside;
}

/** For each position, whether it lies inside a matched pair of parentheses. */
function parenthesised(text: string): boolean[] {
  const inside = new Array<boolean>(text.length).fill(false);
  const open: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '(') open.push(index);
    else if (text[index] === ')' && open.length) {
      const start = open.pop()!;
      if (open.length === 0) inside.fill(true, start, index + 1);
    }
  }
  return inside;
}
