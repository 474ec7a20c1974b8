/**
 * The author's sentences, then a signalled citation (`The figures vary. See Lee, ‘Tides’, 4.`), or a
 * citation, then `See also` (or `Also see`) and another: the note is cut before the sentence that holds the signal.
 */
import { plain } from '../text.js';
import { citedFor } from './cited-for.js';
import { looksLikeFull } from './full.js';
import { IBID } from './ibid.js';
import { NOTE_OPENING, SHORT_OPENING } from './openings.js';
import { looksLikeProse, opensWithProse } from './prose.js';
import { splitProse } from './prose-then-citation.js';
import type { Classify, Part, Segment } from './segment.js';
import { AUTHOR_PAGE, SHORT_SENTENCE, endsWithPage } from './short.js';
import { EDITION_USED, dropSignal } from './signal.js';
import { QUOTED_RUN } from './quoted-lead-in.js';
import { COMMA_LESS_LEAD_IN } from './comma-less-lead-in.js';

/**
 * `… the figures vary. See Lee, …`, `… the figures vary. For the ports, see Lee, …`, `… For “dry ports,” see Lee, …`,
 * `Lee, “Tides.” For the ports, see …`, German `… kommt. Vgl. Lee, …`, `… in 1797. All citations are to Lee, …`,
 * `… the figures vary: see Lee, …` (a colon before a lower-case `see` ends the author's words as a full stop does).
 */
const PROSE_THEN_SIGNAL = new RegExp(
  String.raw`(?:[.!?)](?:(?<=[.!?])[”"’])?|:(?=\s+see\s))\s+(?=(?:\p{Lu}(?:[^.;:“"‘\uE000]|${QUOTED_RUN}){0,200}?(?:,\s*|(?<=,[”"’])\s+)|${COMMA_LESS_LEAD_IN})?(?:[Ss]ee(?:\s+also)?|Also\s+see|[Cc]f\.` +
    String.raw`|Compare|Vgl\.|Siehe(?:\s+auch)?|${EDITION_USED})[,:]?\s+(?:(?:for\s+(?:example|instance|contrast|comparison)|by\s+contrast|especially|zum\s+Beispiel|etwa),?\s+)?[\p{Lu}\uE000“"‘'])`,
  'u',
);

/** A sentence that is no prose and ends with a page or an archival place (`fol. 3r.`, `12–14.`). */
function endsWithLocator(text: string): boolean {
  return !looksLikeProse(text) && /\d[a-z]?\.$/.test(plain(text).trim());
}

/** The part cut before the sentence holding a signal, each side classified; undefined when there is none. */
export function splitAtSignal(part: Part, classify: Classify): Segment[] | undefined {
  const { text, from, to } = part;
  // `The figures vary by sector. See Lee, ‘Tides’, 4.`: the author's sentences, then a signalled citation.
  const signalled = PROSE_THEN_SIGNAL.exec(text);
  // (The stop may stand inside a title's closing quote: `Lee, “Tides.” For the ports, see …`.)
  const stop = signalled ? signalled.index + signalled[0].trimEnd().length : 0;
  if (signalled && signalled.index > 0 && !IBID.test(text.slice(0, stop))) {
    const prose = text.slice(0, stop);
    const restFrom = from + signalled.index + signalled[0].length;
    // A lead-in sentence (`For the ports, see …`) never belongs to a citation: the split is safe.
    const leadIn = !/^(?:See|Also\s+see|Cf\.|Compare)\b/.test(text.slice(signalled.index + signalled[0].length));
    const isProse = looksLikeProse(prose) || opensWithProse(prose);
    // `*Songs* (1850), 4. See also Chen, *Rivers*, 9.`: a citation, then `See` and another citation.
    const signalledWork = dropSignal({ text: text.slice(signalled.index + signalled[0].length), from: restFrom, to });
    // (`ECL MS 12, fol. 3r. See Bo Chen’s letters, *Shore Letters*, 30.`: a work's place closing a sentence of no prose.)
    const twoCitations =
      (looksLikeFull(prose) ||
        SHORT_SENTENCE.test(prose.trim()) ||
        AUTHOR_PAGE.test(plain(prose).trim()) ||
        endsWithPage(prose) ||
        endsWithLocator(prose)) &&
      (NOTE_OPENING.test(signalledWork.text) ||
        SHORT_OPENING.test(signalledWork.text) ||
        looksLikeFull(signalledWork.text) ||
        (SHORT_SENTENCE.test(signalledWork.text.trim()) && !looksLikeProse(signalledWork.text)));
    // A full citation in note order after `See` starts a new work whatever stands before it.
    const fullAfter = NOTE_OPENING.test(signalledWork.text) && looksLikeFull(signalledWork.text);
    if (leadIn || isProse || twoCitations || fullAfter) {
      const before = { text: prose, from, to: from + prose.length };
      return [
        // Before the lead-in may stand a citation (`Lee, *Songs*, 4. For the ports, see …`) or prose holding one.
        ...(isProse
          ? (citedFor(before, classify) ?? splitProse(before, classify) ?? [{ kind: 'commentary' as const, ...before }])
          : classify(before)),
        ...classify(dropSignal({ text: text.slice(signalled.index + signalled[0].length), from: restFrom, to })),
      ];
    }
  }
  return undefined;
}
