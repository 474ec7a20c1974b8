/**
 * A work's CSL type from the shape of its citation, never from a list of publication names:
 * a thesis's `diss.`, an interview, an archival mark, an act's title, a journal's volume and issue,
 * `in *Book*` or its editors (chapter), a film's distributor, a book's place and publisher (a report
 * when the publisher is an organisation rather than a press), a quoted title in a named publication
 * with a date (a newspaper or web article; an organisation's report), a URL alone (a web page).
 */
import { mediumType } from './medium.js';
import { genreType } from './genre-word.js';
import { isOrganisation, isPersonName, type CslName } from './names.js';
import type { Details } from './details.js';
import { isPostUrl, siteOfKind, siteOfUrl } from './post.js';
import { hasEdition, printingFirm } from './edition.js';
import { journalDated } from './journal-date.js';
import { isUnpublished } from './unpublished.js';
import { journalName, romanVolume } from './journal-shape.js';
import { hasDoi } from './doi.js';
import { MEETING_WORD, meetingDated } from './meeting-dates.js';
import { onOwnSite } from './self-titled.js';
import { datedPostUrl } from './dated-post.js';
import { volumePages } from './volume-pages.js';
import { isTreatyTitle } from './treaty-title.js';
import { isPersonPublisher } from './person-publisher.js';
import { conferenceProceedings, proceedingsName, updatedSite } from './site-and-proceedings.js';

export interface CitationShape {
  titleStyle: string;
  title?: string;
  container?: string;
  inBook: boolean;
  interview: boolean;
  facts: Details;
  url?: string;
  creators: CslName[];
  handle?: string;
  /** A post's site named where a handle would stand (`Lee, Ann. Chirper. “Title.”`). */
  site?: string;
  /** The facts after the title and container, as written (markup removed). */
  details?: string;
}

export interface Inferred {
  type: string;
  genre?: string;
  /** A replacement container; null to drop it (an organisation is the report's publisher, not its container). */
  container?: string | null;
  publisher?: string;
  /** A span of pages read as the cited place is the article's extent (a journal known by its date's form). */
  extent?: boolean;
}

/** Words in the names of newspapers, magazines and broadcasters (general vocabulary). */
const NEWS_WORD_LIST = [
  'News',
  'Times',
  'Post',
  'Herald',
  'Gazette',
  'Daily',
  'Tribune',
  'Journal',
  'Magazine',
  'Review',
  'Courier',
  'Chronicle',
  'Telegraph',
  'Observer',
  'Guardian',
  'Radio',
  'TV',
  'Television',
  'Weekly',
  'Monthly',
  'Mirror',
  'Express',
  'Standard',
  'Independent',
  'Today',
  'Wire',
  'Bulletin',
  'Record',
  'Ledger',
  'Sun',
  'Star',
  'Mail',
  'Register',
  'Dispatch',
  'Inquirer',
  'Examiner',
  'Leader',
  'Echo',
  'Voice',
  'Press',
  // German (`Neue Zürcher Zeitung`, `Frankfurter Rundschau`).
  'Zeitung',
  'Tagblatt',
  'Tageblatt',
  'Rundschau',
  'Anzeiger',
  'Nachrichten',
  'Kurier',
];
const NEWS_WORDS = new RegExp(String.raw`\b(?:${NEWS_WORD_LIST.join('|')})\b`);
/** Words that name a magazine rather than a newspaper (general vocabulary). */
const MAGAZINE_NAME = /\b(?:Magazine|Review|Monthly|Mag)\b/;

