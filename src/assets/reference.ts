/**
 * An asset reference as written in the manuscript (`images/map%20old.svg`) to a path. A bad
 * percent-escape (`caf%E9.png`, Latin-1 rather than UTF-8) is not an error here: the reference
 * is then taken literally, as a file name with a `%` in it.
 */
export function decodeReference(reference: string): string {
  try {
    return decodeURI(reference);
  } catch {
    return reference;
  }
}

/** `http:`, `https:`, `//host/…`: never fetched (sanitize drops them). */
export function isRemoteReference(reference: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(reference);
}

/** A URL scheme other than a remote one (`file:`, `data:`, `javascript:`, `C:` is a drive, not a scheme). */
export function hasScheme(reference: string): boolean {
  return /^[a-z][a-z0-9+.-]+:/i.test(reference);
}
