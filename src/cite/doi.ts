/**
 * A DOI marks a scholarly work: a periodical's article given one (`*Shore Studies* (June 2016),
 * https://doi.org/10.1234/abcd`, `…, DOI: 10.1234/abcd`, an address filed under `/doi/10.1234/…`) is a
 * journal's, not a newspaper's or a magazine's, however its issue is dated.
 */

/** `https://doi.org/10.1234/…`, `dx.doi.org/…`, `…/doi/full/10.1234/…`: an address that resolves or files a DOI. */
const DOI_URL = /(?:^(?:https?:\/\/)?(?:dx\.)?doi\.org\/|\/doi\/(?:(?:abs|full|pdf|epdf|epub)\/)?)10\.\d{4,9}\//i;
/** `DOI: 10.1234/abcd`, `doi:10.1234/abcd`, or the DOI given as its resolver's address. */
const DOI_TEXT = /\bdoi\s*:?\s*(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/\S/i;

/** `url`: the citation's address; `details`: its facts after the title and container, as written. */
export function hasDoi(url: string, details: string): boolean {
  return DOI_URL.test(url) || DOI_TEXT.test(details);
}
