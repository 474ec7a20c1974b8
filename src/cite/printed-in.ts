/**
 * A document cited where it is printed: `Ann Lee, “Tides of the Quay.” Manuscript. Hull, c. 1802. Transcribed and
 * published in Bo Chen, ed., *Papers of the Quay* (Hull: Quay Press, 1999), 12.` (also `Reprinted in`, `Printed
 * in`). What is cited is the part of the printed book, named in italics after `in` (its editors may come first): the
 * words between the quoted title and `published in` (the original's description, place and date) give way to `in`,
 * so the rest of the grammar reads a chapter.
 */
import { EMPHASIS_OPEN } from './note-text.js';

const PRINTED_IN = new RegExp(
  String.raw`^([^“"]*[“"][^”"]+[”"][,.]?)\s+[^“"”${EMPHASIS_OPEN}]*?\b(?:(?:[Tt]ranscribed|[Tt]ranslated|[Ee]dited)\s+and\s+)?` +
    String.raw`(?:[Pp]ublished|[Rr]eprinted|[Pp]rinted)\s+in\s+((?:[^,${EMPHASIS_OPEN}]+,\s+eds?\.,\s+)?${EMPHASIS_OPEN}.*)$`,
  'su',
);

export function printedIn(text: string): string {
  const match = PRINTED_IN.exec(text);
  if (!match) return text;
  return `${match[1].replace(/[,.]?([”"])[,.]?$/, ',$1')} in ${match[2]}`;
}
