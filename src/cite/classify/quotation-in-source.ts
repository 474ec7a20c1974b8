/**
 * A quotation of a source's words, then `in` and the work they stand in (`“la strada del porto, e poi al
 * ponte” in Lee, *Salt Roads* (1850), 84.`): the quoted words are the author's commentary, the citation
 * starts after `in`. A chapter's title before `in` closes with a comma inside its quotes (`“Tides,” in`)
 * and reads as a title, not as a run of lower-case words.
 */
import { isQuotation } from './quotation.js';

/** Names (family names alone, as a short form gives them, or whole), then a comma. */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}`;
const NAMES = String.raw`${NAME}(?:(?:,\s+|,?\s+(?:and|&)\s+)${NAME})*(?:\s+et\s+al\.?)?,\s`;

/** The quotation (no comma before its closing quote), ` in `, then names and a comma, or a marked title. */
const QUOTATION_IN = new RegExp(
  String.raw`^([“"](?:[^”"]|(?<=\p{L})"(?=\p{L}))+(?<!,)[”"])\s+in\s+(?=${NAMES}|[\uE000“"‘])`,
  'u',
);

/** Where the citation after a quotation and `in` starts, and where the quotation ends; undefined when the text is not one. */
export function quotationInSource(text: string): { quotation: string; start: number } | undefined {
  const match = QUOTATION_IN.exec(text);
  if (!match || !isQuotation(match[1])) return undefined;
  return { quotation: match[1], start: match[0].length };
}
