/**
 * Ibid. (and Idem., German notes' Ebd., legal notes' Id.) in every spelling and position: alone with its locator,
 * opening a note before the author's sentence or another work, or closing the author's sentence.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from '../note-text.js';
import { LOCATOR, REMARK_IN_BRACKETS, cleanLocator } from '../text.js';

/**
 * `Ibid.`, `Ibidem`, Spanish `Ibíd.`, Italian `Ivi` (the same work, another place), German notes' `Ebd.` (`ebenda`),
 * and legal writing's `Id.` (the Bluebook's, always with its full stop, perhaps after its italics: `*Id*.`): the same
 * work as the note before.
 */
const IBID_WORD = `(?:ib[ií]d(?:em)?|ebd|ebenda|ivi|id(?=${EMPHASIS_CLOSE}?(?:\\.|$)))`;
/** The author's remark on the quotation after the place, a comma before it: `, emphasis in original`, `, my translation`. */
const EMPHASIS_REMARK = String.raw`(?:,\s*(?:(?:emphasis|italics)\s+(?:in\s+(?:the\s+)?original|added|mine)|(?:my|original)\s+(?:emphasis|italics)|(?:my\s+)?translation(?:\s+mine)?))?`;
/** `Ibid.`, and `Idem.` used for it (the same work as the note before); German `Ebenda, hier S. 15`. */
export const IBID = new RegExp(
  `^${EMPHASIS_OPEN}?\\s*(?:${IBID_WORD}|idem)\\.?\\s*${EMPHASIS_CLOSE}?[\\s.,]*(?:hier\\s+)?(${LOCATOR})?${REMARK_IN_BRACKETS}${EMPHASIS_REMARK}[\\s.,]*$`,
  'i',
);
/** `… was crude.’ Ibid., 296.`: Ibid. after the author's sentence, which may end inside a quotation or a bracket. */
export const TRAILING_IBID = new RegExp(`[.!?][’”'")\\]]*\\s+(${EMPHASIS_OPEN}?${IBID_WORD}\\b.*)$`, 'i');

/**
 * `Vogt, ebd. Rn. 18`, `Lee/Chen, ebd.` (the names perhaps in italics), `Lee, ibid., 45`: Ibid. after the family
 * names of the work's authors, which it repeats (German legal notes write so): the names go before Ibid. is read.
 */
const NAMED = new RegExp(
  `^${EMPHASIS_OPEN}?\\p{Lu}[\\p{L}'’-]+${EMPHASIS_CLOSE}?(?:\\s*\\/\\s*${EMPHASIS_OPEN}?\\p{Lu}[\\p{L}'’-]+${EMPHASIS_CLOSE}?){0,3}` +
    `(?:\\s+u\\.\\s?a\\.)?${EMPHASIS_CLOSE}?,\\s+(?=${EMPHASIS_OPEN}?(?:ebd|ebenda|ibid)\\b)`,
  'u',
);

/** The family names written before Ibid. (`Lee/Chen, ebd.` → `Lee`, `Chen`), none for Ibid. alone. */
export function ibidNames(text: string): string[] {
  const named = NAMED.exec(text.trim());
  if (!named) return [];
  return named[0]
    .replace(new RegExp(`[${EMPHASIS_OPEN}${EMPHASIS_CLOSE}]`, 'g'), '')
    .replace(/(?:\s+u\.\s?a\.)?,\s*$/u, '')
    .split(/\s*\/\s*/);
}

/** Whether the part is Ibid., perhaps after its authors' names (NAMED). */
export function isIbid(text: string): boolean {
  return IBID.test(text.replace(NAMED, ''));
}

export function ibidLocator(text: string): string | null | undefined {
  const match = IBID.exec(text.trim().replace(NAMED, ''));
  if (!match) return undefined;
  return match[1] ? cleanLocator(match[1]) : null;
}

/**
 * `Ibid., 17. Emphasis in original.`, `*Id.* Similar rules apply.`, `Ibid., 4, citing Lee, *Songs*`, `Ibid, in reference to Lee, *Songs*`: Ibid.,
 * then the author's sentence or another work (its full stop perhaps after its italics, MHRA's `*Ibid*., p. 4.`).
 */
export const LEADING_IBID = new RegExp(
  `^(${EMPHASIS_OPEN}?\\s*${IBID_WORD}\\.?\\s*${EMPHASIS_CLOSE}?\\.?[\\s,]*(?:${LOCATOR})?)` +
    // (`*Id.* Similar rules …`: the full stop inside the italics ends Ibid.'s sentence.)
    `(?:\\.\\s+(?=\\p{Lu})|(?<=\\.${EMPHASIS_CLOSE}\\s*)(?=\\p{Lu}\\p{Ll}*\\s+\\p{Ll})|,\\s+(?=(?:(?:with|in)\\s+reference\\s+to|citing|quoting)\\s))`,
  'iu',
);
