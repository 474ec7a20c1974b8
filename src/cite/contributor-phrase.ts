/**
 * A contributor named after a book's author (Chicago 14.104): `Ann Lee, with an essay by Bo Chen, *Tides* (…)`,
 * `with a foreword by`, `with contributions by`. The words are a role, like `ed.`, not the author's prose, and the
 * person named is no author of the work.
 */
export const CONTRIBUTOR_PHRASE =
  /,\s*with\s+(?:an?\s+)?(?:\p{Ll}+\s+)?(?:essays?|texts?|introduction|foreword|preface|afterword|contributions?|photographs|illustrations)\s+by\s+[^,;:()“"‘\uE000]+(?=,)/gu;
