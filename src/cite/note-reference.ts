/**
 * A later note that points back at the note holding the work's full citation (OSCOLA, and British legal and
 * humanities notes after it): `Lee (n 4) 12`, `Lee, ‘Tides’ (n 4) 12`, `*Lee v Chen* (n 4) [23]`, `Lee (note 4),
 * 12`; the Bluebook's `Lee, supra note 4, at 12` and the older Australian `Lee, above n 4, 12` point the same way.
 * The pointer is neither names nor title: it is read apart, and the rest is an ordinary short form.
 */
import { REMARK_IN_BRACKETS } from './text.js';

/**
 * `(n 4)`, `(nn 4–5)`, `(note 4)`, `(n. 4)`, `, supra note 4`, `, above n 4` closing the names or title, before the
 * place cited if any; German notes' `(Fn. 4)` (Fußnote) and `(Anm. 4)` (Anmerkung).
 */
export const NOTE_REFERENCE =
  /,?\s*\((?:nn?|notes?|Fn|Anm)\.?\s*(\d+)(?:\s*[-–]\s*\d+)?\)|,?\s+(?:supra|infra|above|below),?\s+(?:nn?\.?|notes?)\s*(\d+)(?:\s*[-–]\s*\d+)?/;

/** A part that is names or a title, then the pointer, then at most the place cited and a remark on it: a short form. */
export const NOTE_REFERENCE_SHORT = new RegExp(
  `^[^()]{1,200}?${NOTE_REFERENCE.source}(?:,?\\s*[^()\\s][^()]{0,40})?${REMARK_IN_BRACKETS}[.\\s]*$`,
);

/** The short form without its pointer (`Lee (n 4) 12` → `Lee, 12`), and the note it points at. */
export function withoutNoteReference(text: string): { text: string; note?: number } {
  const match = NOTE_REFERENCE.exec(text);
  if (!match) return { text };
  const rest = text.slice(match.index + match[0].length);
  const joined = /^[\s.]*$/.test(rest) ? rest : `, ${rest.replace(/^[\s,]+/, '')}`;
  return { text: text.slice(0, match.index) + joined, note: Number(match[1] ?? match[2]) };
}

/** The works a short form's pointer names: those cited in full in that note of the same chapter. */
export function worksInNote<W extends { fullNotes: number[]; owners: Set<unknown> }>(
  text: string,
  works: W[],
  owner: unknown,
): W[] {
  const { note } = withoutNoteReference(text);
  if (note === undefined) return [];
  return works.filter((work) => work.fullNotes.includes(note) && work.owners.has(owner));
}
