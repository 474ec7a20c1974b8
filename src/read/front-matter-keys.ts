/**
 * Other tools' front-matter keys that Folio has a field for (Pandoc's first, then Hugo's, Jekyll's,
 * MkDocs' and JATS-style publishers' names), and how their values read: authors as a string, a
 * list, or a list of maps with a name.
 */
import type { configSchema } from '../config/schema.js';

type Field = keyof typeof configSchema.shape;

/** Normalised key (lower case, `-` for spaces and `_`) → Folio's field. */
export const mappedKeys = new Map<string, Field>([
  ['article-title', 'title'],
  ['book-title', 'title'],
  ['sub-title', 'subtitle'],
  ['creator', 'authors'],
  ['creators', 'authors'],
  ['editor', 'authors'],
  ['editors', 'authors'],
  ['lang', 'language'],
  ['locale', 'language'],
  ['year', 'date'],
  ['pubdate', 'date'],
  ['publishdate', 'date'],
  ['publish-date', 'date'],
  ['published', 'date'],
  ['date-published', 'date'],
  ['lastmod', 'modified'],
  ['last-modified', 'modified'],
  ['date-modified', 'modified'],
  ['updated', 'modified'],
  ['last-updated', 'modified'],
  ['abstract', 'description'],
  ['summary', 'description'],
  ['license', 'rights'],
  ['licence', 'rights'],
  ['copyright', 'rights'],
  ['isbn', 'identifier'],
  ['doi', 'identifier'],
  ['school', 'institution'],
  ['university', 'institution'],
  ['institute', 'institution'],
  ['affiliation', 'institution'],
  ['cover-image', 'cover'],
]);

/** A scalar as Folio's string fields take it; a list of one scalar, or Pandoc's `{text: …}`, too. */
export function plainValue(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || value instanceof Date) return value;
  if (Array.isArray(value)) return value.length === 1 ? plainValue(value[0]) : undefined;
  if (value && typeof value === 'object') {
    const text = (value as Record<string, unknown>).text ?? (value as Record<string, unknown>).name;
    return typeof text === 'string' ? plainValue(text) : undefined;
  }
  return undefined;
}

/**
 * Author names from a string ("A, B and C", or "Editors: A, B"), a list of strings, or a list of
 * maps with `name` (Hugo), `text` or `literal` (Pandoc), or `given` and `family` (CSL).
 */
export function authorNames(value: unknown): string[] | undefined {
  if (typeof value === 'string') return splitNames(value);
  if (typeof value === 'number') return undefined;
  const items = Array.isArray(value) ? value : [value];
  const names = items.flatMap((item): string[] => {
    if (typeof item === 'string') return [item.trim()];
    if (!item || typeof item !== 'object') return [];
    const record = item as Record<string, unknown>;
    const name = record.name ?? record.text ?? record.literal;
    if (typeof name === 'string') return [name.trim()];
    const given = typeof record.given === 'string' ? record.given : '';
    const family = typeof record.family === 'string' ? record.family : '';
    return given || family ? [`${given} ${family}`.trim()] : [];
  });
  const kept = names.filter((name) => name !== '');
  return kept.length ? kept : undefined;
}

/**
 * "Editors: A, B and C" → [A, B, C]. A comma splits only when every piece has two words or more,
 * so "Smith, John" stays one name.
 */
function splitNames(text: string): string[] | undefined {
  const unlabelled = text.trim().replace(/^\p{L}+(?: \p{L}+)?:\s+/u, '');
  if (!unlabelled) return undefined;
  const pieces = unlabelled.split(/\s*;\s*|\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+/).filter(Boolean);
  const byComma = pieces.length > 1 && pieces.every((piece) => piece.split(/\s+/).length >= 2);
  if (byComma) return pieces;
  return unlabelled.split(/\s*;\s*/).filter(Boolean);
}
