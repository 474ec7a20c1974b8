/**
 * Text for the checks: the book's text from the rendered HTML, and a word comparison with the
 * text pdftotext reads back from the PDF (text conservation). Words are compared as multisets,
 * since notes, heads and folios move text around; hyphens and soft hyphens are ignored, so words
 * split across lines by hyphenation still match.
 */
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { RenderedBook } from '../../render/types.js';

/** Each part's text, blocks separated by line breaks. */
export function partTexts(book: RenderedBook): Array<{ where: string; text: string }> {
  return book.parts.map((part) => ({
    where: part.id,
    text: blockText(fromHtml(part.html, { fragment: true }).children as ElementContent[]),
  }));
}

const inlineTags = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

/** Text with a line break around every block element. */
export function blockText(nodes: ElementContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type !== 'element') return '';
      const inner = blockText((node as Element).children);
      const className = node.properties.className;
      const isNote = Array.isArray(className) && className.includes('footnote');
      return inlineTags.has(node.tagName) && !isNote ? inner : `\n${inner}\n`;
    })
    .join('');
}

/**
 * Words (letters and digits, lower-cased). Hard hyphens join their neighbours (`1450-1800` →
 * `14501800`), since pdftotext drops a hyphen that ends a line; the hyphen Chromium draws at a soft
 * hyphen (read back as U+2011) separates, and `conservation` pairs the two pieces up again.
 */
export function words(text: string): string[] {
  const joined = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\u00ad/g, '')
    .replace(/[-\u2010]/g, '')
    .replace(/\u2011/g, ' ')
    .replace(/\ufb00/g, 'ff')
    .replace(/\ufb01/g, 'fi')
    .replace(/\ufb02/g, 'fl')
    .replace(/\ufb03/g, 'ffi')
    .replace(/\ufb04/g, 'ffl');
  return joined.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/**
 * A URL, and the pieces the manuscript breaks it into: after a `-` or `/` that ends one, the next
 * tokens with a character of a URL's path or query that prose does not use (`/ ? = # & % _ ~`).
 */
