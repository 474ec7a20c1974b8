/**
 * CSL's cite positions, worked out in one pass over a chapter's citations in note order (citeproc-js
 * would recompute them all for each new citation, which is quadratic: 20 s on a thesis). The CSL
 * 1.0.2 rules as citeproc-js applies them: a work's first cite is `first`; a cite is `ibid` when it
 * follows a cite of the same work in the same citation, or in the same note, or opens a citation
 * whose previous citation, in the same or the previous note and alone in its note, cited only that
 * work; `ibid-with-locator` when the locator changed; `subsequent` otherwise (also when the earlier
 * cite had a locator and this one has none). `near-note`: the work was cited within the style's
 * near-note distance; `first-reference-note-number`: the note of the work's first cite.
 */

/** citeproc-js's position numbers. */
export const POSITION = { first: 0, subsequent: 1, ibid: 2, ibidWithLocator: 3 } as const;

export interface PositionedCite {
  id: string;
  locator?: string;
  label?: string;
  position?: number;
  'near-note'?: boolean;
  'first-reference-note-number'?: number;
}

export interface PositionedCitation {
  noteIndex: number;
  cites: PositionedCite[];
}

/** Sets each cite's position fields, in place; citations in reading order. */
export function assignPositions(citations: PositionedCitation[], nearNoteDistance = 5): void {
  const firstNote = new Map<string, number>();
  const lastNote = new Map<string, number>();
  const citationsInNote = new Map<number, number>();
  for (const citation of citations)
    citationsInNote.set(citation.noteIndex, (citationsInNote.get(citation.noteIndex) ?? 0) + 1);
  citations.forEach((citation, index) => {
    const previous = citations[index - 1];
    const note = citation.noteIndex;
    citation.cites.forEach((cite, k) => {
      const first = firstNote.get(cite.id);
      if (first === undefined) {
        cite.position = POSITION.first;
        firstNote.set(cite.id, note);
      } else {
        const before = sameWorkBefore(citation, previous, k, citationsInNote);
        cite.position = before?.id === cite.id ? ibidPosition(before, cite) : POSITION.subsequent;
        if (first !== note) cite['first-reference-note-number'] = first;
        const last = lastNote.get(cite.id);
        if (last !== undefined && note - last <= nearNoteDistance) cite['near-note'] = true;
      }
      lastNote.set(cite.id, note);
    });
  });
}

/** The cite an Ibid. would point back to, if the rules allow one at all. */
function sameWorkBefore(
  citation: PositionedCitation,
  previous: PositionedCitation | undefined,
  k: number,
  citationsInNote: Map<number, number>,
): PositionedCite | undefined {
  if (k > 0) return citation.cites[k - 1];
  if (!previous?.cites.length) return undefined;
  if (previous.noteIndex === citation.noteIndex) return previous.cites.at(-1);
  const alone = previous.cites.length === 1 && citationsInNote.get(previous.noteIndex) === 1;
  return alone && previous.noteIndex >= citation.noteIndex - 1 ? previous.cites[0] : undefined;
}

function ibidPosition(before: PositionedCite, cite: PositionedCite): number {
  const was = before.locator ? `${before.locator}${before.label ?? ''}` : '';
  const now = cite.locator ? `${cite.locator}${cite.label ?? ''}` : '';
  if (was && !now) return POSITION.subsequent;
  return was === now ? POSITION.ibid : POSITION.ibidWithLocator;
}
