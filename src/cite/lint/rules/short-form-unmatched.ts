/**
 * A short form that matches no full citation before it (Chicago: the full citation comes first), or
 * that names its work's authors otherwise than the full citation did (`Hewsens` for `Hewsen`). Only
 * confident parses speak: a plain short form (not in a note of the author's prose, not a full citation, an archive's or statute's
 * reference), in a chapter that does not rely on short forms alone (an end bibliography), and whose
 * work no earlier note names (a full citation the parser missed); a names slip only when the names
 * on both sides are plainly names, as many, and close, and no earlier note wrote them so.
 */
import { citations, describe, displayNames, finding, relatedPlace, written } from '../facts.js';
import type { CiteRule, Finding, LintContext } from '../rule.js';
import { shortName } from '../../names.js';
import { confidentShortForm, inProseNote, mentionedBefore, nameSlip, unmatchedChapters } from '../short-forms.js';

export const shortFormUnmatched: CiteRule = {
  id: 'short-form-unmatched',
  description: 'A short form with no earlier full citation, or whose names differ from it.',
  severity: 'warning',
  check<Owner>(context: LintContext<Owner>): Array<Finding<Owner>> {
    const found: Array<Finding<Owner>> = [];
    const unmatched = unmatchedChapters(context.resolution);
    for (const { resolved, citation } of citations(context.resolution)) {
      if (citation.form !== 'short') continue;
      for (const quality of citation.quality) {
        if (quality.kind === 'unresolved') {
          if (
            unmatched.has(resolved.owner) ||
            inProseNote(resolved) ||
            !confidentShortForm(citation) ||
            mentionedBefore(context, resolved, citation)
          )
            continue;
          const hint = quality.suggestion
            ? `Did you mean ${describe(quality.suggestion)} (note ${quality.suggestion.fullNotes[0]})?`
            : undefined;
          found.push(
            finding(
              this,
              resolved,
              citation,
              `Unexpected short form \`${written(citation)}\` that matches no earlier full citation, expected a full citation before it`,
              {
                hint,
              },
            ),
          );
        } else if (quality.kind === 'names' && citation.work && nameSlip(quality.written, citation.work)) {
          // Names and title as an earlier note wrote them: the short form agrees with the author's citation.
          if (
            citation.short?.title &&
            mentionedBefore(context, resolved, citation, quality.written, citation.work.names.map(shortName))
          )
            continue;
          const work = citation.work;
          const first = work.fullCitations[0];
          found.push(
            finding(
              this,
              resolved,
              citation,
              `Unexpected name \`${quality.written.join(', ')}\` in short form, expected \`${displayNames(work.names)}\` as in note ${first.note}`,
              {
                hint: `Did you mean ${describe(work)}? Resolved to it.`,
                related: relatedPlace(
                  context,
                  first.segment,
                  `Full citation of ${describe(work)} (note ${first.note})`,
                ),
              },
            ),
          );
        }
      }
    }
    return found;
  },
};
