/**
 * A short form that carries no citation markup, found in the author's words because it names a work the
 * chapter cites (Chicago 14.29–14.36): `Lee, Salt Roads, 23.` whose title lost its italics, after a
 * sentence of the author's (`… in 1658. Lee, Salt Roads.`, also when the classifier read the two as one
 * short form) or at the end of a full citation; `Lee and Chen, Tides` or `Lee et al., “Tides,” 4` cut off
 * at a semicolon or after `in`; or the authors alone where the author points at their work (`see
 * the notes in Lee, Chen, and Eze`), or names and title inside the author's sentence (`the essays in Lee & Chen, Salt
 * Roads show …`, `explored by Lee in *Salt Roads*, 121–45`). Nothing in the text says "citation", so the classifier cannot tell
 * these from prose: the resolver, which holds the works the chapter has cited, says through `knows`
 * whether the names are the authors of one of them and the words after the comma a run of its title
 * (or, with no title, whether two or more names are all the authors of exactly one work). A name alone in
 * a sentence (`as Lee argued`, `Lee and Chen count the trials`) is never one.
 */
import { LOCATOR } from '../text.js';
import { sentenceEnds } from './prose.js';
import type { Segment } from './segment.js';

/** A family name, its particle perhaps before it (`de Vries`). */
const FAMILY = String.raw`(?:(?:de|van|von|da|di|du|la|le)\s+)?\p{Lu}[\p{L}'’-]+`;
/** Names joined by commas, `and` or `&`, perhaps `et al.`. */
const NAMES = String.raw`${FAMILY}(?:(?:,\s+|,?\s+(?:and|&)\s+)${FAMILY}){0,4}(?:\s+et\s+al\.?)?`;

/**
 * Names, a comma, a few words of title (marked or not), perhaps the place cited, up to the end of the
 * sentence or clause: `Lee, Salt Roads, 23`, `Lee & Chen, Tides`, `Lee, “Tides,” 4`.
 */
const TITLED = new RegExp(
  String.raw`^${NAMES},\s+(?:eds?\.s?,\s+)?[\uE000“"‘\p{Lu}][^;()]{0,120}?(?:,\s*(?:${LOCATOR}|passim))?(?=[.;]?\s*$|[.;]\s)`,
  'u',
);

/** Two or more names alone, then the author's words or the clause's end: `Lee, Chen, and Eze for notes`. */
const ALONE = new RegExp(
  String.raw`^${FAMILY}(?:(?:,\s+|,?\s+(?:and|&)\s+)${FAMILY}){1,4}(?=,?\s+(?!eds?\.)\p{Ll}|\s*[.;)]|\s*$)`,
  'u',
);

/** Where the authors alone may stand for their work: after `in`, `see`, `cf.` (`the notes in Lee and Chen`). */
const POINTER = /\b(?:in|see|see also|cf\.)\s+/gi;

/**
 * Inside the author's sentence, after a lower-case word: names, a comma and a few capitalised words of title, the
 * sentence going on in lower case (`the contributors to Lee & Chen, Salt Roads found …`). Known works only.
 */
const MENTIONED = new RegExp(
  String.raw`(?<=\s\p{Ll}+\s)${NAMES},\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|and|in|on|for|to|a|an|\p{Lu}[\p{L}'’-]*)){0,7}(?=,?\s+\p{Ll})`,
  'gu',
);

/**
 * Inside the author's sentence, after `by` (or `from`, `see`): names, `in`, a marked title and the place cited (`…
 * is explored by Lee in *Salt Roads*, 121–45.`). Known works only; read as `Lee, *Salt Roads*, 121–45`.
 */
const BY_IN = new RegExp(
  String.raw`(?<=\s(?:by|from|see)\s)(${NAMES})\s+in\s+([^]+|“[^”]+”),?\s*(${LOCATOR})(?=[.;,]?(?:\s|$))`,
  'gu',
);

/**
 * Inside the author's sentence: author-date's names and year in brackets, then the place cited (`… the case from
 * Lee (2004), p. 422.`, `Cf. Lee and Chen (2004: 12)`). Known works only, of that year; without a place cited
 * (`recent works by Ann Lee (2004)`) the sentence names the work, it does not cite it. (Names joined by `and`, as
 * author-date joins them: `Lee, Tides (1610), 6` is a title and its edition's year.)
 */
const DATED = new RegExp(
  String.raw`(?<=^|\s)${FAMILY}(?:,?\s+(?:and|&)\s+${FAMILY}){0,3}(?:\s+et\s+al\.?)?\s*\((?:1[5-9]|20)\d\d[a-z]?(?::\s*[^()]+\)|\),\s*(?:pp?\.\s*)?(?:${LOCATOR}))`,
  'gu',
);

/** At a clause's start, the authors alone before what the work is consulted for (`Lee and Chen for …`). */
const CONSULTED = /^\s+(?:for|on)\b|^\s*[.;]?\s*$/;

/** A sentence's end that is a name's initial (`Robert B. Lee`): the sentence goes on. */
const INITIAL = /(?:^|\s)\p{Lu}\.\s+$/u;

