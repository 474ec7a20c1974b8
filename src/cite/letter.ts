/**
 * A letter, as Chicago cites it (17th ed. 14.111–14.114): the writer `to` the addressee, then the letter's
 * date, then where it is read. Either held in an archive (`Ann Lee to Bo Chen, 12 May 1850, Lee Family Papers,
 * box 3, folder 2, Shore County Archives.`) or printed in a collection (`Ann Lee to Bo Chen, June 3, 1851, in
 * *Letters of the Shore*, ed. Dana Ruiz (Quay: Pier Press, 1990), 45.`); `Letter from Ann Lee to Bo Chen, …`
 * says so outright; the place it was written may stand before its date (`Ann Lee to Bo Chen, Hull, 4 May 1789, …`). A
 * letter has no title of its own: the writer is the author, the addressee the CSL
 * `recipient`, the date `issued`. The collection's book is the container (its editors the editors, its page the
 * place cited); an archive is modelled as archive.ts does (the repository is the container, the box and folder
 * the place cited), the papers' name its `collection-title`. Repeated, a letter is shortened to the two family
 * names and the date or the page (`Lee to Chen, 12 May 1850.`, `Lee to Chen, 45.`): it is the chapter's letter
 * from that writer to that addressee (of that date, if one is given). The resolver (resolve.ts) asks
 * `letterAgain` first of every citation but Ibid.
 */
import type { FullCitation, WorkFields } from './parse-full.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from './note-text.js';
import { type CslName, parseNoteNames, shortName } from './names.js';
import type { Segment } from './classify.js';
import type { ShortCitation } from './parse-short.js';
import type { ResolvedCitation, Work } from './resolve.js';
import { namesMatch } from './match.js';
import { ARCHIVAL_PLACE, isRepository } from './archive.js';
import { hasProse } from './lead-prose.js';
import { LOCATOR, cleanLocator, findDate, trimTitle, firstAddress } from './text.js';

/** A word of a person's name: capitalised, an initial, or a particle (`de`, `van`, `of` as in `Carroll of Quay`). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*\.?|(?:de|da|del|della|di|du|van|von|der|den|le|la|of|the|y))`;
/** A person's name: up to seven such words, opening with a capital, and perhaps `, Jr.` or `, III`. */
const PERSON = String.raw`\p{Lu}[\p{L}'’-]*\.?(?:\s+${NAME_WORD}){0,6}(?:,\s+(?:Jr|Sr)\.?|,\s+[IVX]{1,4}\b)?`;
/** `Ann Lee to Bo Chen, `: the writer and the addressee (`Ann Lee, Jr., to`), then a comma (or a colon) before the date. */
const LETTER = new RegExp(
  String.raw`^(?:(?:Letter|Note)\s+(?:from\s+)?)?(${PERSON}),?\s+to\s+(${PERSON})[,:]?\s+(?=[\p{Lu}\d])`,
  'u',
);
/** `Letter from Ann Lee, 4 May 1849, Hull`: a letter named by its writer alone (to the body whose archive keeps it). */
const LETTER_FROM = new RegExp(String.raw`^(?:Letter|Note)\s+from\s+(${PERSON})[,:]?\s+(?=[\p{Lu}\d])`, 'u');
/**
 * `Shore Special Collections: ABC/Incoming/Box 7 – Letter from Ann Lee, …`: the repository and its path of series
 * to the box, then a dash before the letter, as an archive's catalogue files it.
 */
const FILED_BEFORE = /^([^:–—]{3,100}?):\s*(\S[^–—]*?\/[^–—]*?)\s+[–—]\s+(?=(?:Letter|Note)\s+from\s)/u;
/** `, *Letters of the Shore* 5:499–501.`: the collection that prints a letter, named short, its volume and page. */
const PRINTED_COLLECTION = new RegExp(
  String.raw`^[\s,]*${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]+?)[,.]?${EMPHASIS_CLOSE}[\s,]*(\d+:\s?\d+(?:\s*[-–]\s*\d+)?)[\s.]*$`,
);
/** The place cited after a letter's date, or after its archive: a page, a volume and page. */
const TRAILING_PLACE = new RegExp(String.raw`^[\s,]*(?:(${ARCHIVAL_PLACE})|(${LOCATOR}))[\s.]*$`, 'u');

