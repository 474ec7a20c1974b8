/**
 * A pointer to another place of the book itself, the whole of a note's part after its signal, if any: `See chapter
 * 3.`, `See sections 2.1 and 2.4 above.`, `Cf. appendix B.`, German `Siehe Kapitel 2.2.2.`, `Vgl. Abschnitt
 * „Quellen“.`, `Siehe Anhang D.4.`, French `Voir le chapitre 3.`; the place before its position (`See discussion
 * below: “Sin Perverted.”`); a heading and the part it stands under (`Siehe „Quellen“ unter C.`). It is the author's
 * words, never a citation (a short form would be reported as naming no work). A note number (`See note 12.`) is left
 * to the readers of `supra`.
 */

const PLACE = String.raw`(?:chapters?|chaps?\.|sections?|sects?\.|appendix|appendices|tables?|figures?|figs?\.|Kapitel|Kap\.|Abschnitte?|Anhang|Tabellen?|Abbildungen?|Abb\.|chapitres?|annexes?)`;

/** `3`, `2.2.2`, `IV`, `B`, `D.4`, or a heading in quotation marks (`„Quellen“`, `,,Quellen"`, `“Sources”`). */
const LABEL = String.raw`(?:[\dIVXLC]+(?:\.\d+)*\.?[a-z]?|\p{Lu}(?:\.\d+)*|(?:„|,,|“|"|‘)[^”“"’]{1,80}[”“"’])`;

/** The signal before the pointer: `See`, `Cf.`, `Vgl.`, `Siehe auch`, `Voir`. */
const SIGNAL_WORD = String.raw`see(?:\s+also)?|cf\.|compare|vgl\.|siehe(?:\s+auch)?|voir(?:\s+aussi)?`;

const CROSS_REFERENCE = new RegExp(
  String.raw`^(?:(?:${SIGNAL_WORD})[,:]?\s+)?` +
    String.raw`(?:the\s+|le\s+|la\s+|l['’]|dem\s+|das\s+)?${PLACE}\s+${LABEL}(?:\s*(?:[-–,]|and|und|et)\s*${LABEL})*` +
    String.raw`(?:\s+(?:above|below|oben|unten|ci-dessus|ci-dessous|in\s+this\s+(?:book|volume|thesis)|dieser\s+Arbeit))?[.\s]*$`,
  'iu',
);

/** The signal before a place's position or a heading, German `S.` too. */
const SIGNAL = String.raw`(?:(?:${SIGNAL_WORD}|s\.)[,:]?\s+)?`;
const POSITION = '(?:above|below|oben|unten|ci-dessus|ci-dessous)';
/** `See discussion below.`, `See the discussion above: “Sin Perverted.”`, `See section below: „Quellen“.` */
const PLACE_ABOVE = new RegExp(
  String.raw`^${SIGNAL}(?:the\s+|die\s+|la\s+)?(?:${PLACE}|discussion|Diskussion|Ausführungen)\s+${POSITION}(?:[,:]?\s+${LABEL})?[.\s]*$`,
  'iu',
);
/** `Siehe „Quellen“ unter C.`, `See “Sources” under 2.1.`: a heading of the book and the part it stands under. */
const HEADING_UNDER = new RegExp(
  String.raw`^${SIGNAL}(?:„|,,|“|"|‘)[^”“"’]{1,120}[”“"’]\s+(?:unter|under|sous)\s+(?:${PLACE}\s+)?(?:[\dIVXLC]+(?:\.\d+)*|\p{Lu}(?:\.\d+)*|\p{Lu}\.\s?[IVX]+)\.?[.\s]*$`,
  'iu',
);

export function isCrossReference(text: string): boolean {
  const trimmed = text.trim();
  if (CROSS_REFERENCE.test(trimmed)) return true;
  // (Quick tests first: this runs on every part of every note.)
  if (/above|below|oben|unten|ci-dess/i.test(trimmed) && PLACE_ABOVE.test(trimmed)) return true;
  return /\s(?:unter|under|sous)\s/i.test(trimmed) && HEADING_UNDER.test(trimmed);
}
