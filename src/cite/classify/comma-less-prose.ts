/**
 * The author's sentences that give a date (`Ann died soon after. By 4 May 1703 her brother had sold the
 * mill.`) are no citation: a citation in note or bibliography form has a comma after its names or its
 * title, so a run of sentences with no comma, no marked title and no address is commentary, whatever
 * dates it holds.
 */
import { ADDRESS } from './full.js';
import { looksLikeProse } from './prose.js';
import { withoutTitles } from './titles.js';

export function isCommaLessProse(text: string): boolean {
  return !text.includes(',') && withoutTitles(text) === text && !ADDRESS.test(text) && looksLikeProse(text);
}
