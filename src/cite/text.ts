/** Small text helpers shared by the citation parsers. */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from './note-text.js';

/** One cited page, range, roman page or time code: `85`, `86-87`, `xix`, `23:05- 23:14`. */
const PAGE = String.raw`(?:[ivxlc]+|\d+(?::\d+)?)(?:\s*[-–—]\s*\d+(?::\d+)?)?`;
/** Several pages: `145, 150`, `57, 67, 74`. */
export const LOCATOR = `${PAGE}(?:,\\s*${PAGE})*`;

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const MONTH_NAMES = MONTHS.map((month) => month[0].toUpperCase() + month.slice(1)).join('|');
/** `April 14, 2021`, `November, 4, 2020`, `July, 2016`, `February 2021`. */
export const MONTH_DATE = new RegExp(`\\b(${MONTH_NAMES}),?\\s*(?:(\\d{1,2}),?\\s*)?(\\d{4})\\b`);

/** Removes the emphasis and URL markers, keeping emphasised text and dropping URLs. */
export function plain(text: string): string {
  return text
    .replace(new RegExp(`${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE}`, 'g'), '')
    .replace(new RegExp(`[${EMPHASIS_OPEN}${EMPHASIS_CLOSE}]`, 'g'), '');
}

/** Keeps URLs inside titles (tweets quote links) as their bare address. */
export function withInlineUrls(text: string): string {
  return text
    .replace(new RegExp(`${URL_OPEN}([^${URL_CLOSE}]*)${URL_CLOSE}`, 'g'), '$1')
    .replace(new RegExp(`[${EMPHASIS_OPEN}${EMPHASIS_CLOSE}]`, 'g'), '');
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Lower case, no diacritics, straight apostrophes: for comparing names and titles. */
export function fold(text: string): string {
  return memo(foldCache, text, () =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[’‘`]/g, "'")
      .toLowerCase(),
  );
}

// Titles and names are compared against every earlier work; their words are worth keeping.
const foldCache = new Map<string, string>();
const wordsCache = new Map<string, string[]>();

function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size > 20_000) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** Words of a title or name for fuzzy comparison: folded, punctuation dropped. Do not mutate. */
export function words(text: string): string[] {
  return memo(wordsCache, text, () =>
    fold(text)
      .replace(/['’]s\b/g, 's')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
}

/** ASCII letters only, for ids: `de Waal` → `dewaal`, `Donabédian` → `donabedian`. */
export function asciiKey(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, '');
}

/** Edit distance; once it is sure to exceed `limit`, stops and returns `limit + 1`. */
export function levenshtein(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (current[j] < best) best = current[j];
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** Strips a trailing full stop (and stray commas) that Chicago puts inside closing quotes. */
export function trimTitle(title: string): string {
  return collapse(title).replace(/[\s.,;:]+$/u, '').replace(/([?!])\.$/, '$1');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
