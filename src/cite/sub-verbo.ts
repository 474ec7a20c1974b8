/**
 * An entry of a reference work cited `s.v.` (“under the word”, Chicago 14.233): the work first, in italics
 * or plain, then the entry's headword, and perhaps an access date and an address:
 * `*Dictionary of Shore Words*, s.v. “quay.”`, `Tidepedia, s.vv. “ebb,” “flow,” https://…`, `*Shore
 * Dictionary*, s.v. “Lee, Ann,” by Bo Chen` (the entry's author after it). The headword is
 * the title and the work the container; a dictionary's entry, an encyclopedia's, or any other work's, by
 * what the work calls itself.
 */
import type { FullCitation, WorkFields } from './parse-full.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from './note-text.js';
import { parseNoteNames } from './names.js';
import { findDate, plain, trimTitle } from './text.js';

/** `s.v.`, `s. v.`, `s.vv.`: always a full citation (the work and its headword). */
export const SUB_VERBO = /,?\s+s\.\s?vv?\.,?\s+/;
/** The work: in italics, or a few plain capitalised words with no quotation. */
const WORK = new RegExp(
  `^(?:${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]+)${EMPHASIS_CLOSE}|(\\p{Lu}[^“”"‘’,;${EMPHASIS_OPEN}]{0,80}))([^;“”"‘${EMPHASIS_OPEN}]*)$`,
  'u',
);
/** The headword: quoted, or the words before the next comma or full stop. */
const HEADWORD = /^(?:[“"‘]([^”"’]+?)[,.]?[”"’]|([^,.;]+))/;
/** The entry's author after its headword: `, by Bo Chen`, `(by Bo Chen)`. */
const BY = /^[\s,]*\(?by\s+(\p{Lu}[^,.;()]*?)\)?(?=[,.;]|$)/u;

export function parseSubVerbo(text: string): FullCitation | undefined {
  const mark = SUB_VERBO.exec(text);
  if (!mark) return undefined;
  const work = WORK.exec(text.slice(0, mark.index));
  const headword = HEADWORD.exec(text.slice(mark.index + mark[0].length));
  if (!work || !headword) return undefined;
  const container = trimTitle(work[1] ?? work[2]);
  const after = text.slice(mark.index + mark[0].length + headword[0].length);
  const by = BY.exec(after);
  const url = new RegExp(`${URL_OPEN}([^${URL_CLOSE}]*)${URL_CLOSE}`).exec(after)?.[1];
  const type = /\bDictionar(?:y|ies)\b/i.test(container)
    ? 'entry-dictionary'
    : /\bEncyclop(?:a|ae|æ)?edi(?:a|as)\b/i.test(container)
      ? 'entry-encyclopedia'
      : 'entry';
  const item: WorkFields = { type, title: trimTitle(headword[1] ?? headword[2]), 'container-title': container };
  // An edition's date stands with the work (`*Dictionary*, 3rd ed. (2010), s.v.`); an access date is no date of the work.
  const edition = findDate(plain(work[3]));
  const year = /\b(1[5-9]\d\d|20\d\d)\b/.exec(plain(work[3]));
  if (edition) item.issued = { 'date-parts': [edition.parts] };
  else if (year) item.issued = { 'date-parts': [[Number(year[1])]] };
  if (url) item.URL = url.replace(/[.,]+$/, '');
  if (by) item.author = parseNoteNames(by[1]).names;
  return { item, locator: null, etAl: false };
}
