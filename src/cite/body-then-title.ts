/**
 * A body's work named without markup before its address: `See HWA, Shore Decisions and Tides: Recommendations
 * of the HWA Standing Panel (Version 4.2), https://…/reports/shore2.pdf`. The body (its initials, or a
 * name built as a body's: `Harbour Watch Institute`) stands first, then a comma, then the title, however
 * long, with its subtitle and its version in brackets; the body is the author. unmarked-title.ts reads a body
 * before an unmarked title and its imprint alike (`Harbour Watch Institute, Tides at Risk (Hull, 2014)`).
 */
import { isOrganisation, isPersonName } from './names.js';

/** `HWA`, `QSoc`: a body's initials, two capitals at least, one word. */
const INITIALS = /^(?=(?:\p{Ll}*\p{Lu}){2})\p{Lu}[\p{L}&]{1,7}$/u;
/** A title: a capitalised word first, three words or more, no further comma. */
const TITLE = /^\p{Lu}[^,]*(?:\s+\S+){2,}$/u;

/** A body's initials (`HWA`) or a name built as a body's (`Harbour Watch Institute`), never a person's. */
export function isBodyName(text: string): boolean {
  const name = text.trim();
  return INITIALS.test(name) || (isOrganisation(name) && !isPersonName(name));
}

export function bodyThenTitle(text: string): { body: string; title: string } | undefined {
  const parts = /^([^,]+),\s+([^,]+)$/.exec(text.trim());
  if (!parts) return undefined;
  const [body, title] = [parts[1].trim(), parts[2].trim()];
  if (!isBodyName(body) || !TITLE.test(title) || isPersonName(title)) return undefined;
  return { body, title };
}
