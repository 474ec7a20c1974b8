/**
 * Each font face embedded once. Chapters are printed separately, so the merged book holds one
 * subset of a face per chapter (about 14 of EB Garamond Regular in a long book), which bloats the
 * file and which some RIPs confuse. Chromium's subsets keep the font's own glyph ids (Identity-H,
 * glyph id = character code), so the subsets of one font file join without touching a page: one
 * TrueType program with every glyph any of them has (truetype.ts), their widths (`W`) and Unicode
 * maps (`ToUnicode`) joined, and every page's font resources pointing at the one font.
 *
 * Two subsets join glyph id by glyph id only when nothing they share disagrees: the same outline,
 * width and Unicode text for every glyph id both use, and the same hinting programs. A face split
 * by `unicode-range` into several files (Latin, Cyrillic…) numbers its glyphs per file: the joined
 * subsets of each file are then stacked, one file's glyphs after the other's, and the pages' codes
 * for the later ones shifted to match (font-codes.ts), so each face is still one font.
 */
import { createHash } from 'node:crypto';
import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';
import { flateStream, streamData } from './flate.js';
import { shiftFontCodes } from './font-codes.js';
import { glyphKey, parseTrueType, shiftComponents, writeTrueType, type TrueTypeFont } from './truetype.js';

const name = PDFName.of;

/** One embedded Type0 font Chromium wrote: a CIDFontType2 with its TrueType subset. */
interface Subset {
  ref: PDFRef;
  /** The PostScript name without the subset tag (`EBGaramond-Regular`). */
  face: string;
  font: TrueTypeFont;
  keys: string[];
  widths: Map<number, number>;
  unicode: Map<number, string>;
  /** Objects only this font uses, removed when it joins another. */
  owned: PDFRef[];
  descendant: PDFDict;
  descriptor: PDFDict;
}

interface Group {
  face: string;
  members: Subset[];
  keys: string[];
  widths: Map<number, number>;
  unicode: Map<number, string>;
}

export interface FontMergeReport {
  /** Embedded Type0 fonts before and after. */
  before: number;
  after: number;
}

/** Joins the subsets of each font file in `document` (in place). */
export function mergeFontSubsets(document: PDFDocument): FontMergeReport {
  const context = document.context;
  const subsets: Subset[] = [];
  let before = 0;
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (
      !(object instanceof PDFDict) ||
      object.get(name('Type')) !== name('Font') ||
      object.get(name('Subtype')) !== name('Type0')
    )
      continue;
    before++;
    const subset = readSubset(document, ref, object);
    if (subset) subsets.push(subset);
  }

  const groups: Group[] = [];
  for (const subset of subsets) {
    let best: Group | undefined;
    let bestShared = -1;
    for (const group of groups) {
      if (group.face !== subset.face) continue;
      const shared = compatible(group, subset);
      if (shared > bestShared) [best, bestShared] = [group, shared];
    }
    if (!best) {
      groups.push({
        face: subset.face,
        members: [subset],
        keys: [...subset.keys],
        widths: new Map(subset.widths),
        unicode: new Map(subset.unicode),
      });
      continue;
    }
    best.members.push(subset);
    subset.keys.forEach((key, gid) => {
      if (key && !best.keys[gid]) best.keys[gid] = key;
    });
    for (const [cid, width] of subset.widths) best.widths.set(cid, width);
    for (const [cid, text] of subset.unicode) if (!known(best.unicode.get(cid) ?? '')) best.unicode.set(cid, text);
  }

  const replaced = new Map<PDFRef, PDFRef>();
  const offsets = new Map<PDFRef, number>();
  const names = new Set<string>();
  const byFace = new Map<string, Group[]>();
  for (const group of groups) byFace.set(group.face, [...(byFace.get(group.face) ?? []), group]);
  for (const faceGroups of byFace.values()) {
    if (faceGroups.length > 1 && stackable(faceGroups)) writeGroups(document, faceGroups, replaced, offsets);
    else
      for (const group of faceGroups) {
        if (group.members.length > 1) writeGroups(document, [group], replaced, offsets);
        else renameIfTaken(document, group.members[0], names);
      }
  }
  if (offsets.size) shiftFontCodes(document, offsets);
  if (replaced.size) redirectFontResources(document, replaced);
  return { before, after: before - replaced.size };
}

