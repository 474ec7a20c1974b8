/**
 * What the citation rules need to know before they speak: where a citation is, what it says as
 * written, and whether the parse is confident (names that look like names, a citation rather than
 * the author's prose). Derived here from the parser's output, so the parser stays untouched; a rule
 * that is not confident stays silent rather than guess.
 */
import type { Position } from 'unist';
import type { Segment } from '../classify.js';
import { shortName, type CslName } from '../names.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN, placeOf } from '../note-text.js';
import type { Resolution, ResolvedCitation, ResolvedNote, Work } from '../resolve.js';
import { fold, plain } from '../text.js';
import type { CiteRule, Finding, LintContext, RelatedPlace } from './rule.js';

/** Every citation of the book in reading order, with its note. */
export function* citations<Owner>(
  resolution: Resolution<Owner>,
): Generator<{ resolved: ResolvedNote<Owner>; citation: ResolvedCitation }> {
  for (const resolved of resolution.notes) for (const citation of resolved.citations) yield { resolved, citation };
}

/** Runs `visit` on every citation in reading order and gathers what it finds (a finding, several, or nothing). */
export function findEach<Owner>(
  context: LintContext<Owner>,
  visit: (
    resolved: ResolvedNote<Owner>,
    citation: ResolvedCitation,
  ) => Finding<Owner> | Array<Finding<Owner>> | undefined,
): Array<Finding<Owner>> {
  return [...citations(context.resolution)].flatMap(({ resolved, citation }) => visit(resolved, citation) ?? []);
}

export function placeOfSegment(resolved: ResolvedNote<unknown>, segment: Segment): Position | undefined {
  return placeOf(resolved.note, segment.from, segment.to);
}

/** A finding placed on the citation that shows the slip. */
export function finding<Owner>(
  rule: CiteRule,
  resolved: ResolvedNote<Owner>,
  citation: ResolvedCitation,
  reason: string,
  extra: { hint?: string; related?: Array<RelatedPlace<Owner>> } = {},
): Finding<Owner> {
  return {
    owner: resolved.owner,
    note: resolved.note.number,
    place: placeOfSegment(resolved, citation.segment),
    ruleId: rule.id,
    severity: rule.severity,
    reason,
    ...(extra.hint ? { hint: extra.hint } : {}),
    ...(extra.related?.length ? { related: extra.related } : {}),
  };
}

/** The place of a segment parsed earlier (a work's first full citation), for a finding's `related`. */
export function relatedPlace<Owner>(
  context: LintContext<Owner>,
  segment: Segment,
  reason: string,
): Array<RelatedPlace<Owner>> {
  const resolved = context.noteOf.get(segment);
  if (!resolved) return [];
  return [{ owner: resolved.owner, note: resolved.note.number, place: placeOfSegment(resolved, segment), reason }];
}

/** The citation as written, without the parser's markers. */
export function written(citation: ResolvedCitation): string {
  return plain(citation.segment.text).replace(/\s+/g, ' ').trim();
}

/** The text with marked titles (italics, quotes) and URLs blanked out. */
export function outsideTitles(text: string): string {
  return text
    .replace(new RegExp(`${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE}`, 'g'), ' ')
    .replace(new RegExp(`${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]*${EMPHASIS_CLOSE}`, 'g'), ' ')
    .replace(/“[^”]*”|"[^"]*"|‘(?:[^’]|’(?=\p{L}))*’|(?<![\p{L}\p{N}])'[^']*'(?![\p{L}\p{N}])/gu, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
}

