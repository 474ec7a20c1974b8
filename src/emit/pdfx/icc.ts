/**
 * Reads the little a PDF/X output intent needs from an ICC profile's header and tag table: its
 * colour space (must be CMYK), device class and description (`desc`, shown as the output condition).
 */
export interface IccProfileInfo {
  /** `CMYK`, `RGB`, `GRAY` … (the header's data colour space, trimmed). */
  colorSpace: string;
  /** `prtr` for an output (printer) profile. */
  deviceClass: string;
  description: string;
}

export function iccProfileInfo(data: Uint8Array): IccProfileInfo | undefined {
  if (data.length < 132) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const ascii = (start: number, length: number) => String.fromCharCode(...data.subarray(start, start + length));
  if (ascii(36, 4) !== 'acsp') return undefined;
  const description = readDescription(data, view) ?? 'CMYK output profile';
  return { colorSpace: ascii(16, 4).trim(), deviceClass: ascii(12, 4).trim(), description };
}

function readDescription(data: Uint8Array, view: DataView): string | undefined {
  const count = view.getUint32(128);
  for (let index = 0; index < count && 132 + 12 * (index + 1) <= data.length; index++) {
    const entry = 132 + 12 * index;
    if (String.fromCharCode(...data.subarray(entry, entry + 4)) !== 'desc') continue;
    const offset = view.getUint32(entry + 4);
    const type = String.fromCharCode(...data.subarray(offset, offset + 4));
    if (type === 'desc') {
      // ICC v2 textDescriptionType: ASCII count, then the text with its NUL.
      const length = view.getUint32(offset + 8);
      return String.fromCharCode(...data.subarray(offset + 12, offset + 12 + length))
        .replace(/\0+$/, '')
        .trim();
    }
    if (type === 'mluc') {
      // ICC v4 multiLocalizedUnicodeType: the first record, UTF-16BE.
      const length = view.getUint32(offset + 20);
      const start = offset + view.getUint32(offset + 24);
      let text = '';
      for (let at = start; at + 1 < start + length; at += 2) text += String.fromCharCode(view.getUint16(at));
      return text.replace(/\0+$/, '').trim();
    }
  }
  return undefined;
}
