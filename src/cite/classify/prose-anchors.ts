/**
 * Citations the author's own sentences carry: a part the other rules left as commentary may still hold a
 * work, told by an anchor only a citation has —
 * - an imprint in brackets, `(Place: Publisher, Year)`, `(Place: Year)`, `(Place, Year)`:
 *   `For an example see Ann Lee's Tidal Ledgers, or the Coast Surveyed (Hull: 1702).`;
 * - a journal after a quoted title, `“Tides,” Coastal Studies 37 (1976): 611-29`, `“Tides” in Coastal Studies 9 (2018)`;
 * - a law report after a case's name, `Doe v. Roe, 12 U.S. (3 Cranch) 45 (1801)`, `Ex parte Lee, 71 U.S. 2 (1866)`;
 * - a quoted title, then a version and an address (software, Chicago 14.169):
 *   `Ann Lee, "tidy: Tools for Tides," R package version 0.2 (2015): https://…`;
 * - a report's title opening a sentence, its year in brackets and a page: `Report of the Harbour Board to the
 *   Assembly (1859), 296, note to § 12`.
 * The citation is cut out around its anchor: back to the names before a quoted title (`… the edition of Bo Chen,
 * “A Harbour Book” (…)`), or, for a title without quotes, to the first boundary of its sentence (the sentence's
 * start, a colon ending the author's words, a signal `see`/`e.g.`/`such as`/`by`) after which names, a comma (or
 * a possessive `Name's`) and a title follow; forward to the anchor's end and its pinpoint. The author's words on
 * either side stay commentary. Nothing is cut where no names or no boundary lead to the anchor (`… the riots
 * (Paris, 1789) spread`, a year in brackets, a quoted phrase). A second work joined to the first by `&` or `and`, its
 * title and imprint alone (`… by Ann Lee in Tides (Hull: 1998) & Ports (York: 2001)`), is the same names' work.
 */
import { hasProse, trailingNamesStart } from '../lead-prose.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from '../note-text.js';
import { LOCATOR, PRINT_YEAR, YEAR } from '../text.js';
import { looksLikeFull } from './full.js';
import { proseWordCount, sentenceEnds } from './prose.js';
import type { Segment } from './segment.js';
import { maskTitles } from './titles.js';

/** A pinpoint after the anchor: `, 411-33`, `: 3-25`, `, 296, note to § 12`, then perhaps a DOI. */
const PINPOINT = new RegExp(
  String.raw`^(?:[,:]\s*(?:pp?\.\s*)?\d+(?:\s*(?:--|[-–])\s*\d+)?(?:,\s*\d+(?:\s*(?:--|[-–])\s*\d+)?)*` +
    String.raw`(?:,\s*note\s+to\s+§+\s*\d+)?)?(?:,?\s*DOI:?\s*10\.\d+\/\S+?(?=[.,;]?(?:\s|$)))?`,
  'iu',
);
/** What may follow a citation's end: the note's end, a space or punctuation (never more digits or letters of it). */
const AFTER_END = /^(?:\s|$|[.;,:)])/u;

/**
 * `(Hull: Quay Press, 1702)`, `(Hull: 1702)`, `(Hull, 1702)`, `(New Haven; London: 1998)`, `(Cambridge, MA, 1990)`;
 * after a place and its colon, an incunable's year too (`(Hull:1495)`).
 */
