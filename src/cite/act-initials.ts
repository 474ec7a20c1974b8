/**
 * A provision cited before an act's abbreviation that no citation announced, the abbreviation being the
 * initials of an act's or a treaty's title: `Article 8 SCHR.` after `Article 3, Shore Convention on Harbour
 * Rights.` (as `ECHR` is read for the European Convention, OSCOLA 3.1). The act is the latest of the chapter's
 * legislation and treaties whose title's capitals spell the abbreviation exactly; the provision stays the place
 * cited (parse-short.ts).
 */
import type { ShortCitation } from './parse-short.js';
import { YEAR } from './text.js';

/** `Art. 25`, `Article 4(11)`, `s. 12`, `§ 4`, `Recital 71`: a provision's label and number. */
const PROVISION = /^(?:arts?|articles?|s|ss|sec|§§?|paras?|recitals?)\.?\s*\d/i;

interface Act {
  item: { type?: unknown; title?: unknown };
  owners: Set<unknown>;
}

/** The act whose initials the short form's abbreviation is, or undefined. */
export function actByInitials<W extends Act>(short: ShortCitation, works: W[], owner: unknown): W | undefined {
  const abbreviation = short.bare;
  if (!abbreviation || short.title || !short.locator || !PROVISION.test(short.locator)) return undefined;
  if (!/^\p{Lu}{2,8}$/u.test(abbreviation)) return undefined;
  return works
    .filter(
      (work) =>
        work.owners.has(owner) &&
        (work.item.type === 'legislation' || work.item.type === 'treaty') &&
        initials(String(work.item.title ?? '')) === abbreviation,
    )
    .at(-1);
}

/** The title's capitals that open its words, a trailing year left out: `Shore Convention on Harbour Rights` → `SCHR`. */
function initials(title: string): string {
  return (
    title
      .replace(new RegExp(String.raw`\s+${YEAR}$`), '')
      .match(/(?<![\p{L}\p{N}'’])\p{Lu}/gu)
      ?.join('') ?? ''
  );
}
