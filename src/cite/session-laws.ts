/**
 * A state's session laws or code cited by year, jurisdiction and page, the Bluebook's form for a statute
 * not yet codified (`1851 Shore Laws 260, §§ 4–9`, `1866 North Shore Compiled Laws v`, `1849 Quay Revised
 * Statutes, "Preface"`): legislation titled by the jurisdiction and the collection, of that year. The
 * provision cited (`§ 4`) is the locator, else the page or the part named.
 */
import type { FullCitation, WorkFields } from './parse-full.js';

const SESSION_LAWS = new RegExp(
  String.raw`^((?:1[5-9]|20)\d\d)\s+((?:\p{Lu}[\p{L}.'-]*\s+){1,4}?(?:(?:Compiled|Revised|General|Public|Session)\s+)?` +
    String.raw`(?:Laws|Statutes|Acts|Code))\b(?:,?\s+(\d+|[ivxlc]+|“[^”]+”|"[^"]+")(?=[\s,.(;]|$))?(.*)$`,
  'u',
);
const PROVISION = /(§§?\s*\d+(?:\.\d+)*(?:\s*[-–—]+\s*\d+(?:\.\d+)*)?)/u;

export function parseSessionLaws(text: string): FullCitation | undefined {
  const act = SESSION_LAWS.exec(text.trim());
  if (!act) return undefined;
  const rest = act[4].replace(/\([^()]*\)/g, '');
  const provision = PROVISION.exec(rest);
  const item: WorkFields = {
    type: 'legislation',
    title: act[2].trim(),
    issued: { 'date-parts': [[Number(act[1])]] },
  };
  const page = act[3] ?? /^\s*,\s*(“[^”]+”|"[^"]+")/.exec(act[4])?.[1];
  return { item, locator: provision ? provision[1] : (page ?? null), etAl: false };
}
