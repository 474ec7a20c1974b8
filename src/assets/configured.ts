/**
 * Assets named in the config (`cover`, `epub.fonts`): confined to the book's folder like images,
 * never fetched, sniffed and size-bounded. Reported against folio.yaml's key, as the config has
 * no positions left by then.
 */
import { FolioError } from '../errors.js';
import { readAsset, type AssetKind, type LoadedAsset } from './load.js';
import { isRemoteReference } from './reference.js';
import { resolveAsset } from './resolve.js';

export async function readConfiguredAsset(
  reference: string,
  key: string,
  kind: AssetKind,
  bookDir: string,
): Promise<LoadedAsset> {
  if (isRemoteReference(reference) || /^(?:https?|ftp):/i.test(reference)) {
    throw new FolioError(
      `Unexpected URL \`${reference}\` in \`${key}\`, expected a local file (nothing is ever downloaded)`,
    );
  }
  const resolved = resolveAsset(reference, [bookDir], bookDir);
  if (resolved.kind === 'outside') {
    throw new FolioError(
      `Unexpected \`${key}\` file \`${reference}\` outside the book's folder, expected` +
        ` a file inside it (asset-outside-book)`,
    );
  }
  if (resolved.kind === 'missing')
    throw new FolioError(`Unexpected \`${key}\` file \`${reference}\`: no such file next to the manuscript`);
  return readAsset(resolved.path, kind, reference);
}
