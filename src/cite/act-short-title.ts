/**
 * An Act cited by its short title and year in italics, its jurisdiction in brackets, then the provision, as the
 * AGLC (rule 3.1) writes it: `*Harbour Mills Act 1999* (Cth) s 120(1)`, `*Shore Act 2004* (NSW) ss 4–6`. Legislation
 * titled by the short title, of its year; the provision is the place cited, the jurisdiction no part of the title.
 * (The same Act without italics is read by parse-full.ts's unmarked act.)
 */
import type { FullCitation, WorkFields } from './parse-full.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-text.js';
import { collapse, YEAR } from './text.js';
import { JURISDICTION } from './classify/act-with-year.js';

const ITALIC_ACT = new RegExp(
  String.raw`^${EMPHASIS_OPEN}((?:The\s+)?\p{Lu}[^${EMPHASIS_CLOSE}]*?\bAct\s+(${YEAR}))${EMPHASIS_CLOSE}` +
    String.raw`(?:\s*\((${JURISDICTION})\))?(?:,?\s*((?:ss?|pts?|divs?|schs?|regs?|cl|arts?|§§?)\.?\s*\d+[\w()]*(?:\s*[-–]\s*\d+[\w()]*)?))?[.\s]*$`,
  'u',
);

export function parseItalicAct(text: string): FullCitation | undefined {
  const act = ITALIC_ACT.exec(collapse(text));
  if (!act) return undefined;
  const item: WorkFields = { type: 'legislation', title: act[1], issued: { 'date-parts': [[Number(act[2])]] } };
  if (act[3]) item.jurisdiction = act[3];
  return { item, locator: act[4] ?? null, etAl: false };
}
