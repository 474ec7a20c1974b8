/**
 * A note that opens by thanking someone (`Thanks to Ann Lee for her comments; e-mail to the author, 4 May
 * 2010.`, `I am grateful to the Quay Record Office for access to its ledgers, https://quay.example.org/.`): the
 * acknowledgement (also of funding: `This study was funded by the Shore Council (grant 12).`) is the
 * author's words up to its sentence's end, the clauses after its semicolons and an
 * address of the body thanked included; what follows it is read as any note is.
 */

/** How an acknowledgement opens (after a mark such as `∗` or `†` that the note's call repeats). */
const THANKS =
  /^(?:[∗†‡]\s*)?(?:(?:Many\s+|My\s+|Our\s+|Special\s+)?[Tt]hanks\s+(?:are\s+due\s+)?to|(?:I|We)\s+(?:would\s+like\s+to\s+|wish\s+to\s+|should\s+like\s+to\s+)?(?:thank|acknowledge)|(?:I|We)\s+(?:am|are)\s+(?:grateful|indebted|thankful)\s+to|The\s+authors?\s+(?:would\s+like|wishe?s?)\s+to\s+(?:thank|express|acknowledge)|(?:This|The)\s+(?:project|research|work|study|chapter|article)\s+(?:has\s+)?(?:received\s+funding|was\s+(?:supported|funded))\b)\s/u;

/** The end of a note's opening acknowledgement (after its sentence's stop), or undefined when it opens with none. */
export function acknowledgementEnd(text: string): number | undefined {
  if (!THANKS.test(text)) return undefined;
  const end = /[.!?](?=\s|$)/.exec(text);
  return end ? end.index + 1 : text.length;
}
