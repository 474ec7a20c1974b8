/**
 * Two shapes the place of publication can take that say what the work is: a project's site names the date it
 * was last `updated` (`*Mining the Quay* (Shore Lab, 2010, updated November 2020), https://…`), which a book or
 * a report never does; and a paper's `Proceedings of …` may follow its quoted title without italics, read first
 * as its publisher (`“Tides,” Proceedings of the Third Shore Meeting, Hull, 2012`, or in another language
 * `“Las mareas,” Actas del III Congreso de Puertos, Hull (May 2001): 17–19`): a conference's paper, and the
 * proceedings, up to the comma before the meeting's place, are its container.
 */

/** `updated November 2020`, `last modified 4 May 2019`: a site's own date of change. */
const UPDATED =
  /\b(?:updated|last\s+(?:modified|updated|revised))\s+(?:on\s+)?(?:\p{L}+\.?\s+)?(?:\d{1,2},?\s+)?(?:1[5-9]|20)\d\d\b/iu;
/**
 * `Proceedings of …` opening the words after the title, or the same word in another language: `Actas del …`,
 * `Actes du …`, `Atti del …`, `Anais do …` (general vocabulary).
 */
const PROCEEDINGS_OF = String.raw`(?:Proceedings\s+of|Actas\s+de(?:l|\s+la)?|Actes\s+d(?:u|es|e\s+la)|Atti\s+(?:del(?:la|le)?|dei|degli)|Anais\s+d[oa]s?)\b`;
const PROCEEDINGS = new RegExp(`^${PROCEEDINGS_OF}`);

/** Whether the facts name the date the site was last changed. */
export function updatedSite(details: string): boolean {
  return UPDATED.test(details);
}

/** Whether the words read as a publisher are a conference's proceedings. */
export function conferenceProceedings(publisher: string): boolean {
  return PROCEEDINGS.test(publisher.trim());
}

/** The proceedings' name in the words read as a publisher: up to the first comma (the place and dates follow). */
export function proceedingsName(publisher: string): string | undefined {
  const name = new RegExp(String.raw`^${PROCEEDINGS_OF}[^,()]*[^\s,()]`).exec(publisher.trim())?.[0];
  return name && name.split(/\s+/).length > 2 ? name : undefined;
}
