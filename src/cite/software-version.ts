/**
 * Software cited with its release (Chicago 14.169): the title, then the kind of package and its version
 * (`Ann Lee, “tides: Tools for Tide Tables,” R package version 0.2.1 (2015), https://…`, `Quay Charts, version
 * 2.10.3 (Hull: Fell Labs, 2019)`, `version 1.2 (software)`): a release named after the package's kind or before it
 * in brackets, or numbered in three parts, makes the work software, the version its own field. A site's edition
 * (`version 3.0`) does not.
 */

/** `R package version 0.2.1`, `Python library, version 1.4`, `version 2.10.3`: the words before are the package's kind. */
const VERSION =
  /(?:^|[\s,.(])((?:[\p{L}-]+\s+){0,2}?(?:package|library|module|software|program|app|toolkit),?\s*)?\b[Vv]ersion\s+v?(\d+(?:\.\d+)+[\w.-]*)/u;
/** `version 1.2 (software)`: the kind named in brackets after the release. */
const KIND_AFTER =
  /(?:^|[\s,.(])[Vv]ersion\s+v?(\d+(?:\.\d+)+[\w.-]*)\s*\((?:software|computer\s+(?:software|program)|app)\)/u;

/** The release and the text with its phrase blanked out, or undefined when none is named. */
export function softwareVersion(text: string): { version: string; text: string } | undefined {
  const after = KIND_AFTER.exec(text);
  if (after) return { version: after[1], text: blanked(text, after) };
  const found = VERSION.exec(text);
  // (`(https://…, version 3.0, 2 June 2009)`: a site's edition; software names its kind or a release of three numbers.)
  if (!found || (!found[1] && !/^\d+\.\d+\.\d+/.test(found[2]))) return undefined;
  return { version: found[2], text: blanked(text, found) };
}

/** The text with the phrase found blanked out (its leading space or mark kept), the same length. */
function blanked(text: string, found: RegExpExecArray): string {
  const end = found.index + found[0].length;
  const start = end - found[0].replace(/^[\s,.(]/, '').length;
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}
