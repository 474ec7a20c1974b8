/**
 * A state's session laws cited by year, jurisdiction and page (`1851 Shore Laws 260`) open a citation of
 * their own wherever they follow another work: after its full stop or semicolon, or after the author's
 * `compared to` (`Final Report (Hull, 1850), § 8, compared to 1851 Shore Laws 260, § 4.`). The year
 * first and the word `Laws`/`Statutes`/`Code` with a page after it are the form; the note is cut before
 * it and what stands before is classified again.
 */
import type { Classify, Segment } from './segment.js';

const BEFORE_SESSION_LAWS = new RegExp(
  String.raw`(?:[.;]\s+|,\s+(?:compared\s+(?:to|with)|as\s+against|and)\s+)(?=(?:1[5-9]|20)\d\d\s+` +
    String.raw`(?:\p{Lu}[\p{L}.'-]*\s+){1,4}?(?:(?:Compiled|Revised|General|Public|Session)\s+)?` +
    String.raw`(?:Laws|Statutes|Acts|Code),?\s+(?:\d+|[ivxlc]+)\b)`,
  'u',
);

export function splitSessionLaws(segment: Segment, classify: Classify): Segment[] {
  if (segment.kind !== 'full' && segment.kind !== 'short') return [segment];
  const cut = BEFORE_SESSION_LAWS.exec(segment.text);
  if (!cut || cut.index === 0) return [segment];
  const head = segment.text.slice(0, cut.index + (cut[0].startsWith('.') ? 1 : 0)).trim();
  const at = cut.index + cut[0].length;
  const tail = segment.text.slice(at);
  const tailSegment: Segment = { kind: 'full', text: tail, from: segment.from + at, to: segment.to };
  return [
    ...classify({ text: head, from: segment.from, to: segment.from + head.length }),
    ...splitSessionLaws(tailSegment, classify),
  ];
}
