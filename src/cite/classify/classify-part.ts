/**
 * Says what one part of a note (cut at its semicolons) is: Ibid., a full citation, a short form or the
 * author's commentary, trying each rule that cuts a part further in turn; what a rule cuts off is
 * classified again.
 */
import { isRegnalAct } from '../regnal-act.js';
import { personalMessageEnd } from '../personal-message.js';
import { GERMAN_SHORT, germanLeadIn, isGermanNote, isGermanTitleShort } from '../german-note.js';
import { splitSowie } from './sowie.js';
import { isCrossReference } from './cross-reference.js';
import { isScriptureReference } from './scripture.js';
import { isStatuteProvisions } from './statute-provisions.js';
import { splitTitleAfterSentence } from './title-after-sentence.js';
import { isPartInShortBook } from './part-in-short-book.js';
import { isGermanOnline } from '../german-online.js';
import { isGermanLegal, legalLeadIn } from '../german-law.js';
import { splitOnlineThenProse } from './online-then-prose.js';
import { HEREAFTER, PROVISION_FIRST } from '../parse-full.js';
import { plain } from '../text.js';
import { addressAfterColon } from './address-after-colon.js';
import { addressLeadIn } from './address-lead-in.js';
import { citedFor } from './cited-for.js';
import { colonLeadIn } from './colon-lead-in.js';
import { isCommaLessProse } from './comma-less-prose.js';
import { isDatedMention } from './dated-mention.js';
import { splitFullAtSentence } from './full-at-sentence.js';
import { ADDRESS, looksLikeFull } from './full.js';
import { glossedShort } from './glossed-places.js';
import { provisionWithHeading } from './provision-heading.js';
import { QUOTED_WORD_REMARK } from './quoted-word-remark.js';
import { IBID, LEADING_IBID, TRAILING_IBID, isIbid } from './ibid.js';
import { ONLY_URLS } from './only-urls.js';
import { looksLikeProse, looksLikeRemark, opensWithProse } from './prose.js';
import { splitProse } from './prose-then-citation.js';
import { splitAtSignal } from './prose-then-signal.js';
import { QUOTATION_THEN_CITATION, isQuotation } from './quotation.js';
import { quotationInSource } from './quotation-in-source.js';
import { type Part, type Segment, wordsThenFull } from './segment.js';
import { isIssuesOnly, opensWithDate } from './same-work-again.js';
import { shortThenRemark } from './short-then-remark.js';
import { splitShortThenSentence } from './short-then-sentence.js';
import { isTitleInContainer } from './title-in-container.js';
import { CASE_REPEAT, looksLikeShortForm } from './short.js';
import { NOTE_REFERENCE_SHORT } from '../note-reference.js';
import { isNamesAndYear } from './names-and-year.js';
import { isYearFirstArticle } from '../year-first-article.js';
import { ACT_WITH_YEAR } from './act-with-year.js';
import { CASE_YEAR_FIRST } from './case-year-first.js';
import { dropSignal } from './signal.js';
import { isEuLegislation } from '../treaties.js';
import { collapse } from '../text.js';
import { splitQuotingBracket } from './quoting-bracket.js';
import { seriesAfterSentence } from '../volume-series.js';

/** Names, then `op. cit.`, `loc. cit.` or German `a.a.O.` alone: `Chen, loc. cit.`, `Lee and Chen, op. cit.` */
const NAMES_THEN_CITED =
  /^\p{Lu}[\p{L}'’-]*(?:\s+(?:and|&|\p{Lu}[\p{L}'’.-]*))*,?\s+(?:op\.\s*cit|loc\.\s*cit|a\.\s?a\.\s?O)\.?[.\s]*$/u;

/** One part of a note, classified; the rules that cut it call back here for what they cut off. */
export function classifySegment(part: Part): Segment[] {
  const segments = classifyPart(part);
  // `…; June 3, 1883, 5.`: a further place in the work cited before it (same-work-again.ts), when it reads as one citation.
  if (opensWithDate(part.text) && segments.length === 1 && segments[0].kind !== 'commentary') segments[0].again = true;
  return segments;
}

