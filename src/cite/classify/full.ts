/**
 * Whether a run of text is a full citation (a first citation giving the work's facts): an address, a
 * date, a year outside the titles, an imprint, a case, a bibliography entry's inverted name, a
 * container after the title, an archival shelfmark, or a repository named before its register and folio.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from '../note-text.js';
import { AUTHOR_DATE_NAMES, MONTH_DATE, MONTH_WORD, plain } from '../text.js';
import { NOTE_NAMES } from './openings.js';
import { STRAIGHT_SINGLE } from './titles.js';
import { SUB_VERBO } from '../sub-verbo.js';
import { isRepositoryItem } from './archival.js';
import { parseNamedManuscript } from '../named-manuscript.js';
import { isVolumeSeries } from '../volume-series.js';
import { IMPRINT_RUN_TOGETHER } from '../parse-full.js';
import { VOLUME_PARTS } from '../volume-parts.js';
import { TREATY_NAME } from '../treaties.js';
import { editorsBeforeBook } from './editors-before-book.js';

/**
 * An address: a link, or one written out as text (a word processor's file keeps `https://…` unlinked,
 * where Markdown would have made it a link).
 */
export const ADDRESS = new RegExp(`${URL_OPEN}|(?:^|[\\s(<:])(?:https?://|www\\.)[^\\s${URL_CLOSE}]`);
/** `de Waal, Thomas.`, `Hovannisian, Richard, ed.`, `Avodyan, L.`: a person with a given name. */
const PERSON_WITH_GIVEN = /^[\p{L}' ’-]+, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*(?:, ed)?\.(?:\s|$)/u;

/**
 * `Lee (2004), p. 95, who claims …`, `Lee and Chen (2004: 12).`: author-date's names and year alone, no title, perhaps the
 * place cited and the author's words after it: a short form, whatever its bracketed year. (`Lee, Tides (1610), 6`:
 * a comma parts a title from the names, and the year is its edition's.)
 */
const NAMES_AND_YEAR = new RegExp(
  String.raw`^${AUTHOR_DATE_NAMES}\s*` +
    String.raw`\((?:1[5-9]|20)\d\d[a-z]?(?::\s*[^()]+)?\)(?:,\s*(?:pp?\.\s*)?[\dxivlc][^,;.()]*)?(?:[,;]\s+\p{Ll}.*|[.,;]?)$`,
  'u',
);

/** `*Shore Chronicle for January, 1834*`: an issue named by its month, closing the italics. */
const ISSUE_IN_ITALICS = new RegExp(String.raw`\bfor\s+${MONTH_WORD},?\s+(?:1[5-9]|20)\d\d[.,]?${EMPHASIS_CLOSE}`);

export function looksLikeFull(text: string): boolean {
  if (ADDRESS.test(text)) return true;
  const bare = plain(text);
  if (NAMES_AND_YEAR.test(text.trim())) return false;
  // Facts are read outside marked titles: a short title may hold a date or a colon (`*Ledgers, 1912–1972*`).
  const outsideTitles = plain(
    text
      .replace(new RegExp(`${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]*${EMPHASIS_CLOSE}|[“‘"][^”’"]*[”’"]`, 'g'), ' ')
      .replace(STRAIGHT_SINGLE, ' '),
  );
  if (MONTH_DATE.test(outsideTitles)) return true;
  // `*Shore Chronicle for January, 1834*`: a periodical's issue named by its month inside the italics.
  if (ISSUE_IN_ITALICS.test(text)) return true;
  // A marked title and a year outside it (`Ann Lee, *Songs*, 1970, p. 12`); a case (`Lee v. Chen, 156 F.3d 851`).
  // (A number after `p.` is a page, not a year: `Lee, ‘Tides’, p. 1150.`)
  // (A figure past the present decades is a page: `Lee, ‘Tides’, 2096.` is a short form.)
  // (A year the author supplied or doubts: `([Hull]: [Quay Press], [1999?])`.)
  if (outsideTitles !== bare && /(?:^|[\s,([])(?<!\bpp?\.?\s?)(?:1\d\d|20[0-4])\d(?:[\s,.)\]?]|$)/.test(outsideTitles))
    return true;
  if (/^\S[^,]*\sv\.?\s[^,]+,\s*(?:\d+\s+\S+\s+\d+\b(?!\s*:)|\uE000)/.test(text)) return true;
  // `‘Tides’ in *Proceedings of the Shore Meeting*, Quay Society, 2013: 140-151`: a part in a book, the book's year,
  // then the part's pages after a colon.
  if (
    new RegExp(`\\sin\\s+${EMPHASIS_OPEN}`).test(text) &&
    /,\s*(?:1[5-9]|20)\d\d:\s*\d+\s*(?:--|[-–—])\s*\d+[.\s]*$/.test(outsideTitles)
  )
    return true;
  // A year in brackets, or an academic year or span of years: a volume's `(1997/98)`, `(1997–98)`.
  if (/\([^()]*\b(?:1\d|20)\d\d(?:\s*[/–-]\s*(?:\d\d|(?:1\d|20)\d\d))?\)/.test(outsideTitles)) return true;
  // A marked title's imprint with its place and publisher but no year: `Ann Lee, *Tides* (London: Quay Lane), p. 5.`
  if (outsideTitles !== bare && /\(\s*\p{Lu}[\p{L} .,'’-]*:\s*\p{Lu}[^():]*\)/u.test(outsideTitles)) return true;
  // `(Hull2016)`: the imprint's place and year typed together.
  if (outsideTitles.search(IMPRINT_RUN_TOGETHER) >= 0) return true;
  // A marked title whose imprint has no year yet (Chicago 14.109): `Ann Lee, *Salt Roads* (forthcoming).`
  if (outsideTitles !== bare && /\((?:[^()]*[\s,:])?(?:forthcoming|in\s+press|n\.\s?d\.)\)/i.test(outsideTitles))
    return true;
  // The same said after an imprint left out of brackets: `*Harbour Lives*. Hull: Fell Press, forthcoming.`
  if (outsideTitles !== bare && /\b\p{Lu}[\p{L} ]*:\s*[^:,]+,\s*(?:forthcoming|in\s+press)\b/iu.test(outsideTitles))
    return true;
  if (/\b\p{Lu}[\p{L} ,]*:\s*(?:[^:]*,\s*)?(?:1[5-9]|20)\d\d\b/u.test(outsideTitles)) return true;
  // `Shore Decisions: Recommendations of the Tide Board, 08/2012.`: a titled document dated by its month in figures.
  if (/\b\p{Lu}[\p{L} ,]*:\s*[^:]*,\s*(?:0?[1-9]|1[0-2])\/(?:1[5-9]|20)\d\d[.\s]*$/u.test(outsideTitles)) return true;
  // `Lee, Ann.` is a bibliography entry's name; `Lee, *The Long Road.*` a short form's title.
  if (
    PERSON_WITH_GIVEN.test(
      plain(text.replace(new RegExp(`${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]*${EMPHASIS_CLOSE}`, 'g'), '\uFFFC')),
    )
  )
    return true;
  if (CONTAINER_AFTER_TITLE.test(text) || CHAPTER_IN_NAMES.test(text) || CHAPTER_IN_EDITED.test(text)) return true;
  // `‘Tides’, in Ann Lee & Bo Chen (eds.), *Harbour Lives*`: editors named before their book (editors-before-book.ts).
  if (editorsBeforeBook(text)) return true;
  if (HELD_SHELFMARK.test(bare) || SUB_VERBO.test(bare) || isRepositoryItem(text)) return true;
  // `Bible of Quay Abbey, Hull, Harbour Library, Ms. 15, fol. 94r.`: a manuscript by its name (named-manuscript.ts).
  if (parseNamedManuscript(text)) return true;
  // `23 *Shore Parliamentary Debates* 418.`: a series' volume, name and page (volume-series.ts); a periodical's
  // volume in parts, its year and page (`Shore Magazine Vol. 4, Part 2. For 1809: 311.`, volume-parts.ts).
  if (isVolumeSeries(text) || VOLUME_PARTS.test(text.trim())) return true;
  // `Shore Convention on Harbour Rights`: a treaty named by its name alone (treaties.ts).
  if (TREATY_NAME.test(text.trim())) return true;
  return /(^|\.\s)@\w+\./.test(bare);
}

/**
 * Names in note order (a given name and a family name), a marked title, then a container's name and its
 * volume or pages (`Ann Lee, “Tides,” Shore Quarterly 53: 1119–55.`, `Ann Lee, “Tides,” Journal of Shores,
 * 1–41.`): a first citation with no year, never a short form (`Lee, “Tides,” 23.` gives no container).
 */
const CONTAINER_AFTER_TITLE = new RegExp(
  String.raw`^${NOTE_NAMES},\s*(?:“[^”]*”|"[^"]*"|‘[^’]*’|${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]*${EMPHASIS_CLOSE})[,.]?\s+` +
    String.raw`\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|the|and|for|in|on|\p{Lu}[\p{L}'’.&-]*))*,?\s+` +
    String.raw`(?:\d+\s*:\s*\d|\d+\s*[-–—]+\s*\d|\d+,\s*no\.)`,
  'u',
);

/**
 * A chapter cited in full: names in note order, its quoted title, then `in` and the book (`Ann Lee, “Tides,”
 * in Chen, *Rivers*, 4`), or any names, its quoted title, then `in` the italic book and its editors (`Lee,
 * “Tides,” in *Rivers*, ed. Bo Chen`). A short form names a chapter by family name and title alone.
 */
const QUOTED_TITLE = '(?:“[^”]*”|"[^"]*"|‘[^’]*’)';
const CHAPTER_IN_NAMES = new RegExp(String.raw`^${NOTE_NAMES},\s*${QUOTED_TITLE}[,.]?\s+in\s`, 'u');
const CHAPTER_IN_EDITED = new RegExp(
  String.raw`${QUOTED_TITLE}[,.]?\s+in\s+${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]*${EMPHASIS_CLOSE},?\s+(?:eds?\.|edited\s+by)\s`,
  'u',
);

/**
 * An archival item's repository and shelfmark with its folio: `Quay College Library MS 412, fol. 9v`, also
 * with the repository's short name given in brackets (`Quay Library (hereafter QL) MS 412`). Only a telltale
 * that a text is a full citation; archive.ts reads the item (its SHELFMARK is the shelfmark alone).
 */
const HELD_SHELFMARK =
  /\b\p{Lu}[\p{L}'’-]*\s+(?:Library|Archives?|Museum|Record Office)(?:\s+\p{Lu}[\p{L}'’-]*)*(?:\s+\([^()]*\))?,?\s+(?:Add\.\s+)?MSS?\.?\s+[\p{L}\d.]*\d/u;
