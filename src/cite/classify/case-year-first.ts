/**
 * A case cited in full as OSCOLA cites one: its name, then the year in square brackets and a report or a court's
 * series (`*Lee v Chen* [2004] UKHL 12`, `Lee v Chen [2005] 1 AC 45 [23]`). A later note names the case alone or
 * points back (`*Lee v Chen* (n 4) [24]`).
 */
import { EMPHASIS_CLOSE as E1, EMPHASIS_OPEN as E0 } from '../note-text.js';

export const CASE_YEAR_FIRST = new RegExp(
  String.raw`^${E0}?[^,${E1}]*?\sv\.?\s[^,${E1}]+${E1}?,?\s*\[(?:1[5-9]|20)\d\d\]\s+(?:\d+\s+)?\p{Lu}`,
  'u',
);