/**
 * Groups of one face that disagree on glyph ids (the files of a face split by `unicode-range`, or
 * subsets whose shared glyphs differ) can still be one font, one group's glyphs after the other's,
 * when they have the same units per em and hinting programs and fit in 65,535 glyphs.
 */
function stackable(groups: Group[]): boolean {
  const fonts = groups.map((group) => group.members[0].font);
  const unitsPerEm = (font: TrueTypeFont) => Buffer.from(font.tables.get('head')!).readUInt16BE(18);
  for (const font of fonts.slice(1)) {
    if (unitsPerEm(font) !== unitsPerEm(fonts[0])) return false;
    for (const tag of ['cvt ', 'fpgm', 'prep']) {
      const a = fonts[0].tables.get(tag);
      const b = font.tables.get(tag);
      if (Boolean(a) !== Boolean(b) || (a && b && Buffer.compare(a, b) !== 0)) return false;
    }
  }
  return groups.reduce((sum, group) => sum + glyphCount(group), 0) <= 0xffff;
}

const glyphCount = (group: Group) => Math.max(...group.members.map((member) => member.font.glyphs.length));

function readSubset(document: PDFDocument, ref: PDFRef, font: PDFDict): Subset | undefined {
  const context = document.context;
  if (font.get(name('Encoding')) !== name('Identity-H')) return undefined;
  const descendants = font.lookupMaybe(name('DescendantFonts'), PDFArray);
  const descendantRef = descendants?.get(0);
  const descendant = descendants?.lookupMaybe(0, PDFDict);
  if (!descendant || descendant.get(name('Subtype')) !== name('CIDFontType2')) return undefined;
  const map = descendant.get(name('CIDToGIDMap'));
  if (map !== undefined && map !== name('Identity')) return undefined;
  const descriptorRef = descendant.get(name('FontDescriptor'));
  const descriptor = descendant.lookupMaybe(name('FontDescriptor'), PDFDict);
  const fileRef = descriptor?.get(name('FontFile2'));
  const file = descriptor?.lookupMaybe(name('FontFile2'), PDFStream);
  const toUnicodeRef = font.get(name('ToUnicode'));
  const toUnicode = font.lookupMaybe(name('ToUnicode'), PDFStream);
  const base = font.lookupMaybe(name('BaseFont'), PDFName)?.decodeText();
  if (!descriptor || !(file instanceof PDFRawStream) || !base) return undefined;
  let parsed: TrueTypeFont;
  try {
    parsed = parseTrueType(streamData(file));
  } catch {
    return undefined; // a font program this merge does not read stays as it is
  }
  const unicode =
    toUnicode instanceof PDFRawStream
      ? readToUnicode(Buffer.from(streamData(toUnicode)).toString('latin1'))
      : new Map<number, string>();
  // A drawn glyph's width is its W entry, else DW: two subsets are compared (and joined) on the
  // widths their pages were positioned with.
  const listed = readWidths(context.lookup(descendant.get(name('W'))), (value) => context.lookup(value));
  const defaultWidth = descendant.lookupMaybe(name('DW'), PDFNumber)?.asNumber() ?? 1000;
  const widths = new Map<number, number>();
  const keys = parsed.glyphs.map((glyph) => (glyph.length ? glyphKey(glyph) : ''));
  // Drawn glyphs: those with a Unicode entry, or a width that is the glyph's own advance. Chromium
  // fills the unused glyphs inside a run of W with 0 or with a neighbour's width (a subset that
  // never draws a `8` may list it 484 wide where its advance is 472); a glyph only reached as a
  // component of another has neither.
  const unitsPerEm = parsed.tables.get('head') ? Buffer.from(parsed.tables.get('head')!).readUInt16BE(18) : 1000;
  const ownWidth = (cid: number, width: number) =>
    width !== 0 && Math.abs(((parsed.advances[cid] ?? -1) * 1000) / (unitsPerEm || 1000) - width) < 0.5;
  const used = new Set([
    ...[...listed].flatMap(([cid, width]) => (ownWidth(cid, width) ? [cid] : [])),
    ...unicode.keys(),
  ]);
  for (const cid of used) widths.set(cid, listed.get(cid) ?? defaultWidth);
  const owned = [descendantRef, descriptorRef, fileRef, toUnicodeRef, descriptor.get(name('CIDSet'))].filter(
    (item): item is PDFRef => item instanceof PDFRef,
  );
  return {
    ref,
    face: base.replace(/^[A-Z]{6}\+/, ''),
    font: parsed,
    keys,
    widths,
    unicode,
    owned,
    descendant,
    descriptor,
  };
}

