/**
 * Two parts of one book cited together, their quoted titles joined by `&` or `and` before the book they share:
 * `Ann Lee, “Tides at Dawn” & “Salt at Noon” in *Harbour Lives* (Hull, 1650), 3–4, 9–10.` The first part's title
 * stands for the citation and the book after `in` is its container; the second title is no fact of the book.
 */

/** `& “Salt at Noon” in`: a second part's quoted title, then the `in` of the book both are printed in. */
const SECOND_PART = /^\s*(?:&|and)\s+[“"][^“”"]+[”"],?(?=\s+[Ii]n\b)/;

/** Whether the words after a closing quote are a second part's title before their shared book. */
export function secondPartFollows(after: string): boolean {
  return SECOND_PART.test(after);
}

/** What follows the first part's title without the second part's: ` in *Harbour Lives* (Hull, 1650), 3–4`. */
export function withoutSecondPart(rest: string): string {
  return rest.replace(SECOND_PART, '');
}
