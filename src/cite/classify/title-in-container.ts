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

const TITLE_IN_CONTAINER = new RegExp(
  String.raw`^${NAMES}(?:\s+et\s+al\.?)?,\s*[“"][^“”"]+[”"],?\s*${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]+${EMPHASIS_CLOSE}` +
    String.raw`(?:,\s*(?:${LOCATOR}))?\s*\.?$`,
  'u',
);

/** `Lee et al., “The Harbour Project,” *Shore Review*.`: names, a quoted title, its container, perhaps a page. */
export function isTitleInContainer(text: string): boolean {
  return TITLE_IN_CONTAINER.test(text.trim());
}
