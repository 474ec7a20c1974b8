/**
 * One build's state, made by the pipeline and handed to each stage explicitly: where the cache
 * lives and the stores the stages keep their results in, by name. No stage finds another's
 * results through a module-level map or a map keyed by the book; what one stage makes for a
 * later one (the parts transformed for print) travels as a value.
 */
import path from 'node:path';
import { createStore, defaultStoreBytes, type Store } from './cache.js';

export interface BuildStores {
  /** Citations resolved from the notes (the cite stage). */
  citations?: Store;
  /** The bibliography as HTML, in a style and locale. */
  bibliography?: Store;
  /** Parts transformed for print (the print HTML's preparer). */
  printParts?: Store;
  /** Chapters laid out by Paged.js, with their text (the PDF writer). */
  chapters?: Store;
  /** The EPUB's cover image drawn from the print cover's front (a browser's screenshot). */
  covers?: Store;
}

export interface BuildContext {
  /** The cache root (`output/.cache` by default); none with `--no-cache` or `FOLIO_CACHE=0`. */
  cacheDir?: string;
  /** The read stage's parse cache, a folder (it keeps parsed files and an export's pages). */
  parseDir?: string;
  stores: BuildStores;
}

/** A context whose stores live under `cacheDir`; without one, nothing is cached. */
export function createBuildContext(cacheDir?: string): BuildContext {
  if (!cacheDir) return { stores: {} };
  const under = (name: string, maxBytes = defaultStoreBytes) => createStore(path.join(cacheDir, name), maxBytes);
  return {
    cacheDir,
    parseDir: path.join(cacheDir, 'read'),
    stores: {
      citations: under('citations'),
      bibliography: under('bibliography'),
      printParts: under('print'),
      chapters: under('pdf-chunks', 4 * defaultStoreBytes),
      covers: under('covers', 16 * 2 ** 20),
    },
  };
}
