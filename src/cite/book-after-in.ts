/**
 * A chapter's book named after `in` in the forms that carry no editors' role before it: the book's own author
 * first (`“Tides,” in Bo Chen, *Harbour Lives* (Hull, 2004)`, `in Chen et al., Harbour Lives, 135–48` — a book
 * cited by its author, in full or short), or the book without italics before its editors (`“Tides,” in Harbour
 * Lives, ed. Bo Chen (Hull, 2004)`). The names are a person's or persons' (`Bo Chen`, `Chen et al.`, `Chen and Eze`),
 * never an organisation's, so a report printed in a body's papers is not read as a chapter; or the book alone, its
 * imprint or year after it (`“Tides,” in Harbour Lives, 1984`).
 */
import { isOrganisation, isPersonList, parseNoteNames, type CslName } from './names.js';
import { trimTitle } from './text.js';

/** Family names alone, two joined or one with `et al.` (`Chen`, `Chen and Eze`, `Chen et al.`): a short form's author. */
const FAMILY_ONLY = /^\p{Lu}[\p{L}'’-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+)?$/u;

/** Persons named as a book's author: a list in note order, or a family name (with `et al.`). */
function bookAuthors(text: string): boolean {
  const names = text.trim();
  return (isPersonList(names) || FAMILY_ONLY.test(names)) && !isOrganisation(names);
}

/** `, in Bo Chen, ` before the book in italics: the book's author, so the book holds the chapter. */
export function authorBeforeBook(lead: string): boolean {
  const match = /^[\s,.]*\b[Ii]n:?\s+([^()\d]+?),\s*$/.exec(lead);
  return match !== null && bookAuthors(match[1]);
}

export interface UnmarkedBook {
  container: string;
  editors?: CslName[];
  /** How much of the text the book (and its editors) took. */
  length: number;
}

/**
 * `in Harbour Lives, ed. Bo Chen (`: the book before its editors, `ed.` straight before their names (its full stop
 * may be left out, `eds Bo Chen`; a year may end the book's name, `in Harbour Debates 2016, eds …`) (Chicago's older
 * `in Bo Chen, ed., Harbour Lives` puts a comma after it, and is read elsewhere).
 */
const BOOK_THEN_EDITORS =
  /^[\s,.]*\b[Ii]n:?\s+(\p{Lu}[^()\d“"‘,]*?(?:\s(?:1[5-9]|20)\d\d)?),\s+(?:eds?\.?|edited\s+by)\s+([^()\d“"‘]+?)\s*(?=\(|,\s*\d|$)/u;
/**
 * `in Chen et al., Harbour Lives, 135` or `in Bo Chen, Harbour Lives (`: the book's author, then the book (the
 * chapter's own year in brackets may stand before `in`).
 */
const AUTHOR_THEN_BOOK =
  /^[\s,.]*(?:\((?:1[5-9]|20)\d\d\)\s*)?\b[Ii]n:?\s+([^()\d“"‘,]+?),\s+(\p{Lu}[^()“"‘,]*?)\s*(?=\(|,\s*\d)/u;

/**
 * `“Tides,” in Harbour Lives, 1984` or `“Tides” in Harbour Lives, or, A Sea Primer (Hull: Quill, 1657), 38`: the
 * book alone, without italics or editors, then its imprint in brackets or its year (two words at least; no figures,
 * which a journal's volume would bring).
 */
const BOOK_ALONE =
  /^[\s,.]*\b[Ii]n:?\s+(\p{Lu}[^()\d“"‘”’]*?\s[^()\d“"‘”’]*?)(?=\s*\([^()]*(?:1[5-9]|20)\d\d\)|,\s*(?:1[5-9]|20)\d\d\b)/u;

/** The book of a chapter named without italics in any form above, or undefined. */
export function unmarkedBookAfterIn(text: string): UnmarkedBook | undefined {
  const edited = BOOK_THEN_EDITORS.exec(text);
  if (edited && isPersonList(edited[2]))
    return { container: trimTitle(edited[1]), editors: parseNoteNames(edited[2]).names, length: edited[0].length };
  const authored = AUTHOR_THEN_BOOK.exec(text);
  if (authored && bookAuthors(authored[1]) && authored[2].split(/\s+/).length >= 2 && !/\beds?\b/.test(authored[2]))
    return { container: trimTitle(authored[2]), length: authored[0].length };
  const alone = BOOK_ALONE.exec(text);
  // Editors named before the book (`in Bo Chen, ed., Harbour Lives (`) are read elsewhere.
  if (alone && !/\b(?:eds?|ed\.s|edited|comp)\b/.test(alone[1]))
    return { container: trimTitle(alone[1]), length: alone[0].length };
  return undefined;
}
