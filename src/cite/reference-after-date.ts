/**
 * An entry of a reference work named without italics after the entry's own date and `in`: `B. Dane, “Lee, Ann
 * [pseud. Ann Tide]” (May 4 2011), in the Quay Dictionary of Harbour Lives, at https://…`. The work (named by its
 * general word: `Dictionary`, `Encyclopedia`, `Lexicon`) is the entry's container; the date in brackets stays the
 * entry's (details.ts reads it).
 */

/**
 * A reference work's name without italics (general vocabulary), captured, up to what follows it: `Quay Dictionary
 * of Harbour Lives`, `Encyclopedia of the Coast` (also read by details.ts straight after an entry's title).
 */
export const REFERENCE_NAME =
  String.raw`(\p{Lu}[\p{L}'’&.\- ]*?\b(?:Dictionar(?:y|ies)|Encyclop(?:a|ae|æ)?edi(?:a|as)|Lexicon)\b` +
  String.raw`(?:\s+(?:of|for)\s+\p{Lu}[\p{L}'’&.\- ]*?)?)(?=\s*[(,.;]|\s*$)`;

/** `(May 4 2011), in the Quay Dictionary of Harbour Lives`: the date, `in`, perhaps `the`, then the work. */
const AFTER_DATE = new RegExp(
  String.raw`^([\s,.]*\([^()]*(?:1[5-9]|20)\d\d\)\s*,?\s*)in\s+(?:the\s+)?` + REFERENCE_NAME,
  'u',
);

/** The work's name and where `in` and the name stand in the text, or undefined. */
export function referenceAfterDate(text: string): { name: string; start: number; end: number } | undefined {
  const match = AFTER_DATE.exec(text);
  if (!match) return undefined;
  const start = (match[1] ?? '').length;
  return { name: (match[2] ?? '').trim(), start, end: match[0].length };
}
