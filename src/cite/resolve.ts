/**
 * Walks the notes in order, turning full citations into works (one per distinct work), and
 * short forms and Ibid. into references to them. Records how each match was made so the lint
 * can report slips without the resolver ever changing what the manuscript says.
 */
import { isNamesAndYear } from './classify/names-and-year.js';
import { partNamedBefore } from './part-named-before.js';
import { isClassicalCitation } from './classical-work.js';
import { isActNamedAlone } from './act-named-alone.js';
import { isCodeAcronym } from './code-acronym.js';
import { type AuthorDateMention, authorDateMentions } from './author-date-mentions.js';
import { isPartInCitedBook } from './part-in-cited-book.js';
import { declareFamilies } from './family-from-short.js';
import { actByInitials } from './act-initials.js';
import { twoPublications } from './two-publications.js';
import { definedAbbreviations } from './abbreviation.js';
import type { CitationForm } from '../book.js';
import { classifyNote, ibidLocator, ibidNames, type Segment } from './classify.js';
import { splitKnownAuthor } from './classify/known-author.js';
import { sameUntitled } from './same-untitled.js';
import { samePrinting } from './same-printing.js';
import type { CslName } from './names.js';
import { shortName } from './names.js';
import { EMPHASIS_OPEN, URL_OPEN, type NoteText } from './note-text.js';
import { HEREAFTER, hereafterTitle, parseFullCitation, type WorkFields } from './parse-full.js';
import { abbreviationThenPlace, announcesPlaceOnly, placeOnly } from './own-short-forms.js';
import { parseShortCitation, type ShortCitation } from './parse-short.js';
import { resolveShelfmark } from './shelfmark.js';
import { worksInNote } from './note-reference.js';
import { withoutOwnVolume } from './own-volume.js';
import { letterAgain } from './letter.js';
import { partCitedAgain } from './part-again.js';
import { fullerCitation } from './fuller-citation.js';
import { sameGivenNames } from './short-full-names.js';
import { ibidContainer } from './ibid-container.js';
import { subjectBeforeSee } from './subject-before-see.js';
import {
  namesMatch,
  namesNearly,
  opensTitle,
  sameText,
  titleFit,
  wordWeights,
  type TitleFit,
  type WorkShape,
} from './match.js';
import { cleanLocator, fold, IDEM, levenshtein, plain, STOPWORDS, words } from './text.js';

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
  /** Its item's facts of publication were all read from the citation after its own (shared-book.ts). */
  factsShared?: boolean;
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
 * entry becomes a work (an item) once a note cites it. `sameText`: whether two divisions are sections of one text
 * (one source file cut at its headings), across which Ibid. and the author's sentences still point back; by default
 * only a division is.
 */
