/**
 * Where an asset reference points, confined to the book's folder: an absolute path, a `..` that
 * climbs out, or a symlink whose target lies outside (after realpath) is `outside`, and is never
 * read. A manuscript is untrusted input: anything the build can read could otherwise be published.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { decodeReference, hasScheme } from './reference.js';

export type ResolvedAsset =
  /** `path` is the real path (symlinks resolved), inside the book. */
  { kind: 'inside'; path: string } | { kind: 'outside'; path: string } | { kind: 'missing'; path: string };

/** True when `target` is `folder` or below it (both absolute, already real when they need to be). */
export function isInside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** The book folder's real path (the folder itself may sit behind a symlink). */
export function realBookDir(bookDir: string): string {
  try {
    return realpathSync(bookDir);
  } catch {
    return path.resolve(bookDir);
  }
}

/** Resolves `reference` against each of `fromDirs` in turn (the chapter's folder, then the book's). */
export function resolveAsset(reference: string, fromDirs: string[], bookDir: string): ResolvedAsset {
  const decoded = decodeReference(reference);
  const book = path.resolve(bookDir);
  if (path.isAbsolute(decoded) || path.win32.isAbsolute(decoded) || hasScheme(decoded))
    return { kind: 'outside', path: decoded };
  const realBook = realBookDir(book);
  let first: ResolvedAsset | undefined;
  for (const dir of fromDirs) {
    const candidate = path.resolve(dir, decoded);
    if (!isInside(book, candidate)) {
      first ??= { kind: 'outside', path: candidate };
      continue;
    }
    let real: string;
    try {
      real = realpathSync(candidate);
    } catch {
      first ??= { kind: 'missing', path: candidate };
      continue;
    }
    return isInside(realBook, real) ? { kind: 'inside', path: real } : { kind: 'outside', path: candidate };
  }
  return first ?? { kind: 'missing', path: path.resolve(fromDirs[0] ?? book, decoded) };
}
