/**
 * A serial report's years listed in brackets after its title, as a writer cites several issues at once:
 * `Report of the Harbour Board of Quay (1802, 1806, etc.)`. The first year dates the work; the later years, and
 * `etc.`, are neither a place cited nor an imprint (the title is no publisher's name), so they are dropped.
 */
import { YEAR } from './text.js';

/** `(1802, 1806)`, `(1802, 1806, etc.)`, `(1802, etc.)`. */
const LISTED = new RegExp(String.raw`\((${YEAR})(?:(?:,\s*${YEAR})+(?:,?\s*etc\.?)?|,\s*etc\.?)\)`, 'g');

/** The replacement for `String.replace`: the brackets keep the first year alone. */
export function yearsListed(): [RegExp, string] {
  return [LISTED, '($1)'];
}
