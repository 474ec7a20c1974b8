/**
 * A full citation that gives its work's abbreviation in brackets after the words it abbreviates
 * (`… Directive 12/4 (Harbour Dues Regulation (HDR)) [2016] OJ L1/1`, `Quay Agreement on Salt Trade
 * (QAST), art. 4`, `QAST: Quay Agreement on Salt Trade, …`) announces a short title as `hereafter` would: a later `HDR, art 6.` cites that work.
 * Only capitals that are the initials of the words just before the bracket count (small words such as
 * `on`, `of`, `the` may be skipped), so a bracketed code, place or year never becomes a short title.
 */
import { plain } from './text.js';

const SMALL = new Set(['of', 'on', 'in', 'and', 'the', 'for', 'to', 'a', 'an', 'de', 'du', 'des', 'la', 'le']);

/** The abbreviations a full citation's text defines for its work, in order. */
export function definedAbbreviations(text: string): string[] {
  const flat = plain(text).replace(/\s+/g, ' ');
  const found: string[] = [];
  for (const match of flat.matchAll(/\(([A-Z][A-Z&]{1,7})\)/g)) {
    const letters = match[1].replace(/&/g, '');
    const before = flat
      .slice(0, match.index)
      .split(/[^\p{L}\p{N}'’-]+/u)
      .filter(Boolean);
    if (initialsEnd(before, letters) && !found.includes(match[1])) found.push(match[1]);
  }
  // `QAST: Quay Agreement on Salt Trade, …`: the abbreviation first, then the words it stands for.
  const lead = /^([A-Z]{2,8})(?:\s+\d{4})?:\s+(.+)$/.exec(flat);
  if (lead && initialsStart(lead[2].split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean), lead[1]) && !found.includes(lead[1]))
    found.push(lead[1]);
  return found;
}

/** The words after open with words whose initials spell the letters, small words between them skipped. */
function initialsStart(after: string[], letters: string): boolean {
  let at = 0;
  for (const word of after) {
    if (at === letters.length) return true;
    if (word[0] === letters[at] && /^\p{Lu}/u.test(word)) at++;
    else if (!SMALL.has(word.toLowerCase())) return false;
  }
  return at === letters.length;
}

/** The words before end in words whose initials spell the letters, small words between them skipped. */
function initialsEnd(before: string[], letters: string): boolean {
  let at = letters.length - 1;
  for (let index = before.length - 1; index >= 0 && at >= 0; index--) {
    const word = before[index];
    if (word[0] === letters[at] && /^\p{Lu}/u.test(word)) at--;
    else if (!SMALL.has(word.toLowerCase())) return false;
  }
  return at < 0;
}
