/**
 * A section of a code of laws cited by the code's title number, name and section, the Bluebook's form for a
 * codified statute: `44 U.S.C. § 3301 (2018)`, `15 USC §1125`, `40 C.F.R. § 1500.1 (2020)`, `17 *United States
 * Code*, sections 106 and 110`, perhaps after the Act's name and section (`Shore Act § 43(a), 15 U.S.C. § 1125(a)
 * (2018)`). Legislation titled by the Act's name when given (the code its container), else by the code's title as
 * written (`44 U.S.C.`); the first section named is the place cited, the edition's year in brackets its date.
 */
import type { FullCitation, WorkFields } from './parse-full.js';
import { collapse, plain, trimTitle, YEAR } from './text.js';

/** The code: `U.S.C.`, `USC`, `U.S.C.A.`, `C.F.R.`, `CFR`, `United States Code`, `Code of Federal Regulations`. */
const CODE = String.raw`(?:U\.?\s?S\.?\s?C\.?(?:\s?A\.?)?|C\.?\s?F\.?\s?R\.?|United\s+States\s+Code|Code\s+of\s+Federal\s+Regulations)`;
/** A section or sections: `§ 3301`, `§§ 106, 110`, `§1125(a)`, `sections 106 and 110`, `sec. 5`. */
const SECTIONS = String.raw`(?:§§?|sections?|secs?\.)\s*\d+[\w.()-]*(?:(?:,\s*|\s+and\s+|\s*[-–]\s*)\d+[\w.()-]*)*`;
const CODE_SECTION = new RegExp(
  String.raw`^(?:(\p{Lu}[^,;§]*?\bAct\b(?:\s+of\s+${YEAR})?)(?:\s*,?\s*(${SECTIONS}))?,\s+)?(\d+)\s+(${CODE})\s*,?\s*(${SECTIONS})` +
    String.raw`(?:\s*\((?:[^()]*\s)?(${YEAR})\))?[.\s]*$`,
  'iu',
);

export function parseCodeSection(text: string): FullCitation | undefined {
  const match = CODE_SECTION.exec(collapse(plain(text)));
  if (!match) return undefined;
  const [, act, actSection, volume, code, section, year] = match;
  // The code's section is where the Act is printed (a bibliography prints `15 U.S.C. § 1125`); the place cited stays.
  const item: WorkFields = act
    ? {
        type: 'legislation',
        title: trimTitle(act),
        'container-title': code,
        volume,
        section: section.replace(/^(?:§§?|sections?|secs?\.)\s*/i, '').trim(),
      }
    : { type: 'legislation', title: `${volume} ${code}` };
  if (year) item.issued = { 'date-parts': [[Number(year)]] };
  return { item, locator: (actSection ?? section).trim(), etAl: false };
}
