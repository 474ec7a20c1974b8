/**
 * A part whose container is written `ibid.` (`Nan Lee, “Tides,” *ibid.*, 202`, after `“Salt,” *Shore Review* 9,
 * no. 4 (1998)`): it is held by what the citation just before it in the note named, the journal's issue or the
 * edited book that held that one (its container, date, volume and issue, and its type), or that work itself when
 * it was a book (the part a chapter of it). The page after `ibid.` stays the place cited.
 */
import type { WorkFields } from './parse-full.js';

/** `ibid`, `ibid.`, `Ibid.`: the container's name is only the word. */
const IBID = /^ibid\.?$/i;
/** What a part shares with the part or book before it when it is held by the same thing. */
const SHARED = ['container-title', 'issued', 'volume', 'issue', 'publisher', 'publisher-place', 'editor'];

/** The item with `ibid.` as its container replaced by what the citation before it named; else the item as it was. */
export function ibidContainer(item: WorkFields, before: WorkFields | undefined): WorkFields {
  if (!before || typeof item['container-title'] !== 'string' || !IBID.test(item['container-title'].trim())) return item;
  const filled: WorkFields = { ...item };
  delete filled['container-title'];
  if (typeof before['container-title'] === 'string') {
    for (const field of SHARED) if (before[field] !== undefined) filled[field] = before[field];
    filled.type = before.type;
  } else if (typeof before.title === 'string') {
    filled['container-title'] = before.title;
    for (const field of SHARED.slice(1)) if (before[field] !== undefined) filled[field] = before[field];
    if (before.author && !filled.editor) filled.editor = before.author;
    filled.type = 'chapter';
  }
  return filled;
}
