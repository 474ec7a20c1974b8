/**
 * The print edition's pages, for the EPUB's page-break markers (issue 17): where each laid-out page
 * begins in the book's source, read from Paged.js's pages after layout, never estimated. A page
 * begins at the first letter or digit of its content area (running heads and the footnote area
 * left out), named by the part it belongs to and how many letters and digits of that part's text
 * (notes and note calls not counted) come before it; both the print HTML and the EPUB's copy of a
 * part count the same characters, whatever spaces, soft hyphens or line breaks the print adds. A
 * page whose content area holds no text but a note carried over (or a note alone) begins in that
 * note; a page that opens with an image begins before the image. Labels are the PDF's page
 * labels: lower-case roman before the first body page, then arabic from 1 (postprocess.ts).
 */
import type { LayoutFacts } from './layout.js';

/** Where a page begins: in a part's text, or in a note's. */
export type PageStart =
  /** `image`: the page begins with an image, before the letter at `offset` (`word` is then empty). */
  { part: string; offset: number; word: string; image?: boolean } | { note: number; word: string };

export interface PrintPage {
  /** The folio as the PDF labels the page (`iv`, `43`). */
  label: string;
  /** Undefined for a page with no text (a blank verso). */
  start?: PageStart;
}

/** Every page of the print edition, in order; made by the PDF writer and read by the EPUB writer of the same build. */
export interface PrintPageMap {
  pages: PrintPage[];
}

/** What counts toward an offset: letters and digits (so spaces, soft hyphens and URL breaks never shift it). */
export const countedCharacter = /[\p{L}\p{N}]/gu;

/** Classes whose text is not counted: note calls and the notes themselves (print: Paged.js's footnote boxes too). */
export function skipsText(classNames: readonly string[]): boolean {
  return classNames.some(
    (name) => name === 'noteref' || name === 'footnote' || name === 'footnotes' || name.startsWith('pagedjs_footnote'),
  );
}

/**
 * Runs in the page after layout: each page's start. Self-contained (it is sent to the browser as
 * source, with no inner named functions a bundler would wrap), so the rules above are repeated here.
 */
export function collectPageStarts(): Array<PageStart | null> {
  const counted = /[\p{L}\p{N}]/gu;
  const word = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/u;
  // A part split over pages keeps its data-ref on every piece; its id may be on the first only.
  const partIds = new Map<string, string>();
  for (const part of Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_page_content .part[id]'))) {
    if (part.dataset.ref && !partIds.has(part.dataset.ref)) partIds.set(part.dataset.ref, part.id);
  }
  const before = new Map<string, number>();
  const starts: Array<PageStart | null> = [];
  for (const page of Array.from(document.querySelectorAll('.pagedjs_page'))) {
    let start: PageStart | null = null;
    const content = page.querySelector('.pagedjs_page_content');
    const walker = content && document.createTreeWalker(content, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker?.nextNode(); node; node = walker!.nextNode()) {
      let skip = false;
      for (let inside = node.parentElement; inside && inside !== content && !skip; inside = inside.parentElement) {
        for (const name of Array.from(inside.classList)) {
          if (name === 'noteref' || name === 'footnote' || name === 'footnotes' || name.startsWith('pagedjs_footnote'))
            skip = true;
        }
      }
      const holder = skip ? null : node.parentElement?.closest<HTMLElement>('.part');
      const part = holder ? holder.id || partIds.get(holder.dataset.ref ?? '') : undefined;
      if (!part) continue;
      // An image that opens the page (its own text, an SVG's, is not the book's).
      if (node.nodeName === 'IMG' && !start) start = { part, offset: before.get(part) ?? 0, word: '', image: true };
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const text = node.nodeValue ?? '';
      const count = text.match(counted)?.length ?? 0;
      if (!count) continue;
      const offset = before.get(part) ?? 0;
      if (!start)
        start = { part, offset, word: (word.exec(text.replace(/[\u00ad\u200b]/g, ''))?.[0] ?? '').slice(0, 40) };
      before.set(part, offset + count);
    }
    for (const note of start
      ? []
      : Array.from(page.querySelectorAll<HTMLElement>('.pagedjs_footnote_area [data-note-number]'))) {
      // The note's number (its backlink) opens it; the word after it is its first.
      const text = (note.textContent ?? '').replace(/[\u00ad\u200b]/g, '').replace(/^\s*\d+/, '');
      if (!text.match(counted)) continue;
      start = { note: Number(note.dataset.noteNumber), word: (word.exec(text)?.[0] ?? '').slice(0, 40) };
      break;
    }
    starts.push(start);
  }
  return starts;
}

/** The PDF's page label of 1-based `page` when arabic numbering starts at `arabicFrom` (postprocess.ts). */
export function pageLabel(page: number, arabicFrom: number | undefined): string {
  if (!arabicFrom || arabicFrom <= 1) return String(page);
  return page < arabicFrom ? roman(page) : String(page - arabicFrom + 1);
}

function roman(value: number): string {
  const numerals: Array<[number, string]> = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [size, numeral] of numerals) {
    for (; value >= size; value -= size) out += numeral;
  }
  return out;
}

/** The page map of a laid-out book; undefined when the layout did not record its pages' starts. */
export function printPageMap(layout: LayoutFacts, arabicFrom: number | undefined): PrintPageMap | undefined {
  const starts = layout.pageStarts;
  if (!starts || starts.length !== layout.pages) return undefined;
  return {
    pages: starts.map((start, index) => ({ label: pageLabel(index + 1, arabicFrom), start: start ?? undefined })),
  };
}
