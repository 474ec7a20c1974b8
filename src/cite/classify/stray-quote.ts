/**
 * A straight quote typed before a citation's names (`see "Ann Lee, "Tides at the Quay," *Shore Review* 4
 * (2006): 7–19.`): it opens no title, since the names run to a comma and the title's own quote; the citation
 * starts after it.
 */
import { NOTE_NAMES } from './openings.js';
import type { Part } from './segment.js';

/** The stray quote, then names in note order, a comma and the quoted title closed before a comma or full stop. */
const STRAY_QUOTE = new RegExp(String.raw`^"(?=${NOTE_NAMES},\s*"[^"]+[,.]"\s)`, 'u');

export function dropStrayQuote(part: Part): Part {
  if (!STRAY_QUOTE.test(part.text)) return part;
  return { text: part.text.slice(1), from: part.from + 1, to: part.to };
}
