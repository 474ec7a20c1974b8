/**
 * A scholarly journal known by its shape when no volume in Arabic figures says so: a name built as
 * journals' are (`Journal of Shore Studies`, `International Journal of Quay Law`, `Revista de Estudos
 * Costeiros`, `Annals of the Quay`, `Shore Quarterly`), or a volume in Roman numerals before the issue's number (`*Shore Studies* XXIV, no. 2 (June
 * 2005)`). A newspaper or a magazine is named otherwise and numbers no volumes so; a legislature's journal
 * (`Journal of the Senate`) is its record, not a scholarly journal.
 */

/**
 * A name as a journal's is built (general vocabulary in several languages); up to three capitalised words may
 * qualify `Journal of` (`International Journal of …`, `European Journal for …`). A newspaper's `Journal` is
 * named after its place, with no `of` after it (`Harbour Evening Journal`).
 */
const JOURNAL_NAME =
  /^(?:The\s+)?(?:(?:\p{Lu}[\p{L}’'-]*\s+){0,3}Journal\s+(?:of|for)|Revista\s+(?:de|do|da|dos|das)|Revue\s+(?:de|des|du|d[’'])|Zeitschrift\s+für|Annals\s+of|Annales\s+(?:de|des|d[’']))\s+\S|\bQuarterly$/u;
/** A legislature's or a meeting's own record, named like a journal. */
const RECORD =
  /^(?:The\s+)?Journals?\s+of\s+the\s+(?:Senate|House|Assembly|Council|Convention|Congress|Legislat\w+|Lords|Commons)\b/;
/** `XXIV, no. 2`: a volume in Roman numerals, then the issue's number. */
const ROMAN_VOLUME = /^[\s,]*[IVXLC]+,?\s+(?:no|n|nº|nr)\.?\s*\d+\b/;

/** Whether the container's name is built as a scholarly journal's. */
export function journalName(container: string): boolean {
  return JOURNAL_NAME.test(container.trim()) && !RECORD.test(container.trim());
}

/** Whether the facts after the container open with a volume in Roman numerals and an issue's number. */
export function romanVolume(details: string): boolean {
  return ROMAN_VOLUME.test(details);
}

/**
 * `Journal of Shore Studies 12, no. 3 (2010), special issue edited by Ann Lee`: a journal's whole issue cited with no
 * article's title, its name without italics straight before its volume and number and its bracketed year. The name.
 */
const WHOLE_ISSUE =
  /^(\p{Lu}[\p{L}'’&.\- ]*?\p{L})\.?,?\s+\d+,?\s*(?:[Nn]o\.|[Nn]r\.|\()\s*\d*\s*\(?(?:[^()]*\s)?(?:1[5-9]|20)\d\d\)/u;

export function wholeIssue(text: string): string | undefined {
  const name = WHOLE_ISSUE.exec(text.trim())?.[1];
  return name && name.split(/\s+/).length >= 2 ? name : undefined;
}

/**
 * `*Shore Studies* 9, no. 3 (2008), special issue edited by Ann Lee`: the facts after a title in italics that is a
 * journal's whole issue cited with no article's title: a volume, the issue's number, then the bracketed year. A book
 * numbers no issues so (`*Tides*, vol. 2 (Hull, 2003)`).
 */
const ISSUE_AFTER_TITLE = /^[\s,]*\d+,?\s*(?:[Nn]o|[Nn]r|[Nn]º)\.?\s*\d+\s*\((?:[^()]*\s)?(?:1[5-9]|20)\d\d\)/u;

export function issueAfterTitle(details: string): boolean {
  return ISSUE_AFTER_TITLE.test(details);
}