/**
 * Says whether a run of text is a short form of a work the chapter cites; `alone`: names without a title; `dated`:
 * names and a year without a title, of a work of that year.
 */
export type KnownWork = (text: string, alone: boolean | 'dated') => boolean;

interface Found {
  start: number;
  end: number;
  /** The short form as read, when not the words as written (`Lee in *Tides*, 4` read as `Lee, *Tides*, 4`). */
  read?: string;
}

/** Commentary, or a full citation followed by a sentence, with the short forms of known works cut out. */
export function splitKnownAuthor(segment: Segment, knows: KnownWork): Segment[] {
  // A weak short form (`Lee and Chen for the dues of 1790.`, its year read as a page) is the author's words.
  const prose = segment.kind === 'commentary' || (segment.kind === 'short' && segment.weak);
  if (!prose && segment.kind !== 'full' && segment.kind !== 'short') return [segment];
  const found = prose ? first(segment.text, knows) : trailing(segment.text, knows, segment.kind === 'short');
  if (!found) return [segment];
  // A short form read whole with the author's sentence before it (`The port closed. Lee, Salt Roads.`).
  if (segment.kind === 'short') segment = { ...segment, kind: 'commentary', weak: undefined };
  if (prose) segment = { kind: 'commentary', text: segment.text, from: segment.from, to: segment.to };
  const { text, from } = segment;
  // The full stop closing the short form is its own (`Lee, Salt Roads.`), as in every other citation.
  if (text[found.end] === '.') found.end++;
  const before = text.slice(0, found.start).trimEnd();
  const short = text.slice(found.start, found.end);
  const rest = text.slice(found.end);
  const restStart = found.end + (rest.length - rest.trimStart().length);
  const after = rest.trim();
  return [
    ...(before ? [{ ...segment, text: before, to: from + before.length }] : []),
    { kind: 'short' as const, text: found.read ?? short, from: from + found.start, to: from + found.end, weak: true },
    ...(after && !/^[.;,]$/.test(after)
      ? splitKnownAuthor(
          { kind: 'commentary', text: text.slice(restStart).trimEnd(), from: from + restStart, to: segment.to },
          knows,
        )
      : []),
  ];
}

/** The first short form of the author's words: at the start of the text or of a sentence, or names after `in`. */
function first(text: string, knows: KnownWork): Found | undefined {
  const starts = [0, ...sentenceEnds(text).filter((end) => !INITIAL.test(text.slice(0, end)))];
  const pointers = [...text.matchAll(POINTER)].map((match) => match.index + match[0].length);
  // (A work named inside a sentence may come before one at a sentence's start or after `in`: the earlier is first.)
  const mentioned = [...text.matchAll(MENTIONED)].find((match) => knows(match[0], false));
  // (`… explored by Lee in *Salt Roads*, 121–45.`: names, `in` and the title inside the sentence.)
  const byIn = [...(/\s(?:by|from|see)\s.*\sin\s/s.test(text) ? text.matchAll(BY_IN) : [])]
    .map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      read: `${match[1]}, ${match[2]}, ${match[3]}`,
    }))
    .find((found) => knows(found.read, false));
  // (`… from Lee (2004), p. 422.`: names and year inside the sentence.)
  const dated = [...text.matchAll(DATED)].find((match) => knows(match[0], 'dated'));
  const inside = [
    mentioned && { start: mentioned.index, end: mentioned.index + mentioned[0].length },
    byIn,
    dated && { start: dated.index, end: dated.index + dated[0].length },
  ]
    .filter((found): found is Found => Boolean(found))
    .sort((a, b) => a.start - b.start)[0];
  for (const start of [...new Set([...starts, ...pointers])].sort((a, b) => a - b)) {
    if (inside && inside.start < start) break;
    const rest = text.slice(start);
    const titled = TITLED.exec(rest);
    if (titled && knows(titled[0], false)) return { start, end: start + titled[0].length };
    const alone = ALONE.exec(rest);
    if (!alone) continue;
    const pointed = pointers.includes(start) || CONSULTED.test(rest.slice(alone[0].length));
    if (pointed && knows(alone[0], true)) return { start, end: start + alone[0].length };
  }
  return inside;
}

/**
 * A full citation whose last sentence is a short form running to its end (`…, 2011). Lee, Tides`), or a
 * short form read whole whose last sentence is one (`The port closed in 1658. Lee, Salt Roads.`).
 */
function trailing(text: string, knows: KnownWork, short: boolean): Found | undefined {
  // After the citation's closing bracket or page (`…, 2011).`, `…: 45.`), never after an initial.
  const ends = sentenceEnds(text).filter((end) => !INITIAL.test(text.slice(0, end)));
  for (const start of short ? ends : ends.filter((end) => /[)\d]\.\s+$/.test(text.slice(0, end)))) {
    const titled = TITLED.exec(text.slice(start));
    if (
      !titled ||
      text
        .slice(start + titled[0].length)
        .trim()
        .replace(/^[.;]$/, '')
    )
      continue;
    if (knows(titled[0], false)) return { start, end: start + titled[0].length };
  }
  return undefined;
}
