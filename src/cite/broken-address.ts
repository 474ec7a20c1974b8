/**
 * An address broken by a space (a line's end in the source, or a space typed after its dot): `http://shore.example.
 * org/tides/lee.html` or `http://www.shore.example.org/ tides/2008/lee`. A link stops at the space; the run after it,
 * with no space and no capital to open it, goes on with the address: after a dot, the host's last words and a path
 * (`org/tides/…`), after a slash, a path of two steps at least (`tides/2008/lee`, never `and/or`). Joined again, it is one address,
 * and the run is read as no page cited (`, tides/…` is no page `t`).
 */
import { URL_CLOSE, URL_OPEN } from './note-text.js';

/** A link ending at a dot or a slash, then a space and a lower-case run holding a slash. */
const BROKEN = new RegExp(
  `${URL_OPEN}([^${URL_CLOSE}]*)${URL_CLOSE}(\\.?)\\s+([a-z0-9][a-z0-9.~%_-]*/[^\\s${URL_OPEN}${URL_CLOSE}]*?)(?=[.,;)]*(?:\\s|$))`,
  'g',
);

/** The text with every broken address joined again into one link. */
export function joinBrokenAddress(text: string): string {
  return text.replace(BROKEN, (whole, url: string, dot: string, tail: string) => {
    const joined = `${url}${dot}`;
    // After a dot, the host's last words (`org/…`); after a slash, a path of two steps at least (not `and/or`).
    const host = joined.endsWith('.') && /^[a-z]{2,6}(?:\.[a-z]{2,6})*\//.test(tail);
    const path = joined.endsWith('/') && (tail.match(/\//g) ?? []).length >= 2;
    return host || path ? `${URL_OPEN}${joined}${tail}${URL_CLOSE}` : whole;
  });
}
