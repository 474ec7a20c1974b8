/**
 * A name's initial inside the author's sentence (`…, in a growing literature, L. Lee, *Salt Roads* …`, `… described
 * in Ann B. Lee, “Tides,” …`, `both in T. Lee, ed., *Quays* …`) is no sentence's end: a single capital and its stop,
 * after a comma, a lower-case word or a given name, before a family name (with its suffix and co-authors: `Ann B. Lee III
 * and Bo Chen, “Tides,”`) whose comma leads to a title, `ed.` or `trans.`.
 * A label's letter (`Appendix B.`, `Table C.`) and a Roman `I`/`V`/`X` still end a sentence.
 */
import { classifySegment } from './classify-part.js';
import { proseWordCount } from './prose.js';
import type { Segment } from './segment.js';

const INITIALS_IN_SENTENCE = /(?:,|\s\p{Ll}+|\s\p{Lu}[\p{Ll}'’-]+)\s+(?:\p{Lu}\.\s?)*\p{Lu}\.$/u;
const LABEL_LETTER =
  /(?:^|\s)(?:[Aa]ppendix|[Aa]nnex|[Tt]able|[Ff]ig(?:ure)?|[Pp]late|[Pp]art|[Ss]eries|[Ss]chedule|[Ee]xhibit|[Pp]lan|[Ss]ection|[Cc]lass|[Tt]ype|[Vv]itamin)\s+\p{Lu}\.$/u;
/** After a family name: a generation's suffix and co-authors after `and` (`Lee III and Bo K. Chen`). */
const CO_AUTHORS = String.raw`(?:\s+(?:Jr\.|Sr\.|II|III|IV))?(?:\s+(?:and|&)\s+(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}'’-]+|\s+et\s+al\.)?`;
/**
 * The family name (after the name's further initials: `L. H. Lee`, one perhaps without its stop, `B. J. A Lee et
 * al., eds.,`), perhaps with suffix and co-authors, then a comma and a title.
 */
const FAMILY_BEFORE_TITLE = new RegExp(
  String.raw`^(?:\p{Lu}(?:\.\s?|\s)){0,3}\p{Lu}[\p{L}'’-]+${CO_AUTHORS}` +
    String.raw`,\s*(?:[\uE000“"‘*_]|eds?\.|trans\.)`,
  'u',
);

/** Whether the stop at the end of `before` is a name's initial, `after` opening with the family name. */
export function initialInSentence(before: string, after: string): boolean {
  return (
    INITIALS_IN_SENTENCE.test(before) &&
    !/(?:^|\s)[IVX]\.$/.test(before) &&
    !LABEL_LETTER.test(before) &&
    FAMILY_BEFORE_TITLE.test(after)
  );
}

/**
 * `…, both in T. Lee, ed., *Quays* (…)`, `… described in Ann B. Lee, “Tides,” …`: (a given name,) initials and a family
 * name, then a title or `ed.`, inside the author's sentence; never a co-author after `and` (`Lee III and Bo K. Chen`).
 */
const CITED_BY_INITIALS = new RegExp(
  String.raw`(?:[,:]|\s(?!and\s)\p{Ll}+)\s+(?=(?:\p{Lu}\p{Ll}+\s+)?(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{L}'’-]+${CO_AUTHORS},\s*` +
    String.raw`(?:eds?\.,?\s*)?[\uE000“"‘])`,
  'u',
);

/**
 * A commentary part (or one taken whole for a citation) whose sentence runs into a work named by initials and a family name is cut before the
 * initials; what follows is classified again (the work, then any sentences of the author's after it).
 */
export function splitAtInitials(segment: Segment): Segment[] {
  if (segment.kind !== 'commentary' && segment.kind !== 'full') return [segment];
  const match = CITED_BY_INITIALS.exec(segment.text);
  if (!match) return [segment];
  const cut = match.index + match[0].length;
  const head = segment.text.slice(0, cut).trimEnd();
  // A citation taken whole is cut only where the author's words, with no title, stand before the names
  // (`Both counts are given in R. T. Osei, ed., …`), never in a chapter's `“Tides,” in K. Varga, ed., …`.
  // A head closed by a colon leads in to the names whatever it holds (`… the *Quay Ledger* project: Ann B. Lee, …`).
  if (segment.kind === 'full' && !head.endsWith(':') && (/[\uE000“"‘]/.test(head) || proseWordCount(head) < 3))
    return [segment];
  const rest = segment.text.slice(cut);
  const restFrom = segment.from + cut;
  return [
    { kind: 'commentary', text: head, from: segment.from, to: segment.from + head.length },
    ...classifySegment({ text: rest, from: restFrom, to: segment.to }).flatMap(splitAtInitials),
  ];
}
