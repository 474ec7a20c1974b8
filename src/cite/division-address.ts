/**
 * One work cited in full in two divisions of an anthology (two chapters by different hands), once with its
 * address and once without (`Ann Lee, “Tides,” *Quay Review* 4 (2001): 1–20.` in one chapter, the same with
 * `, https://doi.org/10.1/qr.4` in another): each chapter's item is the work as that chapter cites it, so the
 * later citation is a work of its own there rather than lending its address to, or taking it from, the other.
 */
import type { WorkFields } from './parse-full.js';

export function otherDivisionsAddress(
  earlier: { item: WorkFields; owners: Set<unknown> },
  later: WorkFields,
  owner: unknown,
): boolean {
  if (owner === undefined || earlier.owners.size === 0 || earlier.owners.has(owner)) return false;
  return Boolean(earlier.item.URL) !== Boolean(later.URL);
}
