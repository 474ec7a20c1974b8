/**
 * Refuses a zip bomb (a Word file whose entries inflate to far more than any book) before inflating
 * it: too many entries, too many bytes declared in all, or one big entry compressed past any real
 * ratio. An entry that inflates past what its header declared is cut off while it inflates.
 */
import type JSZip from 'jszip';
import { limits } from './index.js';
import { megabytes } from './file.js';

export type ZipLimits = Pick<typeof limits, 'zipEntries' | 'zipUncompressedBytes' | 'zipRatio' | 'zipRatioFromBytes'>;

interface Sizes {
  compressedSize?: number;
  uncompressedSize?: number;
}

/** JSZip's own stream of an entry's inflated bytes (untyped in its declarations). */
interface StreamHelper {
  on(event: 'data', listener: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'error', listener: (error: Error) => void): StreamHelper;
  on(event: 'end', listener: () => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}

/** An entry's sizes as its zip headers declare them (JSZip keeps them on the loaded entry). */
function sizesOf(entry: JSZip.JSZipObject): Required<Sizes> {
  const data = (entry as unknown as { _data?: Sizes })._data;
  return { compressedSize: data?.compressedSize ?? 0, uncompressedSize: data?.uncompressedSize ?? 0 };
}

/** The problem, worded "Unexpected X, expected Y", or undefined when the zip is within the limits. */
export function zipProblem(zip: JSZip, bounds: ZipLimits = limits): string | undefined {
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  if (entries.length > bounds.zipEntries)
    return `Unexpected zip of ${entries.length} entries, expected at most ${bounds.zipEntries}`;
  let total = 0;
  for (const entry of entries) {
    const { compressedSize, uncompressedSize } = sizesOf(entry);
    total += uncompressedSize;
    if (
      uncompressedSize >= bounds.zipRatioFromBytes &&
      uncompressedSize > bounds.zipRatio * Math.max(compressedSize, 1)
    ) {
      const ratio = Math.round(uncompressedSize / Math.max(compressedSize, 1));
      return (
        `Unexpected zip entry ${entry.name} compressed ${ratio} to 1` +
        ` (${megabytes(uncompressedSize)} inflated), expected at most ${bounds.zipRatio}` +
        ` to 1`
      );
    }
  }
  if (total > bounds.zipUncompressedBytes)
    return `Unexpected zip of ${megabytes(total)} inflated, expected at most ${megabytes(bounds.zipUncompressedBytes)}`;
  return undefined;
}

/** An entry's bytes, inflated no further than its header declared (a lying header is refused). */
export function inflateBounded(entry: JSZip.JSZipObject): Promise<Uint8Array> {
  const declared = sizesOf(entry).uncompressedSize;
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    let done = false;
    const stream = (entry as unknown as { internalStream(type: 'uint8array'): StreamHelper }).internalStream(
      'uint8array',
    );
    stream
      .on('data', (chunk: Uint8Array) => {
        if (done) return;
        length += chunk.length;
        if (length > declared) {
          done = true;
          stream.pause();
          reject(new Error(`entry ${entry.name} inflates past the ${declared} bytes it declares`));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (error: Error) => {
        if (!done) reject(error);
        done = true;
      })
      .on('end', () => {
        if (done) return;
        done = true;
        resolve(Buffer.concat(chunks, length));
      })
      .resume();
  });
}
