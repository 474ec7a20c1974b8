/**
 * Which files of a folder are a manuscript's: Markdown and Word files, not a README, a licence or
 * the like, nor names that start with `.` or `_` (a Hugo section's `_index.md`), in natural name
 * order (`2` before `10`).
 */
import { readdir } from 'node:fs/promises';

/** Files a folder's manuscript may be made of. */
const manuscriptExtensions = /\.(md|markdown|docx)$/i;
/** Files beside a manuscript that are not part of it. */
const notManuscript = /^(?:[._].*|(?:readme|license|licence|changelog|contributing|code_of_conduct)\.[^.]+)$/i;

export async function manuscriptFiles(folder: string): Promise<string[]> {
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && manuscriptExtensions.test(entry.name) && !notManuscript.test(entry.name))
    .map((entry) => entry.name);
  return names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : 1));
}
