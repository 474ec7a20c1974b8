/**
 * An Act named by its short title and year with no markup, alone in its citation, as OSCOLA and British notes give
 * it: `Harbour Mills Act 1999`, `Harbour Mills Act 1999, s 4`, `Harbour Mills Act 1999 12`. The year makes it a first
 * citation (parse-full.ts reads it); a later one names the Act without its year or points back (`(n 3)`).
 */
export const ACT_WITH_YEAR =
  /^(?:The\s+)?\p{Lu}[\p{L}'’ -]*?\bAct\s+(?:1[5-9]|20)\d\d(?:,?\s*(?:(?:ss?|sec|art|para|sch|§)\.?\s*)?\d+[\w()]*)?[.\s]*$/u;
