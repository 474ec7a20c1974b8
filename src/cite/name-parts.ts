/**
 * Parts of a person's name that are not where their place in the name suggests (Chicago 8.11–8.14,
 * 14.72–14.75): a Portuguese or Brazilian family name may end in a generational word (`Ana Lima Filho`
 * is "Lima Filho, Ana": `Filho`, `Neto`, `Júnior`, `Sobrinho` belong to the family name, unlike an
 * English `Jr.`, which is a suffix), and a title of honour (`Sir`, `Dame`, `Count`) is no given name
 * (`Sir Ann Lee`, `Lee, Sir Ann` are "Lee, Ann").
 */

/** A generational word that ends a Portuguese family name. */
const GENERATIONAL = /^(?:Filho|Neto|Júnior|Sobrinho)$/u;
/** A title of honour written before the given name. */
const HONORIFIC = /^(?:Sir|Dame|Lord|Lady|Count|Countess|Baron|Baroness|Viscount|Marquis|Marquess)\s+(?=\p{Lu})/u;

/** Whether the words of a name in note order end with a generational word after a family name (`Ana Lima Filho`). */
export function endsGenerational(words: string[]): boolean {
  return words.length >= 3 && GENERATIONAL.test(words[words.length - 1]);
}

/**
 * A religious or social title written before the given name (`Frei Ann Lee`, `Father Bo Chen`, `Rev. Ann Lee`,
 * `Dr. Bo Chen`, `Saint Ann Lee`): no given name either. (`Don`, a given name too, is not one.)
 */
const TITLE_BEFORE_NAME =
  /^(?:Frei|Fray|Frey|Father|Fr\.|Padre|Dom|Rev\.|Revd\.?|Reverend|Brother|Sister|Abbé|Saint|Dr\.|Prof\.|Mr\.|Mrs\.|Ms\.)\s+(?=\p{Lu})/u;

/** The given name without a title of honour before it: `Sir Ann` → `Ann`, `Frei Ann` → `Ann`. */
export function withoutHonorific(given: string): string {
  return given.replace(HONORIFIC, '').replace(TITLE_BEFORE_NAME, '');
}
