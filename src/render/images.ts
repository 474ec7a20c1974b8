/**
 * Local images resolve against the chapter's folder, then the manuscript's, and must stay inside
 * the manuscript's folder and be an image of the type they are named (see src/assets/); each is
 * registered once and referenced as `assets/{name}`. A missing file is reported by the writers.
 */
import path from 'node:path';
import type { Image } from 'mdast';
import { inspectAsset } from '../assets/load.js';
import { resolveAsset } from '../assets/resolve.js';
import type { Division } from '../book.js';
import { FolioError } from '../errors.js';
import type { Asset } from './types.js';

export interface AssetRegistry {
  /**
   * Registers a local image (its real path, inside the book, of `mediaType`) and returns the href the HTML uses for
   * it.
   */
  add(sourcePath: string, mediaType?: string): string;
  list(): Asset[];
}

export interface ImageContext {
  /** Folders a relative reference resolves against: the chapter's, then the book's. */
  dirs: string[];
  bookDir: string;
  file: Division['file'];
  /** A `--keep-going` build: an image outside the book, or a missing one, is left out (undefined). */
  draft?: boolean;
}

export function localImage(
  node: Image,
  { dirs, bookDir, file, draft }: ImageContext,
  assets: AssetRegistry,
): string | undefined {
  const start = node.position?.start;
  const place = {
    file: file.path ? path.relative(file.cwd, file.path) || file.path : undefined,
    line: start?.line,
    column: start?.column,
  };
  if (/^data:/i.test(node.url)) {
    throw new FolioError(`Unexpected \`data:\` URL image, expected an image file inside the book's folder`, place);
  }
  const resolved = resolveAsset(node.url, dirs, bookDir);
  if (resolved.kind === 'outside') {
    if (draft) return undefined;
    throw new FolioError(
      `Unexpected image \`${node.url}\` outside the book's folder, expected a file inside it (asset-outside-book)`,
      place,
    );
  }
  if (resolved.kind === 'missing') {
    if (!draft) return assets.add(resolved.path);
    const message = file.message(
      `Unexpected image \`${node.url}\`: no such file, expected an image inside the` +
        ` book's folder; left out of the draft`,
      {
        place: start,
        ruleId: 'image-left-out',
        source: 'folio-render',
      },
    );
    message.fatal = false;
    return undefined;
  }
  const inspection = inspectAsset(resolved.path, 'image', node.url);
  if (!inspection.ok) throw new FolioError(inspection.reason, place);
  return assets.add(resolved.path, inspection.mediaType);
}
