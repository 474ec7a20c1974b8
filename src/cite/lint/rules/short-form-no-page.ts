/**
 * A short form without a page, in a chapter whose short forms mostly give one. Chicago lets a short
 * form name a whole work, so this is a query for the author, not a slip: an `info` message, not a
 * warning. A chapter whose short forms name whole works (`Lee, ‘Tides’.`) follows its own style and
 * gets none; a short form holding any number (a range the parser did not read, `xvii–xviii`,
 * `passim`) has its place.
 */
import { finding, written, findEach } from '../facts.js';
import type { Resolution } from '../../resolve.js';
import type { CiteRule, Finding, LintContext } from '../rule.js';
import { confidentShortForm, shortFormShare } from '../short-forms.js';

const PAGINATED = new Set(['book', 'chapter', 'article-journal', 'thesis']);

export const shortFormNoPage: CiteRule = {
  id: 'short-form-no-page',
  description: 'A short form without a page in a chapter whose short forms mostly give one (a query, not a slip).',
  severity: 'info',
  check<Owner>(context: LintContext<Owner>): Array<Finding<Owner>> {
    const paged = pagedChapters(context.resolution);
    return findEach(context, (resolved, citation) => {
      if (citation.form !== 'short' || citation.locator !== null || !citation.work || !paged.has(resolved.owner))
        return undefined;
      if (!PAGINATED.has(citation.work.item.type)) return undefined;
      const text = written(citation);
      if (/\d|\bpassim\b|\b[ivxlc]+\s*[-–—]+\s*[ivxlc]+\b/i.test(text) || !confidentShortForm(citation))
        return undefined;
      return finding(
        this,
        resolved,
        citation,
        `Unexpected short form without a page, expected a page after \`${text}\``,
      );
    });
  },
};

/** The chapters whose short forms mostly give a page. */
function pagedChapters<Owner>(resolution: Resolution<Owner>): Set<Owner> {
  const counts = shortFormShare(resolution, (citation) => citation.locator !== null);
  return new Set([...counts].filter(([, count]) => count.hits * 2 >= count.total).map(([owner]) => owner));
}
