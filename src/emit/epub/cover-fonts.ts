/**
 * The book's fonts as the EPUB's cover drawing needs them without a browser (cover-drawing.ts):
 * each WOFF 1.0 face unpacked into the plain OpenType file the SVG rasteriser reads, and the few
 * metrics a line box needs (ascent, descent) and a line's width for wrapping (advance widths through
 * the character map; kerning left out, as it moves a line's width by a hair).
 */
import { characterGlyphs, fontTables } from '../font-tables.js';

export interface FaceMetrics {
  /** Ascent and descent (positive), in ems, as the browser sets a line box (from `hhea`). */
  ascent: number;
  descent: number;
  /** A character's advance in ems; undefined when the face has no glyph for it. */
  advance(codePoint: number): number | undefined;
}

/** The tables of a WOFF 1.0 file, inflated; undefined when the bytes are not WOFF. */
export function woffTables(woff: Uint8Array): { flavor: number; tables: Map<string, Uint8Array> } | undefined {
  return woff.length >= 4 && String.fromCharCode(...woff.subarray(0, 4)) === 'wOFF' ? fontTables(woff) : undefined;
}

/** An OpenType file (`sfnt`) from its tables: the table directory, then each table on a 4-byte boundary. */
export function sfnt(flavor: number, tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const headerLength = 12 + 16 * tags.length;
  const length = tags.reduce((total, tag) => total + align(tables.get(tag)!.length), headerLength);
  const bytes = new Uint8Array(length);
  const view = new DataView(bytes.buffer);
  const power = 2 ** Math.floor(Math.log2(tags.length));
  view.setUint32(0, flavor);
  view.setUint16(4, tags.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tags.length * 16 - power * 16);
  let offset = headerLength;
  tags.forEach((tag, index) => {
    const table = tables.get(tag)!;
    const record = 12 + index * 16;
    for (let at = 0; at < 4; at++) bytes[record + at] = tag.charCodeAt(at);
    view.setUint32(record + 4, checksum(table));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.length);
    bytes.set(table, offset);
    offset += align(table.length);
  });
  return bytes;
}

function align(length: number): number {
  return (length + 3) & ~3;
}

function checksum(table: Uint8Array): number {
  let sum = 0;
  for (let at = 0; at < table.length; at += 4) {
    const word =
      ((table[at] << 24) | ((table[at + 1] ?? 0) << 16) | ((table[at + 2] ?? 0) << 8) | (table[at + 3] ?? 0)) >>> 0;
    sum = (sum + word) >>> 0;
  }
  return sum;
}

/** Line-box metrics and advances of a face, from its tables. */
export function faceMetrics(tables: Map<string, Uint8Array>): FaceMetrics {
  const bytes = (tag: string) => {
    const found = tables.get(tag);
    if (!found) throw new Error(`Unexpected font without a ${tag} table, expected an OpenType font`);
    return found;
  };
  const table = (tag: string) => {
    const found = bytes(tag);
    return new DataView(found.buffer, found.byteOffset, found.byteLength);
  };
  const head = table('head');
  const hhea = table('hhea');
  const hmtx = table('hmtx');
  const unitsPerEm = head.getUint16(18);
  const metricsCount = hhea.getUint16(34);
  const glyphs = characterGlyphs(bytes('cmap'));
  return {
    ascent: hhea.getInt16(4) / unitsPerEm,
    descent: -hhea.getInt16(6) / unitsPerEm,
    advance(codePoint) {
      const glyph = glyphs.get(codePoint);
      if (!glyph) return undefined;
      return hmtx.getUint16(4 * Math.min(glyph, metricsCount - 1)) / unitsPerEm;
    },
  };
}
