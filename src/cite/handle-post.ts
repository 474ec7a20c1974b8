/**
 * A post cited by its handle alone, as Chicago 14.209 allows when the post has no title to quote: `@tidewatcher,
 * Chirper post, 4 May 2019, 9:12AM, https://…`. The handle is the author; the site's name and the kind of post
 * (`post`, `photo`, `video`, `status update`) are neither names nor a title, the site being the post's container;
 * the time of day is no name; the date gives the year.
 */
import type { FullCitation, WorkFields } from './parse-full.js';
import { findDate, plain, firstAddress } from './text.js';

const HANDLE_POST = /^\s*(@\w+)\s*,\s*(?:(\p{Lu}[\p{L}\d]*)\s+)?(?:post|photo|video|status\s+update)\b\s*,?\s*(.*)$/iu;

export function parseHandlePost(text: string): FullCitation | undefined {
  const match = HANDLE_POST.exec(text);
  if (!match) return undefined;
  const item: WorkFields = { type: 'post', author: [{ literal: match[1] }] };
  if (match[2]) item['container-title'] = match[2];
  const date = findDate(plain(match[3]));
  if (date) item.issued = { 'date-parts': [date.parts] };
  const url = firstAddress(match[3]);
  if (url) item.URL = url;
  return { item, locator: null, etAl: false };
}
