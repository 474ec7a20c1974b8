/** Refuses a manuscript file too large to read and parse in sensible time, before reading it. */
import { stat } from 'node:fs/promises';
import { FolioError } from '../errors.js';
import { limits } from './index.js';

/** Missing or unreadable files pass: reading them reports that. */
export async function checkFileSize(filePath: string, display: string): Promise<void> {
  const info = await stat(filePath).catch(() => undefined);
  if (info?.isFile() && info.size > limits.fileBytes) {
    throw new FolioError(
      `Unexpected file of ${megabytes(info.size)}, expected at most ${megabytes(limits.fileBytes)}`,
      { file: display },
    );
  }
}

export function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1).replace(/\.0$/, '')} MB`;
}
