/**
 * A full citation, as the manuscript writes it, into a CSL item (without id) and the cited place.
 * The grammar, in order: the authors (note order `First Last,` or bibliography order `Last, First.`);
 * the title, in quotes (“double”, ‘single’, "straight", 'straight') or italics, or a case name or an
 * interview; the container (`in *Book*`, `*Journal*`, a site's name); editors and translators; the
 * publication facts (`(Place: Publisher, Year)`, `31, no. 3 (1998): 23–41`, a date, `(PhD diss., …)`,
 * `MS 260`); then the cited place and the URL. The type follows from which of these are present
 * (see infer-type.ts); no publication's name is looked up.
 */
import { parseItalicAct } from './act-short-title.js';
import { parseBluebookBook } from './bluebook-book.js';
import { markBluebookPeriodical } from './bluebook-periodical.js';
import { parseClassicalWork } from './classical-work.js';
import { parseCodeAcronym } from './code-acronym.js';
import { parseCodeSection } from './code-section.js';
import { parseSignedTreaty } from './treaty-signed.js';
import { parseCourtDocument } from './court-document.js';
import { parseEuCase } from './eu-case.js';
import { parseCongressDocument } from './congress-document.js';
import { parsePublicLaw } from './public-law.js';
import { dropAddressLeadIn } from './address-lead-in.js';
import { addressToEnd } from './address-after-names.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from './note-text.js';
import {
  isOrganisation,
  isPersonList,
  isPersonName,
  parseNames,
  parseNoteNames,
  shortName,
  type CslName,
} from './names.js';
import { archiveOf, isRepository, parseShelfmarkItem } from './archive.js';
import { parseNamedManuscript } from './named-manuscript.js';
import { parseSessionLaws } from './session-laws.js';
import { parseStatuteCollection } from './statute-collection.js';
import { parseReportInSeries } from './report-in-journal.js';
import { parseActInStatutes } from './statutes-at-large.js';
import { parseVolumeSeries } from './volume-series.js';
import { parseVolumeParts } from './volume-parts.js';
import { parseEuLegislation, parseTreaty, parseTreatyName } from './treaties.js';
import { bodyThenTitle, isBodyName } from './body-then-title.js';
import { interviewee } from './interview-with.js';
import { parseLawReview } from './law-review.js';
import { parseYearFirstArticle } from './year-first-article.js';
import { inferType } from './infer-type.js';
import { issueAfterTitle, wholeIssue } from './journal-shape.js';
import { bracketedHandle, siteAfterNames } from './post.js';
import { parseHandlePost } from './handle-post.js';
import { parseSubVerbo } from './sub-verbo.js';
import { imprintAuthors } from './imprint-author.js';
import { selfTitled } from './self-titled.js';
import { withoutWrappingQuotes } from './quoted-italic.js';
import { imprintInItalics } from './imprint-in-italics.js';
import { authorBeforeBook, unmarkedBookAfterIn } from './book-after-in.js';
import { partBeforeBook, yearAloneInItalics } from './split-runs.js';
import { pagesAfterBook } from './both-in.js';
import { letterIntoItalics } from './letter-outside-italics.js';
import { CONTRIBUTOR_PHRASE } from './contributor-phrase.js';
import { parseDescribedPart } from './described-part.js';
import { parseGermanNote } from './german-note.js';
import { parseGermanOnline } from './german-online.js';
import { parseGermanLegal } from './german-law.js';
import { parsePersonalMessage } from './personal-message.js';
import { parseLetter } from './letter.js';
import { joinBrokenAddress } from './broken-address.js';
import { siteDate } from './site-date.js';
import { subjectBeforeSee } from './subject-before-see.js';
import { siteBeforeAddress } from './site-before-address.js';
import { abbreviatedName } from './abbreviated-name.js';
import { thesisAfterPart } from './part-of-thesis.js';
import { secondPartFollows, withoutSecondPart } from './paired-parts.js';
import { dropLeadingProse, hasProse } from './lead-prose.js';
import { parseRegnalAct } from './regnal-act.js';
import { markPlatformSite } from './platform-site.js';
import { nestStraightQuotes } from './nested-quote.js';
import { markUnmarkedBookTitle } from './unmarked-title.js';
import { markUnmarkedSiteTitle } from './unmarked-site.js';
import { markUnsignedSubtitledTitle } from './unsigned-subtitled.js';
import { markTitleBeforeSite } from './title-before-site.js';
import { markFrontMatterPart } from './front-matter-part.js';
import { markUnmarkedArticleTitle } from './unmarked-article.js';
import { yearsListed } from './years-listed.js';
import { markUnmarkedPartTitle } from './unmarked-part.js';
import { markBookAfterEditors } from './book-after-editors.js';
import { printedIn } from './printed-in.js';
import { parseDetails, type Details } from './details.js';
import { shareBook } from './shared-book.js';
import { authorDate } from './author-date.js';
import { MONTHS, MONTH_WORD, collapse, findDate, plain, trimTitle, withInlineUrls, firstAddress } from './text.js';

/** Words that lead in to an address (`See https://…`, `Source: https://…`): never a site's name. */
const LEAD_WORDS =
  /^(?:see(?:\s+also)?|cf\.?|sources?:?|available(?:\s+at)?:?|online:?|retrieved(?:\s+from)?:?|via|from|at)$/i;
/** The lower-case words of a body's name (`Office for Tides and Salt`, `Friends of the Quay`). */
const BODY_LINK = /^(?:the|and|for|of|on|in|with|from|to|at)$/;
/** A CSL item before it has an id. */
export interface WorkFields {
  type: string;
  [field: string]: unknown;
}

/** `hereafter`, `hereinafter`, `henceforth`: the words that announce a work's short title. */
export const HEREAFTER = '(?:here(?:in)?after|henceforth)';

/**
 * `(hereafter cited as *Songs*)`, `hereafter LM`, the Bluebook's `[hereinafter Songs]`, `Henceforth cited as 'D'.`: the
 * short title the author announces for a work.
 */
export function hereafterTitle(text: string): string | undefined {
  const match = new RegExp(
    String.raw`\b${HEREAFTER}(?:\s+(?:cited|referred\s+to)\s+as)?\s+([^)\]]*?)\s*(?:[)\]]|[.]?\s*$)`,
    'i',
  ).exec(text);
  const title = match ? trimTitle(plain(match[1])) : '';
  return title && title.split(/\s+/).length <= 8 ? title : undefined;
}

export interface FullCitation {
  item: WorkFields;
  locator: string | null;
  /** `et al.` followed the first author: the other authors are not named. */
  etAl: boolean;
  /** The short title announced by `hereafter`. */
  hereafter?: string;
  /** Its book's or issue's facts were read from the citation after it (shared-book.ts), none given by itself. */
  shared?: boolean;
}

