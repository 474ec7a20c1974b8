/**
 * A short form closing its sentence, then the author's sentences (`Lee, ‘Salt Roads’. This is also told in …`,
 * `Lee and Chen, *Tides*, 4. The map is lost.`, the Bluebook's `Lee, *supra* note 4, at 12. The map is lost.`, the
 * author-date `Lee 2009, 52. The map is lost.`): the note is cut at the short form's full stop, and what follows is
 * classified on its own (it may cite more works). Without the cut the author's words became part of the short form,
 * or, when they give an address or a date, one full citation whose title ran on into them.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from '../note-text.js';
import { LOCATOR } from '../text.js';
import type { Classify, Part, Segment } from './segment.js';

/** Family names as a short form gives them: `Lee`, `Lee and Chen`, `de Vries et al.`. */
const FAMILIES = String.raw`(?:(?:de|van|von|da|di|du|la|le)\s+)?\p{Lu}[\p{L}'’-]+(?:(?:,\s+|,?\s+(?:and|&)\s+)\p{Lu}[\p{L}'’-]+)*(?:\s+et\s+al\.?)?`;

/** A marked title: in italics, or in curly or straight quotes (a single quote closes before a comma or full stop). */
const TITLE = String.raw`(?:${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]+${EMPHASIS_CLOSE}|‘[^‘]+?’(?=[.,])|“[^“]+?[”"](?=[.,\s])|"[^"]+?")`;

/**
 * Names, a marked title, perhaps its place cited, and the full stop (after the title's quote, or inside it); then a sentence: a capitalised word and a
 * word in lower case (`This is`, `The idea`), so a journal's or a publisher's name (`Shore Review`) never starts it.
 */
const SHORT_THEN_SENTENCE = new RegExp(
  String.raw`^(?:${FAMILIES},\s*${TITLE}(?:,?\s*(?:${LOCATOR}|passim))?)(?:\.|(?<=\.[”"’${EMPHASIS_CLOSE}]))\s+(?=\p{Lu}\p{Ll}*\s+\p{Ll})`,
  'u',
);

/**
 * The Bluebook's short form, names or a short title then `supra note 4` and perhaps its page (`Lee, *supra* note 4, at
 * 12.`, `Harbour Report, *supra* note 1.`), then the author's sentence; the names hold no sentence of their own.
 */
const SUPRA_THEN_SENTENCE = new RegExp(
  String.raw`^(?:(?!(?<=\p{Ll}{2})\.\s)[^;])+?,\s*${EMPHASIS_OPEN}?supra${EMPHASIS_CLOSE}?,?\s+notes?\s+\d+(?:,\s*at\s+${LOCATOR})?\.\s+` +
    String.raw`(?=["“‘]?\p{Lu}\p{Ll}*["”’]?\s+\p{Ll})`,
  'u',
);

/**
 * The author-date short form, names and year then the place cited (`Lee 2009, 562–65.`, German `Lee 2009, S. 562.`,
 * `Lee/Chen 1989, S. 393f.`), then the author's sentence.
 */
const NAMES_YEAR_THEN_SENTENCE = new RegExp(
  String.raw`^${FAMILIES}(?:\s*\/\s*\p{Lu}[\p{L}'’-]+)*\s+(?:1[5-9]|20)\d\d[a-z]?,\s*(?:S\.|pp?\.)?\s?(?:${LOCATOR})\.\s+` +
    String.raw`(?=\p{Lu}\p{Ll}*\s+\p{Ll})`,
  'u',
);

/** The short form and what follows it, classified; undefined when the text does not open that way. */
export function splitShortThenSentence(part: Part, classify: Classify): Segment[] | undefined {
  // (A quick test first: the pattern needs a comma soon after the opening capital.)
  if (!/^\p{Lu}[^,]{0,80},/u.test(part.text)) return undefined;
  const match =
    SHORT_THEN_SENTENCE.exec(part.text) ??
    SUPRA_THEN_SENTENCE.exec(part.text) ??
    NAMES_YEAR_THEN_SENTENCE.exec(part.text);
  if (!match) return undefined;
  const short = match[0].trimEnd();
  const rest = part.text.slice(match[0].length);
  return [
    { kind: 'short', text: short, from: part.from, to: part.from + short.length },
    ...classify({ text: rest, from: part.to - rest.length, to: part.to }),
  ];
}
