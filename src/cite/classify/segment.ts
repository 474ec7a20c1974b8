/**
 * What the classifier hands on: a run of a note's text and what it is (a full citation, a short form,
 * Ibid., or the author's commentary). Shared by every rule of the classifier, so it sits apart from them.
 */

export type SegmentKind = 'full' | 'short' | 'ibid' | 'commentary';

export interface Segment {
  kind: SegmentKind;
  /** The segment's text, markers included, trimmed. */
  text: string;
  /** Offsets of `text` in the note's flattened text. */
  from: number;
  to: number;
  /** A short form only if it names a work cited before (`Lee 23.`); else the author's words (`Note 1.`). */
  weak?: boolean;
  /** Names no work, only a further place (a date first) in the work cited just before it in the note. */
  again?: boolean;
  /**
   * Cut out of the author's sentences around an anchor only a citation has (prose-anchors.ts): read with less
   * certainty than a note's own citations, so the lint holds no other citation against it.
   */
  inProse?: boolean;
}

/** A run of the note's flattened text, not yet classified. */
export interface Part {
  text: string;
  from: number;
  to: number;
}

/** The classifier's entry for one run of text, passed to rules that classify what they cut off. */
export type Classify = (part: Part) => Segment[];

/** A part cut at `at`: the author's words before it, then a full citation from there. */
export function wordsThenFull({ text, from, to }: Part, at: number): Segment[] {
  const words = text.slice(0, at).trimEnd();
  return [
    { kind: 'commentary', text: words, from, to: from + words.length },
    { kind: 'full', text: text.slice(at), from: from + at, to },
  ];
}
