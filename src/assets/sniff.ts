/**
 * What a file is, from its first bytes rather than its name: an image must be a PNG, JPEG, GIF,
 * WebP or SVG, a font a TrueType, OpenType, WOFF or WOFF2 file. The extension must agree.
 */
export const imageTypes: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

export const fontTypes: Record<string, string> = {
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** How the types are named in messages. */
export const typeNames: Record<string, string> = {
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
  'image/svg+xml': 'SVG',
  'font/ttf': 'TrueType',
  'font/otf': 'OpenType',
  'font/woff': 'WOFF',
  'font/woff2': 'WOFF2',
};

/** Bytes enough to tell every type apart (an SVG may open with a long comment or declaration). */
export const sniffBytes = 4096;

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  Buffer.from(bytes.subarray(start, end)).toString('latin1');

export function sniffImage(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 8 && ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return 'image/gif';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (looksLikeSvg(bytes)) return 'image/svg+xml';
  return undefined;
}

export function sniffFont(bytes: Uint8Array): string | undefined {
  const tag = bytes.length >= 4 ? ascii(bytes, 0, 4) : '';
  if (tag === '\x00\x01\x00\x00' || tag === 'true') return 'font/ttf';
  if (tag === 'OTTO') return 'font/otf';
  if (tag === 'wOFF') return 'font/woff';
  if (tag === 'wOF2') return 'font/woff2';
  return undefined;
}

/** Text whose first element, after an XML declaration, comments and a doctype, is `<svg`. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, sniffBytes))
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  return /^\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)\s*)*<svg[\s>]/i.test(
    head,
  );
}
