/**
 * Software cited with its release (Chicago 14.169): the title, then the kind of package and its version
 * (`Ann Lee, “tides: Tools for Tide Tables,” R package version 0.2.1 (2015), https://…`, `Quay Charts, version
 * 2.10.3 (Hull: Fell Labs, 2019)`, `version 1.2 (software)`): a release named after the package's kind or before it in
 * brackets, or numbered in three parts, makes the
 * work software, the version its own field. A site's edition (`version 3.0`) does not.
 */

/** `R package version 0.2.1`, `Python library, version 1.4`, `version 2.10.3`: the words before are the package's kind. */
const VERSION =
  /(?:^|[\s,.(])((?:[\p{L}-]+\s+){0,2}?(?:package|library|module|software|program|app|toolkit),?\s*)?\b[Vv]ersion\s+v?(\d+(?:\.\d+)+[\w.-]*)/u;

/** The release and the text with its phrase blanked out, or undefined when none is named. */
/** `version 1.2 (software)`: the kind named in brackets after the release. */
const KIND_AFTER =
  /(?:^|[\s,.(])[Vv]ersion\s+v?(\d+(?:\.\d+)+[\w.-]*)\s*\((?:software|computer\s+(?:software|program)|app)\)/u;

export function softwareVersion(text: string): { version: string; text: string } | undefined {
  const after = KIND_AFTER.exec(text);
  if (after) {
    const start = after.index + after[0].length - after[0].replace(/^[\s,.(]/, '').length;
    return {
      version: after[1],
      text:
        text.slice(0, start) +
        ' '.repeat(after.index + after[0].length - start) +
        text.slice(after.index + after[0].length),
    };
  }
  const found = VERSION.exec(text);
  // (`(https://…, version 3.0, 2 June 2009)`: a site's edition; software names its kind or a release of three numbers.)
  if (!found || (!found[1] && !/^\d+\.\d+\.\d+/.test(found[2]))) return undefined;
  const start = found.index + found[0].length - found[0].replace(/^[\s,.(]/, '').length;
  return {
    version: found[2],
    text:
      text.slice(0, start) +
      ' '.repeat(found[0].length - (start - found.index)) +
      text.slice(found.index + found[0].length),
  };
}
