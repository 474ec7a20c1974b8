/**
 * The little of the TrueType format the font merge needs (font-merge.ts): a font's tables, its
 * glyphs (outline bytes by glyph id, from `loca` and `glyf`) and horizontal metrics, and a font
 * written back from a glyph list. Chromium's subsets keep the original glyph ids (glyphs a page
 * does not use are empty), so subsets of one font file are joined glyph id by glyph id.
 */

export interface TrueTypeFont {
  tables: Map<string, Uint8Array>;
  /** Outline bytes by glyph id; empty for a glyph without outline (or dropped by the subset). */
  glyphs: Uint8Array[];
  /** Advance width and left side bearing by glyph id. */
  advances: number[];
  bearings: number[];
}

/** The fields of `maxp` (version 1.0) that are maxima over the glyphs, by byte offset. */
const maxpMaxima = [6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30];
/** Tables that list glyphs or shape text: meaningless for the joined glyph set, and not needed in a PDF. */
const dropped = new Set([
  'GSUB',
  'GPOS',
  'GDEF',
  'STAT',
  'hdmx',
  'LTSH',
  'VDMX',
  'kern',
  'DSIG',
  'JSTF',
  'BASE',
  'MATH',
]);

export function parseTrueType(bytes: Uint8Array): TrueTypeFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565)
    throw new Error(`Unexpected font version 0x${version.toString(16)}, expected a TrueType font`);
  const tables = new Map<string, Uint8Array>();
  const count = view.getUint16(4);
  for (let index = 0; index < count; index++) {
    const record = 12 + index * 16;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    if (offset + length > bytes.length)
      throw new Error(`Unexpected table ${tag} past the end of the font, expected a whole font`);
    tables.set(tag, bytes.subarray(offset, offset + length));
  }
  const table = (tag: string) => {
    const found = tables.get(tag);
    if (!found) throw new Error(`Unexpected font without a ${tag} table, expected a TrueType outline font`);
    return new DataView(found.buffer, found.byteOffset, found.byteLength);
  };
  const head = table('head');
  const maxp = table('maxp');
  const hhea = table('hhea');
  const hmtx = table('hmtx');
  const loca = table('loca');
  const glyf = tables.get('glyf')!;
  table('glyf');
  const count16 = maxp.getUint16(4);
  const long = head.getInt16(50) === 1;
  const offset = (index: number) => (long ? loca.getUint32(index * 4) : loca.getUint16(index * 2) * 2);
  const glyphs: Uint8Array[] = [];
  const advances: number[] = [];
  const bearings: number[] = [];
  const metrics = hhea.getUint16(34);
  for (let gid = 0; gid < count16; gid++) {
    const start = offset(gid);
    const end = offset(gid + 1);
    glyphs.push(end > start ? glyf.subarray(start, Math.min(end, glyf.length)) : new Uint8Array(0));
    const row = Math.min(gid, metrics - 1);
    advances.push(hmtx.getUint16(row * 4));
    bearings.push(gid < metrics ? hmtx.getInt16(gid * 4 + 2) : hmtx.getInt16(metrics * 4 + (gid - metrics) * 2));
  }
  return { tables, glyphs, advances, bearings };
}

/** Glyph bytes without trailing padding, for comparing two subsets' copies of a glyph. */
export function glyphKey(glyph: Uint8Array): string {
  let end = glyph.length;
  while (end > 0 && glyph[end - 1] === 0) end--;
  return Buffer.from(glyph.subarray(0, end)).toString('base64');
}

/**
 * A glyph moved `offset` places up the glyph list: a composite glyph's components move with it
 * (a simple glyph's bytes name no other glyph and stay as they are).
 */
export function shiftComponents(glyph: Uint8Array, offset: number): Uint8Array {
  if (glyph.length < 10 || !offset) return glyph;
  const view = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
  if (view.getInt16(0) >= 0) return glyph;
  const shifted = new Uint8Array(glyph);
  const out = new DataView(shifted.buffer);
  let at = 10;
  for (;;) {
    if (at + 4 > glyph.length) break;
    const flags = view.getUint16(at);
    out.setUint16(at + 2, view.getUint16(at + 2) + offset);
    at += 4 + (flags & 0x0001 ? 4 : 2); // ARG_1_AND_2_ARE_WORDS
    if (flags & 0x0008)
      at += 2; // WE_HAVE_A_SCALE
    else if (flags & 0x0040)
      at += 4; // WE_HAVE_AN_X_AND_Y_SCALE
    else if (flags & 0x0080) at += 8; // WE_HAVE_A_TWO_BY_TWO
    if (!(flags & 0x0020)) break; // MORE_COMPONENTS
  }
  return shifted;
}

/**
 * A font with `glyphs` and metrics, its other tables from `base` (the tables that only list or
 * shape glyphs left out), bounding box and maxima joined from `members`.
 */