/**
 * Chromium maps a glyph it only drew inside a marked-content `ActualText` (a ligature across a
 * soft hyphen) to U+0000: no text of its own, so any other subset's text for it is taken.
 */
const known = (text: string) => text !== '' && text !== '\u0000';

/** How many outlines `subset` shares with `group`, or -1 when anything they share disagrees. */
function compatible(group: Group, subset: Subset): number {
  const first = group.members[0].font.tables;
  for (const tag of ['cvt ', 'fpgm', 'prep']) {
    const a = first.get(tag);
    const b = subset.font.tables.get(tag);
    if (Boolean(a) !== Boolean(b) || (a && b && Buffer.compare(a, b) !== 0)) return -1;
  }
  let shared = 0;
  for (let gid = 0; gid < subset.keys.length; gid++) {
    const mine = subset.keys[gid];
    const theirs = group.keys[gid];
    if (!mine || !theirs) continue;
    if (mine !== theirs) return -1;
    shared++;
  }
  for (const [cid, width] of subset.widths) {
    const theirs = group.widths.get(cid);
    if (theirs !== undefined && Math.abs(width - theirs) > 0.01) return -1;
  }
  for (const [cid, text] of subset.unicode) {
    const theirs = group.unicode.get(cid);
    if (known(text) && theirs !== undefined && known(theirs) && theirs !== text) return -1;
  }
  return shared;
}

/**
 * Writes the groups' joined font into the first member's objects and maps the others to it. The
 * first group keeps its glyph ids; each next one's come after (`offsets`: what its codes gain).
 */
