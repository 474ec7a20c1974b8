/**
 * Reading a font file's tables and its character map, shared by the PDF's coverage check (which
 * characters the book fonts hold: pdf/fonts.ts) and the EPUB cover's text metrics (epub/cover-fonts.ts),
 * so both read WOFF and the character map the same way.
 */
import { inflateSync } from 'node:zlib';

const WOFF = 0x774f4646;
const WOFF2 = 0x774f4632;

/**
 * The tables of a WOFF 1.0 file (inflated) or of a plain OpenType/TrueType file, with the flavour of
 * its outlines; undefined for WOFF 2.0 or bytes too short to be a font.
 */
export function fontTables(font: Uint8Array): { flavor: number; tables: Map<string, Uint8Array> } | undefined {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  if (font.length < 12) return undefined;
  const signature = view.getUint32(0);
  if (signature === WOFF2) return undefined;
  const woff = signature === WOFF;
  if (woff && font.length < 44) return undefined;
  const tables = new Map<string, Uint8Array>();
  const count = view.getUint16(woff ? 12 : 4);
  for (let index = 0; index < count; index++) {
    const entry = woff ? 44 + index * 20 : 12 + index * 16;
    const tag = String.fromCharCode(...font.subarray(entry, entry + 4));
    if (!woff) {
      const offset = view.getUint32(entry + 8);
      tables.set(tag, font.subarray(offset, offset + view.getUint32(entry + 12)));
      continue;
    }
    const offset = view.getUint32(entry + 4);
    const compressed = view.getUint32(entry + 8);
    const original = view.getUint32(entry + 12);
    const data = font.subarray(offset, offset + compressed);
    tables.set(tag, compressed < original ? new Uint8Array(inflateSync(data)) : data);
  }
  return { flavor: woff ? view.getUint32(4) : signature, tables };
}

/**
 * Code point → glyph id for every character the `cmap` table's Unicode subtables (formats 4 and 12)
 * map to a glyph other than 0; where two subtables map a character, format 12's glyph is kept.
 */
export function characterGlyphs(cmapTable: Uint8Array): Map<number, number> {
  const cmap = new DataView(cmapTable.buffer, cmapTable.byteOffset, cmapTable.byteLength);
  const glyphs = new Map<number, number>();
  const subtables: Array<{ format: number; offset: number }> = [];
  for (let index = 0; index < cmap.getUint16(2); index++) {
    const platform = cmap.getUint16(4 + index * 8);
    const offset = cmap.getUint32(8 + index * 8);
    if (platform === 0 || platform === 3) subtables.push({ format: cmap.getUint16(offset), offset });
  }
  for (const { offset } of subtables.filter((subtable) => subtable.format === 4)) readFormat4(cmap, offset, glyphs);
  for (const { offset } of subtables.filter((subtable) => subtable.format === 12)) readFormat12(cmap, offset, glyphs);
  return glyphs;
}

function readFormat4(cmap: DataView, offset: number, glyphs: Map<number, number>): void {
  const segments = cmap.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment++) {
    const end = cmap.getUint16(ends + segment * 2);
    const start = cmap.getUint16(starts + segment * 2);
    const delta = cmap.getInt16(deltas + segment * 2);
    const rangeOffsetAt = rangeOffsets + segment * 2;
    const rangeOffset = cmap.getUint16(rangeOffsetAt);
    for (let codePoint = start; codePoint <= end && codePoint !== 0xffff; codePoint++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (codePoint + delta) & 0xffff;
      else {
        const glyphAt = rangeOffsetAt + rangeOffset + (codePoint - start) * 2;
        glyph = glyphAt + 2 <= cmap.byteLength ? cmap.getUint16(glyphAt) : 0;
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) glyphs.set(codePoint, glyph);
    }
  }
}

function readFormat12(cmap: DataView, offset: number, glyphs: Map<number, number>): void {
  const groups = cmap.getUint32(offset + 12);
  for (let group = 0; group < groups; group++) {
    const at = offset + 16 + group * 12;
    const start = cmap.getUint32(at);
    const end = cmap.getUint32(at + 4);
    const startGlyph = cmap.getUint32(at + 8);
    for (let codePoint = start; codePoint <= end; codePoint++) {
      const glyph = startGlyph + (codePoint - start);
      if (glyph !== 0) glyphs.set(codePoint, glyph);
    }
  }
}
