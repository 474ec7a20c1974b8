/**
 * A British statute cited by its regnal year and chapter alone (`12 George II, c. 7.`, `3 & 4 Will. IV, c. 12
 * (1833)`, `18 Geo. 3 c. 40, s. 4`): legislation titled by that citation, of the year given in brackets, the
 * section after it the place cited. (Its cutting from a work that follows is classify/regnal-statute.ts's.)
 */
import { REGNAL } from './classify/statute-in-sentence.js';
import type { FullCitation, WorkFields } from './parse-full.js';

const REGNAL_ACT = new RegExp(
  String.raw`^(${REGNAL},?\s*(?:c|cap|ch)\.\s*\d+)(?:\s*\(((?:1[2-9]|20)\d\d)\))?` +
    String.raw`(?:,?\s+((?:s|ss|sec|sect|§)\.?\s*\d+[\w()]*(?:\s*[-–]\s*\d+)?))?[.\s]*$`,
  'u',
);

/** The text is such a statute alone: a full citation however short (classify/classify-part.ts). */
export function isRegnalAct(text: string): boolean {
  return REGNAL_ACT.test(text.trim());
}

export function parseRegnalAct(text: string): FullCitation | undefined {
  const act = REGNAL_ACT.exec(text.trim());
  if (!act) return undefined;
  const item: WorkFields = { type: 'legislation', title: act[1].replace(/\s+/g, ' ') };
  if (act[2]) item.issued = { 'date-parts': [[Number(act[2])]] };
  return { item, locator: act[3] ?? null, etAl: false };
}