const PERSON_PREFIX = /^([\p{L}' ’-]+, \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)\.\s+/u;
const STARTS_WITH_MONTH = new RegExp(`^(?:${MONTHS.join('|')})\\b`, 'i');
/** A company's suffix after a comma, part of a party's name: `Shore Studios, Inc.`, `Tide Co., Ltd.` */
const COMPANY_SUFFIX = String.raw`,\s*(?:Inc|Ltd|Co|Corp|LLC|L\.L\.C|LLP|L\.P|N\.A|S\.A|plc|PLC|P\.C)\.?`;
/** `Ames v. Brook`, `Ames v Brook`, `R v Ames`: a case name. */
// (`Ex parte Lee, 71 U.S. 2 (1866)`, `In re Lee, …`: a case of one party, named so only before its law report.)
const CASE_NAME = new RegExp(
  String.raw`^(?:\uE000)?((?:[\p{Lu}][\p{L}'’.&-]*(?:${COMPANY_SUFFIX})?\s+)*?[\p{Lu}][\p{L}'’.&-]*(?:${COMPANY_SUFFIX})?\s+v\.?\s+[\p{Lu}]` +
    String.raw`(?:[^,\uE001(]|${COMPANY_SUFFIX}(?=[\s,\uE001]))*?|(?:Ex\s+[Pp]arte|In\s+re)\s+\p{Lu}[^,\uE001(]*?(?=\uE001?,\s*\d+\s+\p{Lu}))(?:\uE001\.?)?(?=,(?!${COMPANY_SUFFIX.slice(1)}(?=[\s,\uE001]))|\s*\(|\s*\[|$)`,
  'u',
);
const INTERVIEW = /^(?:(?:unpublished\s+)?interview|interviewed)\b/i;

/**
 * The author's words before a signal inside the citation: `On the word *polis*, see Ann Lee, …` (prose, possibly
 * with italics, then `see`). A lead-in opens with a capital and has lower-case words; names never do.
 */
const LEAD_IN = new RegExp(
  String.raw`^\p{Lu}[^“"‘;]{0,200}?[\s,](?:see|cf\.)(?:\s+also)?(?:,?\s+(?:for\s+(?:example|instance)|e\.g\.` +
    String.raw`|especially))?[,:]?\s+(?=[\p{Lu}\uE000“"‘])`,
  'u',
);

function dropLeadIn(text: string): string {
  const lead = LEAD_IN.exec(text);
  if (!lead) return text;
  const words = plain(lead[0]).split(/\s+/);
  if (words.filter((word) => /^\p{Ll}{3,}/u.test(word)).length < 2) return text;
  // `Note that Ann Lee proposed a levy, see ‘Tides’, …`: the sentence's subject wrote the work (subject-before-see.ts).
  const rest = text.slice(lead[0].length);
  const subject = subjectBeforeSee(plain(lead[0]), rest);
  return subject ? `${subject}, ${rest}` : rest;
}

/**
 * `following`: the full citation after this one in the same note, whose book or issue this one may share
 * (shared-book.ts).
 */
/**
 * `…, 640–50, quoted on 644.`, `…, 2:733–34, qtd. on 2:744`: where the quotation stands, after the work's pages or the
 * places cited. It is the place cited only when nothing else is (an article's pages are its extent).
 */
const QUOTED_ON = /,?\s*(?:quoted|qtd\.)\s+(?:on|at)\s+(?:pp?\.\s*)?(\d+(?::\d+)?(?:\s*[-–]\s*\d+)?)[\s.]*$/i;

export function parseFullCitation(source: string, following?: string): FullCitation {
  const quoted = QUOTED_ON.exec(source);
  if (quoted) {
    const cited = parseFullCitation(source.slice(0, quoted.index), following);
    return cited.locator ? cited : { ...cited, locator: quoted[1] };
  }
  // (`http://shore.example. org/…`: an address broken by a space is joined first, broken-address.ts.)
  // (`“Rivers,” 48–60, both in *Essays* (…)`: the part's pages read after its book's facts, both-in.ts.)
  const own = parsedOnce(joinBrokenAddress(pagesAfterBook(source)));
  // The Bluebook's short title announced in square brackets after any form of citation (`… (2010) [hereinafter Songs]`).
  const announced = /\[hereinafter\s/i.test(source) ? hereafterTitle(source) : undefined;
  if (announced && !own.hereafter) own.hereafter = announced;
  return following === undefined
    ? own
    : shareBook(source, own, () => parsedOnce(joinBrokenAddress(pagesAfterBook(following))), following);
}

/**
 * Citations already parsed, by their text. The resolver parses most full citations twice (as a possible shortened
 * repeat, then as the work's first citation) and again as the citation after another, whose book it may share; the
 * parse is a function of the text alone. Each caller gets its own copy, which it may change.
 */
const parsedCitations = new Map<string, FullCitation>();

function parsedOnce(source: string): FullCitation {
  let parsed = parsedCitations.get(source);
  if (!parsed) {
    if (parsedCitations.size > 5_000) parsedCitations.clear();
    parsed = parseCitation(source);
    parsedCitations.set(source, parsed);
  }
  return structuredClone(parsed);
}

/** Where the space left out between an imprint's place and its year falls: `(Hull2016)`. */
export const IMPRINT_RUN_TOGETHER = /(?<=\(\p{Lu}[\p{Ll}.]+)(?=(?:1[5-9]|20)\d\d\))/gu;

function parseCitation(source: string): FullCitation {
  // `Ann Lee, introduction to *Tides* (…)`, `Ann Lee, review of *Tides*, by Bo Chen, *Shore Review* 6 (…)`: read before
  // the author's words are dropped from the front, which would take the description for them (described-part.ts).
  const described = parseDescribedPart(collapse(source), parseCitation);
  if (described) return described;
  // `Pennick, Orla: Die Fähre. Neustadt an der Weser 1966, S. 6.`: a German note (german-note.ts).
  // (`Lee, Ann: Tides, in: Harbour Blog, 17.06.2015. Online: <…>`: a German note's web page, german-online.ts.)
  // (`Lee, NJW 2020, 1417 (1419)`, `BGH, Urt. v. 12.3.2019 – VI ZR 123/18`: a German legal note, german-law.ts.)
  const german =
    parseGermanNote(collapse(source)) ?? parseGermanOnline(collapse(source)) ?? parseGermanLegal(collapse(source));
  if (german) return german;
  // (`Ann Lee, with an essay by Bo Chen, *Tides*`: a contributor of the book is not its author, contributor-phrase.ts.)
  const text = collapse(
    addressToEnd(
      markPlatformSite(
        dropLeadingProse(dropLeadIn(dropAddressLeadIn(nestStraightQuotes(source.replace(CONTRIBUTOR_PHRASE, ''))))),
      ),
    )
      // `41.2 (3 March 2015 )`, `( 2016)`: a space typed inside a date's brackets is no part of the date.
      .replace(/(?<=\()\s+(?=\d)|(?<=\d)\s+(?=\))/g, '')
      // `(Hull2016)`: a place and year typed together in the imprint's brackets.
      .replace(IMPRINT_RUN_TOGETHER, ' ')
      // `Report of the Harbour Board (1802, 1806, etc.)`: a serial's years listed, the first dating it (years-listed.ts).
      .replace(...yearsListed())
      // `*“Tides*: A History,”`: italics opened before a quote that closes after them are a slip; the quotes mark the title.
      .replace(
        new RegExp(`${EMPHASIS_OPEN}(([“"])[^${EMPHASIS_CLOSE}“”"]*)${EMPHASIS_CLOSE}(?=[^“”"]*[”"])`, 'g'),
        (whole, inner: string, quote: string, at: number, all: string) =>
          all.indexOf(quote === '“' ? '”' : '"', at + whole.length) >= 0 ? inner : whole,
      )
      // `*Tides in* *Harbour Lives* *2001*`: a run of italics ending in `in` before another is a part's title, the
      // next its book's (split-runs.ts).
      .replace(...letterIntoItalics())
      .replace(...partBeforeBook())
      .replace(...yearAloneInItalics())
      // `*The* *Daily Lamp*`, `*T**he Book*`: one title set in two runs of italics.
      .replace(new RegExp(`${EMPHASIS_CLOSE}(\\s*)${EMPHASIS_OPEN}`, 'g'), '$1')
      // Asterisks left inside a word when the Markdown could not pair them (`*T**he Book*`) are no part of it.
      .replace(/(\p{L})\*\*(?=\p{L})/gu, '$1')
      // `10*.*5`, `Bruno*,* Ann`, `*'*Tides'`: a punctuation mark alone between asterisks the Markdown left as text
      // is that mark.
      .replace(/\*([.,:;‘’'“”"])\*/g, '$1')
      // `Ann Lee*, Salt Roads*, Hull`: a pair of asterisks the Markdown left as text are italics, unless they stand
      // inside a quoted title (`“The tide came *much* further”`, as written).
      .replace(
        /^([^*]*?)\*(,\s*)?([^*\uE000\uE001]+?)([,.]?)\*([^*]*)$/u,
        (whole, before: string, ...parts: string[]) =>
          insideQuotes(before)
            ? whole
            : `${before}${parts[0] ?? ''}${EMPHASIS_OPEN}${parts[1]}${EMPHASIS_CLOSE}${parts[2]}${parts[3]}`,
      )
      .replace(new RegExp(`${EMPHASIS_OPEN}\\s*(et al\\.?)\\s*${EMPHASIS_CLOSE}`, 'g'), '$1')
      // `(hereafter cited as *Songs*)`, `; hereafter *Songs*`: the author's short title, not a fact of the work.
      .replace(/[([,;]?\s*\bhere(?:in)?after(?:\s+(?:cited|referred\s+to)\s+as)?\s+[^)\]]*?(?:[)\]]|(?=[.]?\s*$))/i, '')
      // `"Ann Lee et al., "Tides,"`: a stray quote before the names; the title's own quotes follow them.
      .replace(/^"([^"“”]{3,80}?,)\s*(?="\p{Lu})/u, (whole, names: string) =>
        isPersonList(names) ? `${names} ` : whole,
      ),
  );
  const legal =
    parseClassicalWork(text) ??
    parseNamedManuscript(text) ??
    parseEuCase(text) ??
    parseCourtDocument(text) ??
    parseCase(text) ??
    parseEuLegislation(text) ??
    parseTreaty(text) ??
    parseSignedTreaty(text) ??
    parseStatuteCollection(text) ??
    parseCodeSection(text) ??
    parseCodeAcronym(text) ??
    parseItalicAct(text) ??
    parseUnmarkedAct(text) ??
    parseRegnalAct(text) ??
    parseSessionLaws(text) ??
    parsePublicLaw(text) ??
    parseLawReview(text) ??
    parseCongressDocument(text) ??
    parseBluebookBook(text) ??
    parseYearFirstArticle(text) ??
    parseReportInSeries(text) ??
    parseActInStatutes(text) ??
    parseVolumeSeries(text) ??
    parseVolumeParts(text) ??
    parseTreatyName(text);
  if (legal) return legal;
  // (`Ann Lee, email message to author, October 1, 2019.`: a personal communication, personal-message.ts.)
  const letter = parseLetter(text, parseCitation) ?? parsePersonalMessage(text);
  if (letter) return letter;
  const dated = authorDate(text);
  if (dated) {
    const work = parseCitation(dated.text);
    if (!work.item.issued) work.item.issued = { 'date-parts': [[dated.year]] };
    return work;
  }
  const marked = printedIn(
    markBookAfterEditors(
      markUnmarkedPartTitle(
        markUnmarkedArticleTitle(
          markUnmarkedBookTitle(
            markUnmarkedSiteTitle(
              markUnsignedSubtitledTitle(markTitleBeforeSite(markBluebookPeriodical(markFrontMatterPart(text)))),
            ),
          ),
        ),
      ),
    ),
  );
  if (marked !== text) return parseCitation(marked);
  const shelved = parseShelfmarkItem(text) ?? parseSubVerbo(text);
  if (shelved) return shelved;

  const interviewed = parseUntitledInterview(text);
  if (interviewed) return interviewed;
  // `@tidewatcher, Chirper post, 4 May 2019, …`: a post known by its handle alone (handle-post.ts).
  const handled = parseHandlePost(text);
  if (handled) return handled;

  const head = splitHead(text);
  // `Lee, Ann. Chirper. “Title.”`: a post's site where a handle would stand.
  const site = siteAfterNames(head.authors, head.rest);
  const bracketed = bracketedHandle(site?.names ?? head.authors);
  let authorsText = cleanAuthors(bracketed?.names ?? site?.names ?? head.authors);
  // `Shore Trust ‘works with harbours and their towns’ https://…`: words quoted in lower case straight after the
  // name, no comma between, are the source's own words, not a title.
  const quotation =
    head.titleStyle === 'quoted' && /^\p{Ll}/u.test(head.title ?? '') && /\p{L}\s*$/u.test(head.authors);
  let title = quotation ? undefined : head.title;
  let titleStyle = head.titleStyle;
  let container = head.container;
  // `“Tides at Dawn” & “Salt at Noon” in *Harbour Lives*`: the second part's title is no fact of their book.
  let rest = titleStyle === 'quoted' ? withoutSecondPart(head.rest) : head.rest;
  // `“The Night Ferry,” “Keepers of the Quay,” PhD diss.`: a thesis's chapter, then the thesis, cited by their titles.
  const thesis = titleStyle === 'quoted' && title ? thesisAfterPart(rest) : undefined;
  if (thesis) {
    title = thesis.title;
    rest = thesis.rest;
  }
  let interview = false;
  // `“To Do Right by the Quay”: The Harbour Master’s Book (Hull, 2008)`: a book's title opening with a quotation.
  const subtitle = titleStyle === 'quoted' ? /^:\s*(\p{Lu}[^()“"‘\uE000\uE002]*?)\s*(?=\()/u.exec(rest) : null;
  if (subtitle) {
    const quoted = text.slice(head.authors.length, text.length - rest.length).trim();
    title = trimTitle(`${quoted}: ${subtitle[1]}`);
    titleStyle = 'italic';
    rest = rest.slice(subtitle[0].length);
  }

  // `Emrys Ames, interview by Bo Chen, *Paper*, May 4, 1982.`: the interview is the title.
  const parts = authorsText.split(/,\s*/);
  const interviewAt = parts.findIndex((part, index) => index > 0 && INTERVIEW.test(part.trim()));
  // `Ames, Emrys. Interview with Bo Chen. *Paper*, …` (bibliography order).
  const bibInterview = /^(.*?\.)\s+((?:unpublished\s+)?interview(?:ed)?\s+(?:with|by)\b.*?)\.?\s*$/i.exec(authorsText);
  if (interviewAt <= 0 && bibInterview && titleStyle === 'italic') {
    interview = true;
    container = title;
    title = trimTitle(bibInterview[2]);
    titleStyle = 'plain';
    authorsText = bibInterview[1];
  }
  if (interviewAt > 0 && titleStyle === 'italic') {
    interview = true;
    container = title;
    title = trimTitle(parts.slice(interviewAt).join(', '));
    titleStyle = 'plain';
    authorsText = `${parts.slice(0, interviewAt).join(', ')},`;
  }
  // `Interview with Emrys Ames, ‘On the Quays’ (4 May 1982)` (OSCOLA): the person interviewed is the author.
  const interviewedPerson = titleStyle === 'none' ? undefined : interviewee(authorsText);
  if (interviewedPerson !== undefined) {
    interview = true;
    authorsText = interviewedPerson;
  }
  // A title followed by a comma (`“Title,”`, `‘Title’,`) is a note's; a full stop, a bibliography's.
  const titleComma = (titleStyle === 'quoted' && /^\s*,/.test(rest)) || head.titleComma === true;
  // Names with no comma and no closing word's full stop (`A. Lee and B. Chen “Tides,”`, `Ann Lee, ed. *Songs*`)
  // are in note order with the comma forgotten: a bibliography inverts the first name with a comma.
  const namesOnly = authorsText.trim().replace(/,?\s*\beds?\.$/, '');
  const commaForgotten =
    /\s/.test(namesOnly) && !namesOnly.includes(',') && !/\p{L}{2,}\.$/u.test(namesOnly) && /^\p{Lu}/u.test(namesOnly);
  const noteOrder = /,\s*$/.test(authorsText) || (!authorsText.trim() && titleComma) || commaForgotten;
  let names = noteOrder ? parseNoteNames(authorsText) : parseNames(authorsText);
  // `Shore Watch Lab, https://…`: a site's name and its address alone; the name is the page's title.
  const addressOnly = new RegExp(`^[\\s,.]*${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE}[\\s.,]*$`);
  let siteYear: number | undefined;
  if (!title && titleStyle === 'none' && addressOnly.test(rest)) {
    // `Ann Lee et al., Shore Atlas, 2017–2020, https://…`: the site's year, or the span it was kept, before its address.
    // (A span is read before the names are cleaned of a person's life dates, which takes it.)
    const dated = siteDate(plain(authorsText));
    siteYear = dated?.year ?? siteDate(plain(bracketed?.names ?? site?.names ?? head.authors))?.year;
    // `An annotated version appears on Shore Notes, https://…`: the site's name after the author's words.
    const name = trimTitle(dated ? dated.name : plain(authorsText)).replace(
      /^\p{Lu}.*\s(?:on|at|via)\s+(?=\p{Lu})/u,
      (lead) => (hasProse(lead) ? '' : lead),
    );
    // `Ann Lee, https://…`: a page named by its author alone (unless the address's host spells a word of the name:
    // a site called `Harbour Lights` at `harbourlights.example` or `harbour.example`); `Ann Lee et al., Shore Atlas, https://…`: its authors,
    // then its title. (`Ann Lee, Shore Atlas` could be two persons or a person and a title: it stays the title.)
    const byline = /^([^,]+?\bet al\.?),\s*([^,]+)$/.exec(name);
    const host = (/^[a-z]+:\/\/([^/?#]+)/i.exec(rest.slice(rest.indexOf(URL_OPEN) + 1))?.[1] ?? '').toLowerCase();
    const spelled = name
      .toLowerCase()
      .split(/\s+/)
      .some((word) => word.replace(/[^a-z]/g, '').length >= 4 && host.includes(word.replace(/[^a-z]/g, '')));
    const bodyTitle = bodyThenTitle(name);
    if (name && !name.includes(',') && isPersonName(name) && !spelled) names = parseNoteNames(`${name},`);
    else if (bodyTitle && (name.split(/\s+/).length > 8 || /\d/.test(name))) {
      // (Short ones, `Shore Free School, About`, are a body's page, below.)
      title = bodyTitle.title;
      names = { ...names, names: [{ literal: bodyTitle.body }] };
    } else if (byline && isPersonList(byline[1]) && byline[2].split(/\s+/).length <= 8) {
      names = parseNoteNames(`${byline[1]},`);
      title = byline[2];
    } else if (
      name &&
      // `Shore Free Licence, Version 3, https://…`: a version's number is the title's; no other figures are.
      !/\d/.test(name.replace(/,?\s+(?:Version|v\.?)\s*\d+(?:\.\d+)*$/i, '')) &&
      name.split(/\s+/).length <= 8 &&
      !LEAD_WORDS.test(name)
    ) {
      title = name;
      names = { ...names, names: [] };
      // `Shore Free School, About, https://…`: the body, then its page's short title.
      const page = /^([^,]+),\s*([^,]+)$/.exec(name);
      if (page && isOrganisation(page[1]) && !isPersonName(page[1]) && page[2].split(/\s+/).length <= 4) {
        title = page[2];
        names = { ...names, names: [{ literal: page[1] }] };
      }
    }
  }
  // A bibliography lists an unsigned article under its publication: `The Daily Lamp. “Title,” May 4, 1982.`
  let publicationFirst: string | undefined;
  const only = names.names.length === 1 ? names.names[0].literal : undefined;
  if (
    !noteOrder &&
    only &&
    !container &&
    titleStyle === 'quoted' &&
    /\s/.test(only) &&
    !isOrganisation(only) &&
    !/^[—–-]+$/.test(only) &&
    findDate(plain(rest))?.parts.length === 3
  ) {
    publicationFirst = only;
    names = { ...names, names: [] };
  }

  let inBook = false;
  let bookEditors: CslName[] | undefined;
  // `*Tides*, in *Harbour Lives*`: a part in italics, then its book's (split-runs.ts).
  const italicPart = titleStyle === 'italic' && new RegExp(`^[\\s,]*in\\s+${EMPHASIS_OPEN}`).test(rest);
  if (!container && (titleStyle === 'quoted' || titleStyle === 'plain' || italicPart)) {
    const emphasis = new RegExp(
      `^([^${EMPHASIS_OPEN}]*?)${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]*)${EMPHASIS_CLOSE}`,
    ).exec(rest);
    // MHRA/OSCOLA's chapter: `‘Title’, in Ann Lee and Bo Chen (eds), *Book*, …`: the editors before the book.
    const editorsFirst = emphasis
      ? (/^[\s,.]*\b[Ii]n:?\s+([^()\d]+?)\s*\((?:[Ee]ds?|Hrsg|dir|coord)\.?\)[\s,.:]*$/.exec(plain(emphasis[1])) ??
        // Chicago's `in A and B, eds., *Book*`.
        /^[\s,.]*\b[Ii]n:?\s+([^()\d]+?),?\s+eds?\.[\s,.:]*$/.exec(plain(emphasis[1])))
      : null;
    // `“Tides” in Bo Chen, ed., Papers of the Shore Meeting (Hull, 1984), 13–54`: the book named without italics.
    const unmarkedBook = emphasis
      ? null
      : /^[\s,.]*\b[Ii]n:?\s+([^()\d“"‘]+?),?\s+(?:eds?\.|ed\.s),?\s+(\p{Lu}[^()“"‘]*?)\s*(?=\()/u.exec(plain(rest));
    // (An address after the book and its imprint is no part of them.)
    const unmarkedAfter = emphasis ? undefined : unmarkedBookAfterIn(rest);
    const bookAfterIn =
      unmarkedAfter && !rest.slice(0, unmarkedAfter.length).includes(URL_OPEN) ? unmarkedAfter : undefined;
    if (bookAfterIn) {
      container = bookAfterIn.container;
      inBook = true;
      bookEditors = bookAfterIn.editors;
      rest = ` ${rest.slice(bookAfterIn.length)}`;
    } else if (unmarkedBook && plain(rest) === rest) {
      container = trimTitle(unmarkedBook[2]);
      inBook = true;
      bookEditors = parseNoteNames(unmarkedBook[1]).names;
      rest = ` ${rest.slice(unmarkedBook[0].length)}`;
    } else if (emphasis && editorsFirst) {
      const imprint = imprintInItalics(emphasis[2]);
      container = trimTitle(imprint?.book ?? emphasis[2]);
      inBook = true;
      bookEditors = parseNoteNames(editorsFirst[1]).names;
      rest = `${imprint ? `, ${imprint.imprint}` : ' '}${rest.slice(emphasis[0].length)}`;
    } else if (emphasis && !/\d/.test(plain(emphasis[1])) && !/\(/.test(emphasis[1])) {
      const [name, moved] = numbersOutOfItalics(emphasis[2], rest.slice(emphasis[0].length));
      container = trimTitle(name);
      inBook = /\b[Ii]n:?\s*$/.test(plain(emphasis[1])) || authorBeforeBook(plain(emphasis[1]));
      rest = `${emphasis[1].replace(/\b[Ii]n:?\s*$/, '')} ${moved}`;
    }
  }
  if (/^\s*[“"‘]/.test(plain(rest)) && !title) titleStyle = 'none';

  const urls = [...rest.matchAll(new RegExp(`${URL_OPEN}([^${URL_CLOSE}]*)${URL_CLOSE}`, 'g'))].map(
    (match) => match[1],
  );
  const url = urls.at(-1)?.replace(/[.,]+$/, '');
  const details = collapse(plain(rest));
  // `Ann Lee, ‘Tides and Verse’, interviewed by Bo Chen, *Shore Review* …` (MHRA): an interview, titled.
  if (titleStyle === 'quoted' && /^[\s,]*interview(?:ed)?\s+(?:by|with)\s/i.test(details)) interview = true;

  const facts: Details = parseDetails(details, {
    noteOrder,
    titleStyle,
    hasContainer: Boolean(container),
    container,
    inBook,
  });
  if (siteYear !== undefined && !facts.issued) facts.issued = [siteYear];
  // `‘Shore Rights’, Government of Quayland, https://…`: the page's site named before its address, undated.
  const siteName =
    titleStyle === 'quoted' && !container && !facts.issued && !facts.publisher && facts.locator === undefined
      ? siteBeforeAddress(details, url)
      : undefined;
  if (siteName && !facts.container) facts.container = siteName;
  // `The standard source, a directory, identified the journals. See https://…`: a sentence of the author's, more
  // words than any list of names and three lower-case words of prose at least (not the linking words of a body's
  // name, `Staff of the Office for Tides and Salt`), where names would stand, names nobody.
  const words = plain(authorsText).split(/\s+/);
  const prose = words.filter((word) => /^\p{Ll}{3,}/u.test(word) && !BODY_LINK.test(word) && hasProse(word));
  const sentence = words.length > 8 && prose.length >= 3 && /\p{Ll}[.;]\s/u.test(plain(authorsText));
  const creators = sentence
    ? []
    : facts.editors?.length
      ? // (`John Muir, *John Muir: His Life and Letters*, ed. Terry Gifford`: a person's writings another edited.)
        imprintAuthors(names.names, facts.publisher)
      : selfTitled(imprintAuthors(names.names, facts.publisher), title, container ?? facts.container);
  if (facts.inBook) inBook = true;
  if (facts.container && !container) container = facts.container;
  // `Journal of Shore Studies 12, no. 3 (2010), special issue edited by …`: an issue cited whole, its journal unmarked.
  const issue =
    !title && !container && titleStyle === 'none' && !authorsText.trim() ? wholeIssue(plain(text)) : undefined;
  if (issue && facts.volume !== undefined) container = issue;
  if (publicationFirst && !container) container = publicationFirst;

  // `*The Daily Lamp*, May 4, 1882.`: an unsigned, untitled item of a newspaper named in italics with a day's date.
  const newspaperOnly =
    titleStyle === 'italic' && !creators.length && !container && facts.dayDate && !facts.place && !url;
  if (newspaperOnly) {
    container = title;
    title = undefined;
    delete facts.publisher;
  }

  // `*Shore Studies* 9, no. 3 (2008)`: a journal's whole issue in italics, no article's title before it.
  if (titleStyle === 'italic' && !creators.length && !container && title && issueAfterTitle(details)) {
    container = title;
    title = undefined;
  }

  const item: WorkFields = { type: 'webpage' };
  if (creators.length) item[names.editors ? 'editor' : names.translators ? 'translator' : 'author'] = creators;
  // (`*Tides*, directed by Ann Lee (Hull: Quay Films, 2019)`: a film's director, no author before it, its author.)
  else if (facts.directors?.length) item.author = facts.directors;
  if (title) item.title = title;

  const shape = {
    titleStyle,
    title,
    container,
    inBook,
    interview,
    facts,
    url,
    creators,
    handle: names.handle ?? bracketed?.handle,
    site: site?.site,
    details,
  };
  const inferred = newspaperOnly ? { type: 'article-newspaper' } : inferType(shape);
  item.type = inferred.type;
  if (inferred.genre) item.genre = inferred.genre;
  container = inferred.container === null ? undefined : (inferred.container ?? container);
  const publisher = inferred.publisher ?? facts.publisher;
  let locator = facts.locator ?? null;
  if (inferred.extent && !facts.page && locator && /^\d+\s*(?:--|[-–—])\s*\d+$/.test(locator)) {
    facts.page = locator;
    locator = null;
  }
  // `*Tides*, in *Harbour Lives* 2001, (2005): 5–30`: a chapter's facts read in a journal's shape; a chapter's pages
  // after its book are the cited place, and a year before the date is the book's name's, no volume.
  if (item.type === 'chapter' && facts.journalYear !== undefined && facts.page && !locator) {
    locator = facts.page;
    facts.page = undefined;
    if (/^(?:1[5-9]|20)\d\d$/.test(facts.volume ?? '')) facts.volume = undefined;
  }
  if (item.type === 'manuscript') {
    // A document's repository is its container, named before its title or after its date; its box or folio is cited.
    const archive = archiveOf(details);
    const only = creators.length === 1 ? (creators[0].literal ?? shortName(creators[0])) : undefined;
    if (only && isRepository(plain(authorsText))) {
      container = trimTitle(plain(authorsText));
      delete item.author;
    } else if (archive.repository) container = archive.repository;
    if (archive.place) locator = archive.place;
  }

  // (`*J. Shore L.* 6`: an abbreviated name keeps its last word's full stop, abbreviated-name.ts.)
  if (container) item['container-title'] = abbreviatedName(container, source);
  if (facts.editors?.length && !item.editor) item.editor = facts.editors;
  else if (bookEditors?.length && !item.editor) item.editor = bookEditors;
  if (facts.translators?.length) item.translator = facts.translators;
  if (publisher) item.publisher = publisher;
  if (facts.place) item['publisher-place'] = facts.place;
  if (facts.volume) item.volume = facts.volume;
  if (facts.issue) item.issue = facts.issue;
  if (facts.version) item.version = facts.version;
  if (facts.page) item.page = facts.page;
  if (facts.archiveLocation) item.archive_location = facts.archiveLocation;
  if (facts.event) item['event-title'] = facts.event;
  if (facts.issued) item.issued = { 'date-parts': [facts.issued] };
  if (url) item.URL = url;
  for (const key of Object.keys(item)) if (item[key] === undefined) delete item[key];

  const hereafter = hereafterTitle(source);
  return { item, locator, etAl: names.etAl, ...(hereafter ? { hereafter } : {}) };
}

/** The text ends inside double quotes: more opened than closed. */
function insideQuotes(text: string): boolean {
  return (text.match(/“/g) ?? []).length > (text.match(/”/g) ?? []).length || (text.match(/"/g) ?? []).length % 2 === 1;
}

/**
 * A periodical's volume or year set in its italics by a slip (`*Shore Review 12*.3 (2010)`, `*Shore Notes, 2017,*`):
 * the name keeps its words, the number goes back to the facts after it. A year that is part of a name
 * (`*Debates 2016*`) has no comma before it and no issue or date after it, and stays.
 */
const MONTHLY_ISSUE = new RegExp(String.raw`^(.*\S)\s+for\s+(${MONTH_WORD},?\s+(?:1[5-9]|20)\d\d)[\s,.]*$`, 'u');

function numbersOutOfItalics(italic: string, after: string): [string, string] {
  // `*Shore Chronicle for June, 1843*`: a periodical's issue named by its month, the month and year its date.
  const issue = MONTHLY_ISSUE.exec(italic);
  if (issue) return [issue[1], `, ${issue[2]}${after}`];
  const year = /^(.*\S),\s*((?:1[5-9]|20)\d\d)[\s,.]*$/.exec(italic);
  if (year) return [year[1], `, ${year[2]}${after}`];
  const volume = /^(.*\S)\s+(\d{1,3}(?:[.:]\d{1,3})?)$/.exec(italic);
  if (volume && /^(?:\.\d|\s*\(|,?\s*[Nn]o\.)/.test(after)) return [volume[1], ` ${volume[2]}${after}`];
  const imprint = imprintInItalics(italic);
  if (imprint) return [imprint.book, `, ${imprint.imprint}${after}`];
  return [italic, after];
}

/** `Ann Lee, interview by Bo Chen, May 4, 1998, Quay Oral History Project.`: an interview with no title of its own. */
const UNTITLED_INTERVIEW =
  /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*),\s+((?:unpublished\s+)?interview(?:ed)?\s+(?:by|with)\s+[^,“"‘\uE000\uE002]+?)(?=,|\.?$)(.*)$/u;

function parseUntitledInterview(text: string): FullCitation | undefined {
  const match = new RegExp(`[${EMPHASIS_OPEN}“"‘]`).test(text) ? null : UNTITLED_INTERVIEW.exec(text);
  if (!match) return undefined;
  const facts = parseDetails(collapse(plain(match[3])), { noteOrder: true, titleStyle: 'plain', hasContainer: false });
  const item: WorkFields = {
    type: 'interview',
    author: parseNoteNames(match[1]).names,
    title: trimTitle(match[2]),
  };
  if (facts.issued) item.issued = { 'date-parts': [facts.issued] };
  const url = firstAddress(match[3]);
  if (url) item.URL = url;
  return { item, locator: facts.locator ?? null, etAl: false };
}

/**
 * The names before a title as a note gives them: without a library catalogue's life dates (`Ann Lee 1859-1931.`)
 * and roles (`, joint author`), and without a sentence of the author's before them (`My translation. Ann Lee,`).
 */
function cleanAuthors(text: string): string {
  // `the special issue on ‘Tides’, *Shore Studies*`: the author's words saying what the work is, ending in a
  // preposition that leads to its title, are no names.
  if (/^\p{Ll}[^,;]*\s(?:on|of|about|in|from|for|to|by)[\s,:]*$/u.test(text)) return '';
  // `See, e.g., the tool released by the harbour authority, the Shore Council for Tides, ‘…’`: the author's words,
  // then the body that issued the work named in apposition after them.
  const apposition = /^(.*\s\p{Ll}.*?),\s+the\s+(\p{Lu}[^,;]*?),\s*$/u.exec(text);
  if (apposition && hasProse(apposition[1]) && isBodyName(apposition[2])) return `${apposition[2]},`;
  let names = text
    .replace(/\s+(?:1[5-9]|20)\d\d\s*[-–]\s*(?:(?:1[5-9]|20)\d\d)?\.?(?=[\s,]|$)/g, '')
    .replace(/,\s*joint\s+(?:author|editor)s?\b/g, '');
  if (/,\s*$/.test(names)) {
    const sentence = /^(.*[\p{Ll}\d)][.!?])\s+(?=\p{Lu})/u.exec(names);
    if (
      sentence?.[1]
        .split(/\s+/)
        .some((word) => /^\p{Ll}{3,}/u.test(word) && !/^(?:and|van|von|der|den|del|della)$/.test(word))
    )
      names = names.slice(sentence[0].length);
  }
  return names;
}

/** The word that ends an act's name: `Shore Protection Act`, `Harbour Dues Regulation`, `Quay Code`. */
const ACT_WORD = '(?:Act|Statute|Ordinance|Regulations?|Directive|Code)';

/** `Article 2(2)(c), `, `s 4, `, `§ 12, `: a provision cited before its act. */
export const PROVISION_FIRST = new RegExp(
  String.raw`^((?:Article|Art\.?|art|Section|s|§)\s*\d+[\w()]*)\s*,\s+(?=` +
    String.raw`(?:The\s+)?\p{Lu}[\p{L}' -]*?\b${ACT_WORD}\b)`,
  'u',
);

/** An act named without markup at the start of a citation: `Shore Protection Act, § 4 (1999).` */
function parseUnmarkedAct(written: string): FullCitation | undefined {
  if (/[“"‘\uE000]/.test(written)) return undefined;
  const source = afterLegalProse(written, String.raw`\p{Lu}[\p{L}' -]*?\b(?:Act|Statute|Ordinance)\b`);
  // OSCOLA may name the provision first: `Article 17, Shore Protection Regulation 2016.`
  const provision = PROVISION_FIRST.exec(source);
  const text = provision ? source.slice(provision[0].length) : source;
  const act = new RegExp(
    // (The act's word ends its name: `Report of the Code Board to …` is no code but the board's report.)
    String.raw`^((?:The\s+)?\p{Lu}[\p{L}' -]*?\b${ACT_WORD})(?!\s+\p{Lu}\p{Ll})` +
      String.raw`(?:\s+((?:1[5-9]|20)\d\d))?\b[,.]?\s*(.*)$`,
    'u',
  ).exec(text);
  if (!act) return undefined;
  // (`Report of the Harbour Code Board to …`: a title running on past its `Code` names no act.)
  if (!act[2] && /^(?:\p{Lu}\p{Ll}|of\s|to\s)/u.test(act[3])) return undefined;
  if (provision) {
    const year = act[2] ?? /\b((?:1[5-9]|20)\d\d)\b/.exec(act[3])?.[1];
    const item: WorkFields = { type: 'legislation', title: act[2] ? `${act[1]} ${act[2]}` : act[1] };
    if (year) item.issued = { 'date-parts': [[Number(year)]] };
    return { item, locator: provision[1], etAl: false };
  }
  const item: WorkFields = { type: 'legislation', title: act[2] ? `${act[1]} ${act[2]}` : act[1] };
  const year = act[2] ?? /\b((?:1[5-9]|20)\d\d)\b/.exec(act[3])?.[1];
  if (year) item.issued = { 'date-parts': [[Number(year)]] };
  const locator = /(?:^|[,\s])((?:art|s|sec|para|§)\.?\s*\d[\w()]*)[.\s]*$/.exec(
    act[3].replace(/\(\s*(?:1[5-9]|20)\d\d\s*\)/, ''),
  );
  // `Harbour Act 1999 12`: a number straight after the Act's year is the place cited in it.
  const bare = !locator && act[2] ? /^(\d+[\w()]*)[.\s]*$/.exec(act[3]) : null;
  return { item, locator: locator ? locator[1] : bare ? bare[1] : null, etAl: false };
}

/**
 * A case or an act named in the author's sentence (`The rule came from Ames v. Brook, 156 F.3d 851 (1982).`,
 * `It was amended by the Harbour Act, 1879.`): the citation starts at the name after the prose's last
 * lower-case word. The text unchanged when no prose comes before the name.
 */
function afterLegalProse(text: string, name: string): string {
  const lead = new RegExp(String.raw`^(.*?\s\p{Ll}+[,:]?\s+(?:the\s+)?)(?=${name})`, 'u').exec(text);
  return lead && hasProse(lead[1]) ? text.slice(lead[1].length) : text;
}

/**
 * `Ames v. Brook, 156 F.3d 851 (Court 1982)`, `*Ames v Brook* [2001] UKHL 3`, MHRA's `Ames v. Brook, *F.3d*, 1982,
 * 851`, New Hart's Rules' `Ames v. Brook, *F.3d*, 1982, clvi, 12`.
 */
function parseCase(source: string): FullCitation | undefined {
  const text = afterLegalProse(source, String.raw`(?:\p{Lu}[\p{L}'’.&-]*\s+){1,6}v\.?\s+\p{Lu}`);
  const name = CASE_NAME.exec(text);
  if (!name) return undefined;
  // (`Shore Studios, Inc.`: a company's abbreviation keeps its full stop at the name's end.)
  const title = trimTitle(plain(name[1])).replace(/\b(?:Inc|Co|Corp|Ltd|Bros)$/, '$&.');
  const details = collapse(plain(text.slice(name[0].length)));
  const item: WorkFields = { type: 'legal_case', title };
  // OSCOLA puts the year first: `(1982) 156 F3d 851`, `[1982] 1 AC 851`.
  // (`68 U.S. (1 Wall.) 9`: an early report's own volume and name in brackets between the reporter and the page.)
  const report =
    /^[\s,]*(?:[([](?:1[5-9]|20)\d\d[)\]]\s*)?(\d+)\s+([\p{Lu}][\p{L}.\d ]*?)\s+(?:\(\d+\s+\p{Lu}[\p{L}.]*\)\s+)?(\d+)\b/u.exec(
      details,
    );
  const italicReporter = new RegExp(`^[\\s,]*${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]+)${EMPHASIS_CLOSE}`).exec(
    text.slice(name[0].length),
  );
  if (report) {
    item.volume = report[1];
    item['container-title'] = report[2].trim();
    item.page = report[3];
  } else if (italicReporter) {
    item['container-title'] = trimTitle(italicReporter[1]);
  }
  // OSCOLA's neutral citation, `[2004] UKHL 12`, `[2005] EWCA Civ 12`: the court's series and the case's number.
  const neutral = report
    ? null
    : /^[\s,]*\[(?:1[5-9]|20)\d\d\]\s+(\p{Lu}{2,}(?:\s+\p{Lu}\p{L}*)?)\s+(\d+)\b/u.exec(details);
  if (neutral) {
    item['container-title'] = neutral[1];
    item.page = neutral[2];
  }
  const year =
    /[([]\s*(?:[^()[\]]*?\s)?((?:1[5-9]|20)\d\d)\s*[)\]]/.exec(details) ?? /\b((?:1[5-9]|20)\d\d)\b/.exec(details);
  if (year) item.issued = { 'date-parts': [[Number(year[1])]] };
  const court = /\(([^()]*?)\s*(?:1[5-9]|20)\d\d\)/.exec(details)?.[1]?.trim();
  if (court) item.authority = court;
  // The cited page: `156 F.3d 851, 855`, `(p. 12)`, or MLA's `851, 12 (Court 1982)`.
  const pin =
    /\(p\.\s*([^)]+)\)/.exec(details) ??
    /\bat\s+(\d+(?:\s*[-–]\s*\d+)?)/.exec(details) ??
    (report ? /^,\s*(\d+(?:\s*[-–]\s*\d+)?)/.exec(details.slice(report.index + report[0].length)) : null) ??
    // OSCOLA: `(1982) 156 F3d 851 (Court of Appeal) 855`: the court in brackets, then the page cited.
    (report
      ? /^\s*\([^()]*\)\s*,?\s*(\d+(?:\s*[-–]\s*\d+)?)[\s.]*$/.exec(details.slice(report.index + report[0].length))
      : null) ??
    // New Hart's Rules: `Ames v. Brook, *F.3d*, 1982, clvi, 12`: the year, the volume in small Roman numerals, the page.
    (italicReporter ? /,\s*(?:1[5-9]|20)\d\d,\s*[ivxlcdm]+,\s*(\d+(?:\s*[-–]\s*\d+)?)[\s.]*$/.exec(details) : null) ??
    // OSCOLA: a paragraph cited in square brackets closes the citation (`[2005] 1 AC 45 [23]`; the AGLC's `, [18]–[33]`).
    (report || neutral ? /[\s,](\[\d{1,4}\](?:\s*[-–]\s*\[\d{1,4}\])?)[\s.]*$/.exec(details) : null);
  const urls = [...text.matchAll(new RegExp(`${URL_OPEN}([^${URL_CLOSE}]*)${URL_CLOSE}`, 'g'))].map(
    (match) => match[1],
  );
  if (urls.length) item.URL = urls.at(-1)!.replace(/[.,]+$/, '');
  return { item, locator: pin ? pin[1].trim() : null, etAl: false };
}

export type TitleStyle = 'quoted' | 'italic' | 'plain' | 'none';

interface Head {
  authors: string;
  title?: string;
  titleStyle: TitleStyle;
  container?: string;
  rest: string;
  /** The quoted title ended with a comma inside its quotes (American punctuation of a note). */
  titleComma?: boolean;
}

/** German and Polish low quotes (`‚Title‘`, `„Title“`), met in British notes as slips for `‘` and `“`, open titles too. */
const OPENERS = ['“', '"', '‘', "'", '‚', '„'];

/** Where a quoted title opens: `“`, `"`, `‘`, or a `'` at a word's start (not an apostrophe). */
function openingQuote(text: string): number {
  let best = -1;
  for (const quote of OPENERS) {
    let index = text.indexOf(quote);
    while (
      index >= 0 &&
      (quote === "'" || quote === '‘' || quote === '‚') &&
      !(index === 0 || /[\s([,]/.test(text[index - 1]))
    )
      index = text.indexOf(quote, index + 1);
    if (index >= 0 && (best === -1 || index < best)) best = index;
  }
  return best;
}

/** Authors, title, and what follows them. */
function splitHead(text: string): Head {
  const closingFirst = /^[^“"]*?”/.exec(text);
  if (closingFirst && !text.slice(0, closingFirst[0].length).includes(EMPHASIS_OPEN)) {
    // The opening quote is missing: the title runs from the start.
    const end = closingFirst[0].length;
    const bracket = translation(text, end);
    return {
      authors: '',
      title: joinTitle(text.slice(0, end - 1), bracket?.text),
      titleStyle: 'quoted',
      rest: text.slice(bracket?.end ?? end),
    };
  }

  const quote = openingQuote(text);
  const candidates = [quote, text.indexOf(EMPHASIS_OPEN), text.indexOf(URL_OPEN)].filter((index) => index >= 0);
  const delimiter = candidates.length ? Math.min(...candidates) : -1;
  const person = PERSON_PREFIX.exec(text);
  const titleCandidates = [quote, text.indexOf(EMPHASIS_OPEN)].filter((index) => index >= 0);
  const titleDelimiter = titleCandidates.length ? Math.min(...titleCandidates) : -1;
  if (person && titleDelimiter === -1) {
    // `Hakobyan, Tatul. Մահվան Հովիտ … [Valley of Death …]. Yerevan: 2021, 219.`: an unmarked title.
    const after = text.slice(person[0].length);
    const end = after.includes(']') ? after.indexOf(']') + 1 : Math.max(after.search(/\.\s/), 0);
    return {
      authors: person[1],
      title: trimTitle(withInlineUrls(after.slice(0, end))),
      titleStyle: 'plain',
      rest: after.slice(end),
    };
  }
  if (delimiter === -1) return { authors: '', titleStyle: 'none', rest: text };

  const authors = text.slice(0, delimiter);
  const opener = text[delimiter];
  if (opener === URL_OPEN) return { authors, titleStyle: 'none', rest: text.slice(delimiter) };

  if (opener === EMPHASIS_OPEN) {
    const close = text.indexOf(EMPHASIS_CLOSE, delimiter);
    const italic = withoutWrappingQuotes(trimTitle(withInlineUrls(text.slice(delimiter + 1, close))));
    const after = text.slice(close + 1);
    const quoted = /^[\s.,]*[“"‘]/.exec(after);
    if (quoted) {
      // `Lmahamad, Ayya. *Azernews*. “Civilian death toll …”`: the container comes first.
      const inner = splitHead(after.slice(quoted[0].length - 1));
      return { ...inner, authors, container: italic };
    }
    // `*Salt Roads, London: Quay Press, 2017.*`: italics run on over the imprint by a slip.
    const imprint = /^(.*?\S),\s+((?:\p{Lu}[\p{L}.]*\s*)+:\s*[^,:]+,\s*(?:1[5-9]|20)\d\d)\.?$/u.exec(italic);
    if (imprint) return { authors, title: imprint[1], titleStyle: 'italic', rest: `, ${imprint[2]}${after}` };
    return { authors, title: italic, titleStyle: 'italic', rest: after };
  }

  const end = closingQuote(text, delimiter + 1, opener);
  const open = unclosedTitleEnd(text, delimiter + 1, end, opener);
  if (open !== undefined)
    return {
      titleComma: /,\s*$/.test(text.slice(delimiter + 1, open)),
      authors,
      title: joinTitle(text.slice(delimiter + 1, open)),
      titleStyle: 'quoted',
      rest: text.slice(open),
    };
  const bracket = translation(text, end + 1);
  return {
    titleComma: text[end - 1] === ',',
    authors,
    title: joinTitle(text.slice(delimiter + 1, end), bracket?.text),
    titleStyle: 'quoted',
    rest: text.slice(bracket?.end ?? end + 1),
  };
}

/** A periodical named without italics, then its volume and bracketed year: `Shore Review 41 2, (1999)`. */
const UNMARKED_PERIODICAL = /^\p{Lu}[\p{L}'’&.\- ]*?\p{L},?\s+\d+\b[^()]*\((?:[^()]*\s)?(?:1[5-9]|20)\d\d\)/u;

/**
 * Where a title whose closing quote was forgotten ends: before the periodical or book in italics that follows
 * its comma or full stop (`“Tides, *Shore Review* 4 (1990)`), or, with no closing quote at all, before the
 * periodical named without italics after its last comma (`“Tides, Roads, Shore Review 41 2, (1999)`).
 * Undefined when a quote closes the title before either (a title may hold italics: `“On *Tides*,”`).
 */
function unclosedTitleEnd(text: string, from: number, end: number, opener: string): number | undefined {
  const closers = opener === '“' ? /”/ : opener === '"' ? /"|”/ : /['’´](?!\p{L})/u;
  const title = text.slice(from, end);
  const italic = new RegExp(
    `[,.]\\s+(?=${EMPHASIS_OPEN}[^${EMPHASIS_CLOSE}]+${EMPHASIS_CLOSE}[\\s,.:;]*(?:\\d|\\(|${URL_OPEN}|$))`,
  ).exec(title);
  if (italic && !closers.test(title.slice(0, italic.index))) return from + italic.index + italic[0].length;
  if (end < text.length) return undefined;
  for (let comma = title.lastIndexOf(', '); comma > 0; comma = title.lastIndexOf(', ', comma - 1)) {
    if (closers.test(title.slice(0, comma))) return undefined;
    if (UNMARKED_PERIODICAL.test(title.slice(comma + 2))) return from + comma + 1;
  }
  return undefined;
}

/**
 * The quote that closes a title. Titles quote other words ("spontaneous", “Armenian violation”),
 * so a closing quote is one followed by what comes after a title: a bracketed translation,
 * italics, a date, a URL or the end; failing that, one followed by a capital; failing that, the last.
 * A closing single quote is never followed by a letter (that is an apostrophe: `Bateson’s`).
 */
function closingQuote(text: string, from: number, opener: string): number {
  // An acute accent typed for a quote (`´`) closes a single-quoted title when punctuation follows it.
  const closers =
    opener === '‘'
      ? ['’', '´']
      : opener === "'"
        ? ["'", '’', '´']
        : opener === '‚'
          ? ['‘', '’', "'"]
          : opener === '„'
            ? ['“', '”', '"']
            : ['”', '"'];
  const single = opener === '‘' || opener === "'" || opener === '‚';
  const candidates: number[] = [];
  for (let index = from; index < text.length; index++) {
    if (!closers.includes(text[index])) continue;
    if (single && /\p{L}/u.test(text[index + 1] ?? '')) continue;
    if (text[index] === '´' && !/^[,.;:]/.test(text[index + 1] ?? '')) continue;
    candidates.push(index);
  }
  // `Knight, ‘How Uber Came’. Also on its blog (Uber, ‘Five Years’, …)`: a quote that could close the title before the
  // next curly quote opens another one closes it; titles nest the other kind of quotes, not their own.
  const reopened = nextOpening(text, from, opener);
  if (reopened !== undefined && candidates[0] !== undefined && candidates[0] < reopened) {
    candidates.length = candidates.filter((index) => index < reopened).length;
  }
  const after = (index: number) => text.slice(index + 1).replace(/^[.,]?\s*/, '');
  // A title quoting words in the same double quotes (`“The Word “Justice” in Print,”`): the quote that the
  // title's own comma or full stop touches closes it.
  const punctuated =
    opener === '“' || opener === '"'
      ? candidates.find(
          (index, order) =>
            order > 0 &&
            /[,.]/.test(text[index - 1] + (text[index + 1] ?? '')) &&
            !/[,.]/.test(text[candidates[0] - 1] + (text[candidates[0] + 1] ?? '')) &&
            text.slice(from, candidates[0]).includes(opener === '“' ? '“' : '"'),
        )
      : undefined;
  if (punctuated !== undefined) return punctuated;
  // A note's title ends with its comma inside the quotes (`“Tides,” Shore Review 4`): the first such quote with
  // every quote opened inside the title closed before it, though a later one is followed by a date or the end.
  const commaClosed = candidates.find((index) => text[index - 1] === ',' && balanced(text.slice(from, index), opener));
  const strong = candidates.find((index) => {
    const next = after(index);
    return (
      next === '' ||
      /^[[\uE000\uE002(]/.test(next) ||
      /^[Ii]n\b/.test(next) ||
      secondPartFollows(next) ||
      STARTS_WITH_MONTH.test(next) ||
      /^\(?\d{1,4}\b/.test(next)
    );
  });
  if (commaClosed !== undefined && (strong === undefined || commaClosed < strong)) return commaClosed;
  if (strong !== undefined) return strong;
  // `‘Tides of the Harbour Masters’ Annual Survey’, Quay Report`: a plural's apostrophe (after an `s`, before a
  // space and a word) closes no title while a later quote closes one before a comma or a full stop.
  const possessive = (index: number) =>
    single &&
    /s/.test(text[index - 1] ?? '') &&
    /^\s\p{L}/u.test(text.slice(index + 1)) &&
    candidates.some((later) => later > index && /^[,.;:]/.test(text[later + 1] ?? ''));
  const weak = candidates.find((index) => /^\p{Lu}/u.test(after(index)) && !possessive(index));
  return weak ?? candidates.at(-1) ?? text.length;
}

/** Where the next curly quote of the title's own kind opens a new quotation (at a word's start), if one does. */
function nextOpening(text: string, from: number, opener: string): number | undefined {
  if (opener !== '‘' && opener !== '“') return undefined;
  for (let index = from; index < text.length; index++) {
    if (text[index] === opener && /[\s([]/.test(text[index - 1] ?? '') && /\S/.test(text[index + 1] ?? ''))
      return index;
  }
  return undefined;
}

/** Every quote opened inside a title's words is closed in them (`Why “Salt” Roads`, `Why "Salt" Roads`). */
function balanced(words: string, opener: string): boolean {
  if (opener === '"') return (words.match(/"/g) ?? []).length % 2 === 0;
  if (opener === '“') return (words.match(/“/g) ?? []).length === (words.match(/”/g) ?? []).length;
  return true;
}

/** `[Dear compatriots, sisters and brothers]` right after a non-English title. */
function translation(text: string, from: number): { text: string; end: number } | undefined {
  const match = /^\s*(\[[^\]]*\])/.exec(text.slice(from));
  // `[https://…]` after a title is its address, not a translation.
  if (!match || new RegExp(`^\\[\\s*${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE}\\s*\\]$`).test(match[1])) return undefined;
  return { text: match[1], end: from + match[0].length };
}

function joinTitle(title: string, bracket?: string): string {
  const main = trimTitle(withInlineUrls(title));
  return bracket ? `${main} ${collapse(withInlineUrls(bracket))}` : main;
}

export { isOrganisation, type CslName };
