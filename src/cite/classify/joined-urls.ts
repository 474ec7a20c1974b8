/**
 * A run of bare addresses joined by `and` or commas (`see <a> and <b>.`) cites one page per address: the
 * full citation is cut into one per address, each a web page of its own.
 */
import { URL_CLOSE, URL_OPEN } from '../note-text.js';
import type { Segment } from './segment.js';

const ADDRESS = new RegExp(`${URL_OPEN}[^${URL_CLOSE}]*${URL_CLOSE}`, 'g');
const JOINED_URLS = new RegExp(`^${ADDRESS.source}(?:\\s*(?:,|;|and|&)?\\s*${ADDRESS.source})+[\\s.]*$`);

export function splitJoinedUrls(segment: Segment): Segment[] {
  if (segment.kind !== 'full' || !JOINED_URLS.test(segment.text)) return [segment];
  return [...segment.text.matchAll(ADDRESS)].map((match) => ({
    kind: 'full' as const,
    text: match[0],
    from: segment.from + match.index,
    to: segment.from + match.index + match[0].length,
  }));
}
