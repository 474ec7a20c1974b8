/**
 * `Ann Lee, Salt Roads: A History (Hull: 2004), 23.`: a book's title whose italics were lost. In note
 * order, between the names and the bracketed `(Place: [Publisher,] Year)`, `(Place, Year)`, `(Year)` or
 * `(forthcoming)`, the words are the title: they are marked as italics, so the rest of the grammar reads
 * the citation as if the manuscript had them. The names are those before the first comma, or a list
 * (`Ann Lee, Bo Chen, and Dara Eze,`) when one of its parts opens with `and`, or two persons' names with the
 * `and` left out (`Ann Lee, Bo Chen, Title`), or persons' names running to the editors' role (`Ann Lee, Bo Chen,
 * Dara Eze, eds., Title`); prose before the names
 * (`This is shown in Ann Lee, …`) is the author's and is dropped. An unsigned work's title runs from the start
 * (a body's record named by its genre word, `Harbour Council Journal (1862)`, among them).
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-text.js';
import { isOrganisation, isPersonName } from './names.js';
import { hasProse, trailingNamesStart } from './lead-prose.js';
import { isBodyName } from './body-then-title.js';
import { PRINT_YEAR } from './text.js';

/**
 * `…, Salt Roads: A History, Hull: Quay Press, 2004.`: the imprint out of brackets (MHRA's notes, or a bibliography's
 * commas; after a full stop, `Ann Lee, Salt Roads. Hull: …`), the place, a colon, the publisher and the year last,
 * the pages cited after it or not.
 */
