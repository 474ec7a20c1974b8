/**
 * `Ibid.` after a note that cites several works: Chicago's Ibid. refers to a single work, so the
 * reader cannot tell which one is meant. The finding points at the note it follows, too.
 */
import { describe, finding, placeOfSegment } from '../facts.js';
import type { CiteRule, LintContext, RelatedPlace } from '../rule.js';
import type { ResolvedCitation, ResolvedNote } from '../../resolve.js';

export const ibidAmbiguous: CiteRule = {
  id: 'ibid-ambiguous',
  description: '`Ibid.` after a note that cites more than one work.',
  severity: 'warning',
  visit<Owner>(resolved: ResolvedNote<Owner>, citation: ResolvedCitation, context: LintContext<Owner>) {
    const quality = citation.quality.find((entry) => entry.kind === 'ibid-ambiguous');
    if (citation.form !== 'ibid' || !quality || quality.kind !== 'ibid-ambiguous' || !citation.work) return undefined;
    const previous = context.resolution.notes.find(
      (note) => note.owner === resolved.owner && note.note.number === quality.previousNote,
    );
    const related: Array<RelatedPlace<Owner>> = previous
      ? [
          {
            owner: previous.owner,
            note: previous.note.number,
            place: placeOfSegment(previous, previous.citations[0].segment),
            reason: `Note ${quality.previousNote} cites ${quality.alternatives.length} works`,
          },
        ]
      : [];
    return finding(
      this,
      resolved,
      citation,
      `Unexpected \`Ibid.\` after note ${quality.previousNote}, which cites` +
        ` ${quality.alternatives.length} works, expected a short form`,
      {
        hint: `Resolved to the last of them, ${describe(citation.work)}.`,
        related,
      },
    );
  },
};
