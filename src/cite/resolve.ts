/**
 * Walks the notes in order, turning full citations into works (one per distinct work), and
 * short forms and Ibid. into references to them. Records how each match was made so the lint
 * can report slips without the resolver ever changing what the manuscript says.
 */
import type { CitationForm } from '../book.js';
import { classifyNote, ibidLocator, type Segment } from './classify.js';
import type { CslName } from './names.js';
import type { NoteText } from './note-text.js';
import { hereafterTitle, parseFullCitation, type WorkFields } from './parse-full.js';
import { parseShortCitation, type ShortCitation } from './parse-short.js';
import { namesMatch, namesNearly, sameText, titleFit, wordWeights, type TitleFit, type WorkShape } from './match.js';
import { fold, words } from './text.js';

export interface Work extends WorkShape {
  item: WorkFields;
  /** Notes holding a full citation of this work, in order. */
  fullNotes: number[];
  /** Each full citation as parsed, for comparing repeats. */
  fullCitations: Array<{ note: number; item: WorkFields; segment: Segment }>;
  /** Short titles used for it, as written, in order. */
  shortTitles: string[];
  /** Short titles announced with `hereafter` (`hereafter *Songs*`): a short form giving one means this work. */
  abbreviations: string[];
  /** Set by the ids pass. */
  id: string;
  /** The divisions (chapters) that cite it, and when it was last cited (an order number). */
  owners: Set<unknown>;
  lastSeen: number;
}

export type MatchQuality =
  | { kind: 'exact' }
  | { kind: 'title'; fit: TitleFit; written: string }
  | { kind: 'names'; written: string[] }
  | { kind: 'ambiguous'; alternatives: Work[] }
  | { kind: 'ibid-ambiguous'; previousNote: number; alternatives: Work[] }
  | { kind: 'unresolved'; suggestion?: Work; reason: 'no-match' | 'no-previous' };

export interface ResolvedCitation {
  form: CitationForm;
  work?: Work;
  locator: string | null;
  segment: Segment;
  quality: MatchQuality[];
  short?: ShortCitation;
}

export interface ResolvedNote<Owner> {
  note: NoteText;
  owner: Owner;
  segments: Segment[];
  citations: ResolvedCitation[];
}

export interface Resolution<Owner> {
  works: Work[];
  notes: Array<ResolvedNote<Owner>>;
}

/**
 * `bibliography`: the entries of each division's own bibliography section (bibliography.ts). A short
 * form that matches no work cited in full in a note is looked up among its division's entries; an
 * entry becomes a work (an item) once a note cites it.
 */
export function resolveNotes<Owner>(
  input: Array<{ note: NoteText; owner: Owner }>,
  bibliography: Array<{ entry: NoteText; owner: Owner }> = [],
): Resolution<Owner> {
  const works: Work[] = [];
  const byUrl = new Map<string, Work>();
  const entries = readEntries(bibliography);
  const notes: Array<ResolvedNote<Owner>> = [];
  let previousCiting: ResolvedNote<Owner> | undefined;
  let sequence = 0;

  for (const { note, owner } of input) {
    const segments = classifyNote(note.text);
    const resolved: ResolvedNote<Owner> = { note, owner, segments, citations: [] };
    // Ibid. never reaches back across a division: each chapter of an anthology starts afresh.
    const previous = previousCiting && previousCiting.owner === owner ? previousCiting : undefined;
    for (const segment of segments) {
      if (segment.kind === 'commentary') {
        // `…; hereafter *Songs*.`: the short title of the work cited just before.
        const announced = hereafterTitle(segment.text);
        const work = resolved.citations.at(-1)?.work;
        if (announced && /^\W*hereafter\b/i.test(segment.text) && work) announce(work, announced);
        continue;
      }
      let citation: ResolvedCitation;
      const next = segments[segments.indexOf(segment) + 1];
      if (segment.kind === 'full')
        citation =
          shortenedRepeat(segment, works, owner) ??
          addFull(segment, note.number, works, byUrl, next?.kind === 'full' ? next.text : undefined);
      else if (segment.kind === 'short') {
        citation = resolveShort(segment, works, owner);
        if (!citation.work)
          citation = resolveShortInBibliography(segment, citation, entries.get(owner) ?? [], works, owner);
        if (segment.weak && (!citation.work || citation.quality.some((quality) => quality.kind === 'unresolved'))) {
          segment.kind = 'commentary';
          continue;
        }
      } else citation = resolveIbid(segment, resolved, previous);
      resolved.citations.push(citation);
      if (citation.work) {
        citation.work.owners.add(owner);
        citation.work.lastSeen = ++sequence;
      }
    }
    notes.push(resolved);
    if (resolved.citations.length) previousCiting = resolved;
  }
  return { works, notes };
}