const urlWithPieces = /(?:https?:\/\/|www\.|doi:)[^\s<>"]+(?:(?<=[-/])\s+[^\s<>"]*[/?=#&%_~][^\s<>"]*)*/gi;

export interface Conservation {
  /** Words in the source. */
  expected: number;
  /** Source words found in the PDF. */
  found: number;
  /** Up to 20 missing words, most frequent first. */
  missing: Array<{ word: string; count: number }>;
  missingTotal: number;
  /**
   * Source words matched only with the letters of a ligature lost after its f (`fghting` read for
   * `fighting`, whole or in pieces): the text layer maps such a glyph to its first letter.
   */
  ligatureRepairs: number;
}

/** Ligatures a font draws as one glyph, longest first; each starts with the f it reads back as. */
const ligatures = ['ffi', 'ffl', 'ff', 'fi', 'fl'];

/**
 * The word as a text layer may read it when one of its ligatures maps to the f alone: `fire` →
 * `fre`, `office` → `ofce` or `ofice` (as an ffi or an fi).
 */
export function ligatureVariants(word: string): string[] {
  const variants = new Set<string>();
  for (let index = word.indexOf('f'); index >= 0; index = word.indexOf('f', index + 1)) {
    for (const ligature of ligatures) {
      if (word.startsWith(ligature, index))
        variants.add(word.slice(0, index + 1) + word.slice(index + ligature.length));
    }
  }
  return [...variants];
}

/** How many of the source's words the PDF text holds (as a multiset). */
export function conservation(source: string, pdf: string): Conservation {
  const available = new Map<string, number>();
  const pdfWords = words(pdf);
  for (const word of pdfWords) available.set(word, (available.get(word) ?? 0) + 1);
  // URLs are left out: broken over several lines at <wbr>, they read back in many pieces. So are
  // the pieces of a URL the manuscript itself breaks (hard-wrapped, or cut by a tab or a paragraph
  // break in a word processor): after a URL that ends in `-` or `/`, the next tokens of a URL.
  const expected = words(source.replace(urlWithPieces, ' '));
  const missing = new Map<string, number>();
  for (const word of expected) {
    const left = available.get(word) ?? 0;
    if (left > 0) available.set(word, left - 1);
    else missing.set(word, (missing.get(word) ?? 0) + 1);
  }
  // pdftotext joins a line that ends in a hyphen with the next line it reads, dropping the hyphen:
  // a word cut at the foot of a page ("se-" … "curing") reads back glued to the number of the
  // page's first note ("se65"). Such a token gives back the number, and the word's head for the
  // pairing below.
  const take = (map: Map<string, number>, key: string) => {
    const count = map.get(key) ?? 0;
    if (count > 1) map.set(key, count - 1);
    else map.delete(key);
    return count > 0;
  };
  const give = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  let ligatureRepairs = 0;
  /** How a piece of a word may read back: as written, or with a ligature's letters after its f lost. */
  const readBack = (piece: string) => [piece, ...ligatureVariants(piece)];
  for (const [token, count] of [...available]) {
    const glued = /^(\p{L}+)(\p{N}+)$/u.exec(token);
    if (!glued) continue;
    const [, head, number] = glued;
    const completes = () =>
      [...missing.keys()].some((word) => {
        if (word.length <= head.length || !word.startsWith(head)) return false;
        return readBack(word.slice(head.length)).some((piece) => (available.get(piece) ?? 0) > 0);
      });
    for (let n = 0; n < count && (missing.has(number) || completes()); n++) {
      take(available, token);
      give(available, head);
      if (!take(missing, number)) give(available, number);
    }
  }
  // A note call can read back run into the word after it ("movement.”1389Miatsum"), even when that
  // word carries a call of its own ("Project,422deCODE423"): a token of digits then a word gives
  // back both when either is missing (a common word such as "A" may not be missed).
  for (const [token, count] of [...available]) {
    const glued = /^(\p{N}+)(\p{L}[\p{L}\p{N}]*)$/u.exec(token);
    if (!glued) continue;
    const [, number, word] = glued;
    for (let n = 0; n < count && (missing.has(word) || missing.has(number)); n++) {
      take(available, token);
      if (!take(missing, word)) give(available, word);
      if (!take(missing, number)) give(available, number);
    }
  }
  // Letter-spaced capitals can read back as two words ("R AFFI"): two neighbours that make up a
  // missing word.
  for (let index = 0; index + 1 < pdfWords.length && missing.size; index++) {
    const [first, second] = [pdfWords[index], pdfWords[index + 1]];
    const joined = first + second;
    if (!missing.has(joined) || (available.get(first) ?? 0) === 0 || (available.get(second) ?? 0) === 0) continue;
    take(available, first);
    take(available, second);
    take(missing, joined);
  }
  // The text layer can map an fi or fl ligature to its f alone ("fre" for the "fire" that is drawn).
  for (const word of [...missing.keys()]) {
    for (const variant of ligatureVariants(word)) {
      while (missing.has(word) && (available.get(variant) ?? 0) > 0) {
        take(available, variant);
        take(missing, word);
        ligatureRepairs++;
      }
    }
  }
  // A hyphen the text keeps at a line's end (a stem `improv-` ending a table cell, `not--`) is
  // dropped by pdftotext, which joins the next line's word to it: a token that is two missing words
  // run together gives both back.
  for (const [token] of [...available]) {
    for (let cut = 1; cut < token.length; cut++) {
      const [head, tail] = [token.slice(0, cut), token.slice(cut)];
      while (
        (available.get(token) ?? 0) > 0 &&
        missing.has(head) &&
        missing.has(tail) &&
        (head !== tail || missing.get(head)! > 1)
      ) {
        take(available, token);
        take(missing, head);
        take(missing, tail);
      }
    }
  }
  // A word hyphenated across a page break reads back as two pieces, far apart. The words with the
  // fewest ways to be cut first, so one with a single way ("histori" + "cal") is not left without
  // its head by one with several ("histori" + "an", "his" + "torian"); then longest head first: a
  // short head ("over") is more likely to be needed whole by another missing word ("oversee").
  const cuts = (word: string) => {
    let ways = 0;
    for (let cut = word.length - 2; cut >= 2; cut--) {
      if (
        readBack(word.slice(0, cut)).some((piece) => (available.get(piece) ?? 0) > 0) &&
        readBack(word.slice(cut)).some((piece) => (available.get(piece) ?? 0) > 0)
      )
        ways++;
    }
    return ways;
  };
  const byWays = [...missing]
    .map(([word, count]) => ({ word, count, ways: cuts(word) }))
    .sort((a, b) => a.ways - b.ways);
  for (const { word, count } of byWays) {
    let remaining = count;
    for (let cut = word.length - 2; cut >= 2 && remaining > 0; cut--) {
      // A head cut just after a ligature's f ("fght" + "ing" for "fight-ing") may read back without
      // the ligature's other letters, as may the tail.
      const head = readBack(word.slice(0, cut)).find((piece) => (available.get(piece) ?? 0) > 0) ?? word.slice(0, cut);
      const tail = readBack(word.slice(cut)).find((piece) => (available.get(piece) ?? 0) > 0) ?? word.slice(cut);
      const repaired = head !== word.slice(0, cut) || tail !== word.slice(cut);
      while (remaining > 0 && (available.get(head) ?? 0) > 0 && (available.get(tail) ?? 0) > 0) {
        available.set(head, available.get(head)! - 1);
        available.set(tail, available.get(tail)! - 1);
        remaining--;
        if (repaired) ligatureRepairs++;
      }
    }
    if (remaining === 0) missing.delete(word);
    else missing.set(word, remaining);
  }
  const missingTotal = [...missing.values()].reduce((sum, count) => sum + count, 0);
  return {
    expected: expected.length,
    found: expected.length - missingTotal,
    missing: [...missing]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20)
      .map(([word, count]) => ({ word, count })),
    missingTotal,
    ligatureRepairs,
  };
}
