/**
 * Headings of a PDF converted to text: nothing marks them but the space around them. A paragraph of
 * one short line (at most eight words, at most 60% of the page's longest line), after a blank line or the page's top,
 * opening with a
 * capital, with no call and no closing punctuation, and followed by more of the page's text (right
 * under it or after a blank line), is a heading: `#` when
 * it opens its page (a chapter starts a page), `##` elsewhere. A short line at a page's foot is left
 * alone (a book does not end a page with a heading).
 */

export interface TextParagraph {
  lines: string[];
  /** Set apart by a blank line (or the page's edge) before and after, not merely by an indent. */
  blankBefore: boolean;
  blankAfter: boolean;
}

const maxWords = 8;

export function headingLevel(paragraphs: TextParagraph[], index: number): number | undefined {
  const paragraph = paragraphs[index];
  if (paragraph.lines.length !== 1 || !paragraph.blankBefore) return undefined;
  if (index === paragraphs.length - 1 || !headingLike(paragraph.lines[0], measure(paragraphs))) return undefined;
  return index === 0 ? 1 : 2;
}

/**
 * A line that could be a heading: short (at most 60% of the page's longest line, a full line of
 * text), capitalised, no call, no closing punctuation, not columns (a contents line).
 */
export function headingLike(line: string, measure: number): boolean {
  const text = line.trim();
  return (
    text.length <= 0.6 * measure &&
    text.split(/\s+/).length <= maxWords &&
    /^\p{Lu}/u.test(text) &&
    !/[.,;:!?\\^][”’"')\]]*$|<sup>|\S\s{3,}\S/u.test(text)
  );
}

/** The page's measure: its longest line. */
export function measure(paragraphs: TextParagraph[]): number {
  return Math.max(0, ...paragraphs.flatMap((paragraph) => paragraph.lines.map((line) => line.trim().length)));
}
