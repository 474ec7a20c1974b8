/**
 * `Ibid.` with no citation before it in the chapter: it points at nothing. When the note before
 * does cite something the resolver could not read, Ibid. is not the slip, so nothing is said.
 */
import { citations, finding } from '../facts.js';
import type { CiteRule, Finding, LintContext } from '../rule.js';

export const ibidUnresolved: CiteRule = {
  id: 'ibid-unresolved',
  description: '`Ibid.` with no earlier citation in the chapter to refer to.',
  severity: 'warning',
  check<Owner>(context: LintContext<Owner>): Array<Finding<Owner>> {
    const found: Array<Finding<Owner>> = [];
    for (const { resolved, citation } of citations(context.resolution)) {
      if (citation.form !== 'ibid') continue;
      if (!citation.quality.some((quality) => quality.kind === 'unresolved' && quality.reason === 'no-previous')) continue;
      found.push(finding(this, resolved, citation, 'Unexpected `Ibid.` with no earlier citation, expected a citation in the previous note'));
    }
    return found;
  },
};
