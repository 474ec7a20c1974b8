/**
 * One title published twice, in two chapters of an anthology: `Ann Lee, 'Salt Roads', *Harbour Working
 * Paper* 2 (2014)` in one chapter and `Ann Lee, 'Salt Roads', in B Chen (ed.), *Shore Essays*, Hull: Quay
 * Press, 2015` in another are a paper and the chapter it became, two works, one in each chapter's
 * bibliography. A full citation of a chapter in an edited book (`in …, *Book*`) does not join a work cited
 * only in other chapters as a work in a periodical or series (nor the reverse), though authors and title
 * agree. Within one chapter the author means one work cited two ways (a journal issue later printed as a
 * book), and a periodical's name written two ways is one work everywhere (resolve.ts).
 */
import type { WorkFields } from './parse-full.js';

/** Whether a full citation (`later`) is another publication of an earlier work cited only in other chapters. */
export function twoPublications(
  earlier: { item: WorkFields; owners: Set<unknown> },
  later: WorkFields,
  owner: unknown,
): boolean {
  if (earlier.owners.has(owner)) return false;
  const chapter = (item: WorkFields) => item.type === 'chapter';
  const contained = (item: WorkFields) => typeof item['container-title'] === 'string';
  return contained(earlier.item) && contained(later) && chapter(earlier.item) !== chapter(later);
}