/** Lower-case words that belong in names (particles) or in citations (locator labels, `and`, `in`). */
const CITATION_WORDS = [
  'and',
  'et',
  'al',
  'de',
  'da',
  'das',
  'do',
  'dos',
  'del',
  'della',
  'di',
  'du',
  'la',
  'le',
  'les',
  'van',
  'von',
  'der',
  'den',
  'des',
  'ten',
  'ter',
  'y',
  'e',
  'ibn',
  'bin',
  'el',
  'of',
  'the',
  'in',
  'on',
  'for',
  'to',
  'a',
  'an',
  'at',
  'by',
  'from',
  'with',
  'ed',
  'eds',
  'trans',
  'tr',
  'vol',
  'vols',
  'no',
  'nos',
  'pp?',
  'nn?',
  'fols?',
  'ff?',
  'art',
  'arts',
  'para',
  'paras',
  'chap',
  'chaps',
  'ch',
  'll?',
  'n\\.d',
  'passim',
  'vs?',
  'see',
  'also',
  'cf',
  'ibid',
  'idem',
  'op',
  'cit',
  'loc',
  'accessed',
  'available',
  'retrieved',
  'online',
  'et\\.?',
  'al\\.?',
];
const CITATION_WORD = new RegExp(`^(?:${CITATION_WORDS.join('|')})$`, 'i');

/**
 * How many of the author's own words (lower case, not particles or locator labels) the text holds outside its titles.
 */
export function proseWords(text: string): number {
  return plain(outsideTitles(text))
    .split(/[\s,.;:()[\]]+/)
    .filter((word) => /^\p{Ll}/u.test(word) && !CITATION_WORD.test(word)).length;
}

/** Words that open a sentence or a signal, never a name: `In`, `See`, `As in`, `For`. */
const LEAD_IN_WORDS = [
  'In',
  'On',
  'As',
  'See',
  'For',
  'From',
  'With',
  'By',
  'At',
  'To',
  'Also',
  'Cf',
  'Compare',
  'Note',
  'Notes',
  'Source',
  'Sources',
  'Here',
  'There',
  'This',
  'These',
  'Those',
  'Such',
  'Some',
  'Many',
  'Most',
  'All',
  'Both',
  'Thus',
  'But',
  'And',
  'Or',
  'If',
  'When',
  'While',
  'Where',
  'After',
  'Before',
  'Since',
  'According',
  'Following',
  'Quoted',
  'Cited',
  'Ibid',
  'Idem',
  'Op',
];
const LEAD_IN = new RegExp(String.raw`^(?:${LEAD_IN_WORDS.join('|')})\.?$`);

/** `Lee`, `Ann Lee`, `de Waal`, `Human Rights Watch`, `Lee (ed.)`: a name as a citation writes it. */
export function looksLikeName(name: string): boolean {
  const cleaned = name.replace(/\(\s*(?:eds?|trans|comp)\.?\s*\)|,?\s+\beds?\.?$/gi, '').trim();
  if (!cleaned || /[\d[\]():;^*_=+<>|/\\"“”]/.test(cleaned)) return false;
  const tokens = cleaned.split(/\s+/);
  if (tokens.length > 6 || LEAD_IN.test(tokens[0])) return false;
  return tokens.every((token) => /^\p{Lu}/u.test(token) || CITATION_WORD.test(token) || token === '&');
}

export function looksLikeNames(names: string[]): boolean {
  return names.length > 0 && names.every(looksLikeName);
}

/** The work's names as the full citation gave them look like names (not a lead-in sentence taken for one). */
export function workNamesConfident(work: Work): boolean {
  return work.names.every((name) => looksLikeName([name.given, shortName(name)].filter(Boolean).join(' ')));
}

/** A title opens like one and has no quotation of the author's prose run into it. */
export function looksLikeTitle(title: string): boolean {
  return /^[\p{Lu}\p{N}“"‘'¿¡]/u.test(title) && !/["“”]/.test(title.slice(1, -1));
}

/** The words of a title for comparison: folded, possessives dropped, punctuation gone. */
export function titleWords(title: string): string[] {
  return fold(title)
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function displayNames(names: CslName[]): string {
  return names.map(shortName).join(', ') || 'no author';
}

export function describe(work: Work): string {
  const who = work.names.length ? `${shortName(work.names[0])}, ` : '';
  return `${who}\`${String(work.title ?? work.item.URL ?? work.id)}\``;
}

/** A year (1400–2099) written outside the titles: publication facts, or an author-date short form. */
export const YEAR = /(?:^|[\s,(])(?:1[4-9]|20)\d\d[a-z]?(?=[\s,.;:)]|$)/;
