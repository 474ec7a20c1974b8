/**
 * A quoted title, then the site that holds it named without italics, then its address, no date between:
 * `Harbour Office, ‘Shore Rights Declaration’, Government of Quayland, https://…`. The name is the page's
 * site (its container), as it is when a day's date follows it (details.ts); a PDF's (or a Word file's) is left as
 * it was, a document a body publishes rather than a page of a site. The name is a few capitalised words (and the
 * linking words of a body's name), no figures, nothing else between the title and the address.
 */
import { isDocumentUrl } from './infer-type.js';

/** A site's name: capitalised words (`Government of Quayland`, `QCL`, `Harbourview`), eight at most. */
const SITE_NAME =
  /^[\s,]*((?:The\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|for|and|the|on|in|de|du|des|la|le|\p{Lu}[\p{L}'’&.-]*)){0,7})[\s,.]*$/u;

/** The site named between a quoted title and its address, or undefined. `details`: the words after the title, addresses dropped. */
export function siteBeforeAddress(details: string, url: string | undefined): string | undefined {
  if (!url || isDocumentUrl(url)) return undefined;
  // The address must close the citation: the name stands before it, with its comma.
  if (!/,\s*[.]?\s*$/.test(details.replace(/\s+$/, ''))) return undefined;
  const name = SITE_NAME.exec(details)?.[1];
  return name && !/\p{L}\.$/u.test(name) ? name : undefined;
}
