/**
 * Ligatures keep their text through Ghostscript. Where a ligature spans a soft hyphen (`dif­fer`:
 * `ff` drawn as one glyph, a possible break between the f's), Chromium writes the glyph's text as
 * a marked-content `ActualText` ("f\u00ADf") and maps the glyph itself to U+0000 in the font's
 * ToUnicode. Ghostscript's pdfwrite keeps the ToUnicode but drops the marked content, so the word
 * reads back as "di ered". Before the conversion, such a glyph gets its text from the span: when a
 * span's glyphs are one glyph without text and others that read as white space only (the soft
 * hyphen's own glyph), the glyph's text is the span's without soft hyphens. A glyph given two
 * different texts by two spans keeps none.
 */
import {
  decodePDFRawStream,
  PDFArray,
  PDFContentStream,
  PDFDict,
  PDFName,
  PDFRawStream,
  PDFRef,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';
import { readToUnicode, writeToUnicode } from '../pdf/font-merge.js';

const name = PDFName.of;
const token = /\/[^\s/<>[\]()]*|<<|>>|<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)|\[|\]|[^\s/<>[\]()]+/g;

/**
 * The text of a content-stream string token (`<feff…>` or a literal), UTF-16 with a BOM or PDFDocEncoding read as
 * Latin-1.
 */
function stringText(value: string): string | undefined {
  if (value.startsWith('<')) {
    const hex = value.slice(1, -1).replace(/\s/g, '');
    const bytes = Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  if (value.startsWith('(')) return value.slice(1, -1).replace(/\\(.)/g, '$1');
  return undefined;
}

/** Two-byte codes shown by a `Tj` string or a `TJ` array's strings. */
function codes(hex: string): number[] {
  const digits = hex.slice(1, -1).replace(/\s/g, '');
  const found: number[] = [];
  for (let index = 0; index + 4 <= digits.length; index += 4) found.push(parseInt(digits.slice(index, index + 4), 16));
  return found;
}

export interface SpanGlyph {
  font: string;
  code: number;
}

/** Each `ActualText` span of a content stream: its text and the glyphs (font resource name, code) it shows. */
export function actualTextSpans(content: string): Array<{ text: string; glyphs: SpanGlyph[] }> {
  const spans: Array<{ text: string; glyphs: SpanGlyph[] }> = [];
  const open: Array<{ text: string; glyphs: SpanGlyph[] } | undefined> = [];
  const operands: string[] = [];
  let font = '';
  for (const [item] of content.matchAll(token)) {
    if (/^[A-Za-z'"*]+$/.test(item) && item !== 'true' && item !== 'false' && item !== 'null') {
      if (item === 'Tf') font = operands[operands.length - 2]?.slice(1) ?? font;
      else if (item === 'BDC' || item === 'BMC') {
        const at = operands.indexOf('/ActualText');
        const text = at >= 0 ? stringText(operands[at + 1] ?? '') : undefined;
        const span = text === undefined ? undefined : { text, glyphs: [] };
        if (span) spans.push(span);
        open.push(span);
      } else if (item === 'EMC') open.pop();
      else if ((item === 'Tj' || item === 'TJ' || item === "'" || item === '"') && open.some(Boolean)) {
        const shown = operands.filter((operand) => operand.startsWith('<') && operand !== '<<').flatMap(codes);
        for (const span of open) if (span) span.glyphs.push(...shown.map((code) => ({ font, code })));
      }
      operands.length = 0;
      continue;
    }
    operands.push(item);
  }
  return spans;
}

const unknown = (text: string | undefined) => text === undefined || text === '' || text === '\u0000';

/** Gives ligatures drawn only inside soft-hyphen spans their text in the fonts' ToUnicode; returns how many glyphs. */
export function ligatureTextFromSpans(document: PDFDocument): number {
  const context = document.context;
  const found = new Map<PDFDict, Map<number, string | null>>();
  const maps = new Map<PDFDict, Map<number, string>>();
  const unicodeOf = (font: PDFDict) => {
    let map = maps.get(font);
    if (!map) {
      const stream = font.lookup(name('ToUnicode'));
      map =
        stream instanceof PDFRawStream
          ? readToUnicode(Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1'))
          : new Map();
      maps.set(font, map);
    }
    return map;
  };
  const seen = new Set<PDFObject>();
  const scan = (contents: PDFObject[], resources: PDFDict | undefined, depth: number) => {
    const fonts = resources?.lookupMaybe(name('Font'), PDFDict);
    const text = contents
      .map((ref) => (ref instanceof PDFRef ? context.lookup(ref) : ref))
      .map((stream) =>
        stream instanceof PDFRawStream
          ? decodePDFRawStream(stream).decode()
          : stream instanceof PDFContentStream
            ? stream.getUnencodedContents()
            : new Uint8Array(),
      )
      .map((bytes) => Buffer.from(bytes).toString('latin1'))
      .join('\n');
    for (const span of actualTextSpans(text)) {
      const glyphs = span.glyphs.map((glyph) => ({
        font: fonts?.lookupMaybe(name(glyph.font), PDFDict),
        code: glyph.code,
      }));
      if (glyphs.some((glyph) => !glyph.font || glyph.font.get(name('Subtype')) !== name('Type0'))) continue;
      const missing = glyphs.filter((glyph) => unknown(unicodeOf(glyph.font!).get(glyph.code)));
      const others = glyphs.filter((glyph) => !missing.includes(glyph));
      if (missing.length !== 1 || !others.every((glyph) => /^\s*$/.test(unicodeOf(glyph.font!).get(glyph.code)!)))
        continue;
      const wanted = span.text.replace(/\u00ad/g, '');
      if (!/^\S+$/u.test(wanted)) continue;
      const [glyph] = missing;
      const byCode = found.get(glyph.font!) ?? new Map<number, string | null>();
      found.set(glyph.font!, byCode);
      const before = byCode.get(glyph.code);
      byCode.set(glyph.code, before === undefined || before === wanted ? wanted : null);
    }
    for (const [, value] of resources?.lookupMaybe(name('XObject'), PDFDict)?.entries() ?? []) {
      const form = context.lookup(value);
      if (
        !(form instanceof PDFRawStream) ||
        form.dict.get(name('Subtype')) !== name('Form') ||
        seen.has(form) ||
        depth > 8
      )
        continue;
      seen.add(form);
      scan([form], form.dict.lookupMaybe(name('Resources'), PDFDict), depth + 1);
    }
  };
  for (const page of document.getPages()) {
    const contents = page.node.get(name('Contents'));
    const resolved = contents instanceof PDFRef ? context.lookup(contents) : contents;
    scan(resolved instanceof PDFArray ? resolved.asArray() : contents ? [contents] : [], page.node.Resources(), 0);
  }
  let changed = 0;
  for (const [font, byCode] of found) {
    const map = new Map(unicodeOf(font));
    for (const [code, text] of byCode) {
      if (text === null) continue;
      map.set(code, text);
      changed++;
    }
    font.set(name('ToUnicode'), context.register(context.flateStream(writeToUnicode(map))));
  }
  return changed;
}
