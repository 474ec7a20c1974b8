/**
 * Software cited by its title and release (Chicago 14.169): `Ann Lee, “tidy: Tools for Tides,” R package version
 * 0.2 (2015): https://…`. A package's or program's version number after the title makes the work software,
 * whatever its address (a code host or a package index); a document's `version 2` alone does not.
 */
export const SOFTWARE_VERSION = /(?:^|[\s,(])(?:package|software|program|library|module)\s+version\s+\d+(?:\.\d+)+\b/iu;

/** Whether the facts after a work's title name a software release. */
export function isSoftwareRelease(details: string | undefined): boolean {
  return SOFTWARE_VERSION.test(details ?? '');
}
