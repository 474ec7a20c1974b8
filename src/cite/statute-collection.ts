/**
 * A jurisdiction's collected statutes or code cited by its title and the year of its edition, then the place
 * cited: `Collected Statutes of Quay (1790), 3:101–140`, `The Code of Harbour Practice of Kent (1871),
 * 55–58, tit. 2` (Chicago 14.289's statutes by the name of their compilation). Legislation titled
 * so, of that year, one citation each; the volume and pages, titles and articles are the place cited, and the
 * author's gloss in brackets after them (`(tolls)`) none of it.
 */
import type { FullCitation, WorkFields } from './parse-full.js';
import { YEAR } from './text.js';

const COLLECTION = new RegExp(
  String.raw`^((?:The\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Statutes|Codes?|Laws)\s+of\s+` +
    String.raw`(?:(?:of|for|and|in|the|\p{Lu}[\p{L}'’.-]*)\s+)*?\p{Lu}[\p{L}'’.-]*)` +
    String.raw`\s*\((${YEAR})\)(?:,\s*(.*?))?[\s.]*$`,
  'u',
);

export function parseStatuteCollection(text: string): FullCitation | undefined {
  const collection = COLLECTION.exec(text.trim());
  if (!collection) return undefined;
  const item: WorkFields = {
    type: 'legislation',
    title: collection[1],
    issued: { 'date-parts': [[Number(collection[2])]] },
  };
  const place = (collection[3] ?? '').replace(/\s*\([^()]*\)\s*$/, '').trim();
  return { item, locator: place || null, etAl: false };
}
