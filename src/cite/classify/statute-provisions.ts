/**
 * A German legal note's part that only names provisions of statutes, after its signal if any: `Vgl. § 87a UrhG.`,
 * `§ 2 Abs. 2 UrhG, § 4 UrhG.`, `Art. 6 Abs. 1 lit. a DSGVO i.V.m. § 26 BDSG.`, `ErwGr. 3 S. 2 DGA.`, also with
 * the words they say quoted after a colon (`ErwGr. 27 S. 2 DGA: „Sie könnten …“`). German law lists no statute
 * among the works it cites (its bibliography holds literature only), and the statute is the reader's own text: the
 * part is the author's words, never a short form naming no work. Only German marks count (`§` first, `Abs.`, `lit.`,
 * `i.V.m.`, a recital's `ErwGr.`, a `Vgl.`), so that `Article 7(3) HDR` stays an act's short form.
 */

/** One provision: `§ 2 Abs. 2`, `§§ 87a ff.`, `Art. 6 Abs. 1 UAbs. 1 lit. a`, `ErwGr. 3 S. 2`, then the statute's abbreviation. */
const PROVISION = String.raw`(?:§§?|Artt?\.|Art(?:ikel)?|ErwGr\.|Erwägungsgr(?:und|\.)|EG)\s*\d+[a-z]?(?:\s*(?:ff?\.|(?:Abs\.|S\.|Satz|Nr\.|lit\.|Buchst\.|UAbs\.|Hs\.|Alt\.|Var\.)\s*(?:\d+[a-z]?|[a-z]\)?)|(?:,|und|bis|-|–)\s*\d+[a-z]?))*(?:\s+\p{Lu}[\p{L}-]*(?:\s+(?:a\.\s?F\.|n\.\s?F\.))?)?`;
const JOIN = String.raw`\s*(?:,|;|und|sowie|bzw\.|oder|i\.\s?V\.\s?m\.|iVm)\s*`;
const SIGNAL = String.raw`(?:(?:[Vv]gl\.|[Ss]iehe|[Ss]\.|[Ee]twa|[Ii]nsbesondere)(?:\s+(?:auch|nur|etwa|insbesondere))*\s+)`;
const PROVISIONS = new RegExp(String.raw`^(${SIGNAL})?(${PROVISION}(?:${JOIN}${PROVISION})*)[.\s]*$`, 'u');
/** What makes the provisions German: `§` first, a German label of a provision's part, `i.V.m.`, a recital's `ErwGr.`. */
const GERMAN = /^§|\b(?:Abs|lit|UAbs|Hs|ErwGr|Buchst)\.|i\.\s?V\.\s?m\.|\biVm\b/u;
/** The statute named last (`… § 4 UrhG.`): a place alone (`§73.`, an author's own short form) names none. */
const STATUTE_LAST = /\s\p{Lu}[\p{L}-]*(?:\s+[an]\.\s?F\.)?[.\s]*$/u;

/** `ErwGr. 27 S. 2 DGA: „Sie könnten …“`: the provisions, then the words they say, quoted after a colon. */
const QUOTED_AFTER = /^([^:„“"»]+?):\s*(?:„|“|"|»)[\s\S]*(?:“|”|"|«)[.\s\uE001]*$/u;

export function isStatuteProvisions(text: string): boolean {
  // (A quick test first: this runs on every part of every note.)
  if (!/§|Art|ErwGr|Erwägungsgr|EG\s*\d/.test(text)) return false;
  const provisions = QUOTED_AFTER.exec(text.trim())?.[1] ?? text;
  const found = PROVISIONS.exec(provisions.trim());
  return found !== null && (found[1] !== undefined || GERMAN.test(found[2])) && STATUTE_LAST.test(provisions);
}
