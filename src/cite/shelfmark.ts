/**
 * Short forms of manuscripts by shelfmark (`Hall MS 260, fol. 64v.`, `ECL MS 260 fols. 87r-v`): which work
 * cited before a shelfmark names, by the shelfmark and the repository as written (its name, initials or
 * announced short name), or that it is the manuscript's first citation. Called by the resolver (resolve.ts).
 */
import { parseShelfmarkItem } from './archive.js';
import type { Segment } from './classify.js';
import { sameText } from './match.js';
import type { ShortCitation } from './parse-short.js';
import type { ResolvedCitation, Work } from './resolve.js';

/**
 * `Hall MS 260, fol. 64v.`: a shelfmark after its repository's name, initials or announced short name cites
 * the manuscript of that shelfmark cited before, else the work cited before as held in it (`“Letter,” Hall MS
 * 260`); failing both it is the manuscript's first citation (`'first'`), a full citation.
 */
export function resolveShelfmark(
  segment: Segment,
  works: Work[],
  owner: unknown,
): ResolvedCitation | 'first' | undefined {
  const parsed = shelfmarkItem(segment.text.trim());
  if (!parsed) return undefined;
  const shelfmark = parsed.item.title as string;
  const repository = parsed.item['container-title'] as string | undefined;
  const cited = works.filter(
    (work) => work.fullNotes.length && work.owners.has(owner) && repositoryFits(repository, work),
  );
  const work =
    cited.filter((candidate) => sameText(candidate.title, shelfmark)).at(-1) ??
    cited.filter((candidate) => sameText(candidate.item.archive_location as string | undefined, shelfmark)).at(-1);
  if (!work) return 'first';
  const short: ShortCitation = { authors: [], title: shelfmark, locator: parsed.locator };
  return { form: 'short', work, locator: parsed.locator, segment, short, quality: [{ kind: 'exact' }] };
}

/** `ECL MS 260, fol. 64v` and, without the comma, `ECL MS 260 fols. 87r-v`: the folio is the place cited. */
function shelfmarkItem(text: string): ReturnType<typeof parseShelfmarkItem> {
  const parsed = parseShelfmarkItem(text);
  if (parsed) return parsed;
  const folio = /^(.*\bMSS?\b.*?\d[\w./-]*)\s+((?:fols?|ff?|fls?)\.?\s*\d.*?)[.\s]*$/.exec(text);
  const head = folio && parseShelfmarkItem(folio[1]);
  return head ? { ...head, locator: folio[2] } : undefined;
}

/** The repository as written is the work's, its initials (`ECL` for `Emmanuel College Library`) or its announced short name. */
function repositoryFits(written: string | undefined, work: Work): boolean {
  const names = [work.item['container-title'], work.item.archive, ...work.abbreviations].filter(
    (name): name is string => typeof name === 'string' && name.length > 0,
  );
  if (!written || !names.length) return true;
  const initials = (name: string) =>
    name
      .split(/\s+/)
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word[0])
      .join('');
  return names.some((name) => sameText(name, written) || initials(name) === written.replace(/[\s.]/g, ''));
}
