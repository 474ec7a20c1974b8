/**
 * A provision cited before the abbreviation of its act, then the provision's own heading in brackets:
 * `Art. 25 QDPR (Dues kept low by design).` The heading names what the article is about (as
 * an act prints it), not another work: without it the part is the short form `Art. 25 QDPR` (parse-short.ts
 * reads the provision as the place cited, the abbreviation as the act's).
 */
import type { Part, Segment } from './segment.js';

/** `Art. 25`, `Article 8`, `s. 12`, `§ 4`, `Recital 71`: a provision's label and number. */
const PROVISION = String.raw`(?:[Aa]rts?|[Aa]rticles?|s|ss|[Ss]ec|§§?|[Pp]aras?|[Rr]ecitals?)\.?\s*\d+[\w()]*`;

/** The provision, the act's abbreviation (capitals, perhaps a digit or `&`), then the bracketed heading. */
const WITH_HEADING = new RegExp(
  String.raw`^(${PROVISION},?\s+\p{Lu}[\p{Lu}\p{N}&-]{1,9})\s*\(\p{L}[^()]*\)[\s.]*$`,
  'u',
);

/** The part without the provision's heading (`Art. 25 QDPR`), or the part as written. */
export function withoutProvisionHeading(text: string): string {
  return WITH_HEADING.exec(text)?.[1] ?? text;
}

/** The part read as a short form once the heading is set aside (weak as that form is), or undefined. */
export function provisionWithHeading(part: Part, classify: (part: Part) => Segment[]): Segment[] | undefined {
  const bare = withoutProvisionHeading(part.text);
  if (bare === part.text) return undefined;
  const segments = classify({ text: bare, from: part.from, to: part.from + bare.length });
  if (segments.length !== 1 || segments[0].kind !== 'short') return undefined;
  // (Weak when the act is not known: the resolver then leaves it to the author's words.)
  return [{ ...segments[0], text: part.text, from: part.from, to: part.to }];
}
