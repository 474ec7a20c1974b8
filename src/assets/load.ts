/**
 * Reading an asset the manuscript refers to: its size bounded, its type sniffed from its bytes and
 * checked against its name, an SVG sanitised. `inspect*` only looks (the render stage, which knows
 * the reference's place in the source); `read*` reads (the writers).
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { FolioError } from '../errors.js';
import { megabytes } from '../limits/file.js';
import { limits } from '../limits/index.js';
import { fontTypes, imageTypes, sniffBytes, sniffFont, sniffImage, typeNames } from './sniff.js';
import { sanitiseSvg } from './svg.js';

export type AssetKind = 'image' | 'font';

/** The asset's media type, or why it is refused ("Unexpected …, expected …"). */
export type Inspection = { ok: true; mediaType: string; bytes: number } | { ok: false; reason: string };

const kinds = {
  image: { types: imageTypes, sniff: sniffImage, expected: 'a PNG, JPEG, GIF, WebP or SVG image' },
  font: { types: fontTypes, sniff: sniffFont, expected: 'a .ttf, .otf, .woff or .woff2 font' },
};

/** Checks the file at `realPath` (already confined to the book) without reading more than its head. */
export function inspectAsset(realPath: string, kind: AssetKind, shown = path.basename(realPath)): Inspection {
  const { types, sniff, expected } = kinds[kind];
  const extension = path.extname(realPath).toLowerCase();
  const claimed = types[extension];
  if (!claimed) return { ok: false, reason: `Unexpected ${kind} \`${shown}\`, expected ${expected}` };
  let size: number;
  const head = Buffer.alloc(sniffBytes);
  let length: number;
  try {
    const info = statSync(realPath);
    if (!info.isFile())
      return { ok: false, reason: `Unexpected ${kind} \`${shown}\`: not a file, expected ${expected}` };
    size = info.size;
    if (size > limits.assetBytes) {
      return {
        ok: false,
        reason:
          `Unexpected ${kind} \`${shown}\` of ${megabytes(size)}, expected at most` +
          ` ${megabytes(limits.assetBytes)}`,
      };
    }
    const descriptor = openSync(realPath, 'r');
    try {
      length = readSync(descriptor, head, 0, sniffBytes, 0);
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return { ok: false, reason: `Unexpected ${kind} \`${shown}\`: no such file, expected ${expected}` };
    return { ok: false, reason: `Unexpected ${kind} \`${shown}\`: cannot read it (${code ?? 'error'})` };
  }
  const found = sniff(head.subarray(0, length));
  const sfnt = ['font/ttf', 'font/otf'];
  const matches = found === claimed || (sfnt.includes(claimed) && sfnt.includes(found ?? ''));
  if (!matches) {
    const what = found ? `${typeNames[found]} data` : 'no recognisable data';
    return {
      ok: false,
      reason:
        `Unexpected ${kind} \`${shown}\`: named ${typeNames[claimed]} but holds ${what},` +
        ` expected ${expected} whose content matches its name`,
    };
  }
  return { ok: true, mediaType: claimed, bytes: size };
}

export interface LoadedAsset {
  data: Uint8Array;
  mediaType: string;
  /** What sanitising removed from an SVG. */
  removed: string[];
}

/** Reads an asset that `inspectAsset` accepted; never more than the size limit, even if it grew since. */
export async function readAsset(
  realPath: string,
  kind: AssetKind,
  shown = path.basename(realPath),
): Promise<LoadedAsset> {
  const inspection = inspectAsset(realPath, kind, shown);
  if (!inspection.ok) throw new FolioError(inspection.reason);
  const handle = await open(realPath, 'r');
  let data: Buffer;
  try {
    data = Buffer.alloc(inspection.bytes);
    const { bytesRead } = await handle.read(data, 0, inspection.bytes, 0);
    data = data.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (inspection.mediaType !== 'image/svg+xml') return { data, mediaType: inspection.mediaType, removed: [] };
  const { data: clean, removed } = sanitiseSvg(data);
  return { data: clean, mediaType: inspection.mediaType, removed };
}
