/**
 * The full-wrap cover's size, as KDP and IngramSpark compute it: the spine is the interior's page
 * count (rounded up to even: a leaf has two sides) times the paper's thickness, and the wrap is
 * back + spine + front with 0.125 in of bleed all round.
 */
export const paperThickness = { white: 0.002252, cream: 0.0025 } as const;
export type Paper = keyof typeof paperThickness;

export const coverBleed = 0.125;
/** Below this the spine carries no text (print services ask for about a quarter inch and more). */
export const minimumSpineForText = 0.25;

export interface CoverSize {
  /** Inches, bleed included. */
  width: number;
  height: number;
  /** Inches. */
  spine: number;
  bleed: number;
  trim: { width: number; height: number };
  pages: number;
  spineText: boolean;
}

/** `trim` in inches; `pages` the interior's page count. */
export function coverSize(trim: { width: number; height: number }, pages: number, paper: Paper): CoverSize {
  if (!Number.isInteger(pages) || pages < 1) throw new RangeError(`page count ${pages}`);
  const even = pages + (pages % 2);
  const spine = even * paperThickness[paper];
  return {
    width: 2 * trim.width + spine + 2 * coverBleed,
    height: trim.height + 2 * coverBleed,
    spine,
    bleed: coverBleed,
    trim,
    pages: even,
    spineText: spine >= minimumSpineForText,
  };
}
