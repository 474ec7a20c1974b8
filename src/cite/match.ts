/** How well a short form's names and title fit a work cited in full earlier. */
import type { CslName } from './names.js';
import { nameKey, shortName } from './names.js';
import { levenshtein, words } from './text.js';

export interface WorkShape {
  names: CslName[];
  etAl: boolean;
  title?: string;
  container?: string;
  year?: number;
}

export function workNames(work: WorkShape): string[] {
  return work.names.map((name) => nameKey(shortName(name)));
}

/**
 * A written name fits a work's name when it is the family name (`Lee`, `Costa` for `da Costa`), or the
 * whole name as the note gave it again (`Ann Lee`, `A. Lee`: the family name after words opening like the
 * given name).
 */
function nameFits(key: string, name: CslName | undefined): boolean {
  if (!name) return false;
  const family = nameKey(shortName(name));
  if (key === family) return true;
  // `Holanda` for `de Holanda`, `Humboldt` for `von Humboldt`: a Romance or German particle may be dropped with the
  // given name (Chicago 8.5); a Dutch `van` stays.
  const particle = name['non-dropping-particle'];
  if (particle && /^(?:d[aeiou]s?|d'|von)$/i.test(particle) && name.family && key === nameKey(name.family)) return true;
  if (!name.given || !key.endsWith(` ${family}`)) return false;
  return key.slice(0, 1) === nameKey(name.given).slice(0, 1) || familyTail(key, name) !== undefined;
}

/**
 * `Running Water` for `Emma Running Water`, `Ruiz Vega` for `Ana Ruiz Vega`: a family name of
 * several words, which the full citation alone cannot tell from given names, as the short form writes it: the
 * written words are the name's last words and leave at least one given name before them. Gives how many of the
 * given name's words belong to the family name.
 */
export function familyTail(key: string, name: CslName): number | undefined {
  if (!name.given || name.literal) return undefined;
  const family = nameKey(shortName(name));
  const given = nameKey(name.given).split(' ');
  const written = key.split(' ');
  const moved = written.length - family.split(' ').length;
  if (moved < 1 || moved >= given.length) return undefined;
  return [...given.slice(-moved), family].join(' ') === key ? moved : undefined;
}

/**
 * Exact: the same names in the same order (`et al.` works match on the first name). `etAl`: the written
 * names end in `et al.` (Chicago 14.76, a short form of a work of four or more authors: `Lee et al.`), so
 * they are the first of the work's names, which has more.
 */
export function namesMatch(written: string[], work: WorkShape, etAl = false): boolean {
  const keys = written.map(nameKey);
  const expected = work.names;
  if (keys.length === 0 || expected.length === 0) return false;
  if (work.etAl) return nameFits(keys[0], expected[0]) && keys.length <= expected.length + 1;
  if (etAl && expected.length > keys.length) return keys.every((key, index) => nameFits(key, expected[index]));
  return keys.length === expected.length && keys.every((key, index) => nameFits(key, expected[index]));
}

/** Close: first name equal or a small typo away (`Hewsens`), or the given name used (`Wim`). */
export function namesNearly(written: string[], work: WorkShape): boolean {
  const key = nameKey(written[0] ?? '');
  if (!key) return false;
  const first = work.names[0];
  if (!first) return false;
  const family = nameKey(shortName(first));
  if (nameFits(key, first)) return true;
  // `Nations` for `United Nations`: an organisation's last word, as a word processor splits it into given and family.
  if (first.literal && key.length > 3 && nameKey(first.literal).endsWith(` ${key}`)) return true;
  const allowed = Math.max(1, Math.floor(family.length / 5));
  if (family.length > 3 && levenshtein(key, family, allowed) <= allowed) return true;
  return first.given !== undefined && key === nameKey(first.given);
}

export type TitleFit = 'exact' | 'case' | 'wording' | 'fuzzy' | 'none';

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * `exact`: the short title is a run of the full title's words, capitals included (a leading
 * article may be dropped); `case`: the same but for capitals; `wording`: all its words are in the
 * title, in another order or with others between; `fuzzy`: most words, allowing typos.
 */
export function titleFit(
  short: string,
  full: string | undefined,
  weights?: Map<string, number>,
): { fit: TitleFit; score: number } {
  if (!full) return { fit: 'none', score: 0 };
  const shortWords = dropArticle(words(short));
  const fullWords = words(full);
  if (!shortWords.length) return { fit: 'none', score: 0 };
  if (containsRun(fullWords, shortWords)) {
    const casedShort = dropArticle(caseWords(short), true);
    const exact = containsRun(caseWords(full), casedShort);
    // The whole title, article and all, fits better than a title holding the same words (`The Code` over `Code Notes`).
    const whole = words(short).join(' ') === fullWords.join(' ') ? 0.001 : 0;
    return { fit: exact ? 'exact' : 'case', score: (exact ? 1 : 0.95) + whole };
  }
  const fullSet = new Set(fullWords);
  const weight = (word: string) => weights?.get(word) ?? 1;
  const total = shortWords.reduce((sum, word) => sum + weight(word), 0);
  if (shortWords.every((word) => fullSet.has(word))) return { fit: 'wording', score: 0.9 };
  const found = shortWords
    .filter((word) =>
      fullWords.some(
        (candidate) =>
          candidate === word ||
          (word.length > 4 && Math.abs(word.length - candidate.length) <= 2 && levenshtein(word, candidate, 2) <= 2),
      ),
    )
    .reduce((sum, word) => sum + weight(word), 0);
  const score = total ? found / total : 0;
  return score >= 0.5 ? { fit: 'fuzzy', score: 0.8 * score } : { fit: 'none', score };
}

/** The short title is the full title's (or its subtitle's) opening words, a leading article aside on either (`Salt Roads` of `The Salt Roads of Hull`). */
export function opensTitle(short: string, full: string | undefined): boolean {
  if (!full) return false;
  const opening = dropArticle(words(short));
  // (`An Eschatological Prayer?` for `Matthew 6:9–13: An Eschatological Prayer?`: a short title may open the subtitle.)
  return [full, ...full.split(/:\s+/).slice(1)].some((part) => {
    const title = dropArticle(words(part));
    return opening.length > 0 && opening.every((word, index) => title[index] === word);
  });
}

function caseWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/'s\b/g, 's')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function dropArticle(list: string[], cased = false): string[] {
  const first = cased ? list[0]?.toLowerCase() : list[0];
  return list.length > 1 && first !== undefined && ARTICLES.has(first) ? list.slice(1) : list;
}

function containsRun(haystack: string[], needle: string[]): boolean {
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let offset = 0; offset < needle.length; offset++) {
      if (haystack[start + offset] !== needle[offset]) continue outer;
    }
    return true;
  }
  return false;
}

/** Rare words count more when guessing which title a garbled short title means. */
export function wordWeights(titles: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const title of titles) for (const word of new Set(words(title))) counts.set(word, (counts.get(word) ?? 0) + 1);
  return new Map([...counts].map(([word, count]) => [word, 1 / count]));
}

export function sameText(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a === b) return true;
  // Compared word by word: called for every pair of a note's work and the works before it.
  const one = words(a);
  const other = words(b);
  return one.length === other.length && one.every((word, index) => word === other[index]);
}
