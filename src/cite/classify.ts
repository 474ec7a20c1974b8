/**
 * Finds the citations in a note's text and says what each one is: a full citation, a short form,
 * Ibid., or the author's own commentary. The note is cut in turn by the rules of `classify/` (one rule
 * a file): after an opening acknowledgement (the author's words), at its semicolons, before `quoted in`, past a signal (`See`) and a stray quote before the names, then each part is classified
 * (and cut at sentence ends, colons, quotations, a quotation's `in` before its source, a leading or trailing
 * Ibid., the clause saying what a work is cited for; a part that is only more issues is the author's, one that
 * opens with a date is marked as a further place in the work cited before it), then after a statute cited by its
 * regnal year that opens a full citation, before a work named in
 * the author's last sentence, at a lead-in word (`… as seen in`), at an `and` (or `&`) joining two works, at a comma after a work's date where another dated work opens, and before
 * `especially` and a work singled out, around a statute the author's sentence cites with its chapter, and
 * before the author's words that lead from a work's address to a second address; a quoted excerpt in
 * brackets after a work's page is cut off as the author's, and session laws (`1851 Shore Laws 260`) after another work
 * open a citation of their own, as does an Act cited with its volume of statutes after another work; a digital
 * project the author's sentence names before its address is a citation of its own (classify/project-address.ts), as is
 * a work's second imprint after its first (classify/second-imprint.ts); a title after `in her book` names a work cited
 * before, if it does (classify/pronoun-work.ts).
 */
import { acknowledgementEnd } from './classify/acknowledgement.js';
import { isAffiliation } from './classify/affiliation.js';
import { isParticipant } from './classify/participant.js';
import { classifySegment } from './classify/classify-part.js';
import { splitAtInitials } from './classify/initial-in-sentence.js';
import { splitEspecially } from './classify/especially.js';
import { splitJoinedUrls } from './classify/joined-urls.js';
import { splitJoined } from './classify/joined-by-and.js';
import { splitCommaJoined } from './classify/comma-joined-works.js';
import { splitLeadIn } from './classify/lead-in-word.js';
import { splitNamedInSentence } from './classify/named-in-sentence.js';
import { ownersIntoCitations } from './classify/owner-before-title.js';
import { cutQuotedExcerpt } from './classify/quoted-excerpt.js';
import { splitQuotedIn } from './classify/quoted-in.js';
import { splitRegnalStatute } from './classify/regnal-statute.js';
import { splitShortThenFull } from './classify/short-then-full.js';
import type { Segment } from './classify/segment.js';
import { splitCitations } from './classify/semicolons.js';
import { dropSignal } from './classify/signal.js';
import { dropStrayQuote } from './classify/stray-quote.js';
import { splitSecondAddress } from './classify/second-address.js';
import { splitSessionLaws } from './classify/session-laws-after.js';
import { splitActSentence } from './classify/act-sentence.js';
import { splitStatute } from './classify/statute-in-sentence.js';
import { splitProseAnchors } from './classify/prose-anchors.js';
import { splitPronounWork } from './classify/pronoun-work.js';
import { splitProjects } from './classify/project-address.js';
import { splitBracketedIbid } from './classify/bracketed-ibid.js';
import { citationBrackets } from './classify/bracketed-citations.js';
import { splitSecondImprint } from './classify/second-imprint.js';
import { separatorOutOfItalics } from './classify/separator-in-italics.js';
import { placeOutOfItalics } from './classify/place-in-italics.js';
import { spacedAsteriskTitle, strayAsteriskTitle } from './classify/stray-asterisk.js';

export { ibidLocator, ibidNames } from './classify/ibid.js';
export type { Segment, SegmentKind } from './classify/segment.js';
export { splitCitations } from './classify/semicolons.js';

