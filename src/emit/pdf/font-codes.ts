/**
 * Glyph codes shifted in content streams, so that two fonts whose glyph ids overlap can become one
 * (font-merge.ts: the files a face is split into by `unicode-range` each number their glyphs from
 * 0, and the joined font puts one file's glyphs after the other's). Only the strings a text
 * operator shows (`Tj`, `TJ`, `'`, `"`) while a shifted font is selected change: every 2-byte code
 * gets the font's offset. Everything else, marked-content properties (`ActualText`) included,
 * keeps its bytes.
 */
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFDocument } from 'pdf-lib';
import { flateStream, streamData } from './flate.js';

const name = PDFName.of;

interface Token {
  kind: 'string' | 'operator' | 'other' | 'open' | 'close';
  start: number;
  end: number;
  /** A string's bytes. */
  bytes?: Buffer;
  text?: string;
}

const whitespace = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
/** `\\n`, `\\r`, `\\t`, `\\b`, `\\f` in a literal string. */
const escapes = new Map([...'nrtbf'].map((char, index) => [char.charCodeAt(0), [10, 13, 9, 8, 12][index]]));
const delimiters = new Set([...'()<>[]{}/%'].map((char) => char.charCodeAt(0)));

/** The tokens of a content stream; inline image data (`ID` … `EI`) is skipped. */
function* tokens(data: Buffer): Generator<Token> {
  let at = 0;
  while (at < data.length) {
    const byte = data[at];
    if (whitespace.has(byte)) {
      at++;
    } else if (byte === 0x25) {
      while (at < data.length && data[at] !== 0x0a && data[at] !== 0x0d) at++;
    } else if (byte === 0x28) {
      const start = at;
      const bytes: number[] = [];
      let depth = 1;
      at++;
      while (at < data.length && depth > 0) {
        const char = data[at++];
        if (char === 0x5c) {
          const next = data[at++];
          if (next >= 0x30 && next <= 0x37) {
            let octal = next - 0x30;
            for (let digits = 1; digits < 3 && data[at] >= 0x30 && data[at] <= 0x37; digits++)
              octal = octal * 8 + data[at++] - 0x30;
            bytes.push(octal & 0xff);
          } else if (next === 0x0d || next === 0x0a) {
            if (next === 0x0d && data[at] === 0x0a) at++;
          } else bytes.push(escapes.get(next) ?? next);
        } else {
          if (char === 0x28) depth++;
          if (char === 0x29 && --depth === 0) break;
          bytes.push(char);
        }
      }
      yield { kind: 'string', start, end: at, bytes: Buffer.from(bytes) };
    } else if (byte === 0x3c && data[at + 1] === 0x3c) {
      yield { kind: 'open', start: at, end: at + 2, text: '<<' };
      at += 2;
    } else if (byte === 0x3e && data[at + 1] === 0x3e) {
      yield { kind: 'close', start: at, end: at + 2, text: '>>' };
      at += 2;
    } else if (byte === 0x3c) {
      const start = at;
      const close = data.indexOf(0x3e, at);
      const end = close < 0 ? data.length : close + 1;
      let hex = data.toString('latin1', at + 1, end - 1).replace(/[^0-9a-fA-F]/g, '');
      if (hex.length % 2) hex += '0';
      at = end;
      yield { kind: 'string', start, end, bytes: Buffer.from(hex, 'hex') };
    } else if (byte === 0x5b || byte === 0x7b) {
      yield { kind: 'open', start: at, end: at + 1, text: String.fromCharCode(byte) };
      at++;
    } else if (byte === 0x5d || byte === 0x7d) {
      yield { kind: 'close', start: at, end: at + 1, text: String.fromCharCode(byte) };
      at++;
    } else {
      const start = at;
      at++;
      while (at < data.length && !whitespace.has(data[at]) && !delimiters.has(data[at])) at++;
      const text = data.toString('latin1', start, at);
      const isOperator = byte !== 0x2f && !/^[+\-.\d]/.test(text);
      yield { kind: isOperator ? 'operator' : 'other', start, end: at, text };
      if (text === 'ID') {
        // Inline image data runs to an `EI` between whitespace.
        let end = at + 1;
        while (end < data.length && !(data[end] === 0x45 && data[end + 1] === 0x49 && whitespace.has(data[end - 1])))
          end++;
        at = end;
      }
    }
  }
}

