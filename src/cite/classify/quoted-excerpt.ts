/**
 * A citation may close with the author's excerpt from the work in brackets after its page
 * (`Ann Lee, *Port Dues* (Hull, 1850), 91 (“The rate stands as it was.”).`): the excerpt is the
 * author's quotation, not part of the work, and its words would otherwise be read as the title or
 * the names. It is cut off as commentary; the citation ends at its page.
 */
import type { Segment } from './segment.js';

/** A page (or a provision, a roman page), then a bracketed quotation that closes the citation. */
const EXCERPT_AFTER_PAGE = /(?<=[\divxlc][a-z]?)\s*\(\s*[“"‘][^()]*[”"’][^()]{0,4}\)\.?$/u;

export function cutQuotedExcerpt(segment: Segment): Segment[] {
  if (segment.kind !== 'full' && segment.kind !== 'short') return [segment];
  const excerpt = EXCERPT_AFTER_PAGE.exec(segment.text);
  // A bracketed quotation standing alone (no work before it) is left as it is.
  if (!excerpt || excerpt.index < 8) return [segment];
  const work = segment.text.slice(0, excerpt.index).trimEnd();
  const quotation = segment.text.slice(excerpt.index).trim();
  const quotationFrom = segment.to - quotation.length;
  return [
    { ...segment, text: work, to: segment.from + work.length },
    { kind: 'commentary', text: quotation, from: quotationFrom, to: segment.to },
  ];
}
