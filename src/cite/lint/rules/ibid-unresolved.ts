/**
 * `Ibid.` with no citation before it in the chapter: it points at nothing. When the note before
 * does cite something the resolver could not read, Ibid. is not the slip, so nothing is said.
 */
import { finding } from '../facts.js';
import type { CiteRule, LintContext } from '../rule.js';
import type { ResolvedCitation, ResolvedNote } from '../../resolve.js';

export const ibidUnresolved: CiteRule = {
  id: 'ibid-unresolved',
  description: '`Ibid.` with no earlier citation in the chapter to refer to.',
  severity: 'warning',
  visit<Owner>(resolved: ResolvedNote<Owner>, citation: ResolvedCitation, _context: LintContext<Owner>) {
    if (citation.form !== 'ibid') return undefined;
    if (!citation.quality.some((quality) => quality.kind === 'unresolved' && quality.reason === 'no-previous'))
      return undefined;
    return finding(
      this,
      resolved,
      citation,
      'Unexpected `Ibid.` with no earlier citation, expected a citation in the previous note',
    );
  },
};
