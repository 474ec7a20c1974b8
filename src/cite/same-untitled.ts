/**
 * Works without a title are the same work when cited again alike: a personal communication, a letter, a book's
 * untitled part (`Ann Lee, email message to author, 4 May 2010.` twice, the second perhaps by family name alone,
 * `Email communication between Lee and the author, 4 May 2010.`): the same type, first author (and addressee) by family
 * name, day and container. Titled works are matched by their titles (resolve.ts); these have none to match.
 */
import type { WorkFields } from './parse-full.js';
import type { CslName } from './names.js';

export function sameUntitled(earlier: WorkFields, later: WorkFields): boolean {
  if (earlier.title || later.title || earlier.type !== later.type) return false;
  const family = (item: WorkFields, role = 'author') => {
    const first = (item[role] as CslName[] | undefined)?.[0];
    return (first?.family ?? first?.literal ?? '').toLowerCase();
  };
  const day = (item: WorkFields) =>
    JSON.stringify((item.issued as { 'date-parts'?: unknown } | undefined)?.['date-parts']);
  return (
    family(earlier) !== '' &&
    family(earlier) === family(later) &&
    // (A letter of the same day to another addressee is another letter.)
    family(earlier, 'recipient') === family(later, 'recipient') &&
    day(earlier) === day(later) &&
    day(earlier) !== undefined &&
    (earlier['container-title'] ?? '') === (later['container-title'] ?? '')
  );
}
