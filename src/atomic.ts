import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FolioError } from './errors.js';

/**
 * Writes a file so that readers see the old version or the new one, never half of either: the data
 * goes to a temporary file in the same folder, which is then renamed over the target. A build
 * killed at any moment leaves the previous output whole (and at most a temporary file, which the
 * next build removes). A folder Folio may not write to, or a full disk, is bad input: one line.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(temporary, data);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw writeError(error, target);
  }
}

const temporaryName = /^\..+\.(\d+)\.\d+\.tmp$/;

/** Removes the temporary files that builds killed mid-write left in `dir` (those of live processes stay). */
export async function removeStaleTemporaries(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(temporaryName.exec(name)?.[1]);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    await rm(path.join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const reasons: Record<string, string> = {
  EACCES: 'Unexpected read-only or forbidden output folder (EACCES), expected a folder Folio may write to',
  EPERM: 'Unexpected read-only or forbidden output folder (EPERM), expected a folder Folio may write to',
  EROFS: 'Unexpected read-only file system (EROFS), expected a folder Folio may write to',
  ENOSPC: 'Unexpected full disk (ENOSPC), expected room for the output',
  EDQUOT: 'Unexpected full disk quota (EDQUOT), expected room for the output',
  ENOTDIR: 'Unexpected file where an output folder should be (ENOTDIR), expected a folder',
  EEXIST: 'Unexpected file where an output folder should be (EEXIST), expected a folder',
  EISDIR: 'Unexpected folder where an output file should be (EISDIR), expected a file',
};

/** The user's environment's fault, as a FolioError naming the file; anything else unchanged. */
export function writeError(error: unknown, target: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code ? reasons[code] : undefined;
  return reason ? new FolioError(reason, { file: path.relative(process.cwd(), target) || target }) : error;
}
