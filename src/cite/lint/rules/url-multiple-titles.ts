/**
 * One address should name one work: a URL given for two different titles points at one of them by
 * mistake. Compared like with like: a site's home page names no single work (an anthology's notes
 * may all point at its site), and a citation that also holds the earlier title is two works run
 * together by the parse, not a slip; a "title" that is the author's prose run into one is not compared.
 */
import type { Segment } from '../../classify.js';
import { sameText } from '../../match.js';
import { fold } from '../../text.js';
import { finding, looksLikeTitle, relatedPlace, findEach } from '../facts.js';
import type { CiteRule, Finding, LintContext } from '../rule.js';
import { isHomePage } from '../urls.js';

export const urlMultipleTitles: CiteRule = {
  id: 'url-multiple-titles',
  description: 'One URL given for two different titles (a home page, which names a whole site, is not compared).',
  severity: 'warning',
  check<Owner>(context: LintContext<Owner>): Array<Finding<Owner>> {
    const seen = new Map<string, { title: string; note: number; segment: Segment }>();
    return findEach(context, (resolved, citation) => {
      if (citation.form !== 'full' || !citation.work) return undefined;
      const item = citation.work.fullCitations.find((entry) => entry.segment === citation.segment)?.item;
      const url = typeof item?.URL === 'string' ? item.URL : undefined;
      const title = typeof item?.title === 'string' ? item.title : undefined;
      if (!url || !title || isHomePage(url) || !looksLikeTitle(title)) return undefined;
      const before = seen.get(url);
      if (!before) {
        seen.set(url, { title, note: resolved.note.number, segment: citation.segment });
        return undefined;
      }
      if (sameText(before.title, title) || fold(citation.segment.text).includes(fold(before.title))) return undefined;
      return finding(
        this,
        resolved,
        citation,
        `Unexpected title \`${title}\` for ${url}, expected \`${before.title}\` as in note ${before.note}`,
        {
          hint: 'One address should name one work; check which title, or which URL, is right.',
          related: relatedPlace(context, before.segment, `The same URL for \`${before.title}\` (note ${before.note})`),
        },
      );
    });
  },
};
