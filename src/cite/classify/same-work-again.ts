/**
 * A part after a semicolon that names no work, only a further place in the work cited before it in the
 * note: another dated issue or record of a periodical or series (`*Shore Lamp*, May 4, 1882, 3; and June 3,
 * 1883, 5.`, `*Quay Sessions*, March 1851, trial of Ann Lee; April 1851, trial of Bo Chen.`) cites that work
 * again, the date and what follows being the place cited; more volumes and issues alone (`*Shore Review* 12,
 * no. 2 (1995); 10, no. 1 (1997)`) only extend the citation before them and cite nothing of their own.
 */
import { MONTH_WORD, plain } from '../text.js';

/** Opens with a date, month first (`May 4, 1882`, `May, 1856`, `Sept. 1850`) or day first (`4 May 1882`). */
const DATE_FIRST = new RegExp(
  String.raw`^(?:${MONTH_WORD},?\s+(?:\d{1,2},?\s+)?|\d{1,2}\s+${MONTH_WORD}\s+)(?:1[5-9]|20)\d\d\b`,
);

/** Only a volume and issue with its year, once or more (`10, no. 1 (1997)`, `16 (2004): 3–9`). */
const ISSUES_ONLY =
  /^(?:(?:vol\.\s*)?\d+(?:,\s*no\.\s*\d+|\.\d+)?\s*\((?:\p{Lu}[\p{L}.]*\s+)?(?:1[5-9]|20)\d\d\)(?::\s*[\d–—-]+)?[,.\s]*)+$/u;

/** Whether the part opens with a date and names no work before it: a further place in the work cited just before. */
export function opensWithDate(text: string): boolean {
  return DATE_FIRST.test(plain(text).trim());
}

/** Whether the part is only more volumes and issues of the periodical cited before it. */
export function isIssuesOnly(text: string): boolean {
  return ISSUES_ONLY.test(plain(text).trim());
}
