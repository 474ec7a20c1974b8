/**
 * A journal named without italics after `in`, then its volume and a year alone in brackets:
 * `Ann Lee, “Tides of the Port” in Shore and Harbour Studies 9 (2018).` The `in` a writer puts before the journal
 * is no chapter's: a book after `in` has no volume straight before its date, and its brackets hold an imprint
 * (`“Tides,” in Harbour Lives 2 (Hull, 1984)` is left as it was). The `in` is blanked, so the journal is read as
 * one named without italics straight after the title (details.ts).
 */
import { YEAR } from './text.js';

/** `in Shore Studies 9 (2018)`, `in Shore Studies 9.2 (Spring 2018)`, `in Shore Studies 9, no. 2 (2018)`. */
const IN_JOURNAL = new RegExp(
  String.raw`^[\s,.]*\bin\s+(?=\p{Lu}[^()\d“"‘”’,;]*?\p{L},?\s+\d{1,4}(?:[-–/]\d+)?(?:,?\s*[Nn]o\.\s*\d+|\.\d+|,?\s+\d+)?,?\s*` +
    String.raw`\((?:\p{L}+\.?,?\s+)?${YEAR}\))`,
  'u',
);

/** The text with the `in` before an unmarked journal blanked (its length kept), or undefined when there is none. */
export function blankInBeforeJournal(text: string): string | undefined {
  const match = IN_JOURNAL.exec(text);
  return match ? ' '.repeat(match[0].length) + text.slice(match[0].length) : undefined;
}
