/**
 * An author's name alone (`Lee, 23.`) when two or more works of that author are cited: the reader
 * cannot tell which is meant. An author-date short form (`Lee, 2003, 23`) names its work by the
 * year, so it is not ambiguous.
 */
import { YEAR, displayNames, describe, finding, outsideTitles, written } from '../facts.js';
import type { CiteRule, LintContext } from '../rule.js';
import type { ResolvedCitation, ResolvedNote } from '../../resolve.js';

export const shortFormAmbiguous: CiteRule = {
  id: 'short-form-ambiguous',
  description: 'A short form with the author alone when several works of that author are cited.',
  severity: 'warning',
  visit<Owner>(resolved: ResolvedNote<Owner>, citation: ResolvedCitation, _context: LintContext<Owner>) {
    if (citation.form !== 'short' || !citation.work) return undefined;
    const quality = citation.quality.find((entry) => entry.kind === 'ambiguous');
    if (quality?.kind !== 'ambiguous') return undefined;
    if (YEAR.test(outsideTitles(citation.segment.text).replace(/[\uE000-\uE003]/g, ''))) return undefined;
    return finding(
      this,
      resolved,
      citation,
      `Unexpected short form \`${written(citation)}\` without a title, expected a short` +
        ` title: ${quality.alternatives.length} works by` +
        ` ${displayNames(citation.work.names)} are cited`,
      { hint: `Resolved to the latest, ${describe(citation.work)}.` },
    );
  },
};
