/**
 * A signal before a citation (`See`, `Cf.`, `For a critique, see`, `quoted in`) is the author's word,
 * not part of the work: it is dropped so that the citation starts at the work's first word.
 */
import { COMMA_LESS_LEAD_IN } from './comma-less-lead-in.js';
import type { Part } from './segment.js';
import { IDEM } from '../text.js';

/**
 * A signal before a citation (`See`, `See also:`, `Also see`, German `Vgl.`, `siehe`, `s.a.`, `a.A.:`, `so auch`,
 * `See, by contrast,`, `See for comparison`, `Cf.`, `For a critique, see`, `On *ratio*, see`, `quoted in` (MLA's `qtd. in`),
 * the lead-in's quoted words never closing a sentence inside their quotes: `Lee, “Tides.” For …, see` is a
 * short form before the lead-in,
 * the `and` of `…; and Lee, *Songs*` (German `sowie`), `also` alone (`…; also Ann Lee, *Songs*`), `On tolls see`, `All citations are to`, `Also quoted in the *Lamp*`, a
 * newspaper's `the` outside its italics) is the author's word, not part of the work: the citation starts after it.
 */
/** `All citations are to`, `References are from`: the edition the author cites throughout, named after these words. */
export const EDITION_USED = String.raw`(?:All\s+(?:further\s+|subsequent\s+)?)?(?:[Cc]itations|[Rr]eferences|[Qq]uotations)\s+(?:are|will\s+be)\s+(?:to|from)`;

/**
 * German legal writing's signals besides `Vgl.` and `siehe`: `s. auch` and `s.a.` (see also), `a.A.` (another view:
 * the work that holds it follows; in capitals, `A.A.:`, only with its colon, for `A. A. Lee` is a person's initials),
 * `so auch` and `ebenso` (likewise), `ähnlich` (similarly). (`S.` alone is a page.)
 */
const GERMAN_SIGNAL = String.raw`s\.\s?a\.|s\.\s+auch|a\.\s?A\.|so\s+auch|ebenso|ähnlich`;

const SIGNAL = new RegExp(
  String.raw`^(?:[\p{Lu}](?:[^.;:“"‘\uE000]|\uE000[^\uE001]*\uE001|“[^”]*(?<![.!?])”|"[^"]*(?<![.!?])"|‘[^’]*(?<![.!?])’){0,200}?` +
    String.raw`(?:,\s*|(?<=,[”"’])\s+)|${COMMA_LESS_LEAD_IN})?(?:(?:see(?:\s+also)?|also\s+see|cf\.|compare|e\.g\.|vgl\.|siehe|${GERMAN_SIGNAL}),?:?` +
    String.raw`(?:\s+(?:for\s+(?:example|instance|contrast|comparison)|by\s+contrast|e\.g\.|especially|esp\.|zum\s+Beispiel|z\.\s?B\.|etwa|dazu|hierzu|auch|nur),?)?|(?:also\s+)?(?:quoted|qtd\.)\s+in|(?:also\s+)?cited\s+in` +
    String.raw`|as\s+cited\s+in|reprinted\s+in|translated\s+in|as\s+(?:argued|noted|shown|suggested|discussed|quoted)\s+` +
    String.raw`(?:by|in)|${EDITION_USED})\s+(?:the\s+(?=\uE000))?(?=[\p{Lu}\uE000“"‘'])|^(?:and(?:\s+also)?|also|sowie|(?:with|in)\s+reference\s+to|citing|quoting)\s+` +
    String.raw`(?=[\p{Lu}\uE000“"‘'])`,
  'iu',
);

/** A citation opening in lower case: Ibid., `idem` (text.ts), a name's particle (`de Waal`). */
const CITATION_IN_LOWER_CASE = new RegExp(
  String.raw`^(?:ibid|ebd|id\.|${IDEM}\b|(?:de|van|von|da|di|du|la|le|der|den|al|el|ibn)\s)`,
  'i',
);

export function dropSignal(part: Part): Part {
  const signal = SIGNAL.exec(part.text);
  if (!signal || /^(?:ibid|ebd)/i.test(part.text)) return part;
  // `A. A. den Otter, *Railways*`: a person's initials, not the signal `a.A.` (written so, or in capitals with a colon).
  if (/(?:^|\s)A\.\s?A\.\s+$/.test(signal[0])) return part;
  // `…, see the published version.`: a signal before the author's own words leads to no citation.
  const rest = part.text.slice(signal[0].length);
  // (`see also idem, “Tides”`: `idem`, the author of the work cited before (resolve.ts), opens the citation.)
  if (/^\p{Ll}/u.test(rest) && !CITATION_IN_LOWER_CASE.test(rest)) return part;
  return { text: part.text.slice(signal[0].length), from: part.from + signal[0].length, to: part.to };
}