export function classifyNote(written: string): Segment[] {
  // An export's misplaced italics, mended keeping the text's length (so every offset still holds): a `;` typed
  // inside a title's italics, an imprint's place inside them, a title's asterisks Markdown left as text.
  const text = spacedAsteriskTitle(strayAsteriskTitle(placeOutOfItalics(separatorOutOfItalics(written))));
  // `Research Fellow, Shore Institute; Email: ann@shore.example.org`: the author's affiliation (classify/affiliation.ts).
  // `User #3.`: a participant of the author's study (classify/participant.ts).
  if (isAffiliation(text) || isParticipant(text)) return [{ kind: 'commentary', text, from: 0, to: text.length }];
  // `Thanks to Ann Lee for her comments; e-mail to the author, 4 May 2010.`: the author's words, then the rest of the note.
  const thanks = acknowledgementEnd(text);
  if (thanks === undefined) return classifyCitations(text);
  const rest = text.slice(thanks);
  const skipped = rest.length - rest.trimStart().length;
  return [
    { kind: 'commentary', text: text.slice(0, thanks), from: 0, to: thanks },
    ...(rest.trim()
      ? classifyCitations(rest.trimStart()).map((segment) => ({
          ...segment,
          from: segment.from + thanks + skipped,
          to: segment.to + thanks + skipped,
        }))
      : []),
  ];
}

/**
 * The note's citations: a bracket in the author's words that holds citations (classify/bracketed-citations.ts) is
 * read apart from the words around it, each run cut by the rules below.
 */
function classifyCitations(text: string): Segment[] {
  const brackets = citationBrackets(text);
  if (brackets.length === 0) return classifyRun(text);
  const segments: Segment[] = [];
  const read = (from: number, to: number, inBracket: boolean) => {
    const run = text.slice(from, to);
    const lead = run.length - run.trimStart().length;
    if (!/\p{L}/u.test(run)) return;
    for (const segment of classifyRun(run.trim())) {
      const moved = { ...segment, from: segment.from + from + lead, to: segment.to + from + lead };
      // A short form in the bracket, or in the author's words around it (`They call it the ‘Gull View’ (…)`), counts
      // only if it names a work cited before; all the bracket holds is read as in prose.
      segments.push({
        ...moved,
        ...(inBracket && moved.kind !== 'commentary' ? { inProse: true } : {}),
        ...(moved.kind === 'short' ? { weak: true } : {}),
      });
    }
  };
  let at = 0;
  for (const bracket of brackets) {
    read(at, bracket.start, false);
    read(bracket.inner.from, bracket.inner.to, true);
    at = bracket.end;
  }
  read(at, text.length, false);
  return segments;
}

function classifyRun(text: string): Segment[] {
  // (`… inspired by Ann Lee's article on “Tides,” …`: the owners named before the title are its authors.)
  return ownersIntoCitations(classifyParts(text), text);
}

function classifyParts(text: string): Segment[] {
  return splitCitations(text)
    .flatMap(splitQuotedIn)
    .map(dropSignal)
    .map(dropStrayQuote)
    .flatMap((part) => splitProjects(part, classifySegment) ?? classifySegment(part))
    .flatMap((segment) => splitRegnalStatute(segment, classifySegment))
    .flatMap((segment) => splitShortThenFull(segment, classifySegment))
    .flatMap(cutQuotedExcerpt)
    .flatMap((segment) => splitSessionLaws(segment, classifySegment))
    .flatMap((segment) => splitActSentence(segment, classifySegment))
    .flatMap(splitNamedInSentence)
    .flatMap(splitLeadIn)
    .flatMap(splitJoined)
    .flatMap(splitCommaJoined)
    .flatMap(splitEspecially)
    .flatMap(splitStatute)
    .flatMap(splitSecondAddress)
    .flatMap(splitAtInitials)
    .flatMap(splitJoinedUrls)
    .flatMap(splitProseAnchors)
    .flatMap(splitPronounWork)
    .flatMap(splitSecondImprint)
    .flatMap(splitBracketedIbid);
}