const OPEN_IMPRINT =
  /[,.]\s+\p{Lu}[\p{L} .'’-]*:\s*\p{Lu}[^,:;()“"‘]*,\s*(?:1[5-9]|20)\d\d(?:,\s*(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?)?[.\s]*$/u;
/** `…, Salt Roads: A History, 2004.`: the year alone out of brackets, closing the citation. */
const OPEN_YEAR = /,\s*(?:1[5-9]|20)\d\d[.\s]*$/u;
/** A year of print in an imprint: from the first printed books (an incunable's `(Hull: 1495)`) on. */
/** The bracketed publication facts that end an unmarked title. */
const FACTS = new RegExp(String.raw`\s*\((?:(?:[^()]*[:,]\s*)?[^()]*${PRINT_YEAR}|forthcoming|in press)\)`, 'u');
/** `Third Report of the Harbour Board (Hull, 1849), 3.`: an unsigned work's unmarked title, then its facts. */
const UNMARKED_UNSIGNED = new RegExp(
  String.raw`^(\p{Lu}[^,()“"‘\uE000\uE002]+?)\s*(\((?:[^()]*[:,]\s*)?[^()]*${PRINT_YEAR}\).*)$`,
  'u',
);
/** `Lee's Ferry Tables`, `Hughes' Ferry Tables`: a name in the possessive, then the title. */
const POSSESSIVE_AUTHOR = /^(\p{Lu}[\p{L}.'’ -]*?\p{L})(?:['’]s|(?<=s)['’])\s+(\p{Lu}.*)$/u;
/** `(Hull: Quay Press, 1578)`: an imprint with its place, its publisher and its year. */
const FULL_IMPRINT = /^\([^():,]+:\s*\p{Lu}[^():]*,\s*(?:1[5-9]|20)\d\d\)/u;
/**
 * `Harbour Council Journal (1862), 261`: a body's record named by its genre word last (a legislature's journal, minutes,
 * debates, proceedings, laws), capitalised words alone, is a title too.
 */
const RECORD_NAME =
  /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+\s+(?:Journal|Minutes|Debates|Proceedings|Laws|Statutes|Acts)$/u;
/**
 * `, 3 vols.`, `, 2nd ed.`, `, 2 vols., 2nd ed.` at the end of an unmarked title, and an edition described in
 * words (`, revised and enlarged edition`).
 */
const VOLUMES_OR_EDITION =
  /(?:,\s*(?:\d+\s+vols?\.?|(?:\d+(?:st|nd|rd|th|d)|rev\.)\s+ed\.?|(?:(?:revised|enlarged|expanded|extended|corrected|augmented|new)(?:,?\s+and\s+|\s+))+edition))+\s*$/;
/** A word of a name; a pseudonym's real name may follow in square brackets (`Ann Lee [Ann Chen]`). */
const NAME_WORD = /^\[?(?:\p{Lu}[\p{L}'’.-]*|and|&|de|van|von|der|den|di|da|du|la|le|et|al\.?)\]?$/u;

/**
 * A few capitalised words (particles and `and` allowed), not an organisation's name; two long names joined
 * by `and` (`Ana Maria Lima Vale and Bo Chen Dara Vale`) are a few words each.
 */
function isNames(text: string, limit = 6): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length > limit) {
    const sides = text.trim().split(/\s+(?:and|&)\s+/);
    return sides.length === 2 && sides.every((side) => side.split(/\s+/).length <= 5 && isNames(side, 5));
  }
  return tokens.every((token) => NAME_WORD.test(token)) && !isOrganisation(text);
}

/**
 * `Report of the Harbour Board, in Papers of the Quay Council, vol. 2 (Hull, 1850), 4.`: an unsigned part of a
 * collection, both named without markup; the part becomes a quoted title and the collection italics.
 */
const UNSIGNED_IN =
  /^(\p{Lu}[^,()“"‘\uE000\uE002]+?),\s+in\s+(\p{Lu}[^,()“"‘\uE000\uE002]+?)((?:,|\s*\().*\b(?:1[5-9]|20)\d\d\b.*)$/u;

/**
 * `Ann Lee, Bo Chen and Dara Eze, 'Tides', Shore Works (2016)`: a title in straight single quotes after a comma
 * (closed before a comma, full stop or bracket) is marked; the names before it are no title.
 */
const STRAIGHT_QUOTED_TITLE = /(?:^|,\s+)'\p{Lu}[^']*[^\s']'(?=[,.:;\s(]|$)/u;

export function markUnmarkedBookTitle(text: string): string {
  if (new RegExp(`[${EMPHASIS_OPEN}“"‘]`).test(text) || STRAIGHT_QUOTED_TITLE.test(text)) return text;
  const part = UNSIGNED_IN.exec(text);
  if (part && part[1].split(/\s+/).length >= 2 && part[2].split(/\s+/).length >= 2)
    return `“${part[1]},” in ${EMPHASIS_OPEN}${part[2].trim()}${EMPHASIS_CLOSE}${part[3]}`;
  const unsigned = UNMARKED_UNSIGNED.exec(text);
  // `Lee's Ferry Tables (Hull: Quay Press, 1700)`: the author's name in the possessive before the title and a full imprint.
  const owned = unsigned && FULL_IMPRINT.test(unsigned[2]) ? POSSESSIVE_AUTHOR.exec(unsigned[1].trim()) : null;
  if (owned && isNames(owned[1], 4)) return `${owned[1]}, ${EMPHASIS_OPEN}${owned[2]}${EMPHASIS_CLOSE} ${unsigned![2]}`;
  if (
    unsigned &&
    unsigned[1].split(/\s+/).length >= 3 &&
    (/\s(?:of|the|on|and|for|in|to)\s/.test(unsigned[1]) ||
      RECORD_NAME.test(unsigned[1].trim()) ||
      // (`Der Fergen und Schiffleute Tafel (Hull: Quay Press, 1578)`: a title in any language before a full imprint.)
      FULL_IMPRINT.test(unsigned[2]))
  )
    return `${EMPHASIS_OPEN}${unsigned[1].trim()}${EMPHASIS_CLOSE} ${unsigned[2]}`;
  const facts = imprintFacts(text);
  if (!facts) return text;
  const head = text.slice(0, facts.index);
  const parts = head.split(/,\s+/);
  if (parts.length < 2) return text;
  // The first part: names, or prose ending with names (`… is described in Ann Lee`).
  let first = parts[0].replace(/^See\s+/, '');
  // `Harbour Watch Institute, Tides at Risk: Guidelines (Hull: Harbour Watch Institute, 2014)`: a body, then the title.
  // (The body's name is words alone: no quoted title or sentence runs into it.)
  const body = /^[\p{L}&\s-]+$/u.test(first) && isBodyName(first) && parts.length === 2 && /^\p{Lu}/u.test(parts[1]);
  if (!body && !isNames(first)) {
    const start = hasProse(first) ? trailingNamesStart(`${first}, `) : undefined;
    if (start !== undefined && isNames(first.slice(start))) first = first.slice(start);
    // `… See also the first edition, Ann Lee, Salt Roads (Hull: 1495)`: the author's words, closed by a comma
    // before the names, are no part of them.
    else if (hasProse(first) && parts.length >= 3 && isPersonName(parts[1]) && isNames(parts[1])) {
      parts.shift();
      first = parts[0];
    } else return unsignedEdited(text);
  }
  // `Ann Lee, Bo Chen, and Dara Eze, Title`: the list runs to the part that opens with `and`.
  let count = 1;
  const last = parts.findIndex((part, index) => index > 0 && /^(?:and|&)\s/.test(part) && isNames(part));
  // `Ann Lee, Bo Chen, Dara Eze, eds., Title`: persons' names, the `and` left out, run to the editors' role.
  const role = parts.findIndex((part, index) => index >= 2 && /^(?:eds?\.|ed\.s)$/.test(part));
  if (last > 0 && parts.slice(1, last).every((part) => isNames(part, 5)) && last < parts.length - 1) count = last + 1;
  else if (
    role >= 2 &&
    role < parts.length - 1 &&
    [first, ...parts.slice(1, role)].every((part) => isPersonName(part) && isNames(part, 5))
  )
    count = role;
  // `Ann Lee, Bo Chen, A Dictionary of Tides`: two persons' names in note order, the `and` left out; the second
  // is an author, not the title's opening words (`Ann Lee, Bo Chen, eds., Tides`: two editors).
  else if (
    parts.length >= 3 &&
    isPersonName(first) &&
    isPersonName(parts[1]) &&
    (/^\p{Lu}/u.test(parts[2]) || /^(?:eds?\.|ed\.s)$/.test(parts[2]))
  )
    count = 2;
  // A pseudonym's real name in square brackets is a remark on the name, not another author.
  const names = [first, ...parts.slice(1, count)].join(', ').replace(/\s*\[[^\]]*\]/g, '');
  // `eds.`, and its slip `ed.s`.
  const editors = /^(?:eds?\.|ed\.s)$/.test(parts[count] ?? '') ? `${parts[count].replace('ed.s', 'eds.')}, ` : '';
  const title = parts.slice(count + (editors ? 1 : 0)).join(', ');
  if (!title || /^(?:interview|unpublished)/i.test(title)) return text;
  // (A year alone after the words makes them a title only when a subtitle shows it: `Salt Roads: A History, 2004`.)
  // (Out of brackets, a sentence's full stop inside the words, `Lee, Ann. Tides: A History. Hull: …`, is a
  // bibliography's, read elsewhere.)
  const open = !FACTS.test(text);
  if (open && /\.\s/.test(title)) return text;
  if (open && !OPEN_IMPRINT.test(text) && !/\p{L}:\s+\p{Lu}/u.test(title)) return text;
  if (!/^\p{Lu}/u.test(title) && !(/^\d/.test(title) && title.split(/\s+/).length >= 3)) return text;
  // `…, 3 vols.`, `…, 2nd ed.`: the number of volumes or the edition after the title, no part of it.
  const volumes = VOLUMES_OR_EDITION.exec(title);
  const bare = volumes ? title.slice(0, volumes.index) : title;
  return `${names}, ${editors}${EMPHASIS_OPEN}${bare.replace(/[\s,]+$/, '')}${EMPHASIS_CLOSE}${volumes?.[0] ?? ''} ${text.slice(facts.index).trimStart()}`;
}

/**
 * The bracketed facts that close the title: `Ann Lee, Ferries of the North (1550-1650) (Hull: 2019)` ends its
 * title with a bracketed span of years, the imprint being the bracket right after it (with a place and a colon).
 */
function imprintFacts(text: string): RegExpExecArray | null {
  const facts = FACTS.exec(text);
  if (!facts) return OPEN_IMPRINT.exec(text) ?? OPEN_YEAR.exec(text);
  const after = text.slice(facts.index + facts[0].length);
  const imprint = new RegExp(String.raw`^\s*\([^():]+:\s*[^()]*\b${PRINT_YEAR}\)`, 'u').exec(after);
  if (!imprint) return facts;
  const next = FACTS.exec(after);
  if (next?.index !== 0) return facts;
  next.index += facts.index + facts[0].length;
  return next;
}

/** `Songs of the quay, gathered here, ed. Bo Chen (Hull: Quay Press, 1564), 4.`: an unsigned title before its editor. */
const UNSIGNED_EDITED = new RegExp(
  String.raw`^(\p{Lu}[^()“"‘\uE000\uE002]+?),\s+((?:eds?|trans)\.\s+[^()]+?)\s*(${FACTS.source.replace(/^\\s\*/, '')}.*)$`,
  'u',
);

function unsignedEdited(text: string): string {
  const match = UNSIGNED_EDITED.exec(text);
  if (!match || match[1].split(/\s+/).length < 3) return text;
  return `${EMPHASIS_OPEN}${match[1]}${EMPHASIS_CLOSE}, ${match[2]} ${match[3]}`;
}
