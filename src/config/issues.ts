/**
 * What a schema issue expected, in words a writer reads: the "expected …" half of a config
 * message, shared by `folio.yaml` (load.ts) and the command-line flags (flags.ts) so both say it
 * the same way ("expected a list", "expected true or false", never a type's programming name).
 */
import type { z } from 'zod';

export function expectedOf(issue: z.core.$ZodIssue): string {
  return `expected ${expectedPhrase(issue)}`;
}

/** Zod's type names as a writer says them. */
const typeWords: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys',
  date: 'a date',
};

function expectedPhrase(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return typeWords[issue.expected] ?? issue.expected;
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((value) => JSON.stringify(value));
    return values.length === 1 ? values[0] : `one of ${values.join(', ')}`;
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const small = issue.code === 'too_small';
    const bound = issue.inclusive === false ? (small ? 'more than' : 'less than') : small ? 'at least' : 'at most';
    const limit = small ? issue.minimum : issue.maximum;
    if (issue.origin === 'string') return `a text of ${bound} ${limit} character${Number(limit) === 1 ? '' : 's'}`;
    if (issue.origin === 'array') return `a list of ${bound} ${limit} entr${Number(limit) === 1 ? 'y' : 'ies'}`;
    return `${typeWords[issue.origin] ?? issue.origin} ${bound} ${limit}`;
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
