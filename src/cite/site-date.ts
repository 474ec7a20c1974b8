/**
 * A site named without italics before its address, dated by a year or by the span it was kept
 * (`Ann Lee et al., Shore Atlas, 2017–2020, https://…`): the date closes the words before the address, and
 * the site's year is the first. Without it, the name would hold the date.
 */

/** `, 2017`, `, 2017–2020`, `, 2017-`: a year or a span closing the words before the address. */
const CLOSING_DATE = /,\s*((?:1[5-9]|20)\d\d)(?:\s*(?:--|[-–—])\s*(?:(?:1[5-9]|20)\d\d)?)?[\s,.]*$/;

/** The words before the address without their closing date, and the date's first year; undefined when none closes them. */
export function siteDate(words: string): { name: string; year: number } | undefined {
  const date = CLOSING_DATE.exec(words);
  if (!date || !/\p{L}/u.test(words.slice(0, date.index))) return undefined;
  return { name: words.slice(0, date.index), year: Number(date[1]) };
}
