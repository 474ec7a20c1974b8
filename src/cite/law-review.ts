/**
 * A law review article as the Bluebook cites it: `Ann Lee, Salt and the Law, 31 Shore L. Rev. 183, 190 (1997).`
 * — the author, the title (in italics, in quotes, or without markup), then the volume, the journal's
 * abbreviated name, the first page, perhaps the page cited, and the year in brackets.
 */
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-text.js';
import { parseNoteNames } from './names.js';
import type { FullCitation, WorkFields } from './parse-full.js';
import { plain, trimTitle } from './text.js';

/**
 * A journal's abbreviated name: capitalised words, perhaps abbreviated with a stop or an apostrophe (`Int'l`,
 * `Pol'y`), joined by `&` or by `of`, `on`, `and`, `for`, `the` where the author wrote them out (`Int'l J. of Info.
 * Mgmt.`).
 */
const JOURNAL = String.raw`(?:\p{Lu}[\p{L}'’]*\.?\s*(?:&\s*)?(?:(?:of|on|and|for|the)\s+)?){1,7}?`;
/** The page cited: `190`, `190–92`, and a note on it (`192 n.75`, `192 nn. 7–9`). */
const PINPOINT = String.raw`\d+(?:\s*[-–]\s*\d+)?(?:\s*nn?\.\s*\d+(?:\s*[-–]\s*\d+)?)?`;

/**
 * The journal's part of a law review citation: `31 Shore L. Rev. 183, 190 (1997)` (its abbreviations end no sentence);
 * a reporter numbered by paragraphs gives the paragraph and the page cited in it: `11 Shore Rep. ¶ 17, at 60 (1997)`.
 */
export const LAW_REVIEW_JOURNAL = new RegExp(
  String.raw`\b\d+\s+${JOURNAL}\s+(?:\d+|¶+\s*\d+)(?:,\s*(?:at\s+)?${PINPOINT})?\s*\((?:[^()]*\s)?(?:1[5-9]|20)\d\d\)`,
  'gu',
);

const LAW_REVIEW = new RegExp(
  String.raw`^(.+?),\s+(\d+)\s+(${JOURNAL})\s+(\d+|¶+\s*\d+)(?:,\s*(?:at\s+)?(${PINPOINT}))?` +
    String.raw`\s*\((?:[^()]*\s)?((?:1[5-9]|20)\d\d)\)[.\s]*(?:\([^()]*\)[.\s]*)?$`,
  'u',
);

export function parseLawReview(text: string): FullCitation | undefined {
  const match = LAW_REVIEW.exec(text);
  if (!match?.[3].includes('.') || / v\.? /.test(match[1])) return undefined;
  const head = match[1];
  const marked = new RegExp(`[${EMPHASIS_OPEN}“"‘]`).exec(head);
  // `Ann B. Lee. Salt and the Law, 31 …`: names closed by a full stop (after a word, not an initial) before the title.
  const stop = /(?<=\p{L}{2})\.\s+(?=\p{Lu})/u.exec(head);
  const comma = head.indexOf(', ');
  const split = marked ? marked.index : stop && (comma < 0 || stop.index < comma) ? stop.index : comma;
  if (split <= 0) return undefined;
  const names = parseNoteNames(head.slice(0, split)).names;
  const title = trimTitle(
    plain(head.slice(split).replace(/^[,.]\s*/, ''))
      .replace(new RegExp(`[${EMPHASIS_CLOSE}]`, 'g'), '')
      .replace(/^[“"‘]|[”"’]$/g, '')
      .replace(/[,]?[”"’]$/, ''),
  );
  if (!names.length || !title) return undefined;
  const item: WorkFields = {
    type: 'article-journal',
    author: names,
    title,
    'container-title': match[3].trim(),
    volume: match[2],
    page: match[4],
    issued: { 'date-parts': [[Number(match[6])]] },
  };
  return { item, locator: match[5] ?? null, etAl: false };
}
