/**
 * A part cited again before another part that names its book or journal (`Ann Lee, “Tides, 1700–1800,” and Bo
 * Chen, “Rivers,” *Journal of Shores* 4 (2008): 5–9.`): read alone, the first gives only names and a quoted title,
 * so it would take the book or journal of the part after it (shared-book.ts). When those names and that title (the
 * same, or a run of its words) are a work's the chapter cited in full before, it is a short form of that work, the
 * one cited last when two fit.
 */
import type { Segment } from './classify.js';
import { titleFit } from './match.js';
import { shortName, type CslName } from './names.js';
import { parseFullCitation } from './parse-full.js';
import type { ShortCitation } from './parse-short.js';
import type { ResolvedCitation, Work } from './resolve.js';
import { endsAtTitle } from './shared-book.js';
import { namesMatch } from './match.js';

export function partCitedAgain(
  segment: Segment,
  works: Work[],
  owner: unknown,
  following: string | undefined,
): ResolvedCitation | undefined {
  if (following === undefined) return undefined;
  const own = parseFullCitation(segment.text);
  const title = own.item.title;
  const names = ((own.item.author as CslName[] | undefined) ?? []).map(shortName);
  if (typeof title !== 'string' || !names.length || !endsAtTitle(segment.text, own.item)) return undefined;
  const work = works
    .filter(
      (candidate) =>
        candidate.fullNotes.length &&
        candidate.owners.has(owner) &&
        namesMatch(names, candidate) &&
        ['exact', 'case'].includes(titleFit(title, candidate.title).fit),
    )
    .at(-1);
  if (!work) return undefined;
  segment.kind = 'short';
  const short: ShortCitation = { authors: names, title, locator: own.locator };
  return { form: 'short', work, locator: own.locator, segment, short, quality: [{ kind: 'exact' }] };
}
