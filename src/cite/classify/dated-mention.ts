/**
 * A work the author's sentence names with its year alone: `She cut a woodblock print called *Quay at Dusk* (1935).`,
 * `Lee later painted “The Ferry” (1936)`. A painting, a print or a book mentioned with its year is what the sentence
 * is about, not a citation: no names before a comma, no facts of publication, no place cited.
 */
import { hasProse } from '../lead-prose.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from '../note-text.js';

const DATED_MENTION = new RegExp(
  String.raw`^([^${EMPHASIS_OPEN}“"‘]{3,200}?)\s(?:${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]+${EMPHASIS_CLOSE}|“[^”]+”)\s*` +
    String.raw`\((?:c\.\s*)?1?\d\d\d(?:\s*[-–]\s*\d{2,4})?\)[.!?]?\s*$`,
  'u',
);

export function isDatedMention(text: string): boolean {
  const found = DATED_MENTION.exec(text.trim());
  if (!found || /[,:]\s*$/.test(found[1])) return false;
  const lower = found[1].split(/\s+/).filter((word) => /^\p{Ll}{3,}/u.test(word));
  return lower.length >= 2 && hasProse(found[1]);
}
