/**
 * Book fonts from npm (`@fontsource/*`): the `@font-face` rules for the configured families, the
 * files they need, and a coverage check that reads each font's own character map, so the build
 * can warn before rendering about characters no configured font can show.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { characterGlyphs, fontTables } from '../font-tables.js';

export interface BookFontFace {
  family: string;
  weight: number;
  style: 'normal' | 'italic';
  /** Absolute path of the WOFF2 file. */
  file: string;
  /** The `unicode-range` the face is declared for, as `[start, end]` pairs. */
  ranges: Array<[number, number]>;
  /** The CSS text of the range, as declared. */
  unicodeRange?: string;
}

export interface FontOptions {
  /** Weights loaded for each family. Default: 400 (text) and 700 (bold). */
  weights?: number[];
}

const require = createRequire(import.meta.url);

/** `EB Garamond` → `@fontsource/eb-garamond`. */
export function fontsourcePackage(family: string): string {
  return `@fontsource/${family.trim().toLowerCase().replace(/\s+/g, '-')}`;
}

/**
 * The last family of every stack: DejaVu Sans (Bitstream Vera licence, embedding allowed) has a glyph for the
 * punctuation, symbols, arrows and mathematical and technical signs that book faces lack (`∗`, `‡`, `→`, `≤`).
 */
export const symbolFallback = 'DejaVu Sans';

/** The families the book is set in: `pdf.fonts`, then the symbol fallback. */
export function fontStack(families: string[]): string[] {
  return families.includes(symbolFallback) ? families : [...families, symbolFallback];
}

/** The faces of `families` that their packages provide (a family without italics simply has none). */
export function bookFontFaces(
  families: string[],
  options: FontOptions = {},
): { faces: BookFontFace[]; missing: string[] } {
  const weights = options.weights ?? [400, 700];
  const faces: BookFontFace[] = [];
  const missing: string[] = [];
  for (const family of fontStack(families)) {
    const pkg = fontsourcePackage(family);
    let found = false;
    for (const weight of weights) {
      for (const variant of [`${weight}`, `${weight}-italic`]) {
        let cssPath: string;
        try {
          cssPath = require.resolve(`${pkg}/${variant}.css`);
        } catch {
          continue;
        }
        found = true;
        faces.push(...parseFontFaces(readFileSync(cssPath, 'utf8'), path.dirname(cssPath)));
      }
    }
    if (!found) missing.push(family);
  }
  return { faces, missing };
}

/** `@font-face` rules of a Fontsource CSS file; `src` is resolved against `dir`. */
export function parseFontFaces(css: string, dir: string): BookFontFace[] {
  const faces: BookFontFace[] = [];
  for (const [, body] of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const field = (name: string) => new RegExp(`${name}\\s*:\\s*([^;]+);`).exec(body)?.[1].trim();
    const family = field('font-family')?.replace(/^['"]|['"]$/g, '');
    const woff2 = /url\(([^)]+\.woff2)\)/.exec(body)?.[1].replace(/^['"]|['"]$/g, '');
    if (!family || !woff2) continue;
    const unicodeRange = field('unicode-range');
    faces.push({
      family,
      weight: Number(field('font-weight') ?? 400),
      style: field('font-style') === 'italic' ? 'italic' : 'normal',
      file: path.resolve(dir, woff2),
      ranges: unicodeRange ? parseUnicodeRange(unicodeRange) : [[0, 0x10ffff]],
      unicodeRange,
    });
  }
  return faces;
}

export function parseUnicodeRange(value: string): Array<[number, number]> {
  return value.split(',').map((item) => {
    const [start, end] = item.trim().replace(/^U\+/i, '').split('-');
    if (start.includes('?')) return [parseInt(start.replace(/\?/g, '0'), 16), parseInt(start.replace(/\?/g, 'F'), 16)];
    return [parseInt(start, 16), parseInt(end ?? start, 16)];
  });
}

/** `@font-face` rules pointing at `${urlPrefix}/${file name}`. */
export function fontFaceCss(faces: BookFontFace[], urlPrefix = 'fonts'): string {
  return faces
    .map(
      (face) =>
        `@font-face {
  font-family: '${face.family}';
  font-style: ${face.style};
  font-weight: ${face.weight};
  font-display: block;
  src: url('${urlPrefix}/${path.basename(face.file)}')` +
        ` format('woff2');${face.unicodeRange ? `\n  unicode-range: ${face.unicodeRange};` : ''}
}`,
    )
    .join('\n');
}

/** Code points the faces can show: each face's character map, within its declared unicode-range. */
export function coveredCodePoints(faces: BookFontFace[]): Set<number> {
  const covered = new Set<number>();
  for (const face of faces) {
    let map: Set<number>;
    try {
      map = characterMap(readFileSync(face.file.replace(/\.woff2$/, '.woff')));
    } catch {
      continue;
    }
    for (const codePoint of map) {
      if (face.ranges.some(([start, end]) => codePoint >= start && codePoint <= end)) covered.add(codePoint);
    }
  }
  return covered;
}

export interface UncoveredCharacter {
  codePoint: number;
  char: string;
  count: number;
  /** Where it first occurs (e.g. a part id). */
  firstIn: string;
}

/** Characters that need no glyph: controls, spaces and invisible formatting marks. */
const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\s]/u;

/** Characters of `texts` that none of `covered` shows, most frequent first. */
export function uncoveredCharacters(
  texts: Array<{ where: string; text: string }>,
  covered: Set<number>,
): UncoveredCharacter[] {
  const found = new Map<number, UncoveredCharacter>();
  for (const { where, text } of texts) {
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      if (covered.has(codePoint) || invisible.test(char)) continue;
      const entry = found.get(codePoint);
      if (entry) entry.count++;
      else found.set(codePoint, { codePoint, char, count: 1, firstIn: where });
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count);
}

export function describeUncovered(uncovered: UncoveredCharacter[], families: string[], limit = 8): string {
  const shown = uncovered
    .slice(0, limit)
    .map(
      (c) =>
        `U+${c.codePoint.toString(16).toUpperCase().padStart(4, '0')}` +
        ` ${JSON.stringify(c.char)} (${c.count}×, first in ${c.firstIn})`,
    );
  const more = uncovered.length > limit ? `, and ${uncovered.length - limit} more` : '';
  return `${uncovered.length} character(s) not covered by ${families.join(', ')}: ${shown.join('; ')}${more}`;
}

/** The code points a WOFF 1.0 or plain OpenType/TrueType font maps to a glyph. */
export function characterMap(font: Buffer): Set<number> {
  const cmap = fontTables(font)?.tables.get('cmap');
  return cmap ? new Set(characterGlyphs(cmap).keys()) : new Set();
}
