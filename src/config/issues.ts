/**
 * What a schema issue expected, in words: the "expected …" half of a config message, shared by
 * `folio.yaml` (load.ts) and the command-line flags (flags.ts) so both say it the same way.
 */
import type { z } from 'zod';

export function expectedOf(issue: z.core.$ZodIssue): string {
  return `expected ${expectedPhrase(issue)}`;
}

function expectedPhrase(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return issue.expected;
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((value) => JSON.stringify(value));
    return values.length === 1 ? values[0] : `one of ${values.join(', ')}`;
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const bound = issue.code === 'too_small' ? 'at least' : 'at most';
    const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
    return issue.origin === 'string' ? `a text of ${bound} ${limit} characters` : `${issue.origin} ${bound} ${limit}`;
  }
  if (issue.code === 'invalid_union') {
    // Each form the value could take, when each says in one issue what it wanted.
    const forms = issue.errors.every((branch) => branch.length === 1)
      ? issue.errors.map((branch) => expectedPhrase(branch[0]))
      : [];
    return forms.length > 0 ? forms.join(' or ') : 'a value of one of the documented forms';
  }
  // Custom checks (such as dates) word their message as "expected …".
  return /^expected\b/.test(issue.message)
    ? issue.message.replace(/^expected\s+/, '')
    : `a valid value (${issue.message})`;
}