export function writeTrueType(
  base: TrueTypeFont,
  members: TrueTypeFont[],
  font: Pick<TrueTypeFont, 'glyphs' | 'advances' | 'bearings'>,
): Uint8Array {
  const numGlyphs = font.glyphs.length;
  const tables = new Map<string, Uint8Array>();
  for (const [tag, data] of base.tables) if (!dropped.has(tag)) tables.set(tag, data);

  const padded = font.glyphs.map((glyph) => glyph.length + ((4 - (glyph.length % 4)) % 4));
  const glyf = new Uint8Array(padded.reduce((sum, length) => sum + length, 0));
  const loca = new DataView(new ArrayBuffer((numGlyphs + 1) * 4));
  let at = 0;
  font.glyphs.forEach((glyph, gid) => {
    loca.setUint32(gid * 4, at);
    glyf.set(glyph, at);
    at += padded[gid];
  });
  loca.setUint32(numGlyphs * 4, at);
  tables.set('glyf', glyf);
  tables.set('loca', new Uint8Array(loca.buffer));

  const hmtx = new DataView(new ArrayBuffer(numGlyphs * 4));
  for (let gid = 0; gid < numGlyphs; gid++) {
    hmtx.setUint16(gid * 4, font.advances[gid]);
    hmtx.setInt16(gid * 4 + 2, font.bearings[gid]);
  }
  tables.set('hmtx', new Uint8Array(hmtx.buffer));

  const views = (tag: string) =>
    members
      .map((member) => member.tables.get(tag))
      .filter((data): data is Uint8Array => Boolean(data))
      .map((data) => new DataView(data.buffer, data.byteOffset, data.byteLength));
  const copy = (tag: string) => {
    const data = new Uint8Array(tables.get(tag)!);
    tables.set(tag, data);
    return new DataView(data.buffer);
  };

  const head = copy('head');
  head.setUint32(8, 0); // checkSumAdjustment, set last
  head.setInt16(50, 1); // long loca offsets
  const heads = views('head');
  head.setInt16(36, Math.min(...heads.map((view) => view.getInt16(36))));
  head.setInt16(38, Math.min(...heads.map((view) => view.getInt16(38))));
  head.setInt16(40, Math.max(...heads.map((view) => view.getInt16(40))));
  head.setInt16(42, Math.max(...heads.map((view) => view.getInt16(42))));

  const maxp = copy('maxp');
  maxp.setUint16(4, numGlyphs);
  if (maxp.byteLength >= 32)
    for (const offset of maxpMaxima)
      maxp.setUint16(
        offset,
        Math.max(...views('maxp').map((view) => (view.byteLength >= 32 ? view.getUint16(offset) : 0))),
      );

  const hhea = copy('hhea');
  hhea.setUint16(34, numGlyphs);
  hhea.setUint16(10, Math.max(...font.advances));
  const hheas = views('hhea');
  hhea.setInt16(12, Math.min(...hheas.map((view) => view.getInt16(12))));
  hhea.setInt16(14, Math.min(...hheas.map((view) => view.getInt16(14))));
  hhea.setInt16(16, Math.max(...hheas.map((view) => view.getInt16(16))));

  const post = tables.get('post');
  if (post && post.length >= 32) {
    // Glyph names are listed per glyph: version 3 has none.
    const short = new Uint8Array(post.subarray(0, 32));
    new DataView(short.buffer).setUint32(0, 0x00030000);
    tables.set('post', short);
  }

  return assemble(tables);
}

function checksum(data: Uint8Array): number {
  const padded = new Uint8Array(data.length + ((4 - (data.length % 4)) % 4));
  padded.set(data);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let offset = 0; offset < padded.length; offset += 4) sum = (sum + view.getUint32(offset)) >>> 0;
  return sum;
}

function assemble(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  let power = 1;
  let exponent = 0;
  while (power * 2 <= count) {
    power *= 2;
    exponent++;
  }
  const headerLength = 12 + count * 16;
  let length = headerLength;
  const offsets = tags.map((tag) => {
    const offset = length;
    length += tables.get(tag)!.length + ((4 - (tables.get(tag)!.length % 4)) % 4);
    return offset;
  });
  const bytes = new Uint8Array(length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, power * 16);
  view.setUint16(8, exponent);
  view.setUint16(10, count * 16 - power * 16);
  tags.forEach((tag, index) => {
    const data = tables.get(tag)!;
    const record = 12 + index * 16;
    for (let char = 0; char < 4; char++) bytes[record + char] = tag.charCodeAt(char);
    view.setUint32(record + 4, checksum(data));
    view.setUint32(record + 8, offsets[index]);
    view.setUint32(record + 12, data.length);
    bytes.set(data, offsets[index]);
  });
  const headIndex = tags.indexOf('head');
  if (headIndex >= 0) view.setUint32(offsets[headIndex] + 8, (0xb1b0afba - checksum(bytes)) >>> 0);
  return bytes;
}
