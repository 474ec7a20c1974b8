/**
 * A work cited in full twice, first by its names and title alone (`Ann Lee, “Tides,” 289–307.`, no book, date,
 * publisher or address: its type only a guess), later with its facts (`Ann Lee, “Tides,” in *Shore Essays*, ed.
 * Bo Chen (Hull: Quay Press, 2016), <https://…>.`): the later citation describes the work, and its item replaces
 * the first's. A first citation that gave any fact of publication keeps its item.
 */
import type { WorkFields } from './parse-full.js';

/** Fields that say where and when a work was published. */
const FACTS = ['container-title', 'issued', 'publisher', 'publisher-place', 'URL', 'volume', 'collection-title'];

/** The item gives no fact of publication. */
function thin(item: WorkFields): boolean {
  return FACTS.every((field) => item[field] === undefined);
}

/**
 * Whether a later full citation of the same work (resolve.ts's sameWork) should replace the first's item.
 * `firstShared`: the first's facts were all read from the citation after it, which named the book both are in
 * (`Ann Lee, “Tides,” 289–307, and Bo Chen, “Rivers,” 308–24, both in *Shore Essays* …`, shared-book.ts): it gave
 * none of its own.
 */
export function fullerCitation(first: WorkFields, later: WorkFields, firstShared = false): boolean {
  return (firstShared || thin(first)) && !thin(later);
}