function classifyPart(part: Part): Segment[] {
  const { text, from, to } = part;
  if (isIbid(text)) return [{ kind: 'ibid', text, from, to }];
  // `See chapter 3.`, `Siehe Kapitel 2.2.2.`: a pointer to the book's own place (cross-reference.ts).
  if (isCrossReference(text)) return [{ kind: 'commentary', text, from, to }];
  // `Vgl. § 87a UrhG.`, `Art. 6 Abs. 1 lit. a DSGVO.`: provisions of statutes, in German law no work cited (statute-provisions.ts).
  if (isStatuteProvisions(text)) return [{ kind: 'commentary', text, from, to }];
  // `Deut 6:4-5`, `See 1 Cor 13:4–7 (NRSV).`: the Bible by book, chapter and verse, cited by no edition (scripture.ts).
  if (isScriptureReference(text)) return [{ kind: 'commentary', text, from, to }];
  // `Lee, Letter IV (1770), in *Letters*, 43.`: a part of a book cited before, by its short title (part-in-short-book.ts).
  if (isPartInShortBook(text)) return [{ kind: 'short', text, from, to }];
  // `Lee, supra note 3, at 192 (quoting Chen, *Salt* 4 (1990))`: a work, and the one its bracket quotes (quoting-bracket.ts).
  const quoting = splitQuotingBracket(part, classifySegment);
  if (quoting) return quoting;
  // `Lee (n 4) 12`, `Interview with Lee (n 4) 12`: a pointer back at an earlier note makes a short form.
  if (NOTE_REFERENCE_SHORT.test(text)) return [{ kind: 'short', text, from, to }];
  // `Ann Lee (1987)`, `Lee: 2004`: a work by its names and year alone, author-date's short form (names-and-year.ts).
  if (isNamesAndYear(text)) return [{ kind: 'short', text, from, to }];
  // `Chen, loc. cit.`, `Lee, op. cit.`, `Vogt, a.a.O.`: the author's work cited before, no page given.
  if (NAMES_THEN_CITED.test(text.trim())) return [{ kind: 'short', text, from, to }];
  // `Lee, ‘Salt’ (1997) 31 Shore Law Review 183, 190`, `Harbour Act 1999, s 4`, `*Lee v Chen* [2004] UKHL 12`: an
  // article or a case cited year first, an Act by its short title and year (OSCOLA), are full citations.
  // (`12 George II, c. 7.`: a statute by its regnal year and chapter, regnal-act.ts.)
  // (An act of the Union with its Official Journal, however long its title runs in lower case, treaties.ts.)
  if (
    isYearFirstArticle(text) ||
    ACT_WITH_YEAR.test(text) ||
    CASE_YEAR_FIRST.test(text) ||
    isRegnalAct(text) ||
    isEuLegislation(collapse(text))
  )
    return [{ kind: 'full', text, from, to }];
  if (isIssuesOnly(text)) return [{ kind: 'commentary', text, from, to }];
  // `Pennick, Orla: Die Fähre. Bremen 1966, S. 6, sowie Lee, Ann: …`: two works of a German note (sowie.ts).
  const joined = splitSowie(part, classifySegment);
  if (joined) return joined;
  // `Pennick, Orla: Die Fähre. Neustadt an der Weser 1966, S. 6.`: a German note's full citation (german-note.ts),
  // perhaps after the author's words and the signal (`Vgl. zum ganzen Abschnitt Pennick, Orla: …`).
  // (`Lee: Tides, 2015, S. 41 f.`: Zotero's German short form, german-note.ts.)
  // (`Vgl. Lee, NJW 2020, 1417 (1419)`, `BGH, Urt. v. 12.3.2019 – VI ZR 123/18`: a German legal note, german-law.ts.)
  if (isGermanNote(text) || isGermanLegal(text)) return [{ kind: 'full', text, from, to }];
  // `Vgl. zur Auslegung: Lee, in: Chen, KaiG, § 4 Rn. 10`: the author's words and a colon before a legal citation.
  const legal = legalLeadIn(text);
  if (legal !== undefined) return wordsThenFull(part, legal);
  if (isGermanTitleShort(text)) return [{ kind: 'short', text, from, to }];
  const lead = germanLeadIn(text);
  const cited = lead ? text.slice(lead) : '';
  const german = lead
    ? isGermanNote(cited) || isGermanLegal(cited)
      ? 'full'
      : GERMAN_SHORT.test(cited) || isGermanTitleShort(cited)
        ? 'short'
        : undefined
    : undefined;
  if (lead && german) {
    const words = text.slice(0, lead).trim();
    const before = { text: words, from, to: from + words.length };
    return [
      // (`Lee 2009, S. 56. Mitunter … Siehe …`: a short form may close its sentence before the author's.)
      ...(splitShortThenSentence(before, classifySegment) ?? [{ kind: 'commentary' as const, ...before }]),
      { kind: german, text: cited, from: from + lead, to },
    ];
  }
  // `Ann Lee, email message to author, October 1, 2019.`: a personal communication (personal-message.ts).
  const message = personalMessageEnd(text);
  if (message !== undefined) {
    const rest = text.slice(message).trim();
    return [
      { kind: 'full', text: text.slice(0, message), from, to: from + message },
      ...(rest ? classifySegment({ text: rest, from: to - rest.length, to }) : []),
    ];
  }
  // `Tides, in: Harbour Wiki, 27.04.2020. Online: <…>. Der Artikel ist kurz.` (online-then-prose.ts).
  const online = splitOnlineThenProse(part, classifySegment);
  if (online) return online;
  const signalled = splitAtSignal(part, classifySegment);
  if (signalled) return signalled;
  // `Lee cites the ledgers. *Salt Roads*, 215–17.`: a short title as a sentence of its own (title-after-sentence.ts).
  const titled = splitTitleAfterSentence(part, classifySegment);
  if (titled) return titled;
  // (`Tides, in: Harbour Wiki, 27.04.2020. Online: <…>`: a German note's web page, german-online.ts.)
  if (isGermanOnline(text)) return [{ kind: 'full', text, from, to }];
  const leading = LEADING_IBID.exec(text);
  if (leading && IBID.test(leading[1])) {
    const restFrom = from + leading[0].length;
    return [
      { kind: 'ibid', text: leading[1], from, to: from + leading[1].length },
      ...classifySegment(dropSignal({ text: text.slice(leading[0].length), from: restFrom, to })),
    ];
  }
  if (new RegExp(String.raw`^${HEREAFTER}\b`, 'i').test(text)) return [{ kind: 'commentary', text, from, to }];
  if (ONLY_URLS.test(text)) return [{ kind: 'full', text, from, to }];
  // `Harbour Board Report, 12–13, § 50 (limiting the licence to residents)`: places glossed by the author (glossed-places.ts).
  const glossed = glossedShort(part, classifySegment) ?? provisionWithHeading(part, classifySegment);
  if (glossed) return glossed;
  const quotation = QUOTATION_THEN_CITATION.exec(text);
  if (quotation && isQuotation(quotation[1])) {
    // `“The port was closed for a year.” Ann Lee, *Salt Roads* (…)`: the author quotes, then cites.
    const restFrom = from + quotation[0].length;
    return [
      { kind: 'commentary', text: quotation[1], from, to: from + quotation[1].length },
      ...classifySegment({ text: text.slice(quotation[0].length), from: restFrom, to }),
    ];
  }
  if (isQuotation(text)) return [{ kind: 'commentary', text, from, to }];
  const source = quotationInSource(text);
  if (source) {
    const rest = text.slice(source.start);
    return [
      { kind: 'commentary', text: source.quotation, from, to: from + source.quotation.length },
      ...classifySegment({ text: rest, from: from + source.start, to }),
    ];
  }
  const colon = colonLeadIn(text);
  if (colon !== undefined) {
    const prose = text.slice(0, colon).trimEnd();
    const rest = text.slice(colon).trimStart();
    return [
      { kind: 'commentary', text: prose, from, to: from + prose.length },
      ...classifySegment({ text: rest, from: to - rest.length, to }),
    ];
  }
  // `Lee, ‘Salt Roads’. The map is lost.`: a short form closing its sentence, then the author's (short-then-sentence.ts).
  const remarked =
    shortThenRemark(part) ?? splitShortThenSentence(part, classifySegment) ?? citedFor(part, classifySegment);
  if (remarked) return remarked;
  // `… never passed. 17 *Shore Reports* (Lee) xii (1879)`: a series' volume, name and page after the author's sentence.
  const series = seriesAfterSentence(text);
  if (series !== undefined) {
    const before = text.slice(0, series).trimEnd();
    return [
      ...classifySegment({ text: before, from, to: from + before.length }),
      { kind: 'full', text: text.slice(series), from: from + series, to },
    ];
  }
  const prose = !TRAILING_IBID.test(text) && opensWithProse(text);
  if (prose && !ADDRESS.test(text))
    return splitProse(part, classifySegment) ?? [{ kind: 'commentary', text, from, to }];
  // `Lee v. Chen, 156 F.3d at 14`, `Lee, 156 F.3d at 14`: a case's repeat cites its page `at`, never its first page.
  if (CASE_REPEAT.test(plain(text))) return [{ kind: 'short', text, from, to }];
  const pointer = addressAfterColon(text);
  if (pointer !== undefined) return wordsThenFull(part, pointer);
  const leadIn = addressLeadIn(text);
  if (leadIn) {
    const prose = text.slice(0, leadIn.start).trim();
    const work = text.slice(leadIn.start, leadIn.end).trim();
    const rest = text.slice(leadIn.end);
    return [
      { kind: 'commentary', text: prose, from, to: from + prose.length },
      ...classifySegment({ text: work, from: from + leadIn.start, to: from + leadIn.start + work.length }),
      ...(rest.trim() ? classifySegment({ text: rest.trim(), from: to - rest.trim().length, to }) : []),
    ];
  }
  // The author's sentences, then a citation that gives an address.
  const afterProse = prose ? splitProse(part, classifySegment) : undefined;
  if (afterProse) return afterProse;
  if (isCommaLessProse(text)) return [{ kind: 'commentary', text, from, to }];
  // `She cut a woodblock print called *Quay at Dusk* (1935).`: a work the sentence is about (dated-mention.ts).
  if (isDatedMention(text)) return [{ kind: 'commentary', text, from, to }];
  // (`Lee et al., “The Harbour Project,” *Shore Review*.`: a part and what holds it, a full citation without its date.)
  if (looksLikeFull(text) || PROVISION_FIRST.test(text) || isTitleInContainer(text))
    return splitFullAtSentence(part, classifySegment) ?? [{ kind: 'full', text, from, to }];

  const trailing = TRAILING_IBID.exec(text);
  if (trailing && IBID.test(trailing[1])) {
    const split = from + trailing.index + trailing[0].indexOf(trailing[1]);
    const prose = text.slice(0, trailing.index + trailing[0].indexOf(trailing[1])).trimEnd();
    return [
      { kind: 'commentary', text: prose, from, to: from + prose.length },
      { kind: 'ibid', text: trailing[1], from: split, to },
    ];
  }
  if (looksLikeProse(text)) return splitProse(part, classifySegment) ?? [{ kind: 'commentary', text, from, to }];
  if (looksLikeRemark(text) || QUOTED_WORD_REMARK.test(text)) return [{ kind: 'commentary', text, from, to }];
  if (!looksLikeShortForm(text)) return [{ kind: 'short', text, from, to, weak: true }];
  return [{ kind: 'short', text, from, to }];
}
