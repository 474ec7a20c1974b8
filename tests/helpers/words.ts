/**
 * Text conservation, measured: the words of a source and of what Folio made from it, compared as
 * a multiset (nothing lost or added) and as ordered subsequences (nothing moved).
 */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(Boolean);
}

export interface MultisetDiff {
  missing: Map<string, number>;
  extra: Map<string, number>;
}

export function multisetDiff(expected: string[], actual: string[]): MultisetDiff {
  const counts = new Map<string, number>();
  for (const word of expected) counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const word of actual) counts.set(word, (counts.get(word) ?? 0) - 1);
  const missing = new Map<string, number>();
  const extra = new Map<string, number>();
  for (const [word, count] of counts) {
    if (count > 0) missing.set(word, count);
    if (count < 0) extra.set(word, -count);
  }
  return { missing, extra };
}

/** Index in `sequence` where `haystack` stops containing it in order, or -1 when it is a subsequence. */
export function firstOutOfOrder(sequence: string[], haystack: string[]): number {
  let cursor = 0;
  for (let index = 0; index < sequence.length; index++) {
    while (cursor < haystack.length && haystack[cursor] !== sequence[index]) cursor++;
    if (cursor === haystack.length) return index;
    cursor++;
  }
  return -1;
}
