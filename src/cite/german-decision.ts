/**
 * A court's decision as German, Austrian, Swiss and European legal writing cites it: the court (a lower court by its
 * kind and seat, an Advocate General), the kind and day of the decision, its file number, a name in brackets or
 * between dashes, where it is printed (an official report by volume and page, a periodical by year and page, a
 * database) and the page or margin number cited, the parts after the court in any order (`BGH, Urt. v. 12.3.2019 –
 * VI ZR 123/18, KaiR 2019, 1234 (1236)`, `BVerfGE 65, 1 (43)`, `OLG Kiel, Urt. v. 17. Mai 2021 (7 U 41/20), -
 * Teil-Ladeliste - Rn. 42`). A legal case with the court as its authority and the file number as its number, no
 * author. Part of the German legal forms (german-law.ts).
 */
import type { FullCitation, WorkFields } from './parse-full.js';
import { GERMAN_MONTHS } from '../months.js';
import { COURT, DAY, PERIODICAL, PINPOINT, cited } from './german-legal-parts.js';
import { YEAR } from './text.js';

/** The official reports, cited by volume and page: `BVerfGE 65, 1`, `BGHZ 154, 88`, `BGE 142 III 1`. */
const REPORT = String.raw`(?:BVerfGE|BGHZ|BGHSt|BVerwGE|BAGE|BSGE|BFHE|RGZ|RGSt|BGE|VfSlg|SZ|Slg\.)`;
/** A file number: `VI ZR 123/18`, `1 BvR 1/20`, `I-4 U 12/19`, `C-362/14`, `Nr. 931/13` (Strasbourg's). */
const FILE_NUMBER = String.raw`(?:Az\.:?\s*)?(?:(?:[IVX]+|\d+)(?:-\d+)?\s+[A-Z][A-Za-z]{0,4}(?:\s[A-Z][a-z]?)?\s+\d+[/.]\d{2,4}|[CTF]\s?[-‑–]\s?\d+(?:,\s*\d+)*\/\d{2}(?:\s+P)?|Nr\.\s*\d+\/\d{2,4}|\d{1,4}\/\d{2}(?=[\s,–—-]|$))`;

/** The court, then perhaps the kind and day of the decision: `BGH, Urt. v. 12.3.2019`, `OLG Köln, Beschluss vom 3. März 2015`. */
const COURT_AND_DAY = new RegExp(
  String.raw`^(${COURT}|GA\s+\p{Lu}[\p{L}-]+)(?:,?\s+(?:(?:Urt(?:eil)?|Beschl(?:uss)?|Entsch(?:eidung)?|Gutachten|Vorlagebeschl(?:uss)?|Schlussantr(?:äge)?)\.?\s+(?:v\.|vom)\s+${DAY}))?`,
  'u',
);
/** What may follow the court and day, in any order, each read in turn (a step of `decision`). */
const DECISION_STEPS: Array<[string, RegExp]> = [
  // `– VI ZR 123/18`, `(I ZR 87/07)`, `, Az. 1 U 12/14`.
  [
    'file',
    new RegExp(String.raw`^(?:\s*[–—-]+\s*|,\s*|\s+)?\(?\s*(${FILE_NUMBER})(?:\s*\))?(?:\s*[–—-]+(?=\s*,))?`, 'u'),
  ],
  // A decision's name: `(Seehafen)`, `– Seehafen`, `- Blaue Möwe -`, `„Kaiordnung“`.
  [
    'name',
    /^,?\s*(?:\((\p{Lu}[^()]{1,60})\)|[–—-]+\s*(\p{Lu}[\p{L}\d .,&/-]{1,80}?)\.?(?:\s+[–—-]+|(?=,\s|$))|[„"“](\p{Lu}[^“"”]{1,60})[“"”])/u,
  ],
  // `BVerfGE 65, 1`, `NJW 2019, 1234`, `HafR, 1990, 311`, `juris`.
  [
    'report',
    new RegExp(
      String.raw`^,?\s*(?:(${REPORT})\s+(\d+),\s*(\d+)|(?!juris\b)(${PERIODICAL}),?\s+(${YEAR}),\s*(?:S\.\s?)?(\d+)|(juris)(?=[,\s]))`,
      'u',
    ),
  ],
  ['place', new RegExp(`^,?${PINPOINT}`, 'u')],
];

/** A decision cited by its report alone, the court in the report's name: `BVerfGE 65, 1 (43)`, `BGHZ 154, 88, 92`. */
const REPORT_ONLY = new RegExp(String.raw`^(${REPORT})\s+(\d+),\s*(\d+)(?:${PINPOINT})?[.,\s]*$`, 'u');
export function parseGermanDecision(text: string): FullCitation | undefined {
  const report = REPORT_ONLY.exec(text);
  if (report) {
    const [, series, volume, page, bracketed, after, margin] = report;
    return cited({ type: 'legal_case', 'container-title': series, volume, page }, bracketed ?? after ?? margin);
  }
  const opening = COURT_AND_DAY.exec(text);
  if (!opening) return undefined;
  const [, court, day, month, monthName, year] = opening;
  const item: WorkFields = { type: 'legal_case', authority: court.replace(/\s+/g, ' ') };
  if (year) {
    const monthNumber = monthName ? GERMAN_MONTHS.indexOf(monthName) + 1 : Number(month);
    item.issued = { 'date-parts': [[Number(year), monthNumber, Number(day)]] };
  }
  let rest = text.slice(opening[0].length);
  let locator: string | undefined;
  const read = new Set<string>();
  for (let step = DECISION_STEPS.find(([kind, pattern]) => !read.has(kind) && pattern.test(rest)); step; ) {
    const [kind, pattern] = step;
    const found = pattern.exec(rest) as RegExpExecArray;
    read.add(kind);
    rest = rest.slice(found[0].length);
    if (kind === 'file') item.number = found[1].replace(/^Az\.:?\s*/, '');
    else if (kind === 'name') item.title = (found[1] ?? found[2] ?? found[3]).trim();
    else if (kind === 'place') locator = (found[1] ?? found[2] ?? found[3])?.replace(/^juris[,\s]+/, '');
    else if (found[1]) Object.assign(item, { 'container-title': found[1], volume: found[2], page: found[3] });
    else if (found[4]) {
      Object.assign(item, { 'container-title': found[4], page: found[6] });
      item.issued ??= { 'date-parts': [[Number(found[5])]] };
    }
    step = DECISION_STEPS.find(([other, next]) => !read.has(other) && next.test(rest));
  }
  // A court alone is no citation: a day, a file number or a printing tells the decision; nothing may be left over.
  if (!/^[.,\s]*$/.test(rest) || !(year || item.number || item['container-title'] || read.has('report'))) {
    return undefined;
  }
  return cited(item, locator);
}
