/**
 * A short form, then the author's remark after its page (`Lee, *Songs*, 190, again quoting himself.`):
 * the note is cut after the page.
 */
import { LOCATOR, plain } from '../text.js';
import { looksLikeFull } from './full.js';
import { NOTE_OPENING, SHORT_OPENING } from './openings.js';
import type { Part, Segment } from './segment.js';
import { endsAtAddress } from './address-remark.js';
import { SHORT_SENTENCE, UNMARKED_SHORT } from './short.js';

/**
 * A short form, then the author's remark after its page (`Lee, *Songs*, 190––repeating his 1978 view.`,
 * `Lee, Songs, 185, again quoting himself.`): the short form, and where the remark starts.
 */
const SHORT_THEN_REMARK = new RegExp(
  `^([^.;]*?[^\\s,.;],\\s*(?:${LOCATOR}|passim))(?:\\s*(?:--|[—–]){1,2}\\s*|,\\s+)(?=\\p{Ll}[\\p{L}’']*[\\s,]+\\p{Ll})`,
  'u',
);

/** A text that opens with a short form and goes on with the author's remark: the two, or undefined. */
export function shortThenRemark(part: Part): Segment[] | undefined {
  const match = SHORT_THEN_REMARK.exec(part.text);
  if (!match) return undefined;
  const short = match[1];
  const bare = plain(short).trim();
  const full = NOTE_OPENING.test(short) && looksLikeFull(short);
  if (!full && !(SHORT_OPENING.test(short) && SHORT_SENTENCE.test(short)) && !UNMARKED_SHORT.test(bare))
    return undefined;
  const remark = part.text.slice(match[0].length);
  // `…, ch. 6, online copy kept at the Harbour Centre: <https://…>.`: where the work is read (address-remark.ts).
  if (full && endsAtAddress(remark)) return undefined;
  // `Ann Lee, “Tides,” *Shore Review* 5 (1996): 9-18, was the first …`: a full citation, then the remark.
  const kind = full ? 'full' : 'short';
  return [
    { kind, text: short, from: part.from, to: part.from + short.length },
    { kind: 'commentary', text: remark, from: part.from + match[0].length, to: part.to },
  ];
}