/** A full citation's fields and its shape for matching; `———.` takes the names of the work before. */
function parseWork(
  text: string,
  before: Work | undefined,
  following?: string,
): { item: WorkFields; locator: string | null; shape: WorkShape; hereafter?: string } {
  const { item, locator, etAl, hereafter } = parseFullCitation(text, following);
  // `———.`: the same authors as the work cited just before (a bibliography's repeated name).
  const dashes = (item.author ?? item.editor) as CslName[] | undefined;
  if (dashes?.length === 1 && /^[—–-]{2,}$/.test(dashes[0].literal ?? '') && before) {
    if (item.author) item.author = before.names;
    else item.editor = before.names;
  }
  const names = ((item.author ?? item.editor) as CslName[] | undefined) ?? [];
  const issued = (item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0];
  const shape: WorkShape = {
    names,
    etAl,
    title: item.title as string | undefined,
    container: item['container-title'] as string | undefined,
    year: issued,
  };
  return { item, locator, shape, hereafter };
}

/** A work as first read, cited nowhere yet. */
function newWork(shape: WorkShape, item: WorkFields): Work {
  return {
    ...shape,
    item,
    fullNotes: [],
    fullCitations: [],
    shortTitles: [],
    abbreviations: [],
    id: '',
    owners: new Set(),
    lastSeen: 0,
  };
}

/** Each division's bibliography entries as works not yet cited. */
function readEntries<Owner>(bibliography: Array<{ entry: NoteText; owner: Owner }>): Map<Owner, Work[]> {
  const entries = new Map<Owner, Work[]>();
  for (const { entry, owner } of bibliography) {
    const list = entries.get(owner) ?? [];
    const { item, shape } = parseWork(entry.text, list.at(-1));
    if (!shape.title) continue;
    list.push(newWork(shape, item));
    entries.set(owner, list);
  }
  return entries;
}

/**
 * A short form that matched no note's work, looked up in its division's bibliography. Only a
 * match without flaws counts (a slip is reported against the notes' works, not the list's).
 */
function resolveShortInBibliography(
  segment: Segment,
  unresolved: ResolvedCitation,
  entries: Work[],
  works: Work[],
  owner: unknown,
): ResolvedCitation {
  const short = unresolved.short ?? parseShortCitation(segment.text);
  const found = matchShort(short, entries, owner);
  if (!found.work || !entryFits(found.work, found.quality, short)) return unresolved;
  if (!works.includes(found.work)) works.push(found.work);
  if (short.title) found.work.shortTitles.push(short.title);
  return { ...unresolved, work: found.work, quality: [{ kind: 'exact' }] };
}

/**
 * A short form finds a bibliography entry without flaws, or by its title's words alone when names
 * differ (`Shattock and Wolff` for an entry spelt `Wolf`, or an entry that opens with its title):
 * the entry, not a note, holds the slip, so nothing is reported.
 */
function entryFits(work: Work, quality: MatchQuality[], short: ShortCitation): boolean {
  const titled =
    short.title !== undefined && ['exact', 'case', 'wording'].includes(titleFit(short.title, work.title).fit);
  return quality.every(
    (entry) =>
      entry.kind === 'exact' ||
      (entry.kind === 'title' && (entry.fit === 'case' || entry.fit === 'wording')) ||
      (entry.kind === 'names' && titled),
  );
}

function announce(work: Work, title: string): void {
  if (!work.abbreviations.includes(title)) work.abbreviations.push(title);
  work.shortTitles.push(title);
}

function addFull(
  segment: Segment,
  noteNumber: number,
  works: Work[],
  byUrl: Map<string, Work>,
  following?: string,
): ResolvedCitation {
  const { item, locator, shape, hereafter } = parseWork(segment.text, works.at(-1), following);
  const url = typeof item.URL === 'string' ? urlKey(item.URL) : undefined;

  // One URL under two unrelated titles is two works with a slip in one URL (the lint reports it).
  const sameUrl = url ? byUrl.get(url) : undefined;
  const urlWork =
    sameUrl && (!sameUrl.title || !shape.title || similarTitles(sameUrl.title, shape.title)) ? sameUrl : undefined;
  let work = urlWork ?? works.find((candidate) => sameWork(candidate, shape));
  if (work) {
    if (!work.title && shape.title) {
      // A bare URL cited first, the full reference later: the reference fills the item in.
      Object.assign(work, shape);
      work.item = { ...item, URL: work.item.URL ?? item.URL };
    }
  } else {
    work = newWork(shape, item);
    works.push(work);
  }
  if (hereafter) announce(work, hereafter);
  work.fullNotes.push(noteNumber);
  work.fullCitations.push({ note: noteNumber, item, segment });
  if (url && !byUrl.has(url)) byUrl.set(url, work);
  return { form: 'full', work, locator, segment, quality: [{ kind: 'exact' }] };
}

