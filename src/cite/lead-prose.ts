/**
 * The author's prose before a full citation in the same sentence or note, which the signal words of
 * classify.ts do not mark: `Thanks to my readers. Ann Lee, “Tides,” …`, `The point is made in Ann Lee
 * and Bo Chen, *Tides* (…)`, `Ann Lee takes a similar approach in “Tides,” …` (the sentence's subject is
 * the author), or a quotation before its source (`“Salt is life.” Ann Lee, “Tides,” …`, also after `In`). The citation
 * starts at the names written just before its title; everything before them is the author's words.
 * Names are told from prose by their capitals: a prose lead-in has lower-case words that are not
 * particles (`van`, `de`) or joining words (`and`).
 */
import { AUTHOR_DATE_OPENING } from './author-date.js';
import { inAuthorPart } from './in-author-part.js';
import { dropLeadConjunction } from './lead-conjunction.js';
import {
  NAME_PARTICLES,
  isJointAuthorship,
  isOrganisation,
  isPersonList,
  isPersonName,
  PERSON_NAME_WORDS,
} from './names.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-text.js';
import { plain } from './text.js';

/** Lower-case words found in names and author lists (names.ts's, and a book's roles), never a sign of prose. */
const NAME_WORDS = new Set([
  ...PERSON_NAME_WORDS,
  'edited',
  'translated',
  'compiled',
  'introduced',
  'with',
  'foreword',
  'introduction',
  'preface',
  'afterword',
  'notes',
  'comp',
]);
/** Capitalised words that open a sentence or a signal, never a name. */
const FUNCTION_WORD =
  /^(?:See|Cf|Also|In|On|For|The|A|An|But|And|As|At|By|From|To|With|This|That|These|Those|Compare|Note|Quoted|Cited|It|Its|Here|There|When|While|Although|Thanks|My|Our|We|I|Some|Most|Many|Other|Others|Further|More|Both|Among|Between|After|Before|Under|Over|Since|Unlike|Like|Following|According|Data)$/;
