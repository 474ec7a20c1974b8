/**
 * A short form whose cited places each carry the author's gloss in brackets, in lower case:
 * `Harbour Board Report, 12–13, § 50 (limiting the licence to residents), 40, § 61 (on tolls).`. The glosses
 * say what each place is cited for; without them the part is a short form, and its places are the locator.
 */
import type { Part, Segment } from './segment.js';

/**
 * A bracketed gloss in lower case, two words or more, after a cited place's number and a space (a provision's
 * own letter, `art 4(a)`, is no gloss).
 */
const GLOSS = /(?<=\d)\s+\(\p{Ll}[\p{L}'’-]*\s[^()]*\)/gu;

export function withoutGlosses(text: string): string {
  return text.replace(GLOSS, '');
}

/** The part read as a short form once its glosses are set aside, or undefined. */
export function glossedShort(part: Part, classify: (part: Part) => Segment[]): Segment[] | undefined {
  const bare = withoutGlosses(part.text);
  if (bare === part.text) return undefined;
  const segments = classify({ text: bare, from: part.from, to: part.to });
  if (segments.length !== 1 || segments[0].kind !== 'short' || segments[0].weak) return undefined;
  return [{ kind: 'short', text: part.text, from: part.from, to: part.to }];
}