export function resolveNotes<Owner>(
  input: Array<{ note: NoteText; owner: Owner }>,
  bibliography: Array<{ entry: NoteText; owner: Owner }> = [],
  sameText: (one: Owner, other: Owner) => boolean = (one, other) => one === other,
): Resolution<Owner> {
  const works: Work[] = [];
  const byUrl = new Map<string, Work>();
  const entries = readEntries(bibliography);
  const notes: Array<ResolvedNote<Owner>> = [];
  let previousCiting: ResolvedNote<Owner> | undefined;
  let sequence = 0;
  // The work each division's notes cite by a place alone, once the author announced it (own-short-forms.ts).
  const placeOnlyWork = new Map<Owner, Work>();

  for (const { note, owner } of input) {
    try {
      const segments = classifyNote(note.text).flatMap((segment) =>
        splitKnownAuthor(segment, (text, alone) =>
          knownShort(text, alone, works, entries.get(owner) ?? [], owner, (work) =>
            [...work.owners].some((other) => sameText(other as Owner, owner)),
          ),
        ),
      );
      // `On the findspot: Lee 1981, 205.`: names and year of an entry of an author-date bibliography, wherever they
      // stand, are its short citations; the classifier's segments over them give way (author-date-mentions.ts).
      const mentions = authorDateMentions(note.text, entries.get(owner) ?? []);
      const mentionOf = new Map<Segment, AuthorDateMention<Work>>();
      if (mentions.length) {
        const kept = segments.filter(
          (segment) =>
            segment.kind === 'ibid' || !mentions.some(({ from, to }) => from < segment.to && segment.from < to),
        );
        const cited = mentions.map((mention) => {
          const segment: Segment = {
            kind: 'short',
            text: note.text.slice(mention.from, mention.to),
            from: mention.from,
            to: mention.to,
          };
          mentionOf.set(segment, mention);
          return segment;
        });
        segments.splice(0, segments.length, ...[...kept, ...cited].sort((a, b) => a.from - b.from));
      }
      const resolved: ResolvedNote<Owner> = { note, owner, segments, citations: [] };
      // Ibid. never reaches back across a chapter of an anthology (a file of its own): each starts afresh. (Across a
      // heading of one file, it points to the note before.)
      const previous = previousCiting && sameText(previousCiting.owner, owner) ? previousCiting : undefined;
      let leadFrom = 0;
      for (const written of segments) {
        // `Note that Ann Lee proposed a levy, see ‘Tides’, …`: the author's sentence names the work's author (subject-before-see.ts).
        const lead = note.text.slice(leadFrom, written.from);
        // (`… published as “Tides” in Ann Lee, *Harbours* (…)`: the part the sentence names, part-named-before.ts.)
        const part = written.kind === 'full' ? partNamedBefore(written.text, lead) : undefined;
        const segment = part
          ? { ...written, text: part }
          : written.kind === 'full'
            ? withSubject(written, lead)
            : written.kind === 'short'
              ? withNamedAuthor(written, lead, works)
              : written;
        if (segment.kind !== 'commentary') leadFrom = segment.to;
        if (segment.kind === 'commentary') {
          // `…; hereafter *Songs*.`: the short title of the work cited just before.
          const announced = hereafterTitle(segment.text);
          const work = resolved.citations.at(-1)?.work;
          if (announced && new RegExp(String.raw`^\W*${HEREAFTER}\b`, 'i').test(segment.text) && work)
            announce(work, announced);
          // `Subsequent citations to the *Phenomenology* will simply give the paragraph number.` (own-short-forms.ts).
          if (work && announcesPlaceOnly(segment.text)) placeOnlyWork.set(owner, work);
          continue;
        }
        let citation: ResolvedCitation;
        const next = segments[segments.indexOf(written) + 1];
        // `…, May 4, 1882; and June 3, 1883, 5.`: a further place in the work the note cited just before.
        const again = segment.again ? citedAgain(segment, resolved.citations.at(-1)) : undefined;
        if (again) {
          resolved.citations.push(again);
          again.work!.lastSeen = ++sequence;
          continue;
        }
        // `Lee to Chen, 45.`: a letter cited again by its writer and addressee (letter.ts).
        const letter = segment.kind === 'ibid' ? undefined : letterAgain(segment, works, owner);
        if (letter) citation = letter;
        else if (segment.kind === 'full')
          citation =
            shortenedRepeat(segment, works, owner) ??
            partCitedAgain(segment, works, owner, next?.kind === 'full' ? next.text : undefined) ??
            addFull(
              segment,
              note.number,
              works,
              byUrl,
              next?.kind === 'full' ? next.text : undefined,
              owner,
              resolved.citations.at(-1)?.work,
            );
        else if (mentionOf.has(written)) {
          const { work, locator } = mentionOf.get(written)!;
          if (!works.includes(work)) works.push(work);
          citation = { form: 'short', work, locator, segment, quality: [{ kind: 'exact' }] };
        } else if (segment.kind === 'short' && isCodeAcronym(segment.text)) {
          // `FAR 2.101.`: a code's section, cited in full each time (code-acronym.ts).
          segment.kind = 'full';
          citation = addFull(segment, note.number, works, byUrl);
        } else if (segment.kind === 'short') {
          // `D 80.`, `§73.`: the author's own short forms, once announced (own-short-forms.ts).
          const own = ownShortForm(segment, works, placeOnlyWork.get(owner));
          const manuscript = own ? undefined : resolveShelfmark(segment, works, owner);
          if (manuscript === 'first') {
            segment.kind = 'full';
            citation = addFull(segment, note.number, works, byUrl);
          } else citation = own ?? manuscript ?? resolveShort(segment, works, owner, resolved.citations.at(-1)?.work);
          if (!citation.work)
            citation = resolveShortInBibliography(segment, citation, entries.get(owner) ?? [], works, owner);
          // `Chen, “Rivers,” in Lee and Roe, *Tides*, 206.`: a part's first citation, its book given short
          // (part-in-cited-book.ts); `Thessalos, *Harbours*, book 3, 412c.`: a classical work's (classical-work.ts).
          const namesFitNone = citation.quality.some(
            (quality) => quality.kind === 'names' || quality.kind === 'unresolved',
          );
          // `Coastal Mills Act.` cited by no note before (another Act's name sharing words with it is another Act):
          // the Act's first citation (act-named-alone.ts).
          const actNamed =
            isActNamedAlone(segment.text) &&
            (!citation.work || citation.quality.some((quality) => quality.kind === 'title' && quality.fit === 'fuzzy'));
          if (
            (!citation.work && isPartInCitedBook(segment.text, works)) ||
            actNamed ||
            (namesFitNone && isClassicalCitation(citation.short))
          ) {
            segment.kind = 'full';
            citation = addFull(segment, note.number, works, byUrl);
          }
          if (segment.weak && (!citation.work || citation.quality.some((quality) => quality.kind === 'unresolved'))) {
            segment.kind = 'commentary';
            continue;
          }
        } else {
          citation = resolveIbid(segment, resolved, previous);
          // `Ibid., 156:855` after a case in volume 156: the page is the place cited (own-volume.ts).
          citation.locator = withoutOwnVolume(citation.locator, citation.work?.item.volume);
        }
        resolved.citations.push(citation);
        if (citation.work) {
          citation.work.owners.add(owner);
          citation.work.lastSeen = ++sequence;
        }
      }
      notes.push(resolved);
      if (resolved.citations.length) previousCiting = resolved;
    } catch (error) {
      // A parser that recurses without end on a note is a slip of Folio's, not the author's: the note is read as
      // the author's words, and the book still builds.
      if (!(error instanceof RangeError)) throw error;
      notes.push({
        note,
        owner,
        segments: [{ kind: 'commentary', text: note.text, from: 0, to: note.text.length }],
        citations: [],
      });
    }
  }
  return { works, notes };
}

/**
 * `D 80.` after `Henceforth cited as 'D'.`, `§73.` after `Subsequent citations to the *Phenomenology* will simply give
 * the paragraph number.`: the author's own short forms (own-short-forms.ts), the work the announcement named.
 */
