/**
 * A short title that is not the full title's wording: words swapped (`Black and Green`), misspelt,
 * added, or other capitals. A fair shortening is not a slip: the full title's own words, in order,
 * with some left out (`The Armenian People: Volume I` of `The Armenian People from Ancient to
 * Modern Times. Volume I. …`). Speaks only when the short form plainly means that work: its names
 * are the work's, and its title shares most words with the full one (otherwise it is another work
 * of the same author, or a match by title alone gone astray).
 */
import { levenshtein } from '../../text.js';
import { finding, looksLikeNames, relatedPlace, titleWords } from '../facts.js';
import type { CiteRule, LintContext } from '../rule.js';
import { namesClose } from '../short-forms.js';
import type { ResolvedCitation, ResolvedNote } from '../../resolve.js';

const ARTICLES = new Set(['the', 'a', 'an']);

export const shortTitleMismatch: CiteRule = {
  id: 'short-title-mismatch',
  description: 'A short title whose words or capitals differ from the full title (a fair shortening is fine).',
  severity: 'warning',
  visit<Owner>(resolved: ResolvedNote<Owner>, citation: ResolvedCitation, context: LintContext<Owner>) {
    const work = citation.work;
    const short = citation.short;
    if (citation.form !== 'short' || !work || !short || typeof work.title !== 'string') return undefined;
    const title = work.title;
    return citation.quality.flatMap((quality) => {
      if (quality.kind !== 'title') return [];
      // Unmarked text taken for a title (`Anatomy of Conflict, 169.`) names no author.
      const authors = short.title ? short.authors.map(withoutRole) : [];
      if (authors.length) {
        if (!looksLikeNames(authors) || !namesClose(authors, work)) return [];
      } else if (!short.title && (short.locator === null || titleWords(quality.written).length < 2)) {
        // An unmarked title with no name: only a title followed by its page is plainly one.
        return [];
      }
      if (truncated(quality.written)) return [];
      if (withoutHolderInitials(quality.written, work.item['container-title']) === title) return [];
      if (quality.fit !== 'case' && (fairShortening(quality.written, title) || anotherWork(quality.written, title)))
        return [];
      const first = work.fullCitations[0];
      return finding(
        this,
        resolved,
        citation,
        `Unexpected short title \`${quality.written}\`, expected` +
          ` ${quality.fit === 'case' ? 'the capitals of' : 'the words of'} the full title` +
          ` \`${title}\` (note ${first.note})`,
        { related: relatedPlace(context, first.segment, `Full title (note ${first.note})`) },
      );
    });
  },
};

/** `QCL MS 41` of `MS 41` held by Quay College Library: the shelfmark without its repository's initials. */
function withoutHolderInitials(written: string, holder: unknown): string {
  if (typeof holder !== 'string') return written;
  const initials = [...holder.matchAll(/(?<!\S)\p{Lu}/gu)].map((match) => match[0]).join('');
  const parts = /^(\S+)\s+(.+)$/.exec(written.trim());
  return parts && initials.length > 1 && parts[1] === initials ? parts[2] : written;
}

/** `Lee (ed.)`, `Lee, ed.`: the name without the role. */
function withoutRole(name: string): string {
  return name.replace(/\s*\(\s*(?:eds?|trans)\.?\s*\)|,?\s+eds?\.?$/gi, '').trim();
}

/** A title ending in `of`, `the`, `and`: cut short by a stray italic or quote, not the author's wording. */
function truncated(title: string): boolean {
  return /\b(?:of|the|and|in|on|for|to|a|an|with|from|by)\s*$/i.test(title.trim());
}

function content(title: string): string[] {
  const list = titleWords(title);
  return list.length > 1 && ARTICLES.has(list[0]) ? list.slice(1) : list;
}

/**
 * The short title's words are the full title's own, in order, in runs: a run may skip to a later
 * part of the title (after `.`, `:`, `(`, a dash), as `The Armenian People: Volume I` skips a
 * subtitle, but never into the middle of a phrase (`The Long Rivers` is no shortening of `The Long
 * River: A History of Rivers`).
 */
function fairShortening(shortTitle: string, fullTitle: string): boolean {
  const full = partsOf(fullTitle);
  const wanted = content(shortTitle);
  const from = (wordIndex: number, at: number, contiguous: boolean): boolean => {
    if (wordIndex === wanted.length) return true;
    for (let index = at; index < full.length; index++) {
      if (full[index].word !== wanted[wordIndex]) continue;
      if (index !== at || !contiguous) {
        if (wordIndex > 0 && !full[index].opensPart) continue;
      }
      if (from(wordIndex + 1, index + 1, true)) return true;
    }
    return false;
  };
  return from(0, 0, false);
}

/** The full title's words, each marked when it opens a part (after punctuation). */
function partsOf(title: string): Array<{ word: string; opensPart: boolean }> {
  const list: Array<{ word: string; opensPart: boolean }> = [];
  let opens = true;
  for (const token of title.split(/(\s+)/)) {
    if (!token.trim()) continue;
    const leading = /^[([“"‘'—–-]/.test(token);
    for (const word of titleWords(token)) {
      list.push({ word, opensPart: opens || leading });
      opens = false;
    }
    if (/[.:;,)\]—–?!]["”’']?$/.test(token)) opens = true;
  }
  return list;
}

/** Two or more of the short title's words, and a good share of them, are nowhere in the full title (allowing typos). */
function anotherWork(shortTitle: string, fullTitle: string): boolean {
  const full = titleWords(fullTitle);
  const shortWords = content(shortTitle);
  const missing = shortWords.filter(
    (word) =>
      !full.some(
        (candidate) =>
          candidate === word ||
          (word.length > 3 && Math.abs(word.length - candidate.length) <= 2 && levenshtein(word, candidate, 2) <= 2),
      ),
  );
  return missing.length >= 2 && missing.length / shortWords.length >= 0.3;
}
