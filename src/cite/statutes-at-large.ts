/**
 * An Act cited by its name and the volume of statutes that prints it (`Act of Assembly (1864) Forming
 * Shore County, 31 Shore Statutes at Large 88–91 (1866)`; an unmarked Act with `Stat.` is read before, in parse-full):
 * legislation titled by the name as written, in the statutes as container, its first page (or pages)
 * the cited place. The Act's own year in its name is its date, else the volume's.
 */
import type { FullCitation } from './parse-full.js';

const ACT_IN_STATUTES = new RegExp(
  String.raw`^((?:An\s+)?Act\b[^;]*?),\s*(\d+)\s+((?:\p{Lu}[\p{L}.]*\s+){0,3}(?:Statutes\s+at\s+Large|Stat\.))\s+` +
    String.raw`(\d+(?:\s*(?:--|[-–—])\s*\d+)?)(?:\s*\(((?:1[5-9]|20)\d\d)\))?\.?$`,
  'u',
);

export function parseActInStatutes(text: string): FullCitation | undefined {
  const act = ACT_IN_STATUTES.exec(text.trim());
  if (!act) return undefined;
  const year = /\(((?:1[5-9]|20)\d\d)\)/.exec(act[1])?.[1] ?? act[5];
  return {
    item: {
      type: 'legislation',
      title: act[1].trim(),
      'container-title': act[3].trim(),
      volume: act[2],
      ...(year ? { issued: { 'date-parts': [[Number(year)]] } } : {}),
    },
    locator: act[4],
    etAl: false,
  };
}
