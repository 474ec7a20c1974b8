/**
 * A publisher named as a person, as early printers and booksellers were and some publishers still are:
 * `Ann Lee, “Eine Beschreibung der Häfen” (Hull: Bo Chen, 1687)`, `(London: B. Dane; C. Eze, 1660)`. A work whose
 * imprint names a person as its publisher is a book, whatever marks its title; a body's name (`Harbour Board`,
 * `Tide Watch Institute`) is a report's publisher (infer-type.ts).
 */
import { isOrganisation, isPersonList } from './names.js';

/** Whether every publisher named (parted by `;`) is a person's name in note order, never a body's. */
export function isPersonPublisher(publisher: string): boolean {
  const parts = publisher.split(/\s*;\s*/).filter(Boolean);
  return parts.length > 0 && parts.every((part) => /\s/.test(part) && isPersonList(part) && !isOrganisation(part));
}
