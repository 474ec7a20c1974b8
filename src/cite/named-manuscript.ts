/**
 * A manuscript cited by the name scholars know it by, then where it is kept (art history's and medieval studies'
 * way): `Bible of Quay Abbey, Hull, Harbour Library, Ms. 15, fol. 94r.`, `*De portibus*, Hull, Harbour Library,
 * Ms. 159.`, `Tide Legendary: Hull, Harbour Library, Mss. 641, 642` — the name (upright or in italics), the town,
 * the repository (a library, an archive, a museum), the shelfmark (`Ms.`, `MS`, `Mss.` for several volumes), perhaps
 * the folios cited. The name is the title, the repository the container (as archive.ts's items), the shelfmark the
 * archive location, the folios the place cited. No name, town or repository is looked up: the order tells them.
 */
import { ARCHIVAL_PLACE, REPOSITORY, isRepository } from './archive.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from './note-markers.js';
import type { FullCitation, WorkFields } from './parse-full.js';
import { trimTitle } from './text.js';

/** One shelfmark number: `15`, `Latin 11509`, `Phillipps 1644`, `103 (38)` (an old number in brackets). */
const NUMBER = String.raw`(?:\p{Lu}[\p{L}]*\.?\s+){0,2}[\w./-]*\d[\w./-]*(?:\s*\(\d+\))?`;
/** `Ms. 15`, `MS 15`, `Mss. 641, 642`, `Mss. 2, 4–6`, `Ms. Latin 11509, Ms. 11510`. */
const SHELFMARKS = String.raw`(?:MSS?|Mss?)\.?\s+${NUMBER}(?:(?:,\s*(?:(?:MSS?|Mss?)\.?\s+)?|\s*[-–]\s*)${NUMBER})*`;
/** A town: one to three capitalised words (`Hull`, `Saint-Omer`, `Bury St Edmunds`). */
const TOWN = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`;

const NAMED_MANUSCRIPT = new RegExp(
  // (The name's comma after its italics or inside them: `*De portibus*,`, `*De portibus,*`.)
  String.raw`^(?:${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]+?)(?:[,:]${EMPHASIS_CLOSE}|${EMPHASIS_CLOSE}[,:])|(\p{Lu}[^,:;()${EMPHASIS_OPEN}\d“”"]*?)[,:])` +
    String.raw`\s+(${TOWN}),\s+(${REPOSITORY}),\s+(${SHELFMARKS})(?:,\s*(${ARCHIVAL_PLACE}))?[.\s]*$`,
  'u',
);

/** The manuscript's citation, or undefined when the text is no name, town, repository and shelfmark in turn. */
export function parseNamedManuscript(text: string): FullCitation | undefined {
  // (A quick test first: the classifier asks this of every part of every note.)
  if (!/\bM(?:SS?|ss?)\b/.test(text)) return undefined;
  const match = NAMED_MANUSCRIPT.exec(text.trim());
  if (!match || !isRepository(match[4])) return undefined;
  const [, italic, upright, , repository, shelfmarks, place] = match;
  const item: WorkFields = {
    type: 'manuscript',
    title: trimTitle(italic ?? upright),
    'container-title': repository.trim(),
    archive_location: shelfmarks.trim().replace(/[.,]+$/, ''),
  };
  return { item, locator: place ?? null, etAl: false };
}