function writeGroups(
  document: PDFDocument,
  groups: Group[],
  replaced: Map<PDFRef, PDFRef>,
  offsets: Map<PDFRef, number>,
): void {
  const context = document.context;
  const [first] = groups[0].members;
  const members = groups.flatMap((group) => group.members);
  const fonts = members.map((member) => member.font);
  const unitsPerEm = Buffer.from(first.font.tables.get('head')!).readUInt16BE(18) || 1000;
  const glyphs: Uint8Array[] = [];
  const advances: number[] = [];
  const bearings: number[] = [];
  const widths = new Map<number, number>();
  const unicode = new Map<number, string>();
  for (const group of groups) {
    const offset = glyphs.length;
    const groupFonts = group.members.map((member) => member.font);
    for (let gid = 0; gid < glyphCount(group); gid++) {
      const withOutline = groupFonts.find((font) => font.glyphs[gid]?.length);
      const withAdvance = withOutline ?? groupFonts.find((font) => gid < font.glyphs.length && font.advances[gid]);
      glyphs.push(shiftComponents(withOutline?.glyphs[gid] ?? new Uint8Array(0), offset));
      advances.push(withAdvance?.advances[gid] ?? 0);
      bearings.push(withAdvance?.bearings[gid] ?? 0);
      // A glyph drawn without a Unicode entry may have no W entry either (it was the subset's DW):
      // every glyph with an outline gets its own advance, whatever DW the joined font has.
      if (withOutline && !group.widths.has(gid)) widths.set(gid + offset, (advances.at(-1)! * 1000) / unitsPerEm);
    }
    for (const [cid, width] of group.widths) widths.set(cid + offset, width);
    for (const [cid, text] of group.unicode) unicode.set(cid + offset, text);
    if (offset) for (const member of group.members) offsets.set(member.ref, offset);
  }
  const program = writeTrueType(first.font, fonts, { glyphs, advances, bearings });
  const face = groups[0].face;
  const tag = subsetTag(face, program);
  const fontName = name(`${tag}+${face}`);

  const oldFile = first.descriptor.get(name('FontFile2'));
  const oldCidSet = first.descriptor.get(name('CIDSet'));
  const oldToUnicode = context.lookup(first.ref, PDFDict).get(name('ToUnicode'));
  const file = flateStream(context, program, { Length1: program.length });
  first.descriptor.set(name('FontFile2'), context.register(file));
  first.descriptor.set(name('FontName'), fontName);
  first.descriptor.delete(name('CIDSet')); // optional, and the subset's no longer lists the glyphs
  const boxes = members.map((member) =>
    member.descriptor
      .lookupMaybe(name('FontBBox'), PDFArray)
      ?.asArray()
      .map((value) => (value instanceof PDFNumber ? value.asNumber() : 0)),
  );
  if (boxes.every((box) => box?.length === 4)) {
    const box = [0, 1, 2, 3].map((index) => (index < 2 ? Math.min : Math.max)(...boxes.map((entry) => entry![index])));
    first.descriptor.set(name('FontBBox'), context.obj(box));
  }
  first.descendant.set(name('BaseFont'), fontName);
  first.descendant.set(name('W'), context.obj(writeWidths(widths)));
  const font = context.lookup(first.ref, PDFDict);
  font.set(name('BaseFont'), fontName);
  const unicodeReplaced = unicode.size > 0;
  if (unicodeReplaced) font.set(name('ToUnicode'), context.register(flateStream(context, writeToUnicode(unicode))));

  for (const member of members.slice(1)) {
    replaced.set(member.ref, first.ref);
    context.delete(member.ref);
    for (const ref of member.owned) context.delete(ref);
  }
  // The first member's own program, Unicode map and glyph set were replaced above.
  for (const ref of [oldFile, unicodeReplaced ? oldToUnicode : undefined, oldCidSet])
    if (ref instanceof PDFRef) context.delete(ref);
}

/**
 * A font left alone keeps Chromium's name unless a font before it has that name (Chromium tags
 * every chapter's first subset `AAAAAA`): then it is named after its glyphs, like a joined one.
 */
function renameIfTaken(document: PDFDocument, subset: Subset, names: Set<string>): void {
  const font = document.context.lookup(subset.ref, PDFDict);
  const current = font.lookupMaybe(name('BaseFont'), PDFName)?.decodeText() ?? '';
  if (!names.has(current)) {
    names.add(current);
    return;
  }
  const fontName = name(`${subsetTag(subset.face, Buffer.from(subset.keys.join('|')))}+${subset.face}`);
  names.add(fontName.decodeText());
  font.set(name('BaseFont'), fontName);
  subset.descendant.set(name('BaseFont'), fontName);
  subset.descriptor.set(name('FontName'), fontName);
}

