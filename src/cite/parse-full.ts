/**
 * A full citation, as the manuscript writes it, into a CSL item (without id) and the cited page.
 * The parts are found by their markup: authors before the title; the title in quotes (article,
 * post, report) or italics (book, film); an italic container after a quoted title; then the
 * journal's volume and issue, the book's place and publisher, or the date; then the page; the URL.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from './note-text.js';
import { parseNames } from './names.js';
import { publicationKind } from './publications.js';
import { LOCATOR, MONTH_DATE, MONTHS, collapse, plain, trimTitle, withInlineUrls } from './text.js';

/** A CSL item before it has an id. */
export interface WorkFields {
  type: string;
  [field: string]: unknown;
}

export interface FullCitation {
  item: WorkFields;
  locator: string | null;
  /** `et al.` followed the first author: the other authors are not named. */
  etAl: boolean;
}

const PERSON_PREFIX = /^([\p{L}' ’-]+, \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)\.\s+/u;
const OPENING_QUOTES = '“"';
const STARTS_WITH_MONTH = new RegExp(`^(?:${MONTHS.join('|')})\\b`, 'i');
const LOCATOR_ONLY = new RegExp(`^[\\s.,:;]*(${LOCATOR})[\\s.,]*$`);

export function parseFullCitation(source: string): FullCitation {
  const text = collapse(source.replace(new RegExp(`${EMPHASIS_OPEN}\\s*(et al\\.?)\\s*${EMPHASIS_CLOSE}`, 'g'), '$1'));
  const head = splitHead(text);
  const names = parseNames(head.authors.replace(/\bFacebook\b\.?/, ''));
  const platform = /\bFacebook\b/.test(head.authors) ? 'Facebook' : undefined;

  let rest = head.rest;
  let container: string | undefined;
  if (head.titleStyle === 'quoted' || head.titleStyle === 'plain') {
    const emphasis = new RegExp(`^([^${EMPHASIS_OPEN}]*?)${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]*)${EMPHASIS_CLOSE}`).exec(rest);
    if (emphasis && !/\d/.test(plain(emphasis[1]))) {
      container = trimTitle(emphasis[2]);
      rest = emphasis[1] + ' ' + rest.slice(emphasis[0].length);
    }
  }
  if (head.container) container = head.container;

  const urls = [...rest.matchAll(new RegExp(`${URL_OPEN}([^${URL_CLOSE}]*)${URL_CLOSE}`, 'g'))].map((match) => match[1]);
  const url = urls.at(-1)?.replace(/[.,]+$/, '');
  const details = collapse(plain(rest));

  const item: WorkFields = { type: 'webpage' };
  const creators = names.names;
  if (creators.length) item[names.editors ? 'editor' : 'author'] = creators;
  if (head.title) item.title = head.title;

  const facts = parseDetails(details);
  const isPost = Boolean(names.handle) || /\bFacebook\b/.test(details) || platform !== undefined || isPostUrl(url);
  const postPlatform = names.handle || /twitter\.com/.test(url ?? '') ? 'Twitter' : 'Facebook';

  if (facts.volume !== undefined || facts.journalYear !== undefined) {
    item.type = 'article-journal';
  } else if (isPost && !container) {
    item.type = 'post';
    item.genre = postPlatform === 'Twitter' ? 'Tweet' : 'Facebook post';
    container = postPlatform;
  } else if (/youtube\.com|youtu\.be/.test(url ?? '') || /\bfilmed\b/i.test(details) || /^\d+:\d+/.test(facts.locator ?? '')) {
    item.type = 'motion_picture';
  } else if (/dissertation|thesis/i.test(url ?? '') || (/^University\b/.test(facts.publisher ?? '') && !/\bPress\b/.test(facts.publisher ?? ''))) {
    item.type = 'thesis';
  } else if (head.titleStyle === 'italic' || head.titleStyle === 'plain') {
    item.type = facts.place !== undefined || facts.publisher !== undefined ? 'book' : 'report';
  } else if (container) {
    // An organisation's event page (`…/events/…`, `…-event-3218`) describes a meeting, not a report.
    const kind = publicationKind(container) === 'organisation' && isEventUrl(url) ? 'website' : publicationKind(container);
    item.type = { newspaper: 'article-newspaper', magazine: 'article-magazine', organisation: 'report', website: 'webpage' }[kind];
    if (kind === 'organisation') {
      facts.publisher = container;
      container = undefined;
    }
  } else if (/data\.worldbank\.org/.test(url ?? '')) {
    item.type = 'dataset';
  } else if (facts.publisher || (creators.length && creators.every((name) => name.literal) && !/\.gov\.|mid\.ru|kremlin/.test(url ?? ''))) {
    item.type = 'report';
  }

  if (container) item['container-title'] = container;
  if (facts.publisher) item.publisher = facts.publisher;
  if (facts.place) item['publisher-place'] = facts.place;
  if (facts.volume) item.volume = facts.volume;
  if (facts.issue) item.issue = facts.issue;
  if (facts.page) item.page = facts.page;
  if (facts.issued) item.issued = { 'date-parts': [facts.issued] };
  if (url) item.URL = url;

  return { item, locator: facts.locator ?? null, etAl: names.etAl };
}

function isEventUrl(url: string | undefined): boolean {
  if (!url) return false;
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  return /(?:^|[/_-])events?(?:[/_-]|$)/i.test(path);
}

function isPostUrl(url: string | undefined): boolean {
  if (!url) return false;
  return /^https?:\/\/(?:www\.)?twitter\.com\/(?!.*\/blog)/.test(url) || /facebook\.com\/(?:.*\/posts\/|story\.php)/.test(url);
}

interface Head {
  authors: string;
  title?: string;
  titleStyle: 'quoted' | 'italic' | 'plain' | 'none';
  container?: string;
  rest: string;
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

  const delimiter = firstIndexOf(text, [...OPENING_QUOTES, EMPHASIS_OPEN, URL_OPEN]);
  const person = PERSON_PREFIX.exec(text);
  const titleDelimiter = firstIndexOf(text, [...OPENING_QUOTES, EMPHASIS_OPEN]);
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
    const italic = trimTitle(withInlineUrls(text.slice(delimiter + 1, close)));
    const after = text.slice(close + 1);
    const quoted = /^[\s.,]*[“"]/.exec(after);
    if (quoted) {
      // `Lmahamad, Ayya. *Azernews*. “Civilian death toll …”`: the container comes first.
      const inner = splitHead(after.slice(quoted[0].length - 1));
      return { ...inner, authors, container: italic };
    }
    return { authors, title: italic, titleStyle: 'italic', rest: after };
  }

  const end = closingQuote(text, delimiter + 1);
  const bracket = translation(text, end + 1);
  return {
    authors,
    title: joinTitle(text.slice(delimiter + 1, end), bracket?.text),
    titleStyle: 'quoted',
    rest: text.slice(bracket?.end ?? end + 1),
  };
}

function firstIndexOf(text: string, characters: string[]): number {
  const indexes = characters.map((character) => text.indexOf(character)).filter((index) => index >= 0);
  return indexes.length ? Math.min(...indexes) : -1;
}

/**
 * The quote that closes a title. Titles quote other words ("spontaneous", “Armenian violation”),
 * so a closing quote is one followed by what comes after a title: a bracketed translation,
 * italics, a date, a URL or the end; failing that, one followed by a capital; failing that, the last.
 */
function closingQuote(text: string, from: number): number {
  const candidates: number[] = [];
  for (let index = from; index < text.length; index++) {
    if (text[index] === '”' || text[index] === '"') candidates.push(index);
  }
  const after = (index: number) => text.slice(index + 1).replace(/^[.,]?\s*/, '');
  const strong = candidates.find((index) => {
    const next = after(index);
    return (
      next === '' ||
      /^[[\uE000\uE002]/.test(next) ||
      STARTS_WITH_MONTH.test(next) ||
      /^\(?\d{4}\b/.test(next) ||
      /^Facebook\b|^Originally\b/.test(next)
    );
  });
  if (strong !== undefined) return strong;
  const weak = candidates.find((index) => /^\p{Lu}/u.test(after(index)));
  return weak ?? candidates.at(-1) ?? text.length;
}

/** `[Dear compatriots, sisters and brothers]` right after a non-English title. */
function translation(text: string, from: number): { text: string; end: number } | undefined {
  const match = /^\s*(\[[^\]]*\])/.exec(text.slice(from));
  return match ? { text: match[1], end: from + match[0].length } : undefined;
}

function joinTitle(title: string, bracket?: string): string {
  const main = trimTitle(withInlineUrls(title));
  return bracket ? `${main} ${collapse(bracket)}` : main;
}

interface Details {
  volume?: string;
  issue?: string;
  journalYear?: number;
  page?: string;
  place?: string;
  publisher?: string;
  issued?: number[];
  locator?: string;
}

/** What follows the title and container, markers removed: `6, no. 2, (2015): 114-121.` etc. */
function parseDetails(details: string): Details {
  const facts: Details = {};
  const text = details.replace(/^[\s.,]+/, '');

  const journal = new RegExp(
    `^(\\d+)(?:,\\s*no\\.\\s*(\\d+))?,?\\s*\\((\\d{4})\\)(?::\\s*(\\d+\\s*[-–]\\s*\\d+|\\d+))?(?:,\\s*(${LOCATOR}))?`,
    'i',
  ).exec(text);
  if (journal) {
    facts.volume = journal[1];
    if (journal[2]) facts.issue = journal[2];
    facts.journalYear = Number(journal[3]);
    facts.issued = [facts.journalYear];
    if (journal[4]) facts.page = journal[4];
    if (journal[5]) facts.locator = journal[5];
    return facts;
  }

  const book = new RegExp(`^(?:(.*?)\\.\\s+)?([^.:]+?):\\s*(?:(.+?),\\s*)?(\\d{4})(?:[,.]\\s*(${LOCATOR}))?[\\s.,]*$`).exec(text);
  if (book && !MONTH_DATE.test(book[2])) {
    facts.place = book[2].trim();
    if (book[3]) facts.publisher = book[3].trim();
    facts.issued = [Number(book[4])];
    if (book[5]) facts.locator = book[5];
    return facts;
  }

  const date = MONTH_DATE.exec(text);
  const year = date ? undefined : /\(?\b((?:1[5-9]|20)\d\d)\b\)?/.exec(text);
  const found = date ?? year;
  if (date) {
    const month = MONTHS.indexOf(date[1].toLowerCase()) + 1;
    facts.issued = date[2] ? [Number(date[3]), month, Number(date[2])] : [Number(date[3]), month];
  } else if (year) {
    facts.issued = [Number(year[1])];
  }
  const before = found ? text.slice(0, found.index) : text;
  const after = found ? text.slice(found.index + found[0].length) : '';
  const publisher = before.replace(/[\s.,(]+$/, '').trim();
  if (publisher && !/^(Facebook|Originally filmed)$/i.test(publisher) && !LOCATOR_ONLY.test(publisher)) {
    facts.publisher = publisher;
  }
  const locator = LOCATOR_ONLY.exec(after);
  if (locator) facts.locator = locator[1];
  return facts;
}
