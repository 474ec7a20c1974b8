/**
 * Which citation the resolver found stands for which labelled citation of a note. Reading them by
 * position made one citation missed (or one prose aside taken for a citation) cost every citation after
 * it in the note: the second labelled work was scored against the third found one. The alignment keeps
 * the order of both lists and pairs the citations that agree on the most fields, so a miss costs what
 * it misses and no more. A labelled citation left unpaired is scored as not found, and a found one left
 * unpaired still counts against `count`.
 */

/** For each labelled citation, the index of the found citation paired with it, or undefined. */
export function alignCitations<L, A>(
  labelled: L[],
  found: A[],
  /** How many fields the two agree on (a whole number). */
  agreement: (label: L, actual: A) => number,
): Array<number | undefined> {
  // best[i][j]: the most agreement pairing labelled[i..] with found[j..]. Each pair also counts 1 (a
  // field counts 1000), so that between alignments of equal agreement the one with more pairs wins.
  const pairValue = (i: number, j: number) => 1 + 1000 * agreement(labelled[i], found[j]);
  const best = Array.from({ length: labelled.length + 1 }, () => new Array<number>(found.length + 1).fill(0));
  for (let i = labelled.length - 1; i >= 0; i--) {
    for (let j = found.length - 1; j >= 0; j--) {
      best[i][j] = Math.max(pairValue(i, j) + best[i + 1][j + 1], best[i + 1][j], best[i][j + 1]);
    }
  }
  const pairs = new Array<number | undefined>(labelled.length).fill(undefined);
  for (let i = 0, j = 0; i < labelled.length && j < found.length; ) {
    if (best[i][j] === pairValue(i, j) + best[i + 1][j + 1]) pairs[i++] = j++;
    else if (best[i][j] === best[i + 1][j]) i++;
    else j++;
  }
  return pairs;
}
