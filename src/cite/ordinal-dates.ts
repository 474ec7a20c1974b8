/**
 * A day written as an ordinal (`23rd March 2012`, `the 5th of May 2012`, `August 5th 2010`, `25th-27th August
 * 2011`), a common British and student form: the date grammar reads a day's figures, so this pass blanks the
 * ordinal's letters (and the `of` after it) in the text it parses, which keeps its length, so every position still
 * points at its character. Only a day beside a month's name: `3rd ed.` and `19th-century` are left. Titles and
 * addresses are left as written.
 */
import { rewriteOutsideTitles } from './title-spans.js';
import { MONTH_WORD } from './text.js';

/** `23rd March`, `5th of May`, `25th-27th August` (the first day's ordinal before a range's dash). */
const BEFORE_MONTH = new RegExp(
  String.raw`(?<=\b\d{1,2})(?:st|nd|rd|th)(?:(\s+of)(?=\s+${MONTH_WORD})|(?=\s*(?:[-–]\s*\d{1,2}(?:st|nd|rd|th)?\s*)?\s${MONTH_WORD}))`,
  'g',
);
/** `August 5th 2010`, `August 5th, 2010`: the ordinal after the month's name. */
const AFTER_MONTH = new RegExp(String.raw`(?<=\b${MONTH_WORD}\s+\d{1,2})(?:st|nd|rd|th)\b(?=,?\s+\d{4})`, 'g');

export function ordinalDates(text: string): string {
  if (!/\d(?:st|nd|rd|th)\b/.test(text)) return text;
  return rewriteOutsideTitles(text, (run) =>
    run
      .replace(BEFORE_MONTH, (ordinal) => ' '.repeat(ordinal.length))
      .replace(AFTER_MONTH, (ordinal) => ' '.repeat(ordinal.length)),
  );
}
