/**
 * A meeting is dated by the span of days it ran (`*Shore Meeting*, 14 June–2 July 2011, Hull`, `May 3–5, 2012`);
 * a newspaper or a magazine dates an issue by one day. A quoted title in a publication so dated is a paper
 * given there.
 */
import { MONTH_WORD, YEAR } from './text.js';

/** The words that name a meeting by its kind (`Conference`, `Workshop`, …), shared by the patterns that find one. */
export const MEETING_WORD = 'Conference|Symposium|Workshop|Colloquium';

const DASH = String.raw`\s*(?:--|[-–—])\s*`;
/** `14 June–2 July 2011`, `3–5 May 2012`, `14 June - 2 July, 2011`. */
const DAY_MONTH_SPAN = new RegExp(
  String.raw`\b\d{1,2}(?:\s+${MONTH_WORD})?${DASH}\d{1,2}\s+${MONTH_WORD},?\s+${YEAR}\b`,
);
/** `May 3–5, 2012`, `April 26–May 1, 2014`. */
const MONTH_DAY_SPAN = new RegExp(
  String.raw`\b${MONTH_WORD}\s+\d{1,2}${DASH}(?:${MONTH_WORD}\s+)?\d{1,2},?\s+${YEAR}\b`,
);

/** `details`: the facts after the title and container, as written. */
export function meetingDated(details: string): boolean {
  return DAY_MONTH_SPAN.test(details) || MONTH_DAY_SPAN.test(details);
}
