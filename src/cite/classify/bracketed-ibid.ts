/**
 * Ibid. in brackets inside the author's sentence, citing the work just cited for a quotation or a point: `Ann Lee,
 * “Tides,” in *Seas* (Hull: Quay, 2008), 34. Lee holds that a quay is read before it is built (ibid., 31).` The
 * bracket is a citation of its own, cut out of the author's words around it; the words stay commentary.
 */
import { LOCATOR } from '../text.js';
import { IBID } from './ibid.js';
import type { Segment } from './segment.js';

// (In italics too, its full stop perhaps after them: `(*ibid*.)`.)
const BRACKETED_IBID = new RegExp(
  String.raw`\(\s*(\uE000?(?:ibid|Ibid)\b\.?\uE001?\.?(?:,?\s*(?:${LOCATOR}))?)\s*\)`,
  'g',
);

export function splitBracketedIbid(segment: Segment): Segment[] {
  if (segment.kind !== 'commentary' || !/\(\s*\uE000?ibid\b/i.test(segment.text)) return [segment];
  const { text, from } = segment;
  const out: Segment[] = [];
  let at = 0;
  const words = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (!/\p{L}/u.test(trimmed)) return;
    const lead = raw.length - raw.trimStart().length;
    out.push({
      kind: 'commentary',
      text: trimmed,
      from: from + start + lead,
      to: from + start + lead + trimmed.length,
    });
  };
  for (const match of text.matchAll(BRACKETED_IBID)) {
    if (!IBID.test(match[1])) continue;
    const start = match.index + match[0].indexOf(match[1]);
    words(at, match.index);
    out.push({ kind: 'ibid', text: match[1], from: from + start, to: from + start + match[1].length });
    at = match.index + match[0].length;
  }
  if (!out.some((part) => part.kind === 'ibid')) return [segment];
  words(at, text.length);
  return out;
}
