/**
 * A book's imprint run into the italics of its name by a slip: `in *Shore Handbook, Hull: Fell Press,* 2017`,
 * `in *The Harbour Handbook, Quay Town:* Fell Press, 2003`. The place (one to three capitalised words) and its
 * colon, with the publisher after it or not, go back to the facts. Only an imprint that ends the italics with
 * its colon or a comma, or names a press, is taken: `*Ethics, Law: A Reader*` keeps its words.
 */
const IMPRINT = /^(.*\S),\s+((?:\p{Lu}[\p{L}.'’-]*\s*){1,3}:\s*([^,:]*?))(,?)\s*$/u;
const PRESS = /\b(?:Press|Books|Publish\w*|Verlag|Éditions|Editions|Publications|Elgar)\b/;

export function imprintInItalics(italic: string): { book: string; imprint: string } | undefined {
  const match = IMPRINT.exec(italic);
  if (!match) return undefined;
  const [, book, imprint, publisher, comma] = match;
  if (publisher && !comma && !PRESS.test(publisher)) return undefined;
  return { book, imprint };
}
