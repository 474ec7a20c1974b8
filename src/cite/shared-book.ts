/**
 * Two works cited in one note from one book or issue: `Ann Lee, “Tides,” and Bo Chen, “Rivers,” in Dara Eze,
 * ed., *Shore Essays* (Hull, 1949)` or `…, both in *Shore Review* 5, no. 1 (1996)`. The first citation ends at
 * its quoted title; the book or periodical, its editors and its date are those of the citation that follows,
 * so the first work takes them from it. Its own names, title and cited place stay its own (also its pages, when the
 * second says they are `both in` the book).
 */
import type { FullCitation, WorkFields } from './parse-full.js';
import { sharesBookBefore, withoutOwnPages } from './both-in.js';
import { plain } from './text.js';

/** The facts a work shares with the other work of its book or issue. */
const SHARED = ['container-title', 'editor', 'issued', 'publisher', 'publisher-place', 'volume', 'issue'] as const;

/** The citation read alone ends at its quoted title: names and a title, nothing else. */
export function endsAtTitle(source: string, item: WorkFields): boolean {
  const own = Object.keys(item).every((key) => ['type', 'author', 'title'].includes(key));
  return own && typeof item.title === 'string' && /[”"’'],?[\s,]*$/.test(plain(source));
}

/**
 * `followingSource`: the next citation as written; when it names the book both are in (`…, 48–60, both in *Book*`,
 * both-in.ts), this one may close with its own pages, which stay its cited place.
 */
export function shareBook(
  source: string,
  own: FullCitation,
  following: () => FullCitation,
  followingSource = '',
): FullCitation {
  const bare = sharesBookBefore(followingSource) ? withoutOwnPages(source) : source;
  if (!endsAtTitle(bare, own.item)) return own;
  const next = following().item;
  if (typeof next['container-title'] !== 'string') return own;
  const item: WorkFields = { ...own.item, type: next.type };
  for (const key of SHARED) if (next[key] !== undefined) item[key] = next[key];
  return { ...own, item, shared: true };
}
