/**
 * German notes as Zotero writes them part the authors' names with semicolons (`Lee, Ann; Chen, Bo: Tides, Berlin
 * 2015`; `Lee; Chen: Tides, 2015` in a short form; the editors of the book a part is in, `…, in: Chen, Bo; Ames,
 * Cy (Hg.): Harbours`): a part that is only a name (or ends in one after `in:`), before a part that goes on with
 * names up to the colon opening the title, is one citation's names, not a work of its own.
 */
import type { Part } from './segment.js';

/** A family name, perhaps with its given names after a comma, perhaps after `Vgl.` or `Siehe`. */
const NAME_ONLY =
  /^(?:(?:[Vv]gl\.|[Ss]iehe(?:\s+auch)?)\s+)?\p{Lu}[\p{L}'’-]+(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?$/u;
/** A part that ends in a first name after `in:` or a signal (`Lee, Ann: Tides, in: Chen, Bo`, `… kommt. Vgl. Lee, Ann`). */
const ENDS_IN_NAME =
  /(?:\bin:|(?:^|[\s.>])(?:[Vv]gl\.|[Ss]iehe(?:\s+auch)?))\s+\p{Lu}[\p{L}'’-]+,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;
/** The last name of the list, `u. a.` or the editors' mark after it, then the colon. */
const NAME_THEN_COLON =
  /^\p{Lu}[\p{L}'’-]+(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?(?:\s+u\.\s?a\.)?(?:\s*\((?:Hrsg|Hgg?|eds?)\.\))?:\s/u;

/** The parts, each run of names ending at a title's colon joined into one (`text` is the note they were cut from). */
export function joinNameLists(text: string, parts: Part[]): Part[] {
  // (A quick test first: a list of names ends at a title's colon.)
  if (parts.length < 2 || !text.includes(':')) return parts;
  const joined = [...parts];
  for (let index = 0; index < joined.length - 1; index++) {
    if (!NAME_ONLY.test(joined[index].text) && !ENDS_IN_NAME.test(joined[index].text)) continue;
    let last = index + 1;
    while (last < joined.length - 1 && NAME_ONLY.test(joined[last].text)) last++;
    if (!NAME_THEN_COLON.test(joined[last].text)) continue;
    const { from } = joined[index];
    const { to } = joined[last];
    joined.splice(index, last - index + 1, { text: text.slice(from, to), from, to });
    // (The joined part may end in a book's first editor after `in:`, the rest of whose names follow.)
    index--;
  }
  return joined;
}