function ownShortForm(segment: Segment, works: Work[], placeOnlyOf: Work | undefined): ResolvedCitation | undefined {
  // (A length test before the words are compared: this runs on every short form.)
  const byAbbreviation = (abbreviation: string) =>
    works.findLast((work) =>
      work.abbreviations.some(
        (announced) => Math.abs(announced.length - abbreviation.length) <= 4 && sameText(announced, abbreviation),
      ),
    );
  const abbreviated = abbreviationThenPlace(segment.text, (abbreviation) => Boolean(byAbbreviation(abbreviation)));
  const work = abbreviated ? byAbbreviation(abbreviated.abbreviation) : placeOnlyOf;
  const place = abbreviated ? abbreviated.place : placeOnlyOf ? placeOnly(segment.text) : undefined;
  if (!work || place === undefined) return undefined;
  return { form: 'short', work, locator: cleanLocator(place), segment, quality: [{ kind: 'exact' }] };
}

/**
 * A short title alone after the author's sentence that names its author (`I agree with Lee’s reading. *Tides*, 31.`,
 * `As Lee argues, … “Tides,” 4.`): the family name of a cited work's author in that sentence, whose title the short
 * title fits, is put before it.
 */
function withNamedAuthor(segment: Segment, lead: string, works: Work[]): Segment {
  if (!new RegExp(`^[${EMPHASIS_OPEN}“"‘]`).test(segment.text) || !/[.!?,:][”"’]?\s*$/.test(lead)) return segment;
  const sentence = lastSentence(plain(lead));
  // (The names first, the short form parsed only when one of them is a cited author's: this runs on many notes.)
  const families = new Set(works.flatMap((work) => work.names.map((person) => person.family)));
  const named = [...sentence.matchAll(/\b(\p{Lu}[\p{L}-]+)(?:[’']s)?\b/gu)]
    .map((match) => match[1])
    .filter((family) => families.has(family));
  if (!named.length) return segment;
  const title = parseShortCitation(segment.text).title;
  if (!title) return segment;
  const name = named.find((family) =>
    works.some(
      (work) => work.names.some((person) => person.family === family) && titleFit(title, work.title).fit !== 'none',
    ),
  );
  return name ? { ...segment, text: `${name}, ${segment.text}` } : segment;
}

/** The last sentence of the author's words before a citation. */
function lastSentence(lead: string): string {
  return (
    lead
      .trim()
      .split(/(?<=[.!?][”"’]?)\s+(?=\p{Lu})/u)
      .at(-1) ?? ''
  );
}

/**
 * A full citation given without names after the author's sentence whose subject wrote it (before `see`, or a book's
 * italic title opening the citation after the sentence), the names put before it.
 */
function withSubject(segment: Segment, lead: string): Segment {
  const see = /[\s,](?:see|cf\.)(?:\s+also)?[,:]?\s*$/i.test(lead);
  // `Ann Lee proposes a harbour levy. *Tides* (Hull: Quay, 2004), 28–36.`: the sentence just before it names the
  // author of a book cited without names.
  const sentence =
    !see && /[.!?]\s*$/.test(lead) && new RegExp(`^${EMPHASIS_OPEN}`).test(segment.text)
      ? lastSentence(lead)
      : undefined;
  if (!see && !sentence) return segment;
  const names = subjectBeforeSee(plain(see ? lead : sentence!), segment.text);
  return names ? { ...segment, text: `${names}, ${segment.text}` } : segment;
}

/**
 * Whether unmarked words are a short form of a work this chapter cites (classify/known-author.ts): as
 * the resolver would read them, they fit without a flaw a work cited in this chapter's notes (`citedInText`: or
 * another section of its text) or listed in its bibliography, by names and a run of its title, or (`alone`) by two
 * or more people's names only.
 */
function knownShort(
  text: string,
  mode: boolean | 'dated',
  works: Work[],
  entries: Work[],
  owner: unknown,
  citedInText: (work: Work) => boolean,
): boolean {
  const short = parseShortCitation(text);
  // `Lee (2004), p. 422`: names and a year, of a work of the author's (a person's) of that year only.
  if (mode === 'dated') {
    const year = yearThenPlace(short.locator)?.year;
    if (short.title || !short.authors.length || year === undefined) return false;
    const found = matchShort(short, works, owner);
    return Boolean(
      found.work &&
        found.work.year === year &&
        // (People's family names: `Nevada (1861)` in a sentence is a place and its year, whatever work a body wrote.)
        found.work.names.length > 0 &&
        found.work.names.every((name) => name.family) &&
        namesMatch(short.authors, found.work, short.etAl) &&
        citedInText(found.work) &&
        found.quality.every((quality) => quality.kind === 'exact'),
    );
  }
  const alone = mode;
  if (alone && (short.authors.length < 2 || short.title || short.locator)) return false;
  if (!alone && !short.title && (!short.bare || works.some((work) => namesMatch(short.authors, work)))) return false;
  const inNotes = matchShort(short, works, owner);
  const found = inNotes.work ? inNotes : matchShort(short, entries, owner);
  if (!found.work || !found.quality.every((quality) => quality.kind === 'exact')) return false;
  if (!citedInText(found.work) && !entries.includes(found.work)) return false;
  // The authors alone are people's family names, never words of an organisation's name.
  return !alone || found.work.names.every((name) => name.family);
}

/** `idem` alone, a name's place (text.ts's word). */
const IDEM_ALONE = new RegExp(`^${IDEM}\\.?$`, 'i');

/** A full citation's fields and its shape for matching; `———.` takes the names of the work before. */
function parseWork(
  text: string,
  before: Work | undefined,
  following?: string,
): { item: WorkFields; locator: string | null; shape: WorkShape; hereafter?: string; shared?: boolean } {
  const { item, locator, etAl, hereafter, shared } = parseFullCitation(text, following);
  // `———.`: the same authors as the work cited just before (a bibliography's repeated name); `idem` (`eadem`,
  // `eidem`) in a note says the same.
  const dashes = (item.author ?? item.editor) as CslName[] | undefined;
  const same = dashes?.length === 1 ? (dashes[0].literal ?? (dashes[0].given ? '' : dashes[0].family) ?? '') : '';
  if ((/^[—–-]{2,}$/.test(same) || IDEM_ALONE.test(same)) && before) {
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
  return { item, locator, shape, hereafter, shared };
}

/** The container and year of an item, as a work's shape holds them. */
function workFacts(item: WorkFields): Pick<WorkShape, 'container' | 'year'> {
  const issued = (item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0];
  return { container: item['container-title'] as string | undefined, year: issued };
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
  // `Lee 2004, 78` (author-date): the author's entry of that year, the year out of the place cited.
  // (A work by its names and year alone has its year out of the place cited already: it is read from the short form.)
  const alone = isNamesAndYear(segment.text);
  const dated = short.title ? undefined : alone ? yearThenPlace(short.locator) : yearThenPlace(unresolved.locator);
  const ofYear = dated
    ? entries.filter((entry) => entry.year === dated.year && namesMatch(short.authors, entry, short.etAl))
    : [];
  if (ofYear.length === 1) {
    if (!works.includes(ofYear[0])) works.push(ofYear[0]);
    return { ...unresolved, work: ofYear[0], locator: dated!.place, quality: [{ kind: 'exact' }] };
  }
  // (`Lee: 2004` names that year's work: the author's entry of another year is another work.)
  if (alone) return unresolved;
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
  owner?: unknown,
  before?: Work,
): ResolvedCitation {
  // (`See Lee, *Tides*; idem, *Salt*`: `idem` is the author of the work cited just before, a short form's too.)
  const parsed = parseWork(segment.text, before ?? works.at(-1), following);
  const { locator, hereafter } = parsed;
  // `“Tides,” *ibid.*, 202`: held by what the citation before it named (ibid-container.ts).
  const item = ibidContainer(parsed.item, before?.item);
  const shape = item === parsed.item ? parsed.shape : { ...parsed.shape, ...workFacts(item) };
  const url = typeof item.URL === 'string' ? urlKey(item.URL) : undefined;

  // One URL under two unrelated titles is two works with a slip in one URL (the lint reports it).
  const sameUrl = url ? byUrl.get(url) : undefined;
  // A letter read at an address (`Ann Lee to Bo Chen, 4 May 1790, https://…/lee-papers/`) is not the site there.
  const urlWork =
    sameUrl &&
    (!sameUrl.title || !shape.title || similarTitles(sameUrl.title, shape.title)) &&
    !letterAtSite(sameUrl.item, item)
      ? sameUrl
      : undefined;
  let work =
    urlWork ??
    works.find(
      (candidate) =>
        (sameWork(candidate, shape) || sameUntitled(candidate.item, item) || samePrinting(candidate.item, item)) &&
        !twoPublications(candidate, item, owner),
    );
  if (work) {
    if (!work.title && shape.title) {
      // A bare URL cited first, the full reference later: the reference fills the item in.
      Object.assign(work, shape);
      work.item = { ...item, URL: work.item.URL ?? item.URL };
    } else if (fullerCitation(work.item, item, work.factsShared)) {
      // Names and title alone first, the work's facts later: the later citation describes it.
      Object.assign(work, shape);
      work.item = item;
      work.factsShared = parsed.shared;
    }
  } else {
    work = newWork(shape, item);
    work.factsShared = parsed.shared;
    works.push(work);
  }
  if (hereafter) announce(work, hereafter);
  for (const abbreviation of definedAbbreviations(segment.text)) announce(work, abbreviation);
  work.fullNotes.push(noteNumber);
  work.fullCitations.push({ note: noteNumber, item, segment });
  if (url && !byUrl.has(url)) byUrl.set(url, work);
  return { form: 'full', work, locator, segment, quality: [{ kind: 'exact' }] };
}

/**
 * A letter cited at the address of the papers that hold it (Chicago 14.111): the same address cited before
 * for something else (the edition's site, a bare address) names another work, as does a letter after it.
 */
function letterAtSite(earlier: WorkFields, later: WorkFields): boolean {
  const letter = (item: WorkFields) => item.type === 'personal_communication';
  return letter(earlier) !== letter(later);
}

/**
 * A short form that gives the work's year, read as a full citation (`*TAMO* (1563), 1686.`, `Lee, Salt
 * Roads (1850), 84.`, `Salt Roads (Hull, 1850), 84.`): names without given names, a title, perhaps a year,
 * nothing else (no publisher, journal, address or volume, no place but the work's own), whose title is a
 * run of the title of a work this chapter cited in full before, or the short title it announced. Or a
 * dated short form of a periodical or record series (`*SRO*, March 3, 1729, 12.`): its italic name alone
 * with a date, naming a work cited in full by that name or announced with it. It cites that work; a title
 * announced with `hereafter` names its work before any title that merely holds the words.
 */
function shortenedRepeat(segment: Segment, works: Work[], owner: unknown): ResolvedCitation | undefined {
  const { item, locator, shape } = parseWork(segment.text, undefined);
  if (!shape.title && !shape.names.length && !item.issued && !item.publisher && !item['container-title'] && !item.URL)
    return thinShort(segment, works, owner);
  const repeat = repeatTitle(segment.text, item, shape);
  if (!repeat || item.URL || item.volume) return undefined;
  // Given names too only with names and a title alone, the names the work's in full (short-full-names.ts).
  const given = shape.names.some((name) => name.given);
  if (given && (item.issued || repeat.year !== undefined || repeat.place || repeat.series)) return undefined;
  const { title, series } = repeat;
  const inChapter = works.filter((work) => work.fullNotes.length && work.owners.has(owner));
  const announced = inChapter.filter((work) =>
    work.abbreviations.some((abbreviation) => sameText(abbreviation, title)),
  );
  const fits = (work: Work) => {
    const place = repeat.place ?? (item['publisher-place'] as string | undefined);
    if (place && !imprintHas(work, place)) return false;
    if (repeat.year !== undefined && repeat.year !== work.year) return false;
    if (
      shape.names.length &&
      !namesMatch(
        shape.names.map((name) => name.family ?? name.literal ?? ''),
        work,
      )
    )
      return false;
    if (given && !sameGivenNames(shape.names, work.names)) return false;
    // A periodical's name is the whole title of the work (`*Harbour Lamp Online*`), never words of an article's.
    if (series) return !work.names.length && !work.container && sameText(title, work.title);
    const fit = titleFit(title, work.title).fit;
    return (fit === 'exact' || fit === 'case') && words(title).length < words(work.title ?? '').length;
  };
  const work = (announced.length ? announced : inChapter.filter(fits)).at(-1);
  if (!work) return undefined;
  segment.kind = 'short';
  work.shortTitles.push(title);
  // `*SRO*, March 3, 1729, 12`: a date the work does not bear is the issue cited, part of the place.
  const dated = issueDate(item) && repeat.year === undefined && !sameYear(item, work);
  const place = dated ? afterTitle(segment.text, title) || locator : locator;
  const short: ShortCitation = {
    authors: shape.names.map((name) => name.family ?? name.literal ?? ''),
    title,
    locator: place,
  };
  return { form: 'short', work, locator: place, segment, short, quality: [{ kind: 'exact' }] };
}

/**
 * `Lee, Harbours.`: a citation in which the parser found nothing of a full one (no names it could read, no
 * title, date, publisher or address) is a short form when its names and unmarked title fit a work this
 * chapter cited in full.
 */
function thinShort(segment: Segment, works: Work[], owner: unknown): ResolvedCitation | undefined {
  const short = parseShortCitation(segment.text);
  if (!short.bare) return undefined;
  const inChapter = works.filter((work) => work.fullNotes.length && work.owners.has(owner));
  const found = unmarkedTitle(short, inChapter, owner);
  if (!found) return undefined;
  segment.kind = 'short';
  found.work.shortTitles.push(short.authors.at(-1)!);
  return { form: 'short', work: found.work, locator: short.locator, segment, short, quality: found.quality };
}

/**
 * A part naming no work, a date first (classify/same-work-again.ts), after a citation in the same note: a short
 * form of that citation's work, the date and what follows it (up to an address) the place cited.
 */
function citedAgain(segment: Segment, before: ResolvedCitation | undefined): ResolvedCitation | undefined {
  if (!before?.work) return undefined;
  segment.kind = 'short';
  const address = segment.text.search(ADDRESS_START);
  const place = plain(address < 0 ? segment.text : segment.text.slice(0, address)).replace(/[\s.,;:[(<]+$/, '');
  return { form: 'short', work: before.work, locator: place || null, segment, quality: [{ kind: 'exact' }] };
}

/** Where an address starts: a link, or one written out as text. */
const ADDRESS_START = new RegExp(`${URL_OPEN}|(?:https?://|www\\.)`);

/** A date with its month (`March 3, 1729`): an issue, not an edition's year. */
function issueDate(item: WorkFields): boolean {
  return ((item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.length ?? 0) > 1;
}

function sameYear(item: WorkFields, work: Work): boolean {
  const issued = (item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0];
  return issued === work.year;
}

/** What a citation says after the title it gives (`March 3, 1729, 12` after `*SRO*,`). */
function afterTitle(text: string, title: string): string | null {
  const flat = plain(text);
  const at = flat.indexOf(title);
  if (at < 0) return null;
  return flat.slice(at + title.length).replace(/^[\s,.:;”"’']+|[\s.;]+$/g, '') || null;
}

/**
 * The place is the work's, or among the words of its imprint (a place the parser left with the publisher), or
 * among the words of the series it was printed in when its citation gave no imprint of its own (`…, in Documents
 * of the Assembly of Quay (Hull, 1850)`).
 */
function imprintHas(work: Work, place: string): boolean {
  const own = `${work.item['publisher-place'] ?? ''} ${work.item.publisher ?? ''}`;
  const imprint = new Set(words(own.trim() ? own : `${work.item['container-title'] ?? ''}`));
  return words(place).every((word) => imprint.has(word));
}

/**
 * The title a thin citation gives, if it is one: its title with no publisher or journal; its italic name
 * alone with a date (`series`: a periodical or record series cited by issue); or, when the parser found
 * no title, unmarked words before `(Place, Year)` or `(Year)` (`First Report (Hull, 1848), 197.`).
 */
function repeatTitle(
  text: string,
  item: WorkFields,
  shape: WorkShape,
): { title: string; series?: boolean; place?: string; year?: number } | undefined {
  if (item.publisher && shape.title) return undefined;
  if (shape.title) return item['container-title'] ? undefined : { title: shape.title };
  const container = item['container-title'] as string | undefined;
  if (container && !shape.names.length && !item.publisher && item.issued) return { title: container, series: true };
  if (container || shape.names.length) return undefined;
  const opening = /^([^(),;:]+?)\s*\(\s*(?:([^()\d,:]+?),\s*)?((?:1[5-9]|20)\d\d)\s*\)/.exec(plain(text));
  if (!opening || !/^\p{Lu}/u.test(opening[1])) return undefined;
  return { title: opening[1], place: opening[2], year: Number(opening[3]) };
}

function sameWork(work: Work, shape: WorkShape): boolean {
  if (!work.title || !shape.title) return false;
  const firstName = (names: CslName[]) => fold(names[0]?.family ?? names[0]?.literal ?? '');
  if (!(sameText(work.title, shape.title) || titleSlip(work.title, shape.title))) return false;
  if (firstName(work.names) !== firstName(shape.names)) return false;
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

/**
 * `Salt Roads of the Nothern Coast` for `Salt Roads of the Northern Coast`: a long title given again with one
 * word a letter off (a typo, not `Volume I` and `Volume II`: the word is long) is the same title.
 */
function titleSlip(a: string, b: string): boolean {
  const [first, second] = [words(a), words(b)];
  if (first.length !== second.length || first.length < 4) return false;
  const differ = first.flatMap((word, index) => (word === second[index] ? [] : [[word, second[index]]]));
  if (differ.length !== 1) return false;
  const [x, y] = differ[0];
  return x.length >= 5 && y.length >= 5 && !/\d/.test(x + y) && levenshtein(x, y, 1) <= 1;
}

/** One name's words all in the other (`The Shore` and `The Shore Blog`, read two ways): the same periodical. */
function nestedWords(a: string, b: string): boolean {
  const [first, second] = [words(a), words(b)];
  const [shorter, longer] = first.length <= second.length ? [first, new Set(second)] : [second, new Set(first)];
  return shorter.every((word) => longer.has(word));
}

function similarTitles(a: string, b: string): boolean {
  // One series' parts at one address (`Tides: Walk to the Quay`, `Tides: Salt and Stone`): the same title before
  // the colon, subtitles without a word in common, are two works.
  const [mainA, subA] = a.split(/:\s*/, 2);
  const [mainB, subB] = b.split(/:\s*/, 2);
  if (subA && subB && sameText(mainA, mainB) && !sharesContentWord(subA, subB)) return false;
  const first = new Set(words(a));
  const second = new Set(words(b));
  const shared = [...second].filter((word) => first.has(word)).length;
  return shared / Math.min(first.size, second.size) >= 0.6;
}

function sharesContentWord(a: string, b: string): boolean {
  const first = new Set(words(a).filter((word) => !STOPWORDS.has(word)));
  return words(b).some((word) => !STOPWORDS.has(word) && first.has(word));
}

export function urlKey(url: string): string {
  return url.replace(/[.,]+$/, '');
}

function resolveShort(segment: Segment, works: Work[], owner: unknown, before?: Work): ResolvedCitation {
  const short = parseShortCitation(segment.text);
  // `Lee, *Tides*; idem, *Salt*, 4.`: `idem` names the authors of the work cited just before.
  if (before && short.authors.length === 1 && IDEM_ALONE.test(short.authors[0]))
    short.authors = before.names.map(shortName);
  // `Lee (n 4) 12`: the note pointed at holds the work; its names or title must still fit.
  const inNote = worksInNote(segment.text, works, owner);
  // (`BGH, (Fn. 16), Rn. 23`: the court's decision in that note, by its name if the short form gives one.)
  const pointed = short.court ? courtsDecision(short, inNote) : matchShort(short, inNote, owner);
  let found = pointed.work ? pointed : matchShort(short, works, owner);
  // After matching: an author-date short form's year leaves the place cited (`Lee, 2003, 51` → `51`).
  const base = { form: 'short' as const, locator: short.locator, segment, short };
  // A bibliography entry (cited in full in no note) is matched without flaws or not at all: a slip is
  // reported against a note's citation, which an entry has not.
  if (found.work && !found.work.fullNotes.length) {
    found = entryFits(found.work, found.quality, short)
      ? { work: found.work, quality: [{ kind: 'exact' }] }
      : { quality: [{ kind: 'unresolved', reason: 'no-match' }] };
  }
  // A work by its names and year alone (`Ann Lee (1987)`, `Lee: 2004`) is that year's: the author's work of
  // another year is another work.
  const dated = isNamesAndYear(segment.text) ? yearThenPlace(base.locator) : undefined;
  if (dated && found.work?.year !== undefined && found.work.year !== dated.year)
    found = { quality: [{ kind: 'unresolved', reason: 'no-match' }] };
  if (found.work && short.title) found.work.shortTitles.push(short.title);
  if (found.work) declareFamilies(short.authors, found.work.names);
  // (Matched or not, its year is no place cited.)
  const year = !found.work ? dated : undefined;
  const locator = year ? year.place : withoutWorkYear(base.locator, found.work);
  return { ...base, locator, work: found.work, quality: found.quality };
}

/** The decision of the short form's court among the works of the note it points at, told apart by its name if given. */
function courtsDecision(short: ShortCitation, works: Work[]): { work?: Work; quality: MatchQuality[] } {
  const decisions = works.filter(
    (work) =>
      work.item.type === 'legal_case' &&
      work.item.authority === short.court &&
      (!short.title || (typeof work.item.title === 'string' && sameText(work.item.title, short.title))),
  );
  return decisions.length === 1
    ? { work: decisions[0], quality: [{ kind: 'exact' }] }
    : { quality: [{ kind: 'unresolved', reason: 'no-match' }] };
}

/**
 * `Pennick 1966, S. 6` matched by the name alone to Pennick's work of 1966: the year dates the work and leaves the place
 * cited, as when it tells the author's works apart (byYear).
 */
function withoutWorkYear(locator: string | null, work: Work | undefined): string | null {
  const dated = yearThenPlace(locator);
  return dated?.place && work?.year === dated.year ? dated.place : locator;
}

/** `2003, 51`, `1966, S. 6`, `2000: 502–31`, `2003`: a work's year opening the place cited, and the place after it. */
function yearThenPlace(locator: string | null): { year: number; place: string | null } | undefined {
  const year = /^((?:1[5-9]|20)\d\d)[a-z]?(?:\s*[,:]\s*(.+))?$/.exec(locator ?? '');
  // (`Pennick 1966, S. 6`: the place's German label goes as `p.` does.)
  return year ? { year: Number(year[1]), place: year[2] ? cleanLocator(year[2]) : null } : undefined;
}

function matchShort(short: ShortCitation, works: Work[], owner: unknown): { work?: Work; quality: MatchQuality[] } {
  const title = short.title;
  // A short title announced with `hereafter` names its work outright.
  const written = title ?? short.bare;
  const announced = written
    ? works.filter((work) => work.abbreviations.some((abbreviation) => sameText(abbreviation, written)))
    : [];
  if (announced.length) return { work: announced.at(-1), quality: [{ kind: 'exact' }] };
  // `Article 8 SCHR.`: the initials of an act's title the chapter cited, never announced (act-initials.ts).
  const act = actByInitials(short, works, owner);
  if (act) return { work: act, quality: [{ kind: 'exact' }] };
  // `QAST, art 4(a), fn 2`, `Sessions, Ann Lee, h18510302-4`: an announced abbreviation, then the place cited (a
  // provision, a record's name and number) read as an unmarked title.
  const abbreviated = short.unmarked && short.authors.length === 1 ? short.authors[0] : undefined;
  const byAbbreviation = abbreviated
    ? works.filter((work) => work.abbreviations.some((abbreviation) => abbreviation === abbreviated))
    : [];
  // (A record's name and number only after a short title of the work itself, never one of its repository: `AHU, box 5`.)
  const provision = title !== undefined && /^(?:arts?|articles?|s|ss|sec|§§?|para|paras)\.?\s/i.test(title);
  if (
    title &&
    byAbbreviation.length &&
    (provision || byAbbreviation.some((work) => abbreviatesTitle(abbreviated!, work)))
  ) {
    short.locator = short.locator ? `${title}, ${short.locator}` : title;
    short.title = undefined;
    short.unmarked = undefined;
    return { work: byAbbreviation.at(-1), quality: [{ kind: 'exact' }] };
  }
  const split = short.bare ? unmarkedTitle(short, works, owner) : undefined;
  if (split) return split;
  const byNames = short.authors.length ? works.filter((work) => namesMatch(short.authors, work, short.etAl)) : [];

  if (byNames.length && title) {
    const best = bestByTitle(title, byNames, short.container, owner);
    if (best) return { work: best.work, quality: titleQuality(best.fit, title) };
    // `Lee, *Tides*, 33.` after `Ann Lee, ed., “Salt,” in *Tides: Essays* (…)`: the book the author's part was cited
    // in, never cited in full apart from it; the part's work is the nearest item.
    const book = byNames.filter((work) => opensTitle(title, work.container)).at(-1);
    if (book) return { work: book, quality: [{ kind: 'exact' }] };
  }
  if (byNames.length && !title) {
    if (byNames.length === 1) {
      // (`Lee, 2004, 95` of the one work of Lee's, of 2004: the year leaves the place cited.)
      const year = yearThenPlace(short.locator);
      if (year && year.year === byNames[0].year) short.locator = year.place;
      return { work: byNames[0], quality: [{ kind: 'exact' }] };
    }
    const dated = byYear(short, byNames);
    if (dated) return { work: dated, quality: [{ kind: 'exact' }] };
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
    // A marked title without names opens a signed work's title (`*Salt Roads*`): words from within one (a
    // periodical named in a study's title, `“Harbour Lamp”`) cite something else.
    const unsigned = title && !short.authors.length;
    const candidates = unsigned ? works.filter((work) => !work.names.length || opensTitle(title, work.title)) : works;
    // Names near those of works whose titles fit none: the exact words of another work's title still name it.
    const fromPool = pool.length ? bestByTitle(titleText, pool, short.container, owner) : undefined;
    const fromAll = pool.length && !fromPool ? bestByTitle(titleText, candidates, short.container, owner) : undefined;
    const best =
      fromPool ??
      (fromAll && (fromAll.fit === 'exact' || fromAll.fit === 'case') ? fromAll : undefined) ??
      (pool.length ? undefined : bestByTitle(titleText, candidates, short.container, owner));
    // Names that fit no work and a title only like one's (`Roe, *Salt Ledger*` for Lee's *Salt Ledgers of
    // Hull*) are another work, most likely one cited in full in no note: no link.
    const foreign = short.authors.length > 0 && !!title && !short.unmarked && !pool.length;
    if (best && (best.fit !== 'fuzzy' || (best.score >= 0.5 && !foreign))) {
      const quality = titleQuality(best.fit, titleText);
      if (short.authors.length && title && !namesMatch(short.authors, best.work, short.etAl))
        quality.push({ kind: 'names', written: short.authors });
      return { work: best.work, quality: flawsOrExact(quality) };
    }
  }

  // A title that fits none of the author's works names another work of theirs: the names alone do not link it.
  const near = title && !short.unmarked ? [] : works.filter((work) => namesNearly(short.authors, work));
  if (near.length) {
    // `Leee 2003, 51`: a slip in the name, and the year picks one of the author's works (the page stays).
    const work = (!title ? byYear(short, near) : undefined) ?? near.at(-1)!;
    return { work, quality: [{ kind: 'names', written: short.authors }] };
  }
  return { quality: [{ kind: 'unresolved', reason: 'no-match', suggestion: suggest(short, works) }] };
}

/** The abbreviation is words of the work's title (`Sessions` of `Quay Sessions Online`) or their initials (`QSO`). */
function abbreviatesTitle(abbreviation: string, work: Work): boolean {
  const title = words(work.title ?? '');
  const initials = (work.title ?? '').match(/(?<![\p{L}'’])\p{Lu}/gu)?.join('') ?? '';
  return (
    words(abbreviation).every((word) => title.includes(word)) ||
    (/^\p{Lu}{2,}$/u.test(abbreviation) && initials.includes(abbreviation))
  );
}

/**
 * `Lee, Salt Roads, 23.` or `Lee and Chen, Salt Roads`: a title without italics or quotes reads like one
 * more name. When the words after the last comma (or the last two) are no name of the work the names
 * before them fit, but are words of its title, they are its short title: of an author's works, that title
 * picks one.
 */
function unmarkedTitle(
  short: ShortCitation,
  works: Work[],
  owner: unknown,
): { work: Work; quality: MatchQuality[] } | undefined {
  for (let count = short.authors.length - 1; count >= 1; count--) {
    const names = short.authors.slice(0, count);
    const candidates = works.filter((work) => namesMatch(names, work, short.etAl));
    if (!candidates.length) continue;
    const title = short.authors.slice(count).join(', ');
    const best = bestByTitle(title, candidates, undefined, owner);
    if (best && ['exact', 'case', 'wording'].includes(best.fit))
      return { work: best.work, quality: [{ kind: 'exact' }] };
  }
  // `Roe & Lee, Salt` for `Ann Lee, ed., *Salt Roads*`: more names than the full citation gave, all of its among
  // them, and the opening words of its title (the names reported).
  for (let count = short.authors.length - 1; count >= 2; count--) {
    const names = short.authors.slice(0, count);
    const title = short.authors.slice(count).join(', ');
    const among = (work: Work) =>
      work.names.length > 0 &&
      work.names.length < names.length &&
      work.names.every((name) => names.some((written) => namesMatch([written], { names: [name], etAl: false })));
    const found = works.filter((work) => among(work) && opensTitle(title, work.title));
    if (found.length === 1) return { work: found[0], quality: [{ kind: 'names', written: names }] };
  }
  return undefined;
}

/**
 * `Lee, 2003, 51` or `Lee 2000: 502–31` (author and year, as in author-date notes): of an author's several
 * works, the one of that year; the year leaves the place cited. Only when exactly one work has that year,
 * so a page that looks like a year (`Lee, 1686`) stays a page.
 */
function byYear(short: ShortCitation, works: Work[]): Work | undefined {
  const year = yearThenPlace(short.locator);
  if (!year) return undefined;
  const dated = works.filter((work) => work.year === year.year);
  if (dated.length !== 1) return undefined;
  short.locator = year.place;
  return dated[0];
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
    // Ties go to the work cited in full last (later works first): the nearer citation is the likelier meaning.
    if (
      fit.fit !== 'none' &&
      (!best || score > best.score || (score === best.score && !citedInFullBefore(work, best.work)))
    )
      best = { work, fit: fit.fit, score };
  }
  return best;
}

/** The work's last full citation comes before the other's (note numbers; a work of no note's comes first). */
function citedInFullBefore(work: Work, other: Work): boolean {
  return (work.fullNotes.at(-1) ?? -1) < (other.fullNotes.at(-1) ?? -1);
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
  const before = current.citations.at(-1);
  if (before) {
    return before.work
      ? { ...base, work: before.work, quality: [{ kind: 'exact' }] }
      : { ...base, quality: [{ kind: 'unresolved', reason: 'no-match' }] };
  }
  if (!previous) return { ...base, quality: [{ kind: 'unresolved', reason: 'no-previous' }] };
  // Ibid. repeats the last work cited: when that one matched nothing, no earlier work of the note stands for it.
  if (!previous.citations.at(-1)?.work) return { ...base, quality: [{ kind: 'unresolved', reason: 'no-match' }] };
  const cited = [
    ...new Set(previous.citations.map((citation) => citation.work).filter((work): work is Work => !!work)),
  ];
  if (cited.length === 0) return { ...base, quality: [{ kind: 'unresolved', reason: 'no-match' }] };
  // `Chen, ebd. Rn. 18`: the names before Ibid. tell which of the note's works it repeats.
  const names = ibidNames(segment.text).map(fold);
  const named = names.length ? cited.filter((work) => names.includes(fold(work.names[0]?.family ?? ''))) : [];
  if (named.length) return { ...base, work: named.at(-1), quality: [{ kind: 'exact' }] };
  if (cited.length === 1) return { ...base, work: cited[0], quality: [{ kind: 'exact' }] };
  return {
    ...base,
    work: cited.at(-1),
    quality: [{ kind: 'ibid-ambiguous', previousNote: previous.note.number, alternatives: cited }],
  };
}
