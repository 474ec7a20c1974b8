/**
 * When a short form is plainly a short form: names that look like names, a title or a page, and
 * nothing of a full citation (publication facts, `ed.`, `in *Book*`) or of an archive's or a
 * statute's reference. Also which chapters rely on short forms alone (a bibliography at the end, or
 * citations the parser could not read): there an unmatched short form is no evidence of a slip.
 */
import { namesMatch, namesNearly } from '../match.js';
import { nameKey, shortName } from '../names.js';
import type { Resolution, ResolvedCitation, ResolvedNote, Work } from '../resolve.js';
import { levenshtein, words } from '../text.js';
import { YEAR, looksLikeNames, outsideTitles, proseWords, workNamesConfident, written } from './facts.js';
import type { LintContext } from './rule.js';

/** `(Oxford: Fell, 1999)`, `ed.`, `in *Book*`, `forthcoming`: a full citation read as a short one. */
const FULL_FACTS = new RegExp(
  String.raw`\([^()]*:[^()]*\)|\b(?:manuscript|typescript|unpublished)\b|\b(?:eds?|trans|ed\.s)\.` +
    String.raw`|\(eds?\.?\)|\bforthcoming\b|\bedited by\b|\bvol\.\s*\d`,
  'i',
);
/** `41 (2007)`, `3.1 (2008)`: a volume and its year; `: 757–76` at the end: an article's extent. */
const JOURNAL_FACTS = /\b\d+(?:\.\d+)?\s*\((?:[^()]*\s)?(?:1[5-9]|20)\d\d\)|:\s*\d+\s*[-–—]+\s*\d+\s*\.?\s*$/;
/** `‘Title’, in Lee and Chen, *Book*`: a chapter, cited through its book. */
const CHAPTER_IN = /[”"’']\s*,?\s+in\s+/;
/**
 * An archive's (`MS 260, fol. 28r`, `fl. 53` for a folha) or a statute's (`art 6(1)`, `recital 75`, `§ 4`) reference.
 */
const REFERENCE_LABELS = [
  'MSS?',
  'fols?',
  'fls?',
  'ff',
  'art',
  'arts',
  'article',
  'articles',
  'recital',
  'recitals',
  'sec',
  'section',
  '§',
  'para',
  'paras',
  'annex',
  'schedule',
  'reg',
  'regulation',
];
const REFERENCE = new RegExp(String.raw`\b(?:${REFERENCE_LABELS.join('|')})\b\.?\s*[\dIVXLCivxlc]`);

export function confidentShortForm(citation: ResolvedCitation): boolean {
  const text = written(citation);
  const short = citation.short;
  if (!short || /^(?:idem|ibid|id\.)\b/i.test(text)) return false;
  if (!looksLikeNames(short.authors)) return false;
  // An acronym standing alone (`ESRC`, `GDPR`) is an abbreviation the author defined elsewhere.
  if (short.authors.every((name) => !/\p{Ll}/u.test(name))) return false;
  // A title marked as one (italics, quotes), or a name and a page (`Lee, 23.`).
  if (short.title ? !/[\uE000“"‘']/.test(citation.segment.text) : short.locator === null) return false;
  if (FULL_FACTS.test(text) || REFERENCE.test(text) || JOURNAL_FACTS.test(text) || CHAPTER_IN.test(text)) return false;
  // A bracket left open: a citation cut in two at a `;` inside its publication facts.
  if ((text.match(/\(/g) ?? []).length !== (text.match(/\)/g) ?? []).length) return false;
  if (/\bin\s+\uE000/.test(citation.segment.text)) return false;
  if (YEAR.test(plain(outsideTitles(citation.segment.text)))) return false;
  return text.split(/\s+/).length <= 30 && proseWords(citation.segment.text) <= 2;
}

function plain(text: string): string {
  return text.replace(/[\uE000-\uE003]/g, '');
}

/** The note is mostly the author's prose: a short form in it may point at a work the text names. */
export function inProseNote(resolved: ResolvedNote<unknown>): boolean {
  return resolved.segments.some((segment) => segment.kind === 'commentary' && proseWords(segment.text) >= 8);
}

/**
 * Whether an earlier note of the chapter (or this note, before the citation) already names the work
 * the short form means (its title's words in a run, with the author's name for a one-word title):
 * a full citation is there, even if the parser could not read it, so the short form is no slip.
 * With `names`, the names too must be there as written, and `otherNames` (the work's) not.
 */
export function mentionedBefore<Owner>(
  context: LintContext<Owner>,
  resolved: ResolvedNote<Owner>,
  citation: ResolvedCitation,
  names: string[] = [],
  otherNames: string[] = [],
): boolean {
  const short = citation.short;
  if (!short) return false;
  const title = short.title ? words(short.title).slice(0, 5) : [];
  const nameWords = [
    ...new Set([...names, ...(title.length < 2 ? short.authors.slice(0, 1) : [])].flatMap((name) => words(name))),
  ];
  if (!title.length && !nameWords.length) return false;
  const otherWords = otherNames.flatMap((name) => words(name));
  const says = (text: string) => {
    const list = words(text);
    const set = new Set(list);
    if (otherWords.length && otherWords.every((word) => set.has(word))) return false;
    return nameWords.every((word) => set.has(word)) && (!title.length || hasRun(list, title));
  };
  for (const note of context.resolution.notes) {
    if (note === resolved) return says(note.note.text.slice(0, citation.segment.from));
    if (note.owner === resolved.owner && says(note.note.text)) return true;
  }
  return false;
}

function hasRun(list: string[], run: string[]): boolean {
  outer: for (let start = 0; start + run.length <= list.length; start++) {
    for (let offset = 0; offset < run.length; offset++) if (list[start + offset] !== run[offset]) continue outer;
    return true;
  }
  return false;
}

/**
 * Per chapter, how many of its short forms pass `test`, against all of them: a chapter's habit
 * (citing from a bibliography, giving pages), which tells a slip from the author's way.
 */
export function shortFormShare<Owner>(
  resolution: Resolution<Owner>,
  test: (citation: ResolvedCitation) => boolean,
): Map<Owner, { hits: number; total: number }> {
  const counts = new Map<Owner, { hits: number; total: number }>();
  for (const resolved of resolution.notes) {
    for (const citation of resolved.citations) {
      if (citation.form !== 'short') continue;
      const count = counts.get(resolved.owner) ?? { hits: 0, total: 0 };
      count.total++;
      if (test(citation)) count.hits++;
      counts.set(resolved.owner, count);
    }
  }
  return counts;
}

/**
 * The chapters most of whose short forms match no full citation: they cite from a bibliography (or
 * in forms the parser cannot read), so their unmatched short forms are not slips to report. A short
 * form matched only to the chapter's bibliography (cited in full in no note) counts as unmatched.
 */
export function unmatchedChapters<Owner>(resolution: Resolution<Owner>): Set<Owner> {
  const counts = shortFormShare(resolution, (citation) => !citation.work?.fullCitations.length);
  return new Set([...counts].filter(([, count]) => count.hits * 2 > count.total).map(([owner]) => owner));
}

type Pair = 'equal' | 'near' | 'other';

/**
 * A short form's names against the work's, when both are plainly names and as many: a slip when
 * some name differs and either another name agrees (`Chorbajian, Mutafian, and Donabédian` against
 * `… Patrik`) or every difference is small (`Hewsens`, the given name `Wim`, `Velden` for `van der
 * Velden`). Names that all differ are another work, or a parse gone wrong: no finding.
 */
export function nameSlip(writtenNames: string[], work: Work): boolean {
  if (!looksLikeNames(writtenNames) || !workNamesConfident(work)) return false;
  if (writtenNames.length !== work.names.length) return false;
  const pairs = writtenNames.map((name, index) => comparePair(name, work.names[index]));
  if (pairs.every((pair) => pair === 'equal')) return false;
  return pairs.includes('equal') || pairs.every((pair) => pair !== 'other');
}

/** The short form's names are the work's, exactly or but for a small slip (`Doreen` for `van Doren`). */
export function namesClose(writtenNames: string[], work: Work): boolean {
  if (namesMatch(writtenNames, work) || namesNearly(writtenNames, work)) return true;
  return (
    writtenNames.length === work.names.length &&
    writtenNames.every((name, index) => comparePair(name, work.names[index]) !== 'other')
  );
}

function comparePair(writtenName: string, name: Work['names'][number]): Pair {
  const key = nameKey(writtenName.replace(/\(\s*(?:eds?|trans)\.?\s*\)|,?\s+eds?\.?$/gi, ''));
  const family = nameKey(shortName(name));
  const given = name.given ? nameKey(name.given) : '';
  if (key === family || (given && key === `${given} ${family}`)) return 'equal';
  // `Pasquale` for the literal `Frank Pasquale`, `A. Lee` for `Ann Lee`: the same person.
  if (family.endsWith(` ${key}`)) {
    const extra = shortName(name).slice(0, -writtenName.trim().length).trim();
    return /^\p{Lu}/u.test(extra) ? 'equal' : 'near';
  }
  if (given && key.endsWith(` ${family}`) && key[0] === given[0]) return 'equal';
  if (given && key === given) return 'near';
  // Against the name with and without its particle (`Doreen` for `van Doren`).
  const bare = nameKey(name.family ?? '');
  for (const candidate of new Set([family, bare].filter((text) => text.length > 3))) {
    const allowed = Math.max(1, Math.floor(candidate.length / 5));
    if (levenshtein(key, candidate, allowed) <= allowed) return 'near';
  }
  return 'other';
}