const WHOLE_PLACE = new RegExp(`^(?:${ARCHIVAL_PLACE})$`, 'u');

/** Series parted by slashes, three or more, up to the next comma: `CWM/LMS/Box 5`. */
const ARCHIVE_PATH = /(?<=^|,)\s*([^,/\s][^,/]*(?:\/[^,/]+){2,})(?=,|\.?\s*$)/u;

interface LetterHead {
  writer: CslName[];
  recipient: CslName[];
  issued?: number[];
  /** What follows the date. */
  rest: string;
}

/** The writer, the addressee and the date opening a letter's citation, or nothing when it is not one. */
function letterHead(text: string): LetterHead | undefined {
  const head = LETTER.exec(text) ?? LETTER_FROM.exec(text);
  if (!head) return undefined;
  // `Ann Lee to Bo Chen, Hull, 4 May 1789, …`: the place the letter was written, before its date.
  const written =
    /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:upon|on|de|\p{Lu}[\p{L}'’.-]*)){0,3},\s+(?=\d{1,2}\s+\p{Lu}|\p{Lu}\p{Ll}+\.?\s+\d)/u.exec(
      text.slice(head[0].length),
    );
  const after = text.slice(head[0].length + (written?.[0].length ?? 0));
  const date = findDate(after);
  const year = /^(1[0-9]\d\d|20\d\d)(?=[\s,.;:]|$)/.exec(after);
  const dated = date && date.index === 0 ? { parts: date.parts, length: date.length } : undefined;
  if (!dated && !year && !/^(?:n\.\s?d\.|undated)/i.test(after)) return undefined;
  const length = dated?.length ?? year?.[0].length ?? /^(?:n\.\s?d\.|undated)/i.exec(after)![0].length;
  const writer = parseNoteNames(head[1]).names;
  const recipient = head[2] === undefined ? [] : parseNoteNames(head[2]).names;
  if (!writer.length || (head[2] !== undefined && !recipient.length)) return undefined;
  return {
    writer,
    recipient,
    ...(dated ? { issued: dated.parts } : year ? { issued: [Number(year[1])] } : {}),
    rest: after.slice(length),
  };
}

/** How long the letter's opening is (the writer `to` the addressee, then the date); undefined when none opens the text. */
export function letterOpening(text: string): number | undefined {
  const head = letterHead(text);
  return head ? text.length - head.rest.length : undefined;
}

/** A letter cited in full: `Ann Lee to Bo Chen, 12 May 1850, …` (see above). */
export function parseLetter(text: string, parseBook: (text: string) => FullCitation): FullCitation | undefined {
  const filed = FILED_BEFORE.exec(text);
  const head = letterHead(filed && isRepository(filed[1]) ? text.slice(filed[0].length) : text);
  if (!head) return undefined;
  const item: WorkFields = { type: 'personal_communication', author: head.writer };
  if (head.recipient.length) item.recipient = head.recipient;
  if (head.issued) item.issued = { 'date-parts': [head.issued] };
  const url = firstAddress(head.rest);
  if (url) item.URL = url;
  // (Filed before the letter, the repository is its container and the path the place cited; what follows the date
  // is where the letter was written.)
  if (filed && isRepository(filed[1])) {
    item['container-title'] = trimTitle(filed[1]);
    return { item, locator: filed[2].trim(), etAl: false };
  }
  const rest = head.rest.replace(new RegExp(`${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE}`, 'g'), '');
  // `, in *Letters of the Shore*, ed. Dana Ruiz (…), 45.`: the book that prints it.
  const printed = /^[\s,:]*in\s+(?=\S)/.exec(rest);
  if (printed) {
    const book = parseBook(rest.slice(printed[0].length));
    if (book.item.title) item['container-title'] = book.item.title;
    const editors = book.item.editor ?? book.item.author;
    if (editors) item.editor = editors;
    for (const field of ['publisher', 'publisher-place', 'volume', 'number-of-volumes'])
      if (book.item[field] !== undefined) item[field] = book.item[field];
    return { item, locator: book.locator, etAl: false };
  }
  // `, *Letters of the Shore* 5:499–501.`: the collection that prints it, named short (PRINTED_COLLECTION).
  const collection = PRINTED_COLLECTION.exec(rest);
  if (collection) {
    item['container-title'] = trimTitle(collection[1]);
    return { item, locator: collection[2], etAl: false };
  }
  const place = TRAILING_PLACE.exec(rest);
  if (place) return { item, locator: cleanLocator(place[1] ?? place[2]), etAl: false };
  return { item, locator: readArchive(rest, item), etAl: false };
}

