/**
 * A short form that matches no full citation before it (Chicago: the full citation comes first), or
 * that names its work's authors otherwise than the full citation did (`Hewsens` for `Hewsen`). Only
 * confident parses speak: a plain short form (not in a note of the author's prose, not a full citation, an archive's
 * or statute's
 * reference), in a chapter that does not rely on short forms alone (an end bibliography), and whose
 * work no earlier note names (a full citation the parser missed); a names slip only when the names
 * on both sides are plainly names, as many, and close, and no earlier note wrote them so.
 */
import { findEach, describe, displayNames, finding, relatedPlace, written } from '../facts.js';
import type { CiteRule, Finding, LintContext } from '../rule.js';
import { shortName } from '../../names.js';
import { confidentShortForm, inProseNote, mentionedBefore, nameSlip, unmatchedChapters } from '../short-forms.js';

export const shortFormUnmatched: CiteRule = {
  id: 'short-form-unmatched',
  description: 'A short form with no earlier full citation, or whose names differ from it.',
  severity: 'warning',
  check<Owner>(context: LintContext<Owner>): Array<Finding<Owner>> {
    const unmatched = unmatchedChapters(context.resolution);
    return findEach(context, (resolved, citation) => {
      if (citation.form !== 'short') return undefined;
      return citation.quality.flatMap((quality) => {
        if (quality.kind === 'unresolved') {
          const quiet = unmatched.has(resolved.owner) || inProseNote(resolved) || !confidentShortForm(citation);
          if (quiet || mentionedBefore(context, resolved, citation)) return [];
          const suggestion = quality.suggestion;
          const hint = suggestion
            ? `Did you mean ${describe(suggestion)} (note ${suggestion.fullNotes[0]})?`
            : undefined;
          const reason =
            `Unexpected short form \`${written(citation)}\` that matches no earlier full` +
            ` citation, expected a full citation before it`;
          return finding(this, resolved, citation, reason, { hint });
        }
        const work = citation.work;
        if (quality.kind !== 'names' || !work || !nameSlip(quality.written, work)) return [];
        // Names and title as an earlier note wrote them: the short form agrees with the author's citation.
        if (
          citation.short?.title &&
          mentionedBefore(context, resolved, citation, quality.written, work.names.map(shortName))
        )
          return [];
        const first = work.fullCitations[0];
        const reason =
          `Unexpected name \`${quality.written.join(', ')}\` in short form, expected` +
          ` \`${displayNames(work.names)}\` as in note ${first.note}`;
        return finding(this, resolved, citation, reason, {
          hint: `Did you mean ${describe(work)}? Resolved to it.`,
          related: relatedPlace(context, first.segment, `Full citation of ${describe(work)} (note ${first.note})`),
        });
      });
    });
  },
};
