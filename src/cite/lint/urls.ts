/**
 * Addresses compared like with like: a site's home page names the site, not a work, so it is never
 * set against a work's title; an article's own address is, through the words of its slug.
 */
import { fold } from '../text.js';

/** `https://example.org/`, `https://example.org/?utm_source=x`: the site, not a page of it. */
export function isHomePage(url: string): boolean {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/\/+$/, '');
    const query = [...parsed.searchParams.keys()].filter((key) => !/^utm_|^fbclid$|^ref$/i.test(key));
    return path === '' && query.length === 0;
  } catch {
    return false;
  }
}

/** The longest segment of the address's path, decoded: the slug that names an article. */
export function slugOf(url: string): string | undefined {
  try {
    const path = decodeURIComponent(new URL(url).pathname);
    return path
      .split('/')
      .filter(Boolean)
      .sort((a, b) => b.length - a.length)[0];
  } catch {
    return undefined;
  }
}

/** The slug's words (`pompeo-hopes-armenia` → pompeo, hopes, armenia), folded. */
export function slugWords(slug: string): string[] {
  return fold(slug.replace(/\.(?:s?html?|php|aspx?|jsp)$/i, ''))
    .split(/[-_.+]+/)
    .filter(Boolean);
}