/**
 * A short form that gives the work's year, read as a full citation (`*TAMO* (1563), 1686.`, `Lee, Salt
 * Roads (1850), 84.`): names without given names, a title, perhaps a year, nothing else (no publisher,
 * journal, address or volume, no place but the work's own), whose title is a run of the title of a work
 * this chapter cited in full before, or the short title it announced. It cites that work.
 */
function shortenedRepeat(segment: Segment, works: Work[], owner: unknown): ResolvedCitation | undefined {
  const { item, locator, shape } = parseWork(segment.text, undefined);
  const title = shape.title;
  if (!title || item.publisher || item['container-title'] || item.URL || item.volume) return undefined;
  if (shape.names.some((name) => name.given)) return undefined;
  const fits = (work: Work) => {
    if (!work.fullNotes.length || !work.owners.has(owner)) return false;
    const place = item['publisher-place'];
    if (place && place !== work.item['publisher-place']) return false;
    if (
      shape.names.length &&
      !namesMatch(
        shape.names.map((name) => name.family ?? name.literal ?? ''),
        work,
      )
    )
      return false;
    if (work.abbreviations.some((abbreviation) => sameText(abbreviation, title))) return true;
    const fit = titleFit(title, work.title).fit;
    return (fit === 'exact' || fit === 'case') && words(title).length < words(work.title ?? '').length;
  };
  const work = works.filter(fits).at(-1);
  if (!work) return undefined;
  segment.kind = 'short';
  work.shortTitles.push(title);
  const short: ShortCitation = {
    authors: shape.names.map((name) => name.family ?? name.literal ?? ''),
    title,
    locator,
  };
  return { form: 'short', work, locator, segment, short, quality: [{ kind: 'exact' }] };
}

function sameWork(work: Work, shape: WorkShape): boolean {
  if (!work.title || !shape.title) return false;
  const firstName = (names: CslName[]) => fold(names[0]?.family ?? names[0]?.literal ?? '');
  if (!sameText(work.title, shape.title) || firstName(work.names) !== firstName(shape.names)) return false;
  // Two people of one family name (`Ann Lee`, `Bo Lee`), or one title in two years (an act, an edition), are two works.
  const given = (names: CslName[]) =>
    fold(names[0]?.given ?? '')
      .replace(/[^\p{L}]/gu, '')
      .slice(0, 1);
  if (given(work.names) && given(shape.names) && given(work.names) !== given(shape.names)) return false;
  if (work.year !== undefined && shape.year !== undefined && work.year !== shape.year) return false;
  // One unsigned title in two periodicals (`“The Code,” *Daily Tribune*` and `“The Code,” *Daily Times*`) is two
  // works; a signed work's journal written two ways is one work with a slip (the lint reports the repeat).
  const unsigned = work.names.length === 0 && shape.names.length === 0;
  return !(unsigned && work.container && shape.container && !nestedWords(work.container, shape.container));
}

/** One name's words all in the other (`The Shore` and `The Shore Blog`, read two ways): the same periodical. */
function nestedWords(a: string, b: string): boolean {
  const [first, second] = [words(a), words(b)];
  const [shorter, longer] = first.length <= second.length ? [first, new Set(second)] : [second, new Set(first)];
  return shorter.every((word) => longer.has(word));
}

function similarTitles(a: string, b: string): boolean {
  const first = new Set(words(a));
  const second = words(b);
  const shared = second.filter((word) => first.has(word)).length;
  return shared / Math.min(first.size, second.length) >= 0.6;
}

export function urlKey(url: string): string {
  return url.replace(/[.,]+$/, '');
}

function resolveShort(segment: Segment, works: Work[], owner: unknown): ResolvedCitation {
  const short = parseShortCitation(segment.text);
  const base = { form: 'short' as const, locator: short.locator, segment, short };
  let found = matchShort(short, works, owner);
  // A bibliography entry (cited in full in no note) is matched without flaws or not at all: a slip is
  // reported against a note's citation, which an entry has not.
  if (found.work && !found.work.fullNotes.length) {
    found = entryFits(found.work, found.quality, short)
      ? { work: found.work, quality: [{ kind: 'exact' }] }
      : { quality: [{ kind: 'unresolved', reason: 'no-match' }] };
  }
  if (found.work && short.title) found.work.shortTitles.push(short.title);
  return { ...base, work: found.work, quality: found.quality };
}

