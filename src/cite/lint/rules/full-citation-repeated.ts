/**
 * Chicago gives a work's full citation once, then short forms; an anthology's chapter may start
 * afresh, so the rule counts per division. It speaks only when both citations are plainly the same
 * work: each has a title and a name or container, the titles agree, and the dates do not differ
 * (two newspaper items under one headline, on two days, are two works), and neither is a thesis while the
 * other is not (a thesis and the chapter or article made from it are two works). Bare addresses and
 * legal instruments, cited by their name each time, are left alone. So is a chapter in the manner of German legal
 * writing, which repeats full citations as a habit (ownersRepeatingInFull): a repeat there is the style, not a slip.
 */
import type { Work } from '../../resolve.js';
import { citations, describe, finding, relatedPlace, titleWords, findEach } from '../facts.js';
import type { CiteRule, Finding, LintContext } from '../rule.js';

const LEGAL = new Set(['legislation', 'legal_case', 'treaty', 'bill', 'regulation']);

export const fullCitationRepeated: CiteRule = {
  id: 'full-citation-repeated',
  description:
    'A work cited in full a second time in the same chapter, where a short form was due (not where repeating is the chapter’s habit, as in German legal writing).',
  severity: 'warning',
  check<Owner>(context: LintContext<Owner>): Array<Finding<Owner>> {
    const firstByOwner = new Map<unknown, Map<Work, number>>();
    const repeating = ownersRepeatingInFull(context);
    return findEach(context, (resolved, citation) => {
      if (citation.form !== 'full' || !citation.work || repeating.has(resolved.owner)) return undefined;
      const work = citation.work;
      let firstHere = firstByOwner.get(resolved.owner);
      if (!firstHere) firstByOwner.set(resolved.owner, (firstHere = new Map()));
      const first = firstHere.get(work);
      if (first === undefined) {
        firstHere.set(work, resolved.note.number);
        return undefined;
      }
      const entries = work.fullCitations;
      const current = entries.find((entry) => entry.segment === citation.segment)?.item;
      // Compared with a citation that gives a title (a bare URL cited first gives none).
      const firstHereEntry = entries.find((entry) => entry.note === first) ?? entries[0];
      const titled =
        typeof firstHereEntry.item.title === 'string'
          ? firstHereEntry
          : (entries.find((entry) => typeof entry.item.title === 'string') ?? firstHereEntry);
      const original = titled.item;
      const originalSegment = firstHereEntry.segment;
      // A citation cut out of the author's sentences (prose-anchors.ts) is read with less certainty: no slip is told by it.
      if (citation.segment.inProse || originalSegment.inProse) return undefined;
      if (!current || !sameWork(current, original, work)) return undefined;
      const hints = ['Chicago gives the full citation once, then short forms.'];
      if (current.URL && original.URL && current.URL !== original.URL)
        hints.push(`Also, its URL differs: ${String(current.URL)} here, ${String(original.URL)} in note ${first}.`);
      if (current.title !== original.title)
        hints.push(`Also, its title differs from note ${first}: \`${String(current.title)}\`.`);
      return finding(
        this,
        resolved,
        citation,
        `Unexpected second full citation of ${describe(work)}, expected a short form (cited in full in note ${first})`,
        {
          hint: hints.join(' '),
          related: relatedPlace(context, originalSegment, `First full citation (note ${first})`),
        },
      );
    });
  },
};

type Item = Work['item'];

/**
 * The chapters (owners) that cite in the manner of German legal writing and repeat full citations as a habit: a third
 * of their works at least are decisions or parts and articles without a title of their own (commentaries' sections,
 * articles by periodical, year and page), and their works cited again are cited in full three times at least and more
 * often than by a short form or Ibid. A Chicago chapter that repeats its titled works in full is told each slip.
 */
/** A part or article without a title of its own, named by its author and where it stands (not a bare address). */
function untitledPart(item: Item): boolean {
  return typeof item.title !== 'string' && item.author !== undefined && item['container-title'] !== undefined;
}

function ownersRepeatingInFull<Owner>(context: LintContext<Owner>): Set<unknown> {
  const seen = new Map<unknown, Set<Work>>();
  const tally = new Map<unknown, { full: number; short: number }>();
  for (const { resolved, citation } of citations(context.resolution)) {
    if (!citation.work) continue;
    let works = seen.get(resolved.owner);
    if (!works) seen.set(resolved.owner, (works = new Set()));
    let count = tally.get(resolved.owner);
    if (!count) tally.set(resolved.owner, (count = { full: 0, short: 0 }));
    if (citation.form !== 'full') count.short++;
    else if (works.has(citation.work)) count.full++;
    works.add(citation.work);
  }
  const legalStyle = (works: Set<Work>) =>
    3 * [...works].filter((work) => LEGAL.has(work.item.type) || untitledPart(work.item)).length >= works.size;
  return new Set(
    [...tally]
      .filter(([owner, { full, short }]) => full >= 3 && full > short && legalStyle(seen.get(owner) ?? new Set()))
      .map(([owner]) => owner),
  );
}

function sameWork(current: Item, original: Item, work: Work): boolean {
  if (LEGAL.has(current.type) || LEGAL.has(work.item.type)) return false;
  const title = typeof current.title === 'string' ? current.title : undefined;
  const originalTitle = typeof original.title === 'string' ? original.title : undefined;
  if (!title || !originalTitle) return false;
  const names = (item: Item) => ((item.author ?? item.editor) as unknown[] | undefined)?.length ?? 0;
  if (!names(current) && !names(original) && !current['container-title']) return false;
  if (!similar(title, originalTitle)) return false;
  // `Ann Lee, *Tides*, MA thesis, 2018` and `Ann Lee, ‘Tides’, in *Harbour Lives*, forthcoming`: two versions.
  if ((current.type === 'thesis') !== (original.type === 'thesis')) return false;
  // Dates: the days when both give one (two issues of a paper), else the years.
  const date = (item: Item) => (item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0] ?? [];
  const [now, then] = [date(current), date(original)];
  if (now.length === 3 && then.length === 3) return now.join('-') === then.join('-');
  return !(now[0] !== undefined && then[0] !== undefined && now[0] !== then[0]);
}

/** Most words of the shorter title are in the other: one title, perhaps with a slip. */
function similar(a: string, b: string): boolean {
  const first = titleWords(a);
  const second = new Set(titleWords(b));
  if (!first.length || !second.size) return false;
  const shared = first.filter((word) => second.has(word)).length;
  return shared / Math.min(first.length, second.size) >= 0.6;
}
