/**
 * A work cited by where it is printed is the same work when cited again at that place, its title given or not: German
 * legal notes name an article by its periodical, year and first page (`Lee, NJW 2020, 1417 (1419)`), perhaps with its
 * title once and without it after, a court's decision by its file number or its report's volume and page, and a
 * commentary's section by its commentator and the commentary. Titled works are matched by their titles (resolve.ts);
 * a title given one time and left out the other says nothing against their being one.
 */
import type { CslName } from './names.js';
import type { WorkFields } from './parse-full.js';

export function samePrinting(earlier: WorkFields, later: WorkFields): boolean {
  if (earlier.type !== later.type) return false;
  if (earlier.title && later.title) return false;
  const text = (item: WorkFields, field: string) =>
    String(item[field] ?? '')
      .replace(/\s+/g, '')
      .toLowerCase();
  const same = (field: string) => text(earlier, field) !== '' && text(earlier, field) === text(later, field);
  const year = (item: WorkFields) =>
    (item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0];
  const sameYear = year(earlier) === undefined || year(later) === undefined || year(earlier) === year(later);
  const author = (item: WorkFields) => {
    const first = (item.author as CslName[] | undefined)?.[0];
    return (first?.family ?? first?.literal ?? '').toLowerCase();
  };
  const sameAuthor = author(earlier) === author(later);
  switch (earlier.type) {
    case 'article-journal':
      return author(earlier) !== '' && sameAuthor && same('container-title') && same('page') && sameYear;
    case 'legal_case':
      // (One court's decisions are told apart by their file numbers, or by where a report prints them.)
      return (
        (same('authority') && same('number')) ||
        (same('container-title') && same('page') && text(earlier, 'volume') === text(later, 'volume') && sameYear)
      );
    case 'chapter':
      // A commentary's section: no title of its own, the commentator's name and the commentary's.
      return (
        !earlier.title && !later.title && author(earlier) !== '' && sameAuthor && same('container-title') && sameYear
      );
    default:
      return false;
  }
}
