/**
 * Asterisks of a title's italics that Markdown left as text. An export that types a title's closing asterisk after a
 * space (`Ann Lee, *Salt Roads. *`) leaves both as text: the pair, the first opening a word, the second after a
 * space, is the title's italics (`*Salt Roads.* `). An export that types a title's closing asterisk after a space (`*Salt Roads: A History, *Quay Series. Hull:
 * Quay Press,* 2002`) leaves Markdown an opening asterisk it cannot pair: it keeps that one as text and pairs the
 * second with the third, setting the series and imprint in italics instead of the title. A literal asterisk
 * opening a word, the note's only one, whose words run to a comma or full stop right before a run of italics,
 * marks the title: the italics are moved onto those words (`*Salt Roads: A History*, Quay Series. Hull: Quay
 * Press, 2002`), keeping the text's length (the later run's closing marker becomes a space).
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from '../note-text.js';

const NOT_MARKUP = `[^*${EMPHASIS_OPEN}${EMPHASIS_CLOSE}“”"‘]`;

/** The stray asterisk, the words up to their punctuation, the run of italics after them. */
const STRAY = new RegExp(
  String.raw`(?<=^|\s)\*(?=\p{L})(${NOT_MARKUP}+?\s${NOT_MARKUP}*?[\p{L}\p{N})])([,.]\s+)${EMPHASIS_OPEN}([^${EMPHASIS_OPEN}${EMPHASIS_CLOSE}]+)${EMPHASIS_CLOSE}`,
  'u',
);

/** A pair of literal asterisks, the second after a space: `*Salt Roads. *`. */
const SPACED_PAIR = new RegExp(String.raw`(?<=^|\s)\*(?=\p{L})(${NOT_MARKUP}+?)\s\*(?=$|[\s.,;:)])`, 'u');

/** `Lee, *Salt Roads. *` → `Lee, ⟨Salt Roads.⟩ `. */
export function spacedAsteriskTitle(text: string): string {
  if ((text.match(/\*/g) ?? []).length !== 2) return text;
  return text.replace(SPACED_PAIR, (_, title: string) => `${EMPHASIS_OPEN}${title}${EMPHASIS_CLOSE} `);
}

/** `*Salt Roads, ⟨Quay Series. Hull: Quay Press,⟩ 2002` → `⟨Salt Roads⟩, Quay Series. Hull: Quay Press,  2002`. */
export function strayAsteriskTitle(text: string): string {
  if ((text.match(/\*/g) ?? []).length !== 1) return text;
  return text.replace(
    STRAY,
    (_, title: string, gap: string, run: string) => `${EMPHASIS_OPEN}${title}${EMPHASIS_CLOSE}${gap}${run} `,
  );
}
