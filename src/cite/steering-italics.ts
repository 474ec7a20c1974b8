/**
 * Legal writing (the Bluebook, and court and law-review notes after it) sets in italics the words that steer a
 * reader, not only titles: the signals (`*See*`, `*See, e.g.*,`, `*Cf.*`, `*But see*`, `*See generally*`,
 * `*Accord*`, `*Compare*`), and the Latin words of reference (`*Id.*`, `*id.*`, `*supra*`, `*infra*`,
 * `*hereinafter*`, `*et al.*`, `*passim*`). Such italics mark no title: read as one, `*See* Lee, *Tides*` took
 * "See" for the work's title and `Lee, *supra* note 4, at 12` lost its pointer to note 4. Their words are kept,
 * upright. (An italic `*ibid*` keeps its italics: Chicago sets it so, and as a container it is read there,
 * ibid-container.ts.)
 */

/** A signal, or a Latin reference word, alone in its italics (a closing comma or full stop allowed). */
const STEERING_WORDS = new RegExp(
  String.raw`^(?:(?:but\s+)?(?:see(?:\s+also|\s+generally)?|cf\.?)(?:,?\s+e\.g\.?)?|e\.g\.?|accord|compare|contra` +
    String.raw`|(?:see\s+)?id(?:em)?\.?|supra|infra|hereinafter|et\s+al\.?|passim)[.,:]?$`,
  'i',
);

/** True when an italic run's words only steer the reader (a signal or a Latin word of reference). */
export function isSteeringItalics(words: string): boolean {
  return STEERING_WORDS.test(words.trim());
}
