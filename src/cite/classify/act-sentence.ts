/**
 * An Act cited by name and its volume of statutes (`Act of Assembly (1864) Forming the County of Shore,
 * 31 Shore Statutes at Large 88–91 (1866).`, `An Act for Harbour Dues, 9 Stat. 40`) is a citation of its
 * own when it follows another work's full stop or semicolon: the note is cut before `Act` and what
 * stands before is classified again. The volume and `Statutes at Large`/`Stat.` with a page are the form,
 * so an Act only mentioned in the author's sentence is left alone.
 */
import type { Classify, Segment } from './segment.js';

const BEFORE_ACT = new RegExp(
  String.raw`[.;]\s+(?=(?:An\s+)?Act\b[^.;]{0,200}?,\s*\d+\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}` +
    String.raw`(?:Statutes\s+at\s+Large|Stat\.)\s+\d+)`,
  'u',
);

export function splitActSentence(segment: Segment, classify: Classify): Segment[] {
  if (segment.kind !== 'full' && segment.kind !== 'short') return [segment];
  const cut = BEFORE_ACT.exec(segment.text);
  if (!cut || cut.index === 0) return [segment];
  const head = segment.text.slice(0, cut.index + 1).trim();
  const at = cut.index + cut[0].length;
  const tail: Segment = { kind: 'full', text: segment.text.slice(at), from: segment.from + at, to: segment.to };
  return [...classify({ text: head, from: segment.from, to: segment.from + head.length }), tail];
}
