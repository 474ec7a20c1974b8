/**
 * APA's reference forms (7th ed., ch. 10), met in notes too once the names and year are read (author-date.ts): a
 * book without a place, `*Salt Roads* (2nd ed.). Quay Press.`, and a chapter, `Tides. In A. Lee & B. Chen (Eds.),
 * *Harbour Essays* (pp. 29–44). Quay Press.` Each is given back in note form, which the note parser reads:
 * `*Salt Roads*, 2nd ed. (Quay Press, 2004)`, `“Tides,” in *Harbour Essays*, ed. A. Lee & B. Chen (Quay Press,
 * 2004), 29–44`; a thesis, `Tides [Doctoral dissertation, University of Hull]. Archive.`, as `“Tides” (Doctoral
 * dissertation, University of Hull, 2016)`, and so one whose degree follows the title (`*Tides*. PhD thesis, Hull.`).
 * A site's page (`*Tides*. Harbour Blog. https://…`) is no book: a book's publisher says so.
 */
import { DEGREE } from './details.js';
import { PRESS } from './infer-type.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from './note-text.js';

const ADDRESS = String.raw`(?:\s+(${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE}))?`;

/** The book after `In` and its editors: in italics, or plain up to the bracket of its pages or its full stop. */
const BOOK_TITLE = `(?:${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]+)${EMPHASIS_CLOSE}|([^.()${EMPHASIS_OPEN}]{2,200}?))`;

const CHAPTER = new RegExp(
  String.raw`^([^.${EMPHASIS_OPEN}]{2,300}?[?!]?)\.?\s+In\s+([^()]{2,200}?)\s*\((?:[Ee]ds?|Hrsg)\.\),\s*` +
    String.raw`${BOOK_TITLE}\s*\((?:([^()]*?ed\.),\s*)?pp?\.\s*([\divxlc]+(?:\s*[-–]\s*[\divxlc]+)?)\)\.\s*` +
    String.raw`([^.${URL_OPEN}]{2,120}?)\.?${ADDRESS}\s*$`,
  'u',
);

/** A chapter whose book is not followed by its pages in brackets: `In A. Lee (Ed.), *Essays*. Series. 15: 99–128.` */
const CHAPTER_WITHOUT_PAGES = new RegExp(
  String.raw`^([^.${EMPHASIS_OPEN}]{2,300}?[?!]?)\.?\s+In\s+([^()]{2,200}?)\s*\((?:[Ee]ds?|Hrsg)\.\),\s*` +
    String.raw`${BOOK_TITLE}\.\s*([^${URL_OPEN}]{2,160}?)\.?${ADDRESS}\s*$`,
  'u',
);

/** (The title's full stop may stand inside its italics; the page cited may close the reference, before its address:
 * `Quay Press, p. 213–214.`) */
const BOOK = new RegExp(
  String.raw`^${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]+?)\.?${EMPHASIS_CLOSE}\s*(?:\(([^()]*?ed\.)\))?(?:\.|(?<=\.${EMPHASIS_CLOSE}))\s+([^.${URL_OPEN}]{2,120}?)` +
    String.raw`(?:,\s*pp?\.\s*([\dxivlc]+(?:\s*[-–]\s*[\dxivlc]+)?))?[.:]?${ADDRESS}\s*$`,
  'u',
);

const THESIS = new RegExp(
  String.raw`^(${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]+${EMPHASIS_CLOSE}|[^.[${URL_OPEN}]{2,300}?)${ADDRESS}\s*` +
    String.raw`\[([^\]]*?(?:dissertation|thesis)[^\]]*)\]\.\s*([^.${URL_OPEN}]{2,120}?)\.?${ADDRESS}\s*$`,
  'iu',
);

/** `*Tides*. Unpublished DPhil dissertation, University of Hull.`: the thesis named by its degree, without brackets. */
const PLAIN_THESIS = new RegExp(
  String.raw`^(${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]+${EMPHASIS_CLOSE}|[^.[${URL_OPEN}]{2,300}?)\.\s+` +
    String.raw`((?:[Uu]npublished\s+)?(?:${DEGREE}|[Dd]octoral|[Mm]aster['’]s)\s+(?:dissertation|thesis))` +
    String.raw`,\s*([^.,${URL_OPEN}][^.${URL_OPEN}]{1,120}?)\.?${ADDRESS}\s*$`,
  'u',
);

/** The reference's rest after its year, in note form; undefined when it is none of these forms. */
export function apaAsNote(rest: string, year: string): string | undefined {
  const chapter = CHAPTER.exec(rest);
  if (chapter) {
    const [, title, editors, italic, plain, edition, pages, publisher, url] = chapter;
    return (
      `“${title.trim()},” in ${EMPHASIS_OPEN}${italic ?? plain.trim()}${EMPHASIS_CLOSE}${edition ? `, ${edition}` : ''}, ` +
      `ed. ${editors} (${publisher}, ${year}), ${pages}${url ? `, ${url}` : ''}.`
    );
  }
  // (The pages closing what follows the book, after a series' volume perhaps: `Series. 15: 99–128`.)
  const unpaged = CHAPTER_WITHOUT_PAGES.exec(rest);
  if (unpaged) {
    const [, title, editors, italic, plain, after, url] = unpaged;
    const pages = /(?:^|[\s:,])(\d+\s*[-–]\s*\d+)\s*$/.exec(after);
    const facts = pages ? `(${year}), ${pages[1]}` : `(${after.trim()}, ${year})`;
    return (
      `“${title.trim()},” in ${EMPHASIS_OPEN}${italic ?? plain.trim()}${EMPHASIS_CLOSE}, ed. ${editors} ${facts}` +
      `${url ? `, ${url}` : ''}.`
    );
  }
  // `Tides [Doctoral dissertation, University of Hull]. ProQuest.`, `Tides [Unpublished master's thesis]. University of Hull.`
  const thesis = THESIS.exec(rest);
  if (thesis) {
    const [, title, url, genre, where, after] = thesis;
    const place = /,/.test(genre) ? genre : `${genre}, ${where}`;
    const address = url ?? after;
    return `“${title.replace(/[\uE000\uE001]/g, '')}” (${place}, ${year})${address ? `, ${address}` : ''}.`;
  }
  const plainThesis = PLAIN_THESIS.exec(rest);
  if (plainThesis) {
    const [, title, genre, school, url] = plainThesis;
    return `${title} (${genre}, ${school.trim()}, ${year})${url ? `, ${url}` : ''}.`;
  }
  const book = BOOK.exec(rest);
  // (A publisher says so by its name, or by its place before it when a page of the book is cited: `London, Fell, p. 9`.)
  if (book && (PRESS.test(book[3]) || (book[4] && /^\p{Lu}[\p{L}-]+,\s+\p{Lu}/u.test(book[3])))) {
    const [, title, edition, publisher, page, url] = book;
    return (
      `${EMPHASIS_OPEN}${title}${EMPHASIS_CLOSE}${edition ? `, ${edition}` : ''} (${publisher}, ${year})` +
      `${page ? `, ${page}` : ''}${url ? `, ${url}` : ''}.`
    );
  }
  return undefined;
}
