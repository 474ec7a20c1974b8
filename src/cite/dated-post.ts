/**
 * A post of a blog named nowhere in the note: a quoted title with no publication, dated by its day, at an
 * address whose path files it by year and month before its worded name (`https://annlee.example/2014/09/
 * tides-at-the-quay/`), as blog software does. A site's page carries no date in its path; a newspaper's
 * or a magazine's article names its publication.
 */
const DATED_POST_PATH =
  /^[a-z]+:\/\/[^/]+\/(?:[^?#]*\/)?(?:19|20)\d\d\/(?:0?[1-9]|1[0-2])\/(?:\d{1,2}\/)?\p{L}+(?:-[\p{L}\d]+){2,}/iu;

/** Whether the address files a post by its year and month before its worded name. */
export function datedPostUrl(url: string): boolean {
  return DATED_POST_PATH.test(url);
}