/** A page marked as cited: `p. 29`, `pp.29-30`, `p. lxi`. */
const PAGE_CITED = /(?:^|[\s,.(])pp?\.\s*[\dxivlc]+\b/;
/** A periodical's kind by the words of its name (`Shore Times`, `Harbour Magazine`), or undefined. */
export function periodicalByName(name: string): 'article-newspaper' | 'article-magazine' | undefined {
  if (MAGAZINE_NAME.test(name)) return 'article-magazine';
  return NEWS_WORDS.test(name) ? 'article-newspaper' : undefined;
}
/** `, n. 3,`, `, no. 3,`, `, nº 3`: an issue's number as a fact of its own (not a page's note, `45 n. 3`). */
const ISSUE_FIRST = /(?:^|[,.]\s*)(?:n|no|nr|núm|nº)\.?\s*\d+\b(?!\s*[-–])/i;
/** `2 vols.`: a work in several volumes. */
const VOLUME_COUNT = /\b\d+\s+vols?\b/i;
/** `vol. 31`, `vols. 2–3`: a numbered volume. */
const VOLUME_WORD = /\bvols?\.\s*\d/i;
const FILM_DISTRIBUTOR = /\b(?:Films?|Pictures|Studios?|Productions|Entertainment|Cinema)\b/;
const LEGISLATION =
  /\b(?:Act|Acts|Statute|Ordinance|Regulations|Directive|Code|Bill)\b(?:,?\s*(?:of\s+)?\d{4})?(?:\s*\([^()]*\))?$/;
/** Bodies that publish reports rather than books or journalism (general vocabulary). */
const REPORT_BODY_WORDS = [
  'Institute',
  'Institution',
  'Council',
  'Observatory',
  'Centre',
  'Center',
  'Association',
  'Committee',
  'Commission',
  'Foundation',
  'Group',
  'Watch',
  'Endowment',
  'Trust',
  'Bank',
  'Fund',
  'Organi[sz]ation',
  'Agency',
  'Federation',
  'Secretariat',
  'Programme',
  'Board',
  'Union',
  'Consortium',
];
const REPORT_BODY = new RegExp(String.raw`\b(?:${REPORT_BODY_WORDS.join('|')})\b|^[^&]*\bInternational$`);
/** A book's publisher that makes it a report: the bodies above, and government and learned bodies. */
export const REPORT_PUBLISHER = new RegExp(
  `${REPORT_BODY.source}|\\b(?:Ministry|Department|Office|Parliament|Government)\\b`,
);
export const PRESS = /\b(?:Press|Books|Publish\w*|Verlag|Éditions|Editions|Publications|Editore|Editorial)\b/;

/** Bodies whose sites publish pages, not news (general vocabulary). */
const SITE_BODY = /\b(?:University|College|School|Department|Faculty|Laborator(?:y|ies)|Lab|Library|Museum|Project)\b/;

/** A map's title: `Map of …`, `A New Chart of …`, `Carte des …`, `Karte von …`, `Mapa de …`, `Plano de …`. */
const MAP_TITLE =
  /^(?:(?:A|The|An)\s+)?(?:(?:New|General|Accurate|Nouvelle|Neue)\s+)?(?:Map|Chart|Carte|Karte|Mapa|Mappa|Plano)\s+(?:of|de|des|du|von|der|di|del|do|da|hidrogr\p{L}*|g[ée]ograph\p{L}*|topogr\p{L}*)\b/iu;
/** A conference's papers: `*Proceedings of the …*`, `*… Conference on …*`, `*… Ninth Annual Meeting*`. */
const CONFERENCE = new RegExp(String.raw`\b(?:Proceedings|Extended\s+Abstracts|${MEETING_WORD}|Annual\s+Meeting)\b`);
/** A legislature's record of its debates: `House of Assembly Debates`, `Parliamentary Debates`, `Congressional Record`. */
const LEGISLATURE_DEBATES =
  /\b(?:(?:House\s+of\s+(?:Commons|Lords|Representatives|Assembly)|Parliamentary|Senate|Legislative(?:\s+Assembly)?)\s+Debates|Congressional\s+(?:Record|Globe))\b/;
/** A meeting's name: the title ends with the kind of meeting (`Shore Harbour Research Conference`). */
const MEETING_NAME = new RegExp(String.raw`\b(?:${MEETING_WORD}|Summit)$`);
/** A body's news pages named as the container (`Shore Shipping Newsroom`, `Quay News Centre`, `Harbour Press Room`). */
const NEWSROOM =
  /\b(?:Newsroom|News\s+(?:Centre|Center|Room)|Press\s+(?:Room|Releases|Centre|Center)|Media\s+(?:Centre|Center|Room))$/;
/** A container that names a blog (`Shore Notes Blog`, `Ann Lee’s Weblog`). */
const BLOG = /\b(?:we)?blog\b/i;
/**
 * A meeting's name: capitalised words ending in the meeting's word (`Harbour Data Workshop`), or, for a `Congress`
 * or a `Meeting` (which may be a body or a legislature's session: `Shore National Congress`, `111th Congress`),
 * opened by its ordinal or `Annual` with other words between (`8th Annual Harbour Law Congress`).
 */
const MEETING_HELD = new RegExp(
  String.raw`^(?:(?:\d+(?:st|nd|rd|th)\s+)?(?:\p{Lu}[\p{L}'’&-]*\s+){1,8}(?:${MEETING_WORD}|Summit)` +
    String.raw`|(?:\d+(?:st|nd|rd|th)\s+|Annual\s+)(?:\p{Lu}[\p{L}'’&-]*\s+){1,8}(?:Congress|Meeting))$`,
  'u',
);
/** `, held at the Quay Institute`, `held in Hull`: the words that place a meeting, first after its name. */
const HELD_AT = /^[\s,.]*(?:which\s+was\s+|that\s+was\s+)?held\s+(?:at|in|on)\s/i;
/** A title naming a body's guidance by its genre word first: `Recommendations on …`, `Guidelines for …`. */
const GUIDANCE_TITLE =
  /^(?:Recommendations|Guidelines|Guidance|Principles|Code\s+of\s+(?:Practice|Conduct))\s+(?:on|for|of|to|about|regarding)\b/;
/** What holds papers rather than publishing them: an archive, a record office, a library. */
const HOLDING = /\b(?:Archives?|Archiv|Record\s+Office|Library|Libraries)\b/;
/** Titles an organisation's report carries. */
const REPORT_TITLE = /\b(?:Report|Survey|Assessment|Index|Audit|Review of|Factsheet|Fact Sheet|Briefing)\b/;

export function inferType(shape: CitationShape): Inferred {
  const { facts, url = '', container, creators } = shape;
  if (facts.thesis) return { type: 'thesis', genre: facts.thesis };
  if (shape.interview || /^interview(?:ed)?\s+(?:with|by)\b/i.test(shape.title ?? '')) return { type: 'interview' };
  if (facts.archiveLocation || facts.manuscript) return { type: 'manuscript' };
  // `Ann Lee, “Tides” (1778), 12, Quay Record Office, Hull.`: a quoted title that a repository holds, with nothing
  // published it (no periodical, publisher or address): an archival document.
  if (
    shape.titleStyle === 'quoted' &&
    !container &&
    !facts.publisher &&
    !url &&
    !facts.event &&
    !facts.genre &&
    HOLDING.test(shape.details ?? '')
  )
    return { type: 'manuscript' };
  // `“tidy: Tools for Tides,” R package version 0.2 (2015): https://…`: a release of a program (software-version.ts).
  if (facts.version) return { type: 'software', container: null };
  // A programme in its broadcaster's brackets, a recording on its medium (medium.ts).
  const medium = mediumType(facts.publisher, shape.details);
  if (medium) return medium;
  // A genre printed in words: a talk, a press release, a film's genres (genre-word.ts).
  const genre = genreType(container, shape.details, shape.titleStyle === 'quoted' ? shape.title : undefined);
  if (genre) return genre;
  if (
    !creators.length &&
    shape.title &&
    LEGISLATION.test(shape.title) &&
    facts.volume === undefined &&
    !(container && shape.titleStyle === 'quoted') &&
    !facts.dayDate
  )
    return { type: 'legislation' };
  // `“Harbour Dues—Question,” House of Assembly Debates (4 June 1871) vol. 201 cc12-3`: a legislature's record of its
  // debates, never a journal, though it numbers volumes; any unsigned item of a record named `… Debates` (`“Tides—
  // Question,” Shore House Debates (4 June 1872)`) too.
  if (container && (LEGISLATURE_DEBATES.test(container) || (!creators.length && /\bDebates$/.test(container))))
    return { type: 'legislation' };
  // `Ann Lee, Carte des Ports de la Côte (Quay: Pier, 1632)`: a work standing alone whose title opens with a map's
  // word (several languages), not issued by a press (`*Map of the Heart* (Hull: Quay Press, 2004)` is a book) and
  // without a subtitle (`*Map of the Harbour: A History*` is a book about one), is a map.
  const title = shape.title ?? '';
  if (
    !container &&
    !shape.inBook &&
    MAP_TITLE.test(title) &&
    !title.includes(':') &&
    !PRESS.test(facts.publisher ?? '')
  )
    return { type: 'map' };
  // `Harbour Authority, ‘Coastal Waters Convention’, 2015`: a treaty named by its title, alone, unsigned or a body's,
  // not a press's book (`Ann Lee, *The Treaty of Marrowby* (Hull, 2004)` is a person's book about one).
  if (
    !container &&
    creators.every((name) => name.literal) &&
    !shape.inBook &&
    facts.volume === undefined &&
    isTreatyTitle(title) &&
    !PRESS.test(facts.publisher ?? '')
  )
    return { type: 'treaty' };
  if (facts.event) return { type: 'speech', container: null };
  if (facts.genre === 'dataset') return { type: 'dataset', container: null, publisher: facts.publisher ?? container };
  if (facts.genre)
    return { type: 'report', genre: facts.genre, container: null, publisher: facts.publisher ?? container };
  if (container && CONFERENCE.test(container) && facts.volume === undefined) return { type: 'paper-conference' };
  // `‘Tides’, *Shore Meeting*, 14 June–2 July 2011, Hull`: a publication dated by a span of days is a meeting (meeting-dates.ts).
  if (container && shape.titleStyle === 'quoted' && facts.volume === undefined && meetingDated(shape.details ?? ''))
    return { type: 'paper-conference' };
  // `*Shore Talks*, *Harbour Preconference Paper*, Hull, 15 July 2017`: the paper's genre named after its meeting.
  if (/conference\s+paper\b/i.test(shape.details ?? '') && facts.volume === undefined)
    return { type: 'paper-conference' };
  // `‘Tides’, 8th Annual Harbour Law Congress, June 2015, Hull`: a paper given at a meeting named where a publisher
  // would stand (Chicago 14.217 without `paper presented at`); the meeting holds it.
  if (shape.titleStyle === 'quoted' && !container && MEETING_HELD.test(facts.publisher ?? ''))
    return { type: 'paper-conference', container: facts.publisher, publisher: '' };
  if (shape.titleStyle === 'quoted' && !container && conferenceProceedings(facts.publisher ?? '')) {
    const proceedings = proceedingsName(facts.publisher ?? '');
    return proceedings
      ? { type: 'paper-conference', container: proceedings, publisher: '' }
      : { type: 'paper-conference' };
  }

  // `“Tides,” *Dictionary of Shore Biography*`: an entry of a reference work (not a chapter of an edited one);
  // the work may be named without italics, before its publisher (`“Tides,” Dictionary of Shore Biography (Quay Press, 2004)`).
  const work =
    shape.titleStyle === 'quoted' && !shape.inBook && !facts.editors?.length && (container ?? facts.publisher);
  if (work && /\bDictionar(?:y|ies)\b/.test(work)) return { type: 'entry-dictionary' };
  if (work && /\bEncyclop(?:a|ae|æ)?edi(?:a|as)\b/.test(work)) return { type: 'entry-encyclopedia' };
  // A project's site, dated by a span of years (`2012–2019`, `2012–`), with its address.
  if (facts.span && url && facts.volume === undefined) return { type: 'webpage' };
  const kind = shape.titleStyle === 'quoted' && !container ? siteOfKind(shape.details ?? '') : undefined;
  const isPost = Boolean(shape.handle) || isPostUrl(url) || kind !== undefined;
  // A part in italics inside a book in italics (`*Tides*, in *Harbour Lives* (2005): 5–30`) is the book's chapter;
  // a journal's article is never set in italics.
  const italicPart = shape.inBook && shape.titleStyle === 'italic';
  if (!italicPart && (facts.volume !== undefined || facts.journalYear !== undefined || facts.journal))
    return { type: 'article-journal' };
  // `*Shore Studies* XXIV, no. 2 (March 2003)`: a volume in Roman numerals is a journal's too.
  if (container && !shape.inBook && romanVolume(shape.details ?? '')) return { type: 'article-journal' };
  // MLA's `*Shore Review*, vol. 31, no. 3, 1998`: a numbered volume of a periodical, not of a book (no `in`, no place).
  if (container && !shape.inBook && facts.place === undefined && VOLUME_WORD.test(shape.details ?? ''))
    return { type: 'article-journal' };
  // A post's site: named after its title or its author, else its address's host.
  if (isPost) return { type: 'post', container: container ?? shape.site ?? kind ?? facts.publisher ?? siteOfUrl(url) };
  // `“Title,” posted May 4, 2009`: a blog's post, its blog unnamed.
  if (facts.blog && !container && shape.titleStyle === 'quoted') return { type: 'post-weblog' };
  // `“Tides,” 12 September 2014, https://annlee.example/2014/09/tides-at-the-quay/`: a post filed by its month.
  if (!container && shape.titleStyle === 'quoted' && facts.dayDate && datedPostUrl(url)) return { type: 'post-weblog' };
  // `In *Revista do Porto*, n. 3, 1939, 301`: an issue's number after the container, no place or publisher: a periodical's.
  // An unsigned report printed in a collection of papers (`Report of the Board, in *Assembly Papers*`) stays a report.
  const unsignedReport = !creators.length && /\bReport\b/.test(shape.title ?? '');
  if (
    container &&
    shape.titleStyle === 'quoted' &&
    !unsignedReport &&
    ISSUE_FIRST.test(shape.details ?? '') &&
    facts.place === undefined &&
    !facts.publisher
  )
    return { type: 'article-journal' };
  if (
    container &&
    (shape.inBook ||
      (shape.titleStyle !== 'italic' &&
        (facts.place !== undefined || facts.editors?.length || PRESS.test(facts.publisher ?? '')) &&
        !facts.dayDate))
  )
    return { type: unsignedReport ? 'report' : 'chapter' };
  if (
    // `YouTube video, 4:12`, `filmed 1993`, a cited span of minutes (`6:24–6:47`), a film's distributor or director.
    /\bvideo\b/i.test(shape.details ?? '') ||
    facts.directors?.length ||
    /\bfilmed\b/i.test(String(facts.publisher ?? '')) ||
    // `1:45` in a work of several volumes from a press is a volume and its page, not a minute.
    (/^\d+:\d+/.test(facts.locator ?? '') &&
      !volumePages(facts.locator ?? '') &&
      !PRESS.test(facts.publisher ?? '') &&
      !VOLUME_COUNT.test(shape.details ?? '')) ||
    FILM_DISTRIBUTOR.test(facts.publisher ?? '')
  ) {
    return { type: 'motion_picture' };
  }
  // A university named as publisher, with no press, is a thesis's (a book's title is in italics; a document the
  // university put up as a PDF, `‘Tides: A Guide’, University of Hull, 2015, https://…/guide.pdf`, is its report).
  if (
    /dissertation|thesis/i.test(url) ||
    (/^University\b/.test(facts.publisher ?? '') &&
      !PRESS.test(facts.publisher ?? '') &&
      shape.titleStyle !== 'italic' &&
      !isDocumentUrl(url))
  )
    return { type: 'thesis' };
  if ((shape.titleStyle === 'italic' || shape.titleStyle === 'plain') && !container) {
    // `*Workshop on Harbour Data*, held at the Quay Institute, Hull, 9 Dec 2015`: a meeting said to be held
    // somewhere is the event itself, whatever its name (Chicago 14.217 names a meeting by where it was held).
    if (HELD_AT.test(shape.details ?? '')) return { type: 'event' };
    if (url && updatedSite(shape.details ?? '')) return { type: 'webpage' };
    if (facts.place !== undefined || facts.publisher !== undefined) {
      const publisher = facts.publisher ?? '';
      if (/\bReport\b/.test(shape.title ?? '') && !PRESS.test(publisher)) return { type: 'report' };
      if (PRESS.test(publisher)) return { type: 'book' };
      // An organisation's work not from a press is its report (`Shore Institute, *Tides* (Hull, 2019)`); a
      // bibliography's `———` repeats an author unknown here.
      const organisation =
        creators.length > 0 && creators.every((name) => name.literal && !/^[—–-]+$/.test(name.literal));
      if (!organisation && creators.length && hasEdition(shape.details ?? '')) return { type: 'book' };
      // `Ann Lee, *Tides* (Hull: Shore Institute, 2009)`: a person's printed work in italics is a book, whoever
      // publishes it (one dated by its day at an address, `Shore Council, 23 May 2016, https://…`, is a report).
      if (
        shape.titleStyle === 'italic' &&
        creators.length &&
        !creators[0].literal &&
        creators[0].given &&
        !url &&
        !facts.dayDate
      )
        return { type: 'book' };
      return {
        type: organisation || (publisher && REPORT_PUBLISHER.test(printingFirm(publisher))) ? 'report' : 'book',
      };
    }
    // `Shore Harbour Association, *Shore Harbour Research Conference* 2017`: a meeting named as the work, with no
    // publisher, place or address, is the event itself, not a report of it.
    if (MEETING_NAME.test(shape.title ?? '') && !url) return { type: 'event' };
    // Dated, a person's is a book and an organisation's a report; with only an address, a site.
    const organisation = creators.length > 0 && creators.every((name) => name.literal);
    if (REPORT_TITLE.test(shape.title ?? '') && /\bReport\b/.test(shape.title ?? '')) return { type: 'report' };
    if (facts.issued) return { type: organisation ? 'report' : 'book' };
    // A titled document at its address (`Ann Lee, *Tides*, https://…/tides.pdf`): a person's book, an organisation's report.
    if (url && creators.length && isDocumentUrl(url)) return { type: organisation ? 'report' : 'book' };
    if (url) return { type: 'webpage' };
    // Undated (`forthcoming`, or nothing more): a person's work is a book, anyone else's a report.
    return { type: creators.length && !organisation ? 'book' : 'report' };
  }
  if (container) {
    if (facts.blog || BLOG.test(container) || isBlogUrl(url)) return { type: 'post-weblog' };
    // `*Shore Shipping Newsroom*`, `*Quay & Quay News Centre*`: a body's own room for its news and releases is its
    // site's pages, not a newspaper.
    if (NEWSROOM.test(container)) return { type: 'webpage' };
    // `Quay House, ‘Open Days’, *Quay House EN*, 4 May 2016, https://…`: a body's page on the site that bears its name
    // is a web page; a periodical's authors are not the periodical (self-titled.ts).
    if (url && onOwnSite(shape.creators, container)) return { type: 'webpage' };
    // `‘Annual Report 2019’, Shore Harbour Authority, 2019, https://…`: a work that calls itself a report, in a
    // body's name rather than a periodical's, is the body's report.
    if (
      shape.titleStyle === 'quoted' &&
      /\bReport\b/.test(shape.title ?? '') &&
      REPORT_PUBLISHER.test(container) &&
      !NEWS_WORDS.test(container)
    )
      return { type: 'report', publisher: container, container: null };
    // `‘Recommendations on Tide Tables’, *Shore Deposit*, 16 March 2018, DOI: …`: guidance named by its genre word
    // first, issued where a journal would stand but with no volume, issue or pages, is a report (a working paper
    // deposited on a repository), whatever identifies it.
    if (
      shape.titleStyle === 'quoted' &&
      GUIDANCE_TITLE.test(title) &&
      !shape.inBook &&
      !journalName(container) &&
      [facts.volume, facts.issue, facts.page].every((fact) => fact === undefined)
    )
      return { type: 'report' };
    // `…, *Shore History*, April 2016, https://…/journals/shore-history/article/…`: an address (or a site's path
    // written alone, `/core/journals/…`) filed under a publisher's journals is a journal's article, however the
    // issue is dated.
    if (JOURNALS_PATH.test(url) || JOURNALS_PATH_ALONE.test(shape.details ?? '')) return { type: 'article-journal' };
    // `*Shore Studies* (14 February 2019), DOI: 10.1234/abcd`: a DOI makes it a journal's article (doi.ts).
    if (hasDoi(url, shape.details ?? '')) return { type: 'article-journal' };
    if (journalDated(shape.details ?? '', Boolean(facts.dayDate), url))
      return { type: 'article-journal', extent: true };
    // `*Journal of Shore Studies*, November 1, 2014`: a name built as a journal's, however the issue is dated.
    if (journalName(container)) return { type: 'article-journal' };
    if (facts.container) return { type: 'webpage' };
    // A government body's page (a ministry's statement) is a web page, not a report.
    if (/^(?:The\s+)?(?:Ministry|Department|Embassy|Government|Office of|President)\b/.test(container))
      return { type: 'webpage' };
    if (REPORT_BODY.test(container) && !NEWS_WORDS.test(container)) {
      // An organisation's event page describes a meeting, not a report it publishes.
      if (isEventUrl(url)) return { type: 'webpage' };
      return { type: 'report', publisher: container, container: null };
    }
    // An undated page, or one on a university's or another body's site, with its address, is a web page:
    // a newspaper dates its articles and is no school, department or laboratory.
    // …but a page cited in it (`‘Tides’, *Shore Chronicle*, p. 29: https://…`) is a printed issue's, read online
    // (not a paged document on a school's or a museum's site).
    const paged = shape.titleStyle === 'quoted' && PAGE_CITED.test(shape.details ?? '') && !SITE_BODY.test(container);
    if (url && !paged && (!facts.issued || SITE_BODY.test(container))) return { type: 'webpage' };
    // `‘Tides at Risk’, *Sailors Without Harbours*, (May, 2016): 15, https://…/tides.pdf`: a dated document at a
    // PDF's address, in a body's name (no periodical's), is the body's report; the body stays its container.
    if (
      isDocumentUrl(url) &&
      shape.titleStyle === 'quoted' &&
      isOrganisation(container) &&
      !isPersonName(container) &&
      !NEWS_WORDS.test(container)
    )
      return { type: 'report' };
    // A site's page dated by its year alone, with its address (`“Roadmap.” Shore Wiki, 2015. https://…`); a
    // newspaper's article so dated keeps its type.
    if (facts.issued?.length === 1 && url && !paged && !facts.dayDate && !NEWS_WORDS.test(container))
      return { type: 'webpage' };
    // `“Tides.” *Harbour Lights: A Shore Primer*, May 4, 2015, https://…`: a name with a subtitle is a book's or a
    // site's, never a newspaper's or a magazine's; its dated part at an address is a web page.
    if (url && /\p{L}:\s+\p{Lu}/u.test(container)) return { type: 'webpage' };
    // `“Tides,” *Shore Studies*, 2015`: a periodical dated by its year alone, with no address, is a journal (a
    // newspaper or a magazine dates its issues by their day or month).
    if (!url && facts.issued?.length === 1 && shape.titleStyle === 'quoted' && !NEWS_WORDS.test(container))
      return { type: 'article-journal' };
    // A periodical dated by its month alone, with no volume, is a magazine; by its day, a newspaper, unless its name
    // says it is a magazine or a review (`*Quay Monthly*`, `*Shore Technology Review*`, dated by the day online).
    if ((facts.issued?.length === 2 && !facts.dayDate) || MAGAZINE_NAME.test(container))
      return { type: 'article-magazine' };
    return { type: 'article-newspaper' };
  }
  if (/^https?:\/\/data\./.test(url)) return { type: 'dataset' };
  // `“Title” (Hull: Quay Press, 2020)`: a press publishes books, as does a printer named as a person
  // (person-publisher.ts); any other body, reports.
  if (
    shape.titleStyle === 'quoted' &&
    facts.place !== undefined &&
    (PRESS.test(facts.publisher ?? '') || isPersonPublisher(facts.publisher ?? ''))
  )
    return { type: 'book' };
  if (shape.titleStyle === 'quoted' && (facts.place !== undefined || facts.publisher)) return { type: 'report' };
  // An organisation's work is a report (its title may say so, its address may be a PDF's, a page may be cited);
  // else, with an address, a web page.
  if (creators.length && creators.every((name) => name.literal)) {
    const document = REPORT_TITLE.test(shape.title ?? '') || isDocumentUrl(url) || facts.locator;
    return { type: url && !document ? 'webpage' : 'report' };
  }
  if (REPORT_TITLE.test(shape.title ?? '') && /\bReport\b/.test(shape.title ?? '')) return { type: 'report' };
  // `Ann Lee, ‘Harbour Letters’ (1768)`: a quoted title dated by its year alone, nothing else given (unpublished.ts).
  if (isUnpublished(shape)) return { type: 'manuscript' };
  // `Shore Trust, ‘Tides at the Quay’ (2013).`: a dated document with no publication and no address is no web page;
  // issued on its own, it is a report.
  if (!url && facts.issued) return { type: 'report' };
  return { type: 'webpage' };
}

/**
 * A blog's address: `blog` names its host (`blog.example.org`, `example.blogspot.com`) or a folder of its path,
 * a post's worded name ends in a hexadecimal number (`/tides-at-the-quay-b9e78c090aee`), or the path is a writer's own (`/@annlee/`) holding a post's worded name (`/@annlee/harbour-lights-at-night`).
 */
function isBlogUrl(url: string): boolean {
  return (
    /^[a-z]+:\/\/[^/]*blog/i.test(url) ||
    // `/tides-at-the-quay-b9e78c090aee`: a post's worded name closed by the hexadecimal number blog software gives it.
    /^[a-z]+:\/\/[^/]+\/(?:[^?#]*\/)?\p{L}+(?:-[\p{L}\d]+){2,}-(?=[\da-f]*\d)(?=[\da-f]*[a-f])[\da-f]{10,12}(?:[/?#]|$)/iu.test(
      url,
    ) ||
    /^[a-z]+:\/\/[^/]+\/(?:[^?#]*\/)?blogs?\//i.test(url) ||
    /^[a-z]+:\/\/[^/]+\/@[\w.-]+\/\p{L}+(?:-\p{L}+){2,}/iu.test(url)
  );
}

/** A path under a publisher's journals (`/journals/shore-history/…`, `/journal/…`). */
const JOURNALS_PATH = /^(?:[a-z]+:\/\/[^/]+)?(?:\/[^?#]*)?\/journals?\/[^/?#]+/i;
const JOURNALS_PATH_ALONE = /(?:^|\s)(?:\/[\w.-]+)*\/journals?\/[\w.-]+\/\S+/i;

/** A document's address: a PDF file, or a word processor's (`.docx`, `.doc`, `.odt`, `.rtf`). */
export function isDocumentUrl(url: string): boolean {
  return /\.(?:pdf|docx?|odt|rtf)(?:$|[?#])/i.test(url);
}

function isEventUrl(url: string): boolean {
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  return /(?:^|[/_-])events?(?:[/_-]|$)/i.test(path);
}