function matchShort(short: ShortCitation, works: Work[], owner: unknown): { work?: Work; quality: MatchQuality[] } {
  const title = short.title;
  // A short title announced with `hereafter` names its work outright.
  const written = title ?? short.bare;
  const announced = written
    ? works.filter((work) => work.abbreviations.some((abbreviation) => sameText(abbreviation, written)))
    : [];
  if (announced.length) return { work: announced.at(-1), quality: [{ kind: 'exact' }] };
  const byNames = short.authors.length ? works.filter((work) => namesMatch(short.authors, work)) : [];

  if (byNames.length && title) {
    const best = bestByTitle(title, byNames, short.container, owner);
    if (best) return { work: best.work, quality: titleQuality(best.fit, title) };
  }
  if (byNames.length && !title) {
    if (byNames.length === 1) return { work: byNames[0], quality: [{ kind: 'exact' }] };
    // The author alone: the work of theirs cited last, preferably in this chapter.
    const here = byNames.filter((work) => work.owners.has(owner));
    const latest = (here.length ? here : byNames).reduce((best, work) =>
      work.lastSeen >= best.lastSeen ? work : best,
    );
    if (here.length === 1) return { work: latest, quality: [{ kind: 'exact' }] };
    return { work: latest, quality: [{ kind: 'ambiguous', alternatives: byNames }] };
  }

  const titleText = title ?? (byNames.length ? undefined : short.bare);
  if (titleText) {
    const pool = short.authors.length && title ? works.filter((work) => namesNearly(short.authors, work)) : [];
    const best = bestByTitle(titleText, pool.length ? pool : works, short.container, owner);
    if (best && (best.fit !== 'fuzzy' || best.score >= 0.5)) {
      const quality = titleQuality(best.fit, titleText);
      if (short.authors.length && title && !namesMatch(short.authors, best.work))
        quality.push({ kind: 'names', written: short.authors });
      return { work: best.work, quality: flawsOrExact(quality) };
    }
  }

  const near = works.filter((work) => namesNearly(short.authors, work));
  if (near.length === 1 || (near.length > 1 && !title)) {
    const work = near.at(-1)!;
    return { work, quality: [{ kind: 'names', written: short.authors }] };
  }
  return { quality: [{ kind: 'unresolved', reason: 'no-match', suggestion: suggest(short, works) }] };
}

function titleQuality(fit: TitleFit, written: string): MatchQuality[] {
  return fit === 'exact' ? [{ kind: 'exact' }] : [{ kind: 'title', fit, written }];
}

/** The match's flaws when it has any (an `exact` entry beside a flaw says nothing); else `exact`. */
function flawsOrExact(quality: MatchQuality[]): MatchQuality[] {
  const flaws = quality.filter((entry) => entry.kind !== 'exact');
  return flaws.length ? flaws : quality;
}

function bestByTitle(
  written: string,
  candidates: Work[],
  container: string | undefined,
  owner: unknown,
): { work: Work; fit: TitleFit; score: number } | undefined {
  const weights = wordWeights(candidates.map((work) => work.title ?? ''));
  let best: { work: Work; fit: TitleFit; score: number } | undefined;
  for (const work of candidates) {
    const fit = titleFit(written, work.title, weights);
    let score = fit.score;
    if (container && work.container && !sameText(container, work.container)) score *= 0.5;
    // Short forms mean works cited earlier in the same chapter first.
    if (work.owners.has(owner)) score += 0.001;
    // Later works win ties: the nearer citation is the likelier meaning.
    if (fit.fit !== 'none' && (!best || score >= best.score)) best = { work, fit: fit.fit, score };
  }
  return best;
}

function suggest(short: ShortCitation, works: Work[]): Work | undefined {
  const text = short.title ?? short.bare ?? short.authors.join(' ');
  const scored = works
    .filter((work) => work.fullNotes.length)
    .map((work) => ({
      work,
      score: Math.max(titleFit(text, work.title).score, namesNearly(short.authors, work) ? 0.6 : 0),
    }))
    .filter((entry) => entry.score > 0.3)
    .sort((a, b) => b.score - a.score);
  return scored[0]?.work;
}

function resolveIbid<Owner>(
  segment: Segment,
  current: ResolvedNote<Owner>,
  previous: ResolvedNote<Owner> | undefined,
): ResolvedCitation {
  const locator = ibidLocator(segment.text) ?? null;
  const base = { form: 'ibid' as const, locator, segment };
  // Ibid. later in a note refers to the citation just before it in the same note.
  const sameNote = current.citations.filter((citation) => citation.work);
  if (sameNote.length) return { ...base, work: sameNote.at(-1)!.work, quality: [{ kind: 'exact' }] };
  if (!previous) return { ...base, quality: [{ kind: 'unresolved', reason: 'no-previous' }] };
  const cited = [
    ...new Set(previous.citations.map((citation) => citation.work).filter((work): work is Work => !!work)),
  ];
  if (cited.length === 0) return { ...base, quality: [{ kind: 'unresolved', reason: 'no-match' }] };
  if (cited.length === 1) return { ...base, work: cited[0], quality: [{ kind: 'exact' }] };
  return {
    ...base,
    work: cited.at(-1),
    quality: [{ kind: 'ibid-ambiguous', previousNote: previous.note.number, alternatives: cited }],
  };
}