/** `data` with every code shown under a font of `offsets` (by resource name) raised by its offset. */
export function shiftContentCodes(data: Buffer, offsets: Map<string, number>): Buffer | undefined {
  const replacements: Array<{ start: number; end: number; text: string }> = [];
  const stack: number[] = [];
  let offset = 0;
  let operands: Token[] = [];
  let depth = 0;
  const shift = (token: Token) => {
    if (token.kind !== 'string' || !offset) return;
    const bytes = token.bytes!;
    const shifted = Buffer.alloc(bytes.length - (bytes.length % 2));
    for (let index = 0; index + 1 < bytes.length; index += 2)
      shifted.writeUInt16BE((bytes.readUInt16BE(index) + offset) & 0xffff, index);
    replacements.push({ start: token.start, end: token.end, text: `<${shifted.toString('hex')}>` });
  };
  for (const token of tokens(data)) {
    if (token.kind === 'open') depth++;
    if (token.kind === 'close') depth = Math.max(0, depth - 1);
    if (token.kind !== 'operator' || depth > 0) {
      operands.push(token);
      continue;
    }
    const op = token.text!;
    if (op === 'q') stack.push(offset);
    else if (op === 'Q') offset = stack.pop() ?? 0;
    else if (op === 'Tf') {
      const font = operands.findLast((operand) => operand.text?.startsWith('/'));
      offset = font ? (offsets.get(font.text!.slice(1)) ?? 0) : 0;
    } else if (op === 'Tj' || op === "'" || op === '"') {
      const shown = operands.findLast((operand) => operand.kind === 'string');
      if (shown) shift(shown);
    } else if (op === 'TJ') {
      for (const operand of operands) shift(operand);
    }
    operands = [];
  }
  if (!replacements.length) return undefined;
  const parts: Buffer[] = [];
  let at = 0;
  for (const { start, end, text } of replacements) {
    parts.push(data.subarray(at, start), Buffer.from(text, 'latin1'));
    at = end;
  }
  parts.push(data.subarray(at));
  return Buffer.concat(parts);
}

/**
 * Shifts the codes of the fonts in `offsets` (by font dictionary) in every page's content and in
 * the forms they draw, each stream once.
 */
export function shiftFontCodes(document: PDFDocument, offsets: Map<PDFRef, number>): void {
  const context = document.context;
  const done = new Set<PDFRef | PDFRawStream>();
  const visit = (contents: Array<PDFRef | undefined>, resources: PDFDict | undefined) => {
    const fonts = resources?.lookupMaybe(name('Font'), PDFDict);
    const byName = new Map<string, number>();
    for (const [key, value] of fonts?.entries() ?? []) {
      const shift = value instanceof PDFRef ? offsets.get(value) : undefined;
      if (shift) byName.set(key.decodeText(), shift);
    }
    for (const ref of contents) {
      if (!ref || done.has(ref)) continue;
      done.add(ref);
      const stream = context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      if (byName.size) {
        const shifted = shiftContentCodes(Buffer.from(streamData(stream)), byName);
        if (shifted) {
          const replacement = flateStream(context, shifted);
          for (const [key, value] of stream.dict.entries())
            if (![name('Length'), name('Filter'), name('DecodeParms')].includes(key)) replacement.dict.set(key, value);
          context.assign(ref, replacement);
        }
      }
    }
    // Forms drawn from here, with their own resources or these.
    const xobjects = resources?.lookupMaybe(name('XObject'), PDFDict);
    for (const [, value] of xobjects?.entries() ?? []) {
      if (!(value instanceof PDFRef) || done.has(value)) continue;
      const form = context.lookup(value);
      if (!(form instanceof PDFRawStream) || form.dict.get(name('Subtype')) !== name('Form')) continue;
      visit([value], form.dict.lookupMaybe(name('Resources'), PDFDict) ?? resources);
    }
  };
  for (const page of document.getPages()) {
    const contents = page.node.get(name('Contents'));
    const refs =
      contents instanceof PDFArray
        ? contents.asArray().map((item) => (item instanceof PDFRef ? item : undefined))
        : [contents instanceof PDFRef ? contents : undefined];
    visit(refs, page.node.Resources());
  }
}
