/**
 * Flate streams through Node's zlib. pdf-lib compresses with pako and decompresses with its own
 * decoder, both in JavaScript: on the sample book the font merge spent about ten times longer
 * compressing the pages' content streams with pako than zlib takes for the same data, and about
 * eight times longer decompressing them. The data is the same either way; only the compressed
 * bytes may differ.
 */
import { inflateSync, deflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFName, type PDFContext, type PDFRawStream } from 'pdf-lib';

type StreamDict = Parameters<PDFContext['stream']>[1];

/** A new stream of `data`, deflated, with `dict`'s entries (as pdf-lib's context.flateStream). */
export function flateStream(context: PDFContext, data: Uint8Array, dict: StreamDict = {}): PDFRawStream {
  return context.stream(deflateSync(data), { ...dict, Filter: 'FlateDecode' });
}

/** A stream's data, decoded (zlib for a plain Flate stream, pdf-lib for any other filter). */
export function streamData(stream: PDFRawStream): Uint8Array {
  const plainFlate =
    stream.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'));
  if (plainFlate) {
    try {
      return inflateSync(stream.contents);
    } catch {
      // a damaged stream: pdf-lib's decoder reads what it can, as before
    }
  }
  return decodePDFRawStream(stream).decode();
}
