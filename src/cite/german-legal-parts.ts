/**
 * The pieces German legal citations are built of, shared by the readers of their forms (german-law.ts, the decision
 * reader german-decision.ts): courts, periodicals' abbreviations, pages and margin numbers, the places cited, names
 * parted by slashes, German days; and the citation made of an item and its place.
 */
import type { FullCitation, WorkFields } from './parse-full.js';
import type { CslName } from './names.js';
import { GERMAN_MONTHS } from '../months.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-text.js';
import { YEAR } from './text.js';

/** Italics: German law sets its authors' names in italics (`_Lee_, NJW 2020, 1417`), marking nothing else of the form. */
export const EMPHASIS = new RegExp(`[${EMPHASIS_OPEN}${EMPHASIS_CLOSE}]`, 'g');

/** Germany's, Austria's, Switzerland's and Europe's courts; a lower court by its kind and seat (`OLG Köln`, `LG Frankfurt a.M.`). */
export const COURT = String.raw`(?:BVerfG|BGH|BVerwG|BAG|BSG|BFH|BPatG|RG|EuGH|EuG|EGMR|GmS-OGB|OGH|VfGH|VwGH|BGer|BayObLG|KG|(?:OLG|LG|AG|VG|OVG|VGH|LAG|LSG|FG|ArbG|SG)\s+\p{Lu}[\p{L}-]*(?:\s+(?:a\.\s?M\.|i\.\s?Br\.|\p{Lu}[\p{L}-]*))?)`;
export const COURT_ONLY = new RegExp(`^${COURT}$`, 'u');
/** A periodical's abbreviation (`NJW`, `JuS`, `GRUR Int.`, `NVwZ-RR`, `K&R`, `Jura`): capitals, or one short word. */
export const PERIODICAL = String.raw`(?:(?=[^\s,]*\p{Lu}[^\s,]*\p{Lu})\p{Lu}[\p{L}&-]*(?:-\p{Lu}\p{Ll}*\.)?(?:\s(?:Int\.|RR|\p{Lu}{2,}))?|\p{Lu}\p{Ll}{2,5})`;
/** A page and its following ones or range: `1236`, `1236 f.`, `12 ff.`, `12–14`. */
export const PAGE = String.raw`\d+[a-z]?(?:\s?ff?\.?|\s*(?:--?|–)\s*\d+)?`;
/** A margin number, perhaps from a database: `Rn. 12`, `Rdnr. 4 f.`, `juris Rn. 7`, `Rz. 3–5`. */
export const MARGIN = String.raw`(?:juris[,\s]+)?(?:Rn|Rdn|Rdnr|Rz|Tz)(?:\.\s*|\s+(?=\d))${PAGE}(?:\s*(?:,|und)\s*${PAGE})*`;
/** Where a printed decision or article is cited: the page in brackets or after a comma, or a margin number. */
export const PINPOINT = String.raw`(?:\s*\((${PAGE})\)(?:\s?ff?\.)?|,\s*(?:S\.\s?)?(${PAGE}(?:,\s*${PAGE})*(?:,?\s+${MARGIN})?)(?!\s*\p{L})|,?\s*(${MARGIN}))`;
/** A family name, perhaps after initials or a given name and with its particle: `Lee`, `A. Lee`, `von Arnim`. */
const NAME = String.raw`(?:(?:\p{Lu}\.\s?)+\s?|\p{Lu}\p{Ll}+\s+(?=(?:von|van|de|zu|vom)?\s*\p{Lu}))?(?:(?:von|van|de|zu|vom|von\s+der|v\.)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+gen\.\s+\p{Lu}[\p{L}'’-]+)?`;
/** Names parted by slashes, perhaps `u.a.` or `et al.` after them: `Lee/Chen`, `A. Lee`, `Lee u. a.`. */
export const NAMES = String.raw`${NAME}(?:\s*\/\s*${NAME}){0,5}(?:,?\s+(?:u\.\s?a\.|et\s+al\.))?`;
/** A German day, its day, month (a number or a name) and year captured: `12.3.2019`, `09. 11. 2009`, `3. März 2015`. */
export const DAY = String.raw`(\d{1,2})\.\s?(?:(\d{1,2})\.|\s?(${GERMAN_MONTHS.join('|')}))\s?(${YEAR})`;

/** The citation of an item at the place cited (spaces collapsed), if any. */
export function cited(item: WorkFields, locator: string | undefined): FullCitation {
  return { item, locator: locator ? locator.replace(/\s+/g, ' ').trim() : null, etAl: false };
}

/** `Lee/Chen`, `A. Lee`, `von Arnim`, `Lee u.a.`: German law's names, family names mostly, parted by slashes. */
export function legalNames(text: string): CslName[] {
  return text
    .replace(/,?\s+(?:u\.\s?a\.|et\s+al\.)$/u, '')
    .split(/\s*\/\s*/)
    .map((name) => {
      const parts =
        /^((?:\p{Lu}\.\s?)+|\p{Lu}\p{Ll}+(?=\s(?!gen\.)))?\s*(?:((?:von|van|de|zu|vom|von\s+der|v\.))\s+)?(.+)$/u.exec(
          name.trim(),
        );
      const [, given, particle, family] = parts ?? ['', undefined, undefined, name.trim()];
      const result: CslName = { family };
      if (given) result.given = given.trim();
      if (particle) result['non-dropping-particle'] = particle;
      return result;
    });
}
