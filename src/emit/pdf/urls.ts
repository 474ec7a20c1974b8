/**
 * Long URLs break cleanly instead of running out of the text block: `<wbr>` break opportunities
 * after `//` and `/`, and before `.`, `?`, `#`, `&`, `=`, `_`, `-`, `~`, `%` and `,` (Chicago's
 * rule: a line may end after a slash but should begin with the punctuation that follows), and
 * every twelve characters inside longer runs such as tokens and hashes. `<wbr>` adds no
 * character, so copied text and the text-conservation check see the URL unchanged.
 */
import type { Element, ElementContent, Root } from 'hast';

const urlPattern = /(?:https?:\/\/|www\.|doi:)[^\s<>"]+/gi;

/** Longer runs without punctuation (tokens, hashes, `%20`-encoded text) get a break this often. */
const longestPiece = 12;

/** Splits a URL into pieces between which a line may break. */
export function urlBreakPieces(url: string): string[] {
  return punctuationPieces(url).flatMap(splitLongPiece);
}

function splitLongPiece(piece: string): string[] {
  if (piece.length <= longestPiece) return [piece];
  const parts: string[] = [];
  for (let start = 0; start < piece.length; start += longestPiece) parts.push(piece.slice(start, start + longestPiece));
  // A last sliver of a few letters reads badly at the start of a line; keep it with the part before.
  if (parts.length > 1 && parts[parts.length - 1].length < 4)
    parts.splice(-2, 2, parts[parts.length - 2] + parts[parts.length - 1]);
  return parts;
}

function punctuationPieces(url: string): string[] {
  const pieces: string[] = [];
  let current = '';
  const minimum = 3; // no break leaving a fragment shorter than this
  for (let i = 0; i < url.length; i++) {
    const char = url[i];
    const breakBefore = /[.?#&=_~%,-]/.test(char) && current.length >= minimum && !current.endsWith('/');
    if (breakBefore) {
      pieces.push(current);
      current = '';
    }
    current += char;
    const breakAfter = char === '/' && url[i + 1] !== '/' && current.length >= minimum;
    if (breakAfter) {
      pieces.push(current);
      current = '';
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Adds `<wbr>` inside every URL in the text under `tree`. Returns the number of URLs treated. */
export function breakUrls(tree: Root | Element): number {
  let count = 0;
  const visit = (parent: Root | Element) => {
    const out: ElementContent[] = [];
    for (const child of parent.children as ElementContent[]) {
      if (child.type === 'element') {
        if (child.tagName !== 'pre' && child.tagName !== 'svg') visit(child);
        out.push(child);
        continue;
      }
      if (child.type !== 'text' || !urlPattern.test(child.value)) {
        out.push(child);
        continue;
      }
      urlPattern.lastIndex = 0;
      let cursor = 0;
      for (const match of child.value.matchAll(urlPattern)) {
        count++;
        if (match.index > cursor) out.push({ type: 'text', value: child.value.slice(cursor, match.index) });
        urlBreakPieces(match[0]).forEach((piece, index) => {
          if (index > 0) out.push({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
          out.push({ type: 'text', value: piece });
        });
        cursor = match.index + match[0].length;
      }
      if (cursor < child.value.length) out.push({ type: 'text', value: child.value.slice(cursor) });
    }
    parent.children = out as typeof parent.children;
  };
  visit(tree);
  return count;
}
