/**
 * A chapter whose bibliography lists its works author-date (`Lee, A. 2004. *Tides*. Hull: Quay Press.`) cites them in
 * its notes by names and year, inside the author's sentences as often as alone: `On the findspot: Lee 1981, 205.`,
 * `Lee 2015, 262–63, no. 36 with bibliography; and Chen 2016, cat. 71.`, `De Carolis and Roe 2001, 56`, `Lee 1981,
 * 205 and 1983, 76` (a further year of the same author). Names and a year that fit exactly one entry of the list (the
 * entry's family names in order, its year) are a short citation of that entry wherever they stand; the place cited
 * is the run of pages, plates, figures and numbers after the year's comma. Names and a year that fit no entry, or
 * several, are left to the other readers (`Pompeii 79` is no citation).
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-markers.js';
import { type WorkShape, namesMatch } from './match.js';

export interface AuthorDateMention<W> {
  from: number;
  to: number;
  work: W;
  locator: string | null;
}

/** A family name: capitalised, hyphens and apostrophes inside, particles before (`De Carolis`, `von den Hoff`). */
const NAME = String.raw`(?:(?:[Dd]e|[Dd]el|[Dd]ella|[Dd]i|[Dd]a|[Dd]u|[Dd]es|[Ll]e|[Ll]a|[Vv]an|[Vv]on|den|der|ten|ter)\s+)*\p{Lu}[\p{L}'’-]*\p{Ll}`;
const NAMES = String.raw`${NAME}(?:(?:,\s*|\s+(?:and|&)\s+)${NAME})*(?:,?\s+et\s+al\.?)?`;
const YEAR = String.raw`(?:1[5-9]|20)\d\d[a-z]?`;
const MENTION = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAMES})\s+(${YEAR})(?!\d)`, 'gu');
/** A further year of the same names: `and 1983`, `, 1983`. */
const FURTHER = new RegExp(String.raw`^(?:,\s*|;?\s+and\s+|;\s*)(${YEAR})(?![\d\p{L}])`, 'u');

/** One place: a page or range (`262–63`, `xvi`, `23a`), perhaps labelled (`no. 36`, `fig. 6.4`, `pl. 71`, `nn. 178–81`). */
const PLACE = String.raw`(?:(?:figs?|pls?|plates?|nos?|cat|nn?|pp?|cols?|ills?|illus|illustrations?|fol|fols)\.?\s*)?(?:\d+(?:\.\d+)*[a-z]?|[ivxlc]+)(?:\s*[-–]\s*(?:\d+(?:\.\d+)*[a-z]?|[ivxlc]+))?`;
/** The places after the year: the first after its comma, more after a comma, `and` or `with`. */
const PLACES = new RegExp(
  String.raw`^,\s*(${PLACE}(?:(?:,\s*|\s+(?:and|with)\s+)(?!${YEAR}(?!\d))${PLACE}(?![\p{L}\d]))*)(?![\p{L}\d])`,
  'u',
);

/** Each names and year of the text that fit one entry, with the place cited after it. */
export function authorDateMentions<W extends WorkShape>(text: string, entries: W[]): Array<AuthorDateMention<W>> {
  const dated = entries.filter((entry) => entry.year !== undefined && entry.names.length);
  if (!dated.length) return [];
  const plain = text.replace(new RegExp(`[${EMPHASIS_OPEN}${EMPHASIS_CLOSE}]`, 'g'), ' ');
  const mentions: Array<AuthorDateMention<W>> = [];
  for (const match of plain.matchAll(MENTION)) {
    const names = match[1]
      .replace(/,?\s+et\s+al\.?$/, '')
      .split(/,\s*|\s+(?:and|&)\s+/)
      .map((name) => name.trim());
    const etAl = /\bet\s+al\.?$/.test(match[1]);
    let year = match[2];
    // (`Louvre, Lee 1981`: the names that fit are the last ones before the year.)
    const first = names.findIndex((_, index) => fitting(dated, names.slice(index), year, etAl));
    if (first < 0) continue;
    const written = names.slice(first);
    let from = first ? plain.indexOf(written[0], match.index) : match.index;
    let to = match.index + match[0].length;
    for (;;) {
      const work = fitting(dated, written, year, etAl);
      const places = PLACES.exec(plain.slice(to));
      const end = places ? to + places[0].length : to;
      if (work) mentions.push({ from, to: end, work, locator: places ? places[1].trim() : null });
      const further = FURTHER.exec(plain.slice(end));
      if (!work || !further) break;
      year = further[1];
      from = end + further[0].length - further[1].length;
      to = end + further[0].length;
    }
  }
  return mentions;
}

function fitting<W extends WorkShape>(entries: W[], names: string[], year: string, etAl: boolean): W | undefined {
  const number = Number(year.slice(0, 4));
  const found = entries.filter((entry) => entry.year === number && namesMatch(names, entry, etAl));
  return found.length === 1 ? found[0] : undefined;
}
