/**
 * Where a message points when Folio reads a rewritten view of the author's file rather than the
 * file itself: a `.txt` from a PDF is rewritten as the export dialect (text-pages.ts) and a `.docx`
 * is read as a plain-text view, one paragraph a line (docx/index.ts). The file's `locate` maps a
 * point of that view back: for a `.txt`, to the original file's line and column; for a `.docx`,
 * which has no lines, to the same point with the paragraph it is in and a snippet of its text.
 * Messages are filed at the view's points; `folio check` and `folio build` print them moved
 * (check/format.ts).
 */
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';

export interface Located {
  line: number;
  column: number;
  /** Words that place the point where the line does not (a Word file's paragraph and snippet). */
  where?: string;
}

export type Locate = (line: number, column: number) => Located;

declare module 'vfile' {
  interface DataMap {
    locate: Locate;
  }
}

/** Letters and digits, lower-cased: what a rewritten line keeps of its original's text. */
function key(text: string): string {
  return text
    .replace(/<\/?sup>/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The column (1-based) of `line` after its first `count` key characters. */
function columnAfter(line: string, count: number): number {
  let seen = 0;
  let index = 0;
  for (const char of line) {
    if (seen === count && /[\p{L}\p{N}]/u.test(char)) return index + 1;
    if (/[\p{L}\p{N}]/u.test(char)) seen++;
    index += char.length;
  }
  return seen >= count ? index + 1 : 1;
}

/**
 * Aligns the rewritten text with the original line by line, in order (pages, their bodies and
 * their note texts keep their order): each rewritten line is found in the first original line at
 * or after the last one found that holds its opening words. A point is then placed by counting
 * letters and digits; a line not found is placed at the original line found before it.
 */
export function alignedLocate(original: string, rewritten: string): Locate {
  const originalLines = original.replace(/\r\n?/g, '\n').split('\n');
  const originalKeys = originalLines.map(key);
  const rewrittenLines = rewritten.split('\n');
  const found: Array<{ line: number; from: number } | undefined> = [];
  let cursor = 0;
  for (const line of rewrittenLines) {
    const wanted = key(line).slice(0, 24);
    if (wanted.length < 3) {
      found.push(undefined);
      continue;
    }
    let hit: { line: number; from: number } | undefined;
    for (let index = cursor; index < Math.min(originalKeys.length, cursor + 400) && !hit; index++) {
      const from = originalKeys[index].indexOf(wanted);
      if (from !== -1) hit = { line: index, from };
    }
    // A line that a rejoined word lengthens (the whole original line opens it), or that starts
    // mid-way through an original line: its first words alone.
    for (let index = cursor; !hit && index < Math.min(originalKeys.length, cursor + 400); index++) {
      const lineKey = originalKeys[index];
      if (lineKey.length >= 4 && wanted.startsWith(lineKey)) hit = { line: index, from: 0 };
      const from = wanted.length > 8 ? lineKey.indexOf(wanted.slice(0, 8)) : -1;
      if (!hit && from !== -1) hit = { line: index, from };
    }
    found.push(hit);
    if (hit) cursor = hit.line;
  }
  return (line, column) => {
    const text = rewrittenLines[line - 1];
    const hit = found[line - 1];
    if (text === undefined) return { line, column };
    if (!hit) {
      const before = found.slice(0, line - 1).findLast((entry) => entry !== undefined);
      return { line: (before?.line ?? 0) + 1, column: 1 };
    }
    const before = key(text.slice(0, column - 1)).length;
    const target = hit.from + before;
    const originalLine = originalLines[hit.line];
    return target <= originalKeys[hit.line].length
      ? { line: hit.line + 1, column: columnAfter(originalLine, target) }
      : { line: hit.line + 1, column: 1 };
  };
}

/** A point of `file` as the author's file has it. */
export function locate(file: VFile, line: number, column: number): Located {
  return file.data.locate?.(line, column) ?? { line, column };
}

/** A message's place in `file` as the author's file has it, and the words that place it there. */
export function relocatePlace(
  file: VFile,
  place: Position | Point | undefined,
): { place: Position | Point | undefined; where?: string } {
  if (!place || !file.data.locate) return { place };
  const point = (at: Point): Point => {
    const { line, column } = locate(file, at.line, at.column);
    return { line, column };
  };
  if ('start' in place) {
    const where = locate(file, place.start.line, place.start.column).where;
    return { place: { start: point(place.start), end: point(place.end) }, where };
  }
  return { place: point(place), where: locate(file, place.line, place.column).where };
}

/**
 * A Word file's points: the paragraph (counted among those with text: the body's, then each note's)
 * and the first words from the point.
 */
export function docxLocate(view: string, notes: Array<{ line: number; lines: number }>): Locate {
  const lines = view.split('\n');
  return (line, column) => {
    const text = lines[line - 1] ?? '';
    const rest = text.slice(Math.max(0, column - 1)).trim();
    const before = text.slice(0, Math.max(0, column - 1)).trim();
    // The words from the point on, or, at a paragraph's end (a call), the words before it.
    const words = rest
      ? `at “${rest.length > 40 ? `${rest.slice(0, 40).replace(/\s+\S*$/, '')}…` : rest}”`
      : before
        ? `after “${before.length > 40 ? `…${before.slice(-40).replace(/^\S*\s+/, '')}` : before}”`
        : '';
    const noteIndex = notes.findIndex((note) => line >= note.line && line < note.line + note.lines);
    const paragraph =
      noteIndex === -1
        ? `paragraph ${line} of the body`
        : `note ${noteIndex + 1} of the document, paragraph ${line - notes[noteIndex].line + 1}`;
    return { line, column, where: words ? `${paragraph}, ${words}` : paragraph };
  };
}