/** A six-letter subset tag from the face and its program, so equal fonts get equal names. */
function subsetTag(face: string, program: Uint8Array): string {
  const digest = createHash('sha256').update(face).update(program).digest();
  return Array.from(digest.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join('');
}

/** Points every font resource at the joined fonts (pages, forms, annotations' appearances). */
function redirectFontResources(document: PDFDocument, replaced: Map<PDFRef, PDFRef>): void {
  const seen = new Set<PDFObject>();
  const visit = (object: PDFObject | undefined) => {
    if (!object || seen.has(object)) return;
    if (object instanceof PDFStream) return visit(object.dict);
    if (object instanceof PDFArray) {
      seen.add(object);
      for (const item of object.asArray()) if (!(item instanceof PDFRef)) visit(item);
      return;
    }
    if (!(object instanceof PDFDict)) return;
    seen.add(object);
    const fonts = object.get(name('Font'));
    const fontDict = fonts instanceof PDFRef ? document.context.lookup(fonts) : fonts;
    if (fontDict instanceof PDFDict && object.get(name('Type')) !== name('Font')) {
      for (const [key, value] of fontDict.entries()) {
        const target = value instanceof PDFRef ? replaced.get(value) : undefined;
        if (target) fontDict.set(key, target);
      }
    }
    for (const [, value] of object.entries()) if (!(value instanceof PDFRef)) visit(value);
  };
  for (const [, object] of document.context.enumerateIndirectObjects()) visit(object);
}

/** A `W` array (`c [w1 w2 …]` and `cFirst cLast w`) as widths by CID. */
export function readWidths(
  array: PDFObject | undefined,
  lookup: (value: PDFObject) => PDFObject | undefined,
): Map<number, number> {
  const widths = new Map<number, number>();
  if (!(array instanceof PDFArray)) return widths;
  const items = array.asArray().map((item) => lookup(item) ?? item);
  for (let index = 0; index < items.length; ) {
    const start = items[index];
    const next = items[index + 1];
    if (!(start instanceof PDFNumber)) break;
    if (next instanceof PDFArray) {
      next.asArray().forEach((width, offset) => {
        const value = lookup(width) ?? width;
        if (value instanceof PDFNumber) widths.set(start.asNumber() + offset, value.asNumber());
      });
      index += 2;
    } else {
      const width = items[index + 2];
      if (!(next instanceof PDFNumber) || !(width instanceof PDFNumber)) break;
      for (let cid = start.asNumber(); cid <= next.asNumber(); cid++) widths.set(cid, width.asNumber());
      index += 3;
    }
  }
  return widths;
}

/** Widths by CID as a `W` array, one `c [w1 w2 …]` per run of consecutive CIDs. */
export function writeWidths(widths: Map<number, number>): Array<number | number[]> {
  const cids = [...widths.keys()].sort((a, b) => a - b);
  const array: Array<number | number[]> = [];
  for (let index = 0; index < cids.length; ) {
    const start = cids[index];
    const run: number[] = [];
    while (index < cids.length && cids[index] === start + run.length) run.push(widths.get(cids[index++])!);
    array.push(start, run);
  }
  return array;
}

/** A ToUnicode CMap's `bfchar` and `bfrange` entries as text by 2-byte code. */
export function readToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const text = (hex: string) =>
    Buffer.from(hex.padStart(Math.ceil(hex.length / 4) * 4, '0'), 'hex')
      .swap16()
      .toString('utf16le');
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, destination] of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g))
      map.set(parseInt(code, 16), text(destination));
  }
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, rest] of block.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]*>|\[[^\]]*\])/g,
    )) {
      const from = parseInt(low, 16);
      const to = parseInt(high, 16);
      if (rest.startsWith('[')) {
        const destinations = [...rest.matchAll(/<([0-9a-fA-F]*)>/g)].map((match) => match[1]);
        for (const [offset, destination] of destinations.entries())
          if (from + offset <= to) map.set(from + offset, text(destination));
      } else {
        const destination = rest.slice(1, -1);
        const head = destination.slice(0, -4);
        const last = parseInt(destination.slice(-4), 16);
        for (let code = from; code <= to; code++)
          map.set(code, text(head + (last + code - from).toString(16).padStart(4, '0')));
      }
    }
  }
  return map;
}

/** Text by 2-byte code as a ToUnicode CMap (`bfchar` entries, a hundred to a block). */
export function writeToUnicode(map: Map<number, string>): Uint8Array {
  const hex = (value: string) => Buffer.from(value, 'utf16le').swap16().toString('hex').toUpperCase();
  const codes = [...map.keys()].sort((a, b) => a - b);
  const lines = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
  ];
  for (let index = 0; index < codes.length; index += 100) {
    const block = codes.slice(index, index + 100);
    lines.push(`${block.length} beginbfchar`);
    for (const code of block)
      lines.push(`<${code.toString(16).padStart(4, '0').toUpperCase()}> <${hex(map.get(code)!)}>`);
    lines.push('endbfchar');
  }
  lines.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end');
  return Buffer.from(lines.join('\n'), 'latin1');
}
