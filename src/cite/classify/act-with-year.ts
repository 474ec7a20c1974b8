/**
 * An Act named by its short title and year, alone in its citation, as OSCOLA, the AGLC and British notes give it:
 * `Harbour Mills Act 1999`, `Harbour Mills Act 1999, s 4`, `Harbour Mills Act 1999 12`, and the AGLC's title in
 * italics with its jurisdiction in brackets, `*Harbour Mills Act 1999* (Cth) s 120(1)`. The year makes it a first
 * citation (parse-full.ts and act-short-title.ts read it); a later one names the Act without its year or points back
 * (`(n 3)`).
 */
/** The jurisdiction the AGLC gives in brackets after an Act's title (`(Cth)`, `(NSW)`, `(Imp)`), shared with act-short-title.ts. */
export const JURISDICTION = 'Cth|NSW|Vic|Qld|WA|SA|Tas|ACT|NT|NZ|UK|Imp|Ire|Scot';
export const ACT_WITH_YEAR = new RegExp(
  String.raw`^\uE000?(?:The\s+)?\p{Lu}[\p{L}'’ -]*?\bAct\s+(?:1[5-9]|20)\d\d\uE001?(?:\s*\((?:${JURISDICTION})\))?` +
    String.raw`(?:,?\s*(?:(?:ss?|sec|art|para|sch|§)\.?\s*)?\d+[\w()]*)?[.\s]*$`,
  'u',
);
