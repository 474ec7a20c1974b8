/**
 * An article's address usually spells its headline in the slug; a slug whose words share almost
 * nothing with the cited title probably belongs to another work. Compared only where both sides are
 * what they seem: a title that is a title (not the author's prose run into it), a slug of several
 * words, and not a page about the cited author (a slug naming the author is the author's own page).
 */
import type { CslName } from '../../names.js';
import type { Work } from '../../resolve.js';
import { fold, words } from '../../text.js';
import { finding, looksLikeTitle, proseWords, findEach } from '../facts.js';
import type { CiteRule, Finding, LintContext } from '../rule.js';
import { slugOf, slugWords } from '../urls.js';

/** A few of the author's own words in the citation: the address may belong to the prose, not the work. */
const PROSE_LIMIT = 4;

export const urlTitleMismatch: CiteRule = {
  id: 'url-title-mismatch',
  description: 'A URL whose slug shares almost no words with the title it is given for.',
  severity: 'warning',
  check<Owner>(context: LintContext<Owner>): Array<Finding<Owner>> {
    const firstByOwner = new Map<unknown, Set<Work>>();
    return findEach(context, (resolved, citation) => {
      if (citation.form !== 'full' || !citation.work) return undefined;
      // Once per work and chapter, on its first full citation there.
      const here = firstByOwner.get(resolved.owner) ?? new Set<Work>();
      firstByOwner.set(resolved.owner, here);
      if (here.has(citation.work)) return undefined;
      here.add(citation.work);
      const item = citation.work.fullCitations.find((entry) => entry.segment === citation.segment)?.item;
      const url = typeof item?.URL === 'string' ? item.URL : undefined;
      const title = typeof item?.title === 'string' ? item.title : undefined;
      if (!url || !title || proseWords(citation.segment.text) > PROSE_LIMIT) return undefined;
      const names = ((item?.author ?? item?.editor) as CslName[] | undefined) ?? [];
      if (!mismatch(url, title, names)) return undefined;
      return finding(
        this,
        resolved,
        citation,
        `Unexpected URL ${url} for \`${title}\`, expected an address for this title`,
        {
          hint: 'The address names another article; check that it points to the work cited.',
        },
      );
    });
  },
};

function mismatch(url: string, title: string, names: CslName[]): boolean {
  if (!looksLikeTitle(title)) return false;
  if (/[^\p{Script=Latin}\p{P}\p{S}\p{N}\s]|[ə]/u.test(title)) return false;
  const slug = slugOf(url) ?? '';
  if (!slug.includes('-')) return false;
  const slugList = slugWords(slug);
  // A page about the cited author (`ann-lee-talks-about…`) is the author's, whatever its title.
  const families = names.map((name) => fold(name.family ?? name.literal ?? '')).filter((family) => family.length > 2);
  if (families.some((family) => family.split(/\s+/).every((part) => slugList.includes(part)))) return false;
  const long = slugList.filter((word) => /^[a-z]{4,}$/.test(word));
  if (long.length < 5) return false;
  // Three-letter words count too (`big-data`, `war-debt`): a slug keeps the draft's wording of a title
  // later edited, and a short key term shared is often all that is left of it.
  const content = slugList.filter((word) => /^[a-z]{3,}$/.test(word));
  const titleWords = new Set(
    words(title)
      .filter((word) => /^\p{L}{3,}$/u.test(word))
      .map((word) => word.slice(0, 5)),
  );
  const shared = content.filter((word) => titleWords.has(word.slice(0, 5))).length;
  // Shared words count against the shorter side: a slug that describes a short title's work at length
  // (`Tidal Surveys` at `…/using-drones-to-survey-tidal-flats/`) still holds that title.
  return shared / Math.max(1, Math.min(content.length, titleWords.size)) < 0.2;
}