const IMPRINT = new RegExp(
  String.raw`\((\p{Lu}[\p{L}.'’\s-]{1,30}?(?:[;,]\s*\p{Lu}[\p{L}.'’\s-]{0,30}?)?)(?::\s*[^():]{0,80}?,?\s*${PRINT_YEAR}|,\s*${YEAR})\)`,
  'gu',
);
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;
/** Words of a journal's name: capitalised, or the small words joining them. */
const JOURNAL_WORDS = String.raw`\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|and|of|the|for|in|on|de|du|des|la|le|di|del|&))*?`;
/** After a quoted title (masked as `x`, as is an italic journal): `Journal 37 (1976)`, `in Journal 9 (2018)`, `Journal 2d ser., 41 (Jan. 1981)`. */
const JOURNAL = new RegExp(
  String.raw`x[,.]?\s+(?:in\s+)?(?:${JOURNAL_WORDS}|x+),?\s+(?:\d+[a-z]{0,2}\s+ser\.,?\s+)?\d{1,4}(?:(?:\.|,?\s+|,\s*no\.\s*)\d{1,3})?,?\s*` +
    String.raw`\((?:[^()]{0,20}\s)?${YEAR}\)`,
  'gu',
);
/** Words of a party's name in a case. */
const PARTY = String.raw`\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|the|ex\s+rel\.|\p{Lu}[\p{L}'’.&-]*))*?`;
/** A case named in a sentence, then its law report: `Doe v. Roe, 12 U.S. (3 Cranch) 45 (1801)`. */
const CASE = new RegExp(
  String.raw`(?<![\p{L}])${EMPHASIS_OPEN}?(?:(?:Ex\s+[Pp]arte|In\s+re)\s+${PARTY}|${PARTY}\s+v\.?\s+${PARTY})${EMPHASIS_CLOSE}?,\s+` +
    String.raw`\d+\s+(?:U\.\s?S\.|F\.(?:\s?(?:2d|3d|4th))?|F\.\s?Supp\.(?:\s?2d)?|S\.\s?Ct\.)\s+(?:\(\d+\s+\p{Lu}[\p{L}.]*\)\s+)?` +
    String.raw`\d+(?:,\s*\d+)?\s*\((?:[^()]{0,30}\s)?${YEAR}\)`,
  'gu',
);
/** After a quoted title: `, R package version 0.2 (2015): https://…` (software, Chicago 14.169). */
const SOFTWARE = new RegExp(
  String.raw`x[,.]?\s+(?:[\p{L}]+\s+)?(?:package\s+)?version\s+\d[\w.-]*(?:\s*\(${YEAR}(?:[-–]|[-–]${YEAR})?\))?[:,]?\s*` +
    String.raw`(?:${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE}|<?https?:\/\/[^\s>]+?>?)(?=[.,;]?(?:\s|$))`,
  'gu',
);
/** An address after a colon, closing its sentence. */
const ADDRESS_AFTER_COLON = new RegExp(
  String.raw`:\s+((?:${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE}|<?https?:\/\/[^\s>]+?>?))(?=[.;]?(?:\s|$))`,
  'gu',
);
/** `Ann Lee's `: a possessive naming a work's author before its title. */
const OWNER = /^([^,;:()]{2,60}?)['’]s\s+(?=\p{Lu})/u;
/** `… as noted by Ann Lee in Tidal Ledgers (Hull: 1702)`: the author named before `in` and the title. */
const SUBJECT_IN = /^([^,;:()]{2,60}?)\s+in\s+(?=\p{Lu})/u;
/** A report's title opening a sentence, then its year in brackets and a page. */
const REPORT = new RegExp(
  String.raw`^\p{Lu}\p{L}+(?:\s+(?:of|the|to|for|and|on|in|at|\p{Lu}[\p{L}'’.-]*)){2,30}\s*\(${YEAR}\)(?=,\s*\d)`,
  'u',
);
/**
 * A public body's report named by its title in the author's sentence, its years in brackets closing it (Chicago
 * 14.3): `see the Report of the Harbour Board on the Northern Quays (1836, 1840, etc.), …`.
 */
const REPORT_TITLED = new RegExp(
  String.raw`(?<=^|[.:;,(]\s*|\s(?:see|the|and)\s+)(?:Reports?|Minutes|Proceedings|Papers|Returns?)\s+(?:of|by|on|from|to)\s+(?:the\s+)?` +
    String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|the|to|for|and|on|in|at|by|from|\p{Lu}[\p{L}'’.-]*)){0,30}\s*` +
    String.raw`\(${YEAR}(?:,\s*${YEAR})*(?:,\s*etc\.)?\)(?=[,.;]|\s*$)`,
  'gu',
);
/** A citation in brackets inside the author's sentence: `… were Indigenous (Shore Bureau of Statistics, *Census*, 2017) while …`. */
const BRACKETED = new RegExp(String.raw`\(([^()]{2,80}?),\s*(x+),\s*(?:[^()x]{0,30}\s)?${YEAR}\)`, 'gu');
/** Capitalised words that open a sentence or a lead-in, never a name or a report's title. */
const FUNCTION_WORD =
  /^(?:See|Cf|Also|In|On|For|The|A|An|But|And|As|At|By|From|To|With|This|That|These|Those|During|After|Before|Since|Until|When|While|Although|Here|There|It|Its|We|Our|I|My|Some|Most|Many|Both|Among|Between|Under|Over|Unlike|Like|Following|According|Then|Thus|Yet|Even|Only|Each|Every|If|Where|Which|Who)$/;
/** Where a citation may open in the author's sentence: after a signal. */
const SIGNAL_END = /(?:^|[\s,(])(?:see(?:\s+also|\s+especially)?|e\.g\.|cf\.|such\s+as|by|like|including)[,:]?\s+/giu;

/** A citation found: where it starts and ends in the text, and where its quoted title opens if it has one. */
interface Piece {
  start: number;
  end: number;
  title?: number;
  /** The citation as read, when it is not the text cut out (a second work of the same names). */
  cited?: string;
}

/**
 * `… noted by Ann Lee in Tidal Ledgers (Hull: 1998) & Ports of the North (York: 2001)`: a second work of the same
 * author, joined by `&` or `and` to the first, its title without italics, then its imprint (closed by the note's end
 * if its bracket was left open).
 */
const AND_ANOTHER = new RegExp(
  String.raw`^\s*(?:&|and)\s+(\p{Lu}[^()“"‘\uE000;,]{2,120}?)\s*\((\p{Lu}[^():]{1,40}:\s*[^()]{0,80}?${YEAR})(?:\)|(?=\.?\s*$))`,
  'u',
);

/** The names a citation cut out opens with (`Ann Lee in …`, `Ann Lee's …`, `Ann Lee, …`), when it opens with names. */
function openingNames(piece: string): string | undefined {
  const owner = OWNER.exec(piece) ?? SUBJECT_IN.exec(piece) ?? /^([^,;:()]{2,60}?),\s+/u.exec(piece);
  return owner && isNames(owner[1]) ? owner[1] : undefined;
}

interface Anchor {
  /** Where the anchor opens (the imprint's bracket, the journal's name, the case's name, …). */
  at: number;
  end: number;
  /** Where the quoted or italic title before it opens, if one does. */
  title?: number;
  /** The anchor opens the citation itself (a case's name, a report's title). */
  self?: boolean;
  /** An address alone: a citation in the author's words, never cut out of a citation found whole. */
  address?: boolean;
  /** The anchor is a citation whatever the facts the other rules look for. */
  sure?: boolean;
}

export function splitProseAnchors(segment: Segment): Segment[] {
  if (segment.kind === 'full') return splitAroundFull(segment);
  if (segment.kind !== 'commentary') return [segment];
  const pieces = citationsIn(segment.text, segment.from === 0);
  return pieces.length ? cut(segment, pieces) : [segment];
}

/**
 * A full citation found with the author's sentences around it (`We released our code. Ann Lee, “tidy,” R package
 * version 0.2 (2015): https://…, holds our code for the gauges.`): the sentence before it (closed by a full stop or
 * a colon) and the words after it (a clause of three lower-case words or more, no work in it) are the author's.
 */
function splitAroundFull(segment: Segment): Segment[] {
  const pieces = citationsIn(segment.text, segment.from === 0, false);
  if (pieces.length !== 1) return [segment];
  const [{ start, end }] = pieces;
  const before = segment.text.slice(0, start).trim();
  const after = segment.text.slice(end).trim();
  const afterIsProse = !after || isClause(after);
  if (!afterIsProse) return [segment];
  const beforeIsProse = !before || (/[.!?:][”"’]?$/.test(before) && isClause(before));
  if (!beforeIsProse && before) {
    // `Ann Lee, *Tides* (…). Its printer, Bo Chen, also made a version of Cy Dunn, Ports (…)`: a citation, the
    // author's sentence, then the work it leads to.
    const lead = segment.text.length - segment.text.trimStart().length;
    const opening = sentenceStarts(before).at(-1);
    const head = opening === undefined ? '' : before.slice(0, opening).trim();
    if (head && looksLikeFull(head) && isBareClause(before.slice(opening))) {
      const { from } = segment;
      return [
        { ...segment, text: head, from: from + lead, to: from + lead + head.length },
        ...cut(
          { ...segment, kind: 'commentary', text: segment.text.slice(lead + opening!), from: from + lead + opening! },
          pieces.map((piece) => ({
            ...piece,
            start: piece.start - lead - opening!,
            end: piece.end - lead - opening!,
            title: piece.title === undefined ? undefined : piece.title - lead - opening!,
          })),
        ).map(({ inProse, ...rest }) => rest),
      ];
    }
  }
  if ((!before && !after) || !beforeIsProse) return [segment];
  // (Found whole by the other rules, the citation keeps their certainty.)
  return cut({ ...segment, kind: 'commentary' }, pieces).map(({ inProse, ...rest }) => rest);
}

/** A clause of the author's with no year, marked title or address in it (names and initials allowed). */
const isBareClause = (words: string) =>
  proseWordCount(words) >= 3 && !/\b(?:1[5-9]|20)\d\d\b|[“"‘\uE000]|https?:|www\./u.test(words);

/** Only places cited: `chap. 5, sec. 9, pp. 427–28`, whose labels are no words of a clause. */
const PLACES_ONLY = new RegExp(`^(?:${LOCATOR})\\.?$`, 'u');
/** Words of the author's: three lower-case words or more, and no date, title or address of a work. */
const isClause = (words: string) =>
  proseWordCount(words) >= 3 && !looksLikeFull(words) && !PLACES_ONLY.test(words.replace(/^[,:]\s*/, ''));

/** The citations the anchors of the text lead to, in order. */
function citationsIn(text: string, firstInNote: boolean, addresses = true): Piece[] {
  // Every anchor holds a bracket or an address: most of the author's sentences have neither (a hot path).
  if (!text.includes('(') && !text.includes(URL_OPEN) && !/https?:\/\//.test(text)) return [];
  const masked = maskTitles(text);
  const pieces: Piece[] = [];
  let region = 0;
  for (const anchor of anchors(text, masked, firstInNote)) {
    if (anchor.at < region || (anchor.address && !addresses)) continue;
    const start = anchor.self ? anchor.at : citationStart(text, masked, region, anchor);
    if (start === undefined) continue;
    const end = pinpointEnd(text, anchor.end);
    if (end === undefined) continue;
    const piece = text.slice(start, end);
    if (!(anchor.sure || looksLikeFull(piece)) || (!anchor.self && ownSentenceEnds(piece))) continue;
    pieces.push({ start, end, title: anchor.title });
    region = end;
    const names = openingNames(piece);
    const another = names === undefined ? null : AND_ANOTHER.exec(text.slice(end));
    if (another && names) {
      const close = end + another[0].length;
      const stop = text[close] === ')' ? close + 1 : close;
      const last = text[stop] === '.' ? stop + 1 : stop;
      pieces.push({ start: end, end: last, cited: `${names}, ${another[1].trim()} (${another[2]}).` });
      region = last;
    }
  }
  return pieces;
}

/** The segment cut into the citations found and the author's words around them. */
function cut(segment: Segment, pieces: Piece[]): Segment[] {
  const { text, from } = segment;
  const out: Segment[] = [];
  let at = 0;
  const words = (fromAt: number, toAt: number) => {
    // (The comma or semicolon that closed the citation, and the brackets around it, are no words of the author's.)
    const raw = text
      .slice(fromAt, toAt)
      .replace(/^[,;)]/, ' ')
      .replace(/\($/, ' ');
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (/\p{L}/u.test(trimmed))
      out.push({
        kind: 'commentary',
        text: trimmed,
        from: from + fromAt + lead,
        to: from + fromAt + lead + trimmed.length,
      });
  };
  for (const { start, end, title, cited: written } of pieces) {
    words(at, start);
    if (written) {
      // (A second work of the same names: its text as read, its offsets the words cut out.)
      const lead = text.slice(start, end).search(/\S/);
      out.push({ kind: 'full', text: written, from: from + start + Math.max(lead, 0), to: from + end, inProse: true });
      at = end;
      continue;
    }
    // `Ann Lee's Tidal Ledgers (…)`: the owner is the author, read as `Ann Lee, Tidal Ledgers (…)`.
    const piece = text.slice(start, end);
    const owner = OWNER.exec(piece) ?? SUBJECT_IN.exec(piece);
    // `Ann Lee, Bo Chen “Tides” in …`: names run into the quoted title, read with the comma a list of names closes with.
    const names = title === undefined ? '' : text.slice(start, title);
    const cited =
      owner && isNames(owner[1])
        ? `${owner[1]}, ${piece.slice(owner[0].length)}`
        : /\p{L}\s+$/u.test(names) && isNameList(names)
          ? `${names.trimEnd()}, ${piece.slice(names.length)}`
          : piece;
    out.push({ kind: 'full', text: cited, from: from + start, to: from + end, inProse: true });
    at = end;
  }
  words(at, text.length);
  return out;
}

/** Every anchor in the text, in order. */
function anchors(text: string, masked: string, firstInNote: boolean): Anchor[] {
  const found: Anchor[] = [];
  for (const match of masked.matchAll(IMPRINT)) {
    if (match[1].split(/[;,\s]+/).some((word) => MONTH.test(word))) continue;
    const before = text.slice(0, match.index).trimEnd();
    // (`… from the *Wills and Inventories*, vol. 3 (Hull: Quay, 1921), 4-9`: a volume between the title and imprint.)
    const volume = /\uE001,?\s*vols?\.\s*\d+,?$/u.exec(before);
    const title = volume
      ? titleOpening(masked, volume.index)
      : /[”"’'\uE001]$/.test(before)
        ? titleOpening(masked, before.length - 1)
        : undefined;
    found.push({ at: match.index, end: match.index + match[0].length, title });
  }
  for (const pattern of [JOURNAL, SOFTWARE])
    for (const match of masked.matchAll(pattern)) {
      const title = titleOpening(masked, match.index);
      if (title === undefined || !/[”"’'\uE001]/.test(text[match.index] ?? '')) continue;
      found.push({ at: match.index + 1, end: match.index + match[0].length, title });
    }
  // `… all of our code for the port: https://…/tides/.`: an address closing the author's own sentence after a colon.
  for (const match of masked.matchAll(ADDRESS_AFTER_COLON)) {
    const address = match.index + match[0].length - match[1].length;
    const opening = [0, ...sentenceEnds(text)].filter((end) => end <= match.index).at(-1) ?? 0;
    if (!/^\p{Lu}/u.test(text.slice(opening)) || (opening === 0 && !firstInNote)) continue;
    found.push({ at: address, end: match.index + match[0].length, self: true, address: true });
  }
  for (const match of text.matchAll(CASE))
    found.push({ at: match.index, end: match.index + match[0].length, self: true });
  for (const match of masked.matchAll(BRACKETED)) {
    // (A title in italics, or quoted with a capital: `(Ann Lee, ‘the elder’, 1790)` gives a nickname.)
    const title = text.slice(match.index + match[0].indexOf(match[2], match[1].length + 1));
    if (!/^(?:\uE000|[“"‘']\p{Lu})/u.test(title)) continue;
    if (isNameList(match[1]) || isBody(match[1]))
      found.push({ at: match.index + 1, end: match.index + match[0].length - 1, self: true });
  }
  // (Its years may run on, `(1836, 1840, etc.)`: the anchor alone says it is a citation.)
  for (const match of text.matchAll(REPORT_TITLED))
    found.push({ at: match.index, end: match.index + match[0].length, self: true, sure: true });
  for (const start of [0, ...sentenceEnds(text)]) {
    const report = REPORT.exec(text.slice(start));
    if (report && !FUNCTION_WORD.test(report[0].split(/\s+/)[0]) && capitals(report[0]) >= 3)
      found.push({ at: start, end: start + report[0].length, self: true });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Where the quoted or italic title whose last character (masked `x`) is at `last` opens. */
function titleOpening(masked: string, last: number): number | undefined {
  if (masked[last] !== 'x') return undefined;
  let first = last;
  while (first > 0 && masked[first - 1] === 'x') first--;
  return first;
}

const capitals = (words: string) => words.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).length;

/** Where the citation whose anchor is given opens, at or after `region`; undefined when no names or boundary lead to it. */
function citationStart(text: string, masked: string, region: number, anchor: Anchor): number | undefined {
  if (anchor.title !== undefined) {
    if (anchor.title < region) return undefined;
    return namesBefore(text, region, anchor.title);
  }
  // A title without quotes: the first boundary of its sentence after which names, a comma and the title follow.
  const boundaries = new Set<number>([region]);
  for (const end of sentenceEnds(text)) if (end > region && end < anchor.at) boundaries.add(end);
  for (const match of masked.slice(region, anchor.at).matchAll(/:\s+/g))
    boundaries.add(region + match.index + match[0].length);
  for (const match of masked.slice(region, anchor.at).matchAll(SIGNAL_END))
    boundaries.add(region + match.index + match[0].length);
  // `… an English version of Lee, Ann Dunn, Tides of the North (…)`: a comma before the names.
  for (const match of masked.slice(region, anchor.at).matchAll(/,\s+(?=\p{Lu})/gu))
    boundaries.add(region + match.index + match[0].length);
  for (const start of [...boundaries].sort((a, b) => a - b)) {
    const lead = text.slice(start, anchor.at);
    const skipped = lead.length - lead.trimStart().length;
    if (namesThenTitle(lead.trimStart()) && !ownSentenceEnds(lead.trimStart())) return start + skipped;
  }
  return undefined;
}

/** Where the names before a quoted title open (`… the edition of Bo Chen, “…”`); the title itself after a boundary. */
function namesBefore(text: string, region: number, title: number): number | undefined {
  const before = text.slice(region, title);
  // `Ann Lee's “Tides”`: the owner is the author.
  const owner = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’]s\s*$/u.exec(before);
  if (owner && isNames(owner[1])) return region + owner.index;
  const listed =
    trailingNamesStart(before) ?? (/\p{L}\s*$/u.test(before) ? trailingNamesStart(`${before.trimEnd()}, `) : undefined);
  if (listed !== undefined) return region + listed;
  const trimmed = before.trim();
  const lead = before.length - before.trimStart().length;
  if (trimmed && isNameList(trimmed.replace(/,$/, '').replace(/,\s*eds?\.?,?$/, ''))) return region + lead;
  // Only a boundary before the title: the title opens the citation; so it does after a preposition, in italics.
  if (!trimmed || /[.:;]$/.test(trimmed)) return title;
  if (text[title] === EMPHASIS_OPEN && /(?:^|\s)(?:in|from|of|see|by)\s+(?:the\s+)?$/u.test(before)) return title;
  return undefined;
}

/** `Ann Lee, Title`, `A. Lee and B. Chen, ed., Title`, `Ann Lee's Title`: names, then a title. */
function namesThenTitle(lead: string): boolean {
  const possessive = OWNER.exec(lead) ?? SUBJECT_IN.exec(lead);
  if (possessive) return isNames(possessive[1]);
  const listed = /^([^,;:()]{2,60}?),\s+(?:(?:eds?|trans|comp)\.,?\s+)?(?=[\p{Lu}\d])/u.exec(lead);
  return !!listed && isNames(listed[1]);
}

/** Names listed with commas (`Ann Lee, Bo Chen`): each of them a name. */
function isNameList(text: string): boolean {
  return text.split(/,\s*(?:and\s+)?/).every((name) => isNames(name));
}

/** A body's name: capitalised words joined by `of`, `the`, `and`, `for` (`Shore Bureau of Statistics`). */
function isBody(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 10 &&
    !FUNCTION_WORD.test(words[0]) &&
    words.every((word) => /^(?:\p{Lu}[\p{L}'’.&-]*|of|the|and|for|on|&)$/u.test(word))
  );
}

/** Two to eight words of a name (capitalised words, initials, particles, `and`), no prose and no opening word. */
function isNames(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 8 || hasProse(text)) return false;
  if (FUNCTION_WORD.test(words[0].replace(/\.$/, '')) || !/^\p{Lu}/u.test(words[0])) return false;
  return words.every((word) =>
    /^(?:\p{Lu}[\p{L}'’.-]*|and|&|de|da|di|du|la|le|van|von|der|den|del|della|et|al\.?)$/u.test(word),
  );
}

/** Where the citation ends: after its anchor and pinpoint, when what follows may close a citation. */
function pinpointEnd(text: string, end: number): number | undefined {
  const pinpoint = PINPOINT.exec(text.slice(end));
  const close = end + (pinpoint?.[0].length ?? 0);
  if (!AFTER_END.test(text.slice(close))) return undefined;
  // A full stop closing the citation is its own.
  return text[close] === '.' ? close + 1 : close;
}

/** Whether a sentence ends inside the citation. */
function ownSentenceEnds(piece: string): boolean {
  return sentenceStarts(piece).length > 0;
}

/** A saint's or a place's abbreviated word before a name (`St. Jakob`, `Mt. Hood`): no sentence ends after it. */
const NAME_ABBREVIATION = /(?:^|[\s(])(?:St|Ste|Sta|Sto|Mt|Ft)\.\s+$/u;

/**
 * Where the text's sentences start, past the stops after a name's initial (`N. Lee`, `Hull: S. Dunn`) and a
 * saint's abbreviated title (`… to St. Ives (Hull: 1495)`).
 */
function sentenceStarts(text: string): number[] {
  return sentenceEnds(text).filter((end) => {
    const before = text.slice(0, end);
    return !/(?:^|[\s:;(])\p{Lu}\.\s+$/u.test(before) && !NAME_ABBREVIATION.test(before);
  });
}
