/**
 * A chapter of a thesis cited by both quoted titles, the chapter's then the thesis's, before the thesis's genre:
 * `Dana Ruiz, “The Night Ferry,” “Keepers of the Quay,” PhD diss., Shore University, 2019, 212–40.` An unpublished
 * thesis's title is quoted as a chapter's is (Chicago 14.211), so the second quoted title is the work's: the thesis
 * is the citation, the chapter's pages its place cited.
 */

/** `, “Keepers of the Quay,” PhD diss.`: a second quoted title straight before a thesis's genre. */
const THESIS_TITLE =
  /^[\s,]*[“"]([^“”"]+?)[,.]?[”"][,.]?(?=\s+\(?(?:(?:Ph\.?\s?D\.?|M\.?\s?A\.?|M\.?\s?Phil\.?|doctoral|master[’']s|unpublished)\s+)?(?:diss\b|dissertation\b|thesis\b))/i;

/** The thesis's title after its chapter's, and what follows it; nothing when the words are no such title. */
export function thesisAfterPart(rest: string): { title: string; rest: string } | undefined {
  const match = THESIS_TITLE.exec(rest);
  return match ? { title: match[1].trim(), rest: rest.slice(match[0].length) } : undefined;
}