/**
 * `, Lee Family Papers, box 3, folder 2, Shore County Archives.`: the papers, the box and folder (the place
 * cited) and the repository, in any order, up to a sentence of the author's own.
 */
function readArchive(rest: string, item: WorkFields): string | null {
  const places: string[] = [];
  // `CWM/Shore. Quay/Incoming Correspondence/Box 5`: an archive's path of series to the box, the place cited whole.
  const path = ARCHIVE_PATH.exec(rest);
  if (path) places.push(path[1].trim());
  const parts = (path ? rest.slice(0, path.index) + rest.slice(path.index + path[0].length) : rest)
    .replace(/^[\s,.;:]+/, '')
    .split(/,\s+|\.\s+(?=\p{Lu})/u)
    .map((part) => part.trim().replace(/[.,;]+$/, ''));
  for (const part of parts) {
    if (!part) continue;
    if (WHOLE_PLACE.test(part)) places.push(part);
    // A sentence of the author's own ends the archive's facts (`Chen's reply appeared in …`).
    else if (!/^\p{Lu}/u.test(part) || hasProse(part)) break;
    else if (isRepository(part) && !item['container-title']) item['container-title'] = trimTitle(part);
    else if (!item['collection-title'] && !item['container-title']) item['collection-title'] = trimTitle(part);
  }
  return places.length ? places.join(', ') : null;
}

/** `Lee`, `van Dam`, `Chen, Jr.`: a family name alone, as a shortened letter gives it. */
function familyAlone(name: string): boolean {
  return /^(?:(?:de|da|van|von|van der|von der)\s+)?\S+(?:,\s+(?:Jr|Sr)\.?)?$/.test(name);
}

/**
 * `Lee to Chen, 12 May 1850.`, `Lee to Chen, 45.`: the family names alone, then the date, the page, or both.
 * The chapter's last letter from that writer to that addressee (of that date, when one is given), with the
 * place cited; nothing when the text is no shortened letter or no such letter was cited in full.
 */
function repeatedLetter(
  text: string,
  works: Work[],
  owner: unknown,
): { work: Work; locator: string | null } | undefined {
  const trimmed = text.trim();
  const head = LETTER.exec(trimmed);
  if (!head || !familyAlone(head[1]) || !familyAlone(head[2])) return undefined;
  let after = trimmed.slice(head[0].length);
  const date = findDate(after);
  const dated = date && date.index === 0 ? date.parts : undefined;
  if (dated) after = after.slice(date!.length);
  const place = /^[\s,]*$/.test(after) ? null : TRAILING_PLACE.exec(after);
  if (place === undefined || (place === null && !/^[\s,.]*$/.test(after))) return undefined;
  if (!dated && !place) return undefined;
  const letters = works.filter((work) => {
    if (work.item.type !== 'personal_communication' || !work.fullNotes.length || !work.owners.has(owner)) return false;
    const recipient = (work.item.recipient as CslName[] | undefined) ?? [];
    if (!namesMatch([head[1]], work) || !namesMatch([head[2]], { names: recipient, etAl: false })) return false;
    const issued = (work.item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
    return !dated || issued?.join('-') === dated.join('-');
  });
  const work = letters.at(-1);
  if (!work) return undefined;
  return { work, locator: place ? cleanLocator(place[1] ?? place[2]) : null };
}

/** A shortened letter (`Lee to Chen, 12 May 1850.`) of a letter the chapter cited in full, as the resolver links it. */
export function letterAgain(segment: Segment, works: Work[], owner: unknown): ResolvedCitation | undefined {
  const found = repeatedLetter(segment.text, works, owner);
  if (!found) return undefined;
  segment.kind = 'short';
  const short: ShortCitation = { authors: found.work.names.map(shortName), locator: found.locator };
  return { form: 'short', work: found.work, locator: found.locator, segment, short, quality: [{ kind: 'exact' }] };
}
