/**
 * A periodical's volume issued in parts, cited by volume, part, year and page without an article's title:
 * `The Shore Magazine, or, Quay Register Vol. XXVI, Part I. For 1809: 311.`, `*Shore Review*, vol. 4, pt. 2
 * (1807): 290.` The periodical is the container (a magazine's when its name says so), the page the place cited.
 */
import type { FullCitation } from './parse-full.js';
import { LOCATOR, cleanLocator, plain, trimTitle } from './text.js';

const NUMBER = String.raw`(?:[IVXLC]+|\d+)`;
export const VOLUME_PARTS = new RegExp(
  String.raw`^(\p{Lu}[^;:()]*?|\uE000[^\uE001]+\uE001),?\s+[Vv]ol(?:\.|ume)?\s*(${NUMBER}),?\s*(?:[Pp]art|[Pp]t\.)\s*(${NUMBER})` +
    String.raw`[.,]?\s*\(?(?:[Ff]or\s+)?((?:1[5-9]|20)\d\d)\)?\s*[:,]\s*(${LOCATOR})[.\s]*$`,
  'u',
);

export function parseVolumeParts(text: string): FullCitation | undefined {
  const match = VOLUME_PARTS.exec(text.trim());
  if (!match) return undefined;
  const [, name, volume, part, year, place] = match;
  const container = trimTitle(plain(name));
  return {
    item: {
      type: /\bMagazine\b/i.test(container) ? 'article-magazine' : 'article-journal',
      'container-title': container,
      volume,
      issue: part,
      issued: { 'date-parts': [[Number(year)]] },
    },
    locator: cleanLocator(place),
    etAl: false,
  };
}
