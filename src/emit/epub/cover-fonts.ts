/**
 * The book's fonts as the EPUB's cover drawing needs them without a browser (cover-drawing.ts):
 * each WOFF 1.0 face unpacked into the plain OpenType file the SVG rasteriser reads, and the few
 * metrics a line box needs (ascent, descent) and a line's width for wrapping (advance widths through
 * the character map; kerning left out, as it moves a line's width by a hair).
 */
import { inflateSync } from 'node:zlib';

export interface FaceMetrics {
  /** Ascent and descent (positive), in ems, as the browser sets a line box (from `hhea`). */
  ascent: number;
  descent: number;
  /** A character's advance in ems; undefined when the face has no glyph for it. */
  advance(codePoint: number): number | undefined;
}

/** The tables of a WOFF 1.0 file, inflated; undefined when the bytes are not WOFF. */
export function woffTables(woff: Uint8Array): { flavor: number; tables: Map<string, Uint8Array> } | undefined {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.length < 44 || view.getUint32(0) !== 0x774f4646) return undefined;
  const tables = new Map<string, Uint8Array>();
  const count = view.getUint16(12);
  for (let index = 0; index < count; index++) {
    const entry = 44 + index * 20;
    const tag = String.fromCharCode(...woff.subarray(entry, entry + 4));
    const offset = view.getUint32(entry + 4);
    const compressed = view.getUint32(entry + 8);
    const original = view.getUint32(entry + 12);
    const data = woff.subarray(offset, offset + compressed);
    tables.set(tag, compressed < original ? new Uint8Array(inflateSync(data)) : data);
  }
  return { flavor: view.getUint32(4), tables };
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
  const table = (tag: string) => {
    const found = tables.get(tag);
    if (!found) throw new Error(`Unexpected font without a ${tag} table, expected an OpenType font`);
    return new DataView(found.buffer, found.byteOffset, found.byteLength);
  };
  const head = table('head');
  const hhea = table('hhea');
  const hmtx = table('hmtx');
  const unitsPerEm = head.getUint16(18);
  const metricsCount = hhea.getUint16(34);
  const glyphOf = characterMapLookup(table('cmap'));
  return {
    ascent: hhea.getInt16(4) / unitsPerEm,
    descent: -hhea.getInt16(6) / unitsPerEm,
    advance(codePoint) {
      const glyph = glyphOf(codePoint);
      if (!glyph) return undefined;
      return hmtx.getUint16(4 * Math.min(glyph, metricsCount - 1)) / unitsPerEm;
    },
  };
}

/** Code point → glyph id, from the Unicode subtable (format 12, else format 4) of `cmap`; 0 for none. */
function characterMapLookup(cmap: DataView): (codePoint: number) => number {
  const count = cmap.getUint16(2);
  let format4: number | undefined;
  for (let index = 0; index < count; index++) {
    const platform = cmap.getUint16(4 + index * 8);
    const offset = cmap.getUint32(8 + index * 8);
    if (platform !== 0 && platform !== 3) continue;
    const format = cmap.getUint16(offset);
    if (format === 12) return (codePoint) => format12Glyph(cmap, offset, codePoint);
    if (format === 4) format4 ??= offset;
  }
  const offset = format4;
  return offset === undefined ? () => 0 : (codePoint) => format4Glyph(cmap, offset, codePoint);
}

function format12Glyph(cmap: DataView, offset: number, codePoint: number): number {
  const groups = cmap.getUint32(offset + 12);
  for (let group = 0; group < groups; group++) {
    const at = offset + 16 + group * 12;
    const start = cmap.getUint32(at);
    if (codePoint >= start && codePoint <= cmap.getUint32(at + 4)) return cmap.getUint32(at + 8) + codePoint - start;
  }
  return 0;
}

function format4Glyph(cmap: DataView, offset: number, codePoint: number): number {
  if (codePoint > 0xffff) return 0;
  const segments = cmap.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment++) {
    if (codePoint > cmap.getUint16(ends + segment * 2)) continue;
    const start = cmap.getUint16(starts + segment * 2);
    if (codePoint < start) return 0;
    const delta = cmap.getInt16(deltas + segment * 2);
    const rangeOffsetAt = rangeOffsets + segment * 2;
    const rangeOffset = cmap.getUint16(rangeOffsetAt);
    if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
    const glyphAt = rangeOffsetAt + rangeOffset + (codePoint - start) * 2;
    if (glyphAt + 2 > cmap.byteLength) return 0;
    const glyph = cmap.getUint16(glyphAt);
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  }
  return 0;
}
