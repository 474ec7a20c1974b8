/**
 * Front matter that is not valid YAML (a publisher's `Author: Editors: A, B` or an abstract whose
 * second line is not indented) read as MultiMarkdown-style `Key: value` lines: a line that starts
 * with a key and a colon opens a value, any other line continues it.
 */
export interface LineValues {
  values: Record<string, string>;
  /** The line (0-based, within the front matter) each key was written on. */
  lines: Map<string, number>;
}

export function lineValues(text: string): LineValues {
  const values: Record<string, string> = {};
  const lines = new Map<string, number>();
  let current: string | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    const opening = /^([\p{L}\p{N}][\p{L}\p{N} _-]*):(?:\s+(.*)|$)/u.exec(line);
    if (opening) {
      current = opening[1].trim();
      values[current] = (opening[2] ?? '').trim();
      lines.set(current, index);
    } else if (current !== undefined && line.trim() !== '') {
      values[current] = `${values[current]} ${line.trim()}`.trim();
    }
  });
  return { values, lines };
}