/** One word of a name: a capitalised word, initials (`J.`, `M.J.`, `DJ`), a particle, `and`, `&`, `et al.`. */
const NAME_TOKEN =
  /^(?:\p{Lu}[\p{L}'’-]*\.?|(?:\p{Lu}\.)+\p{Lu}?|de|da|di|du|la|le|van|von|der|den|del|della|and|&|et|al\.?|III?|Jr\.?)$/u;

/** The words are the author's prose: a lower-case word that no name list has (not `and`, `van`, `eds.`). */
export function hasProse(text: string): boolean {
  return text.split(/\s+/).some((word) => /^\p{Ll}{3,}/u.test(word) && !NAME_WORDS.has(word.replace(/[.,;:]+$/, '')));
}

function isNameToken(token: string): boolean {
  const word = token.replace(/[,]+$/, '');
  // A word of three letters or more closed by a full stop ends a sentence (`Manuscript.`); `Jr.` and `J.` do not.
  if (/^\p{Lu}\p{Ll}{2,}\.$/u.test(word) && word !== 'Jr.') return false;
  // `A.` is an initial, `A` an article.
  return NAME_TOKEN.test(word) && (/^\p{Lu}\.$/u.test(word) || !FUNCTION_WORD.test(word.replace(/\.$/, '')));
}

/**
 * Where a list of names ending the text starts (`… was published by Ann Lee, ` → the index of `Ann`), when the
 * text ends with a comma after them and something that is not a name (prose, a full stop) comes before them.
 */
export function trailingNamesStart(text: string): number | undefined {
  if (!/,\s*$/.test(text)) return undefined;
  const tokens = [...text.matchAll(/\S+/g)];
  let first = tokens.length;
  while (first > 0 && isNameToken(tokens[first - 1][0])) first--;
  const run = tokens.slice(first).map((token) => token[0].replace(/,+$/, ''));
  while (run.length && /^(?:and|&|et|al\.?|de|da|di|du|la|le|van|von|der|den|del|della)$/.test(run[0])) {
    run.shift();
    first++;
  }
  const capitals = run.filter((word) => /^\p{Lu}\p{Ll}/u.test(word)).length;
  if (first === 0 || first >= tokens.length || capitals < 1 || run.length < 2 || run.length > 30) return undefined;
  return tokens[first].index;
}

/** The names opening a sentence whose subject they are (`Ann Lee and Bo Chen show …`), or undefined. */
export function subjectNames(text: string): string | undefined {
  const tokens = text.split(/\s+/).filter(Boolean);
  const names: string[] = [];
  for (const token of tokens) {
    const possessive = /^(.*\p{L})['’]s$/u.exec(token);
    if (possessive && isNameToken(possessive[1])) {
      names.push(possessive[1]);
      break;
    }
    if (!isNameToken(token) || /,$/.test(token)) break;
    names.push(token);
  }
  const capitals = names.filter((word) => /^\p{Lu}\p{Ll}/u.test(word)).length;
  if (names.length < 2 || capitals < 1 || /^(?:and|&)$/.test(names.at(-1) ?? '')) return undefined;
  return names.join(' ');
}

/** A word of a name: a capitalised word, an initial, a particle, or `and`/`&` between names. */
export const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}.'’-]*|${NAME_PARTICLES}|and|&)`;
/** Persons' names (capitalised words, initials, particles, `and`), two to eight words. */
const NAMES = String.raw`(${NAME_WORD}(?:\s+${NAME_WORD}){1,7})`;
/** `… lamented by Ann Lee`, `… by Ann Lee in`, `… the work of Ann Lee in`, `… what Ann Lee and Bo Chen suggest (in)`. */
const NAMED_AUTHOR = new RegExp(
  String.raw`(?:(?:^|\s)by\s+${NAMES}(?:\s+in)?|\sof\s+${NAMES}\s+in|(?:^|\s)\p{Ll}+\s+${NAMES}\s+(?!and\b)\p{Ll}{3,}(?:\s+in)?)\s*$`,
  'u',
);

/**
 * The names that the author's sentence, ending where a work's title follows, makes the work's author: after `by`
 * (`… is lamented by Ann Lee in`), before `in` after `of` (`… the work of Ann Lee in`), or as the subject of one verb
 * (`… what Ann Lee and Bo Chen suggest in`). Persons' names only, in note order; where they open, and the names.
 */
export function authorNamedAtEnd(text: string): { index: number; names: string } | undefined {
  const named = NAMED_AUTHOR.exec(text);
  const names = named?.[1] ?? named?.[2] ?? named?.[3];
  if (!named || !names || !/^\p{Lu}/u.test(names) || !isPersonList(names)) return undefined;
  return { index: named.index + named[0].indexOf(names), names };
}

/** A lead-in naming where the work was published, closed by a full stop before the work's marked title. */
const PUBLISHED_IN = new RegExp(
  String.raw`^(?:(?:First\s+)?(?:Published|Printed|Reprinted|Transcribed|Edited)|Available)\s+(?:in|by|at|from)\s+` +
    String.raw`\p{Lu}[^.;:“"‘${EMPHASIS_OPEN}]{0,120}\.\s+(?=[${EMPHASIS_OPEN}“"‘])`,
  'u',
);

/**
 * A title in italics and its imprint in brackets, a place or publisher before the year: `*Tides* (Hull: Quay, 1931)`
 * (a year alone dates a painting or a print: `a woodblock print called *Tides* (1935)`).
 */
const TITLE_THEN_IMPRINT = new RegExp(
  String.raw`^${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]+${EMPHASIS_CLOSE}\s*\([^()]*[:,][^()]*\b(?:1[5-9]|20)\d\d\b[^()]*\)`,
  'u',
);

/**
 * A sentence of the author's that leads straight into a book cited by its title and imprint (`Printed lists
 * include *Tides* (Hull: Quay, 1931), 15–29`): a capitalised opening, prose, no name list before the title.
 */
export function leadsToTitledBook(text: string): boolean {
  const start = text.trimStart();
  const opening = start.indexOf(EMPHASIS_OPEN);
  if (opening < 1 || opening > 100 || !/^\p{Lu}/u.test(start)) return false;
  const before = start.slice(0, opening);
  return !/[,;:.“"‘]/.test(before) && hasProse(before) && TITLE_THEN_IMPRINT.test(start.slice(opening));
}

/** Where each title may open: a quote at a word's start (a straight double quote every other one), or italics. */
function titleOpenings(text: string): number[] {
  const openings: number[] = [];
  let straight = 0;
  for (const match of text.matchAll(new RegExp(`[“"‘'${EMPHASIS_OPEN}]`, 'g'))) {
    const index = match.index;
    const char = match[0];
    if (char === '"' && straight++ % 2 === 1) continue;
    if (char !== EMPHASIS_OPEN && index > 0 && !/[\s([]/.test(text[index - 1])) continue;
    openings.push(index);
    if (openings.length >= 8) break;
  }
  return openings;
}

/**
 * The citation without the author's prose before it; the text unchanged when no prose comes before its names.
 * A sentence whose subject names the author (`Ann Lee shows in “Tides,” …`) becomes `Ann Lee, “Tides,” …`.
 */
export function dropLeadingProse(source: string): string {
  // `Although S. T. Lee (ed.), *Tides* …`: the sentence's conjunction before the names (lead-conjunction.ts).
  // `In Lee, “The Keeper to the Reader,” Harbour Posts (1641)`: a part in its author's book (in-author-part.ts).
  const text = inAuthorPart(dropLeadConjunction(source));
  // `Published in Quay Record Office. *Wills and Inventories*, vol. 3 (…)`: the body that published the work,
  // named before its title, is neither its author nor the work.
  const published = PUBLISHED_IN.exec(text);
  if (published) return text.slice(published[0].length);
  // `This formulation is taken from Lee, A. (2017). Tides. …`: a reference-list entry, its names inverted and its year
  // after them, opens where the author's words lead in to it.
  const reference = referenceAfterProse(text);
  if (reference !== undefined) return text.slice(reference);
  for (const opening of titleOpenings(text)) {
    const before = text.slice(0, opening);
    if (/\binterview/i.test(before)) return text;
    // `Ann Lee’s wonderful book *Tides*`, `Ann Lee's essay on “Tides”`: the work's kind between owner and title.
    const owned = before.replace(OWNED_KIND, '$1 ');
    if (/\p{L}['’]s\s*$/u.test(owned)) {
      // `Ann Lee’s “Tides”`, `… is evident in Ann Lee and Bo Chen’s “Tides”`: the owners are the authors.
      const owners = owned.replace(/['’]s\s*$/, ', ');
      const start = hasProse(owners) ? trailingNamesStart(owners) : 0;
      const names = start === undefined ? undefined : subjectNames(owned.slice(start));
      if (names) return `${describedPerson(names, owned.slice(0, start))}, ${text.slice(opening)}`;
    }
    // A lone article or preposition (`The “mining” of …`) opens a sentence, not a list of names.
    if (!hasProse(before) && !(opening > 0 && FUNCTION_WORD.test(before.trim()))) {
      if (opening === 0) {
        // `“A long quotation ends here.” Ann Lee, “Tides,” …`: the quotation is the author's, not a title.
        const quotation = /^[“"]([^”"]{20,}?[.!?])[”"]\s+(?=\p{Lu})/u.exec(text);
        if (quotation && quotation[1].split(/\s+/).length >= 6) {
          const rest = inAuthorPart(text.slice(quotation[0].length));
          const names = /^([^,“"‘]{2,60}),\s(?=[“"‘'\uE000]|\p{Lu}[^()]*\()/u.exec(rest);
          if (names?.[1].split(/\s+/).every(isNameToken)) return rest;
        }
      }
      return text;
    }
    // `Ann Lee's classic defence of the tide tables, “Tides,” …`: the owner of a work described in lower case wrote it.
    const owner = describedOwner(before);
    if (owner) return `${owner}, ${text.slice(opening)}`;
    // A short phrase with no sentence in it (`Society for Shore Studies, *Tides*`) names the author.
    // (`The exceptions are Ann Lee, *Tides*`: a verb of the author's sentence leads in to the names.)
    if (/,\s*$/.test(before) && !/[.?!:]\s/.test(before) && !/\s(?:are|is|was|were)\s/.test(before)) {
      if (before.split(/\s+/).length <= 8) return text;
      // `Ann Lee and Institute for Tides and Harbours, *Tides*`: a person and a body, however long its name.
      if (isJointAuthorship(before)) return text;
    }
    // `Office of the Shore Commissioner for Harbour Rights, ‘Tides’`: a body's name, however long, whose only
    // lower-case words join its parts, names the author; no prose leads in to it.
    if (isBodyName(before)) return text;
    const start = trailingNamesStart(before);
    if (start !== undefined) return text.slice(start);
    // `We draw on the work of Ann Lee in *Tides*`: the names the sentence makes the work's author.
    const named = authorNamedAtEnd(before);
    if (named) return `${named.names}, ${text.slice(opening)}`;
    if (/(?:\s(?:in|by)|\p{L}['’]s)\s*$/u.test(before)) {
      const subject = subjectNames(before);
      if (subject) return `${subject}, ${text.slice(opening)}`;
    }
    // `Printed lists include *Tides* (Hull: Quay, 1931), 15–29`: the author's sentence names no one before a book
    // cited by its title and imprint; the citation opens at the title.
    if (hasProse(before) && !/[,;:]\s*$/.test(before) && TITLE_THEN_IMPRINT.test(text.slice(opening))) {
      return text.slice(opening);
    }
  }
  return text;
}

/** Where a reference-list entry opens after a run of the author's words ending in lower case; undefined when none. */
export function referenceAfterProse(text: string): number | undefined {
  // (The entry's year stands in brackets or closes a sentence: no such year, no entry, and no search.)
  if (!/\((?:1[5-9]|20)\d\d[a-z]?\)|\s(?:1[5-9]|20)\d\d[a-z]?\.\s/.test(text)) return undefined;
  // (Where inverted names open: `Lee, A.`.)
  for (const space of text.matchAll(/\s(?=\p{Lu}[\p{L}'’-]*,\s+\p{Lu})/gu)) {
    const at = space.index + 1;
    const before = text.slice(0, at);
    if (!/\p{Ll}\s$/u.test(before) || !hasProse(before) || /[.!?:;]\s/.test(before)) continue;
    if (AUTHOR_DATE_OPENING.test(plain(text.slice(at)))) return at;
  }
  return undefined;
}

/**
 * `the Englishman Ann Lee's *Tides*`, `the Reverend Ann Lee's`: after `the`, the first capitalised word names what the
 * person is, not her; dropped when a person's name remains (`the Quay Harbour Board's` stays whole).
 */
function describedPerson(names: string, before: string): string {
  const words = names.split(/\s+/);
  const rest = words.slice(1).join(' ');
  return /\bthe\s*$/.test(before) && words.length >= 3 && isPersonName(rest) ? rest : names;
}

/**
 * The names before `'s` opening the author's words that describe the work before its comma and title (`Ann Lee's
 * classic defence of the tide tables, `, `B. Chen's reply to the board, `): the work's author. The description
 * opens in lower case, holds no sentence's end and runs to three words or more.
 */
/**
 * A work's kind named between its owner's possessive and its title, perhaps with a word or two describing it and
 * `on`, `titled` or a comma before the title: `’s wonderful book `, `’s article on `, `’s essay and diagram `,
 * `’s aforementioned essay `, `’s article, `.
 */
const KIND =
  '(?:book|article|essay|paper|chapter|study|monograph|novel|poem|story|film|documentary|video|report|thesis|dissertation|post|blog\\s+post|talk|lecture|keynote|installation|series|review|diagram|project)';
export const OWNED_KIND = new RegExp(
  String.raw`(\p{L}['’]s)\s+(?:\p{Ll}+\s+){0,2}?${KIND}(?:\s+and\s+${KIND})?(?:\s+(?:on|titled|entitled|called))?,?\s*$`,
  'u',
);

function describedOwner(before: string): string | undefined {
  const described = /^(.*?\p{L})['’]s\s+(\p{Ll}[^.;:?!]*),\s*$/u.exec(before);
  // (`the Harbour Commissioner's office, `: a body's name; a description runs to three words or more.)
  if (!described || described[2].trim().split(/\s+/).length < 3) return undefined;
  const names = subjectNames(before);
  return names && names === described[1].trim() ? names : undefined;
}

/** Lower-case words that join the parts of a body's name (`Office of the … for …`). */
const BODY_JOINER = /^(?:of|the|for|and|on|in|to|de|du|des|la|le|del)$/;

/**
 * A body's whole name before a comma (`Office of the Shore Commissioner for Harbour Rights, `): it opens with a
 * capitalised word that opens no sentence, holds an institution's word, and its lower-case words only join its parts.
 */
function isBodyName(before: string): boolean {
  const name = before.replace(/,\s*$/, '').trim();
  if (!/,\s*$/.test(before) || /[.?!:;,]/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length < 3 || !/^\p{Lu}/u.test(words[0]) || FUNCTION_WORD.test(words[0])) return false;
  return words.every((word) => /^[\p{Lu}\d]/u.test(word) || BODY_JOINER.test(word)) && isOrganisation(name);
}
