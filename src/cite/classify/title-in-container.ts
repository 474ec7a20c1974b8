/**
 * A part's title in quotes followed by the italic title of what holds it, with no date (`Lee et al.,
 * “The Harbour Project,” *Shore Review*.`): a short form gives its author and a short title, never the
 * periodical or site that holds the part, so names, a quoted title and a container make a full citation
 * (a web page or an article cited without its date; Chicago 14.206), not a short form of one.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from '../note-text.js';
import { LOCATOR } from '../text.js';
import { NOTE_NAMES } from './openings.js';

/** Names in note order (`Ann Lee and Bo Chen`) or family names alone (`Lee`, `Lee and Chen`). */
const FAMILY_NAMES = String.raw`\p{Lu}[\p{L}'’-]+(?:(?:,\s+|,?\s+(?:and|&)\s+)\p{Lu}[\p{L}'’-]+)*`;
const NAMES = `(?:${NOTE_NAMES}|${FAMILY_NAMES})`;

/** A title in double, single or straight single quotes (an apostrophe before a letter inside it: `'Lee's Tides'`). */
const QUOTED = String.raw`(?:[“"][^“”"]+[”"]|‘(?:[^‘’]|’(?=\p{L}))+’|'(?:[^']|'(?=\p{L}))+')`;
/** `translated by Bo Chen,`, `ed. Bo Chen,`: the part's translator or editor before the book. */
const ROLE = String.raw`(?:(?:translated|trans\.|edited|ed\.)\s+(?:by\s+)?[^,;]+,\s*)`;

/** The italic container and perhaps the place cited, to the end (a place set in italics by mistake is no container). */
const CONTAINER = String.raw`${EMPHASIS_OPEN}(?!\s*(?:${LOCATOR})[\s.]*${EMPHASIS_CLOSE})[^${EMPHASIS_CLOSE}]+${EMPHASIS_CLOSE}(?:,\s*(?:${LOCATOR}))?\s*\.?$`;
const TITLE_IN_CONTAINER = new RegExp(String.raw`^${NAMES}(?:\s+et\s+al\.?)?,\s*${QUOTED},?\s*${CONTAINER}`, 'u');
/**
 * `in` before the book: a chapter's first citation when its author's given name or its translator is there too (a
 * short form, `Lee, ‘Tides’, in *Harbour Essays*`, gives neither).
 */
const PART_IN_BOOK = new RegExp(
  String.raw`^(?:${NOTE_NAMES}(?:\s+et\s+al\.?)?,\s*${QUOTED},?\s*${ROLE}?|${NAMES},\s*${QUOTED},?\s*${ROLE})in\s+${CONTAINER}`,
  'u',
);

/**
 * `Lee et al., “The Harbour Project,” *Shore Review*.`: names, a quoted title, its container, perhaps a page; also a
 * chapter first cited in a book named short (`Lee, ‘Tides’, translated by Bo Chen, in *Harbour Essays*, p. 28.`).
 */
export function isTitleInContainer(text: string): boolean {
  // (Quick tests first: this runs on every part of every note.)
  if (!text.includes(EMPHASIS_OPEN) || !/[“"‘']/.test(text)) return false;
  const trimmed = text.trim();
  // (The italics close at the end, or before a place cited only.)
  if (!/\uE001(?:,[^,\uE000\uE001]{1,60})?\s*\.?$/.test(trimmed)) return false;
  return TITLE_IN_CONTAINER.test(trimmed) || (/\bin\s+\uE000/.test(trimmed) && PART_IN_BOOK.test(trimmed));
}
