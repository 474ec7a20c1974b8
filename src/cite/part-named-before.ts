/**
 * `The poem was later published as “The Keeper's Air” in Ann Lee, *Harbour Songs* (Hull, 1912), 35.`: the author's
 * sentence gives a part's title before `in`, and the book's author and title after it. The citation is the part's
 * (Chicago 14.106, a part of a book by one author): `Ann Lee, “The Keeper's Air,” in *Harbour Songs* …`.
 */
import { EMPHASIS_OPEN } from './note-text.js';

/** `… as “Title” in`, `… as ‘Title’, in`: the part's title closing the author's words. */
const PART_AS = /\bas\s+(?:“([^”]{2,200}?),?”|"([^"]{2,200}?),?"|‘(.{2,200}?),?’),?\s+in\s*$/u;

/** The citation's text with the part's title after its names, or undefined when the words before give none. */
export function partNamedBefore(text: string, lead: string): string | undefined {
  const part = PART_AS.exec(lead);
  if (!part) return undefined;
  const names = new RegExp(`^([^,${EMPHASIS_OPEN}“"‘]{2,80}),\\s*(?=${EMPHASIS_OPEN})`, 'u').exec(text);
  if (!names) return undefined;
  const title = part[1] ?? part[2] ?? part[3];
  return `${names[1]}, “${title},” in ${text.slice(names[0].length)}`;
}
