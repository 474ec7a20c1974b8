/**
 * The render stage links within one HTML book (`#id`); the EPUB splits it into files, so each link
 * must name the file its target landed in (a note called in one chapter and defined in another,
 * the contents, cross-references).
 */
import { collectIds } from './tags.js';

export interface LinkIndex {
  /** The file holding `id`, if any. */
  fileOf(id: string): string | undefined;
}

export function indexIds(documents: Array<{ href: string; html: string }>): LinkIndex {
  const files = new Map<string, string>();
  for (const { href, html } of documents) {
    for (const id of collectIds(html)) if (!files.has(id)) files.set(id, href);
  }
  return { fileOf: (id) => files.get(id) };
}

/**
 * Where `href` should point from `currentFile`: unchanged for other URLs, `#id` when the target is
 * in the same file, `file.xhtml#id` when it is elsewhere, `undefined` when nothing has that id.
 */
export function resolveFragment(href: string, currentFile: string, index: LinkIndex): string | undefined {
  if (!href.startsWith('#')) return href;
  const fragment = href.slice(1);
  const file = index.fileOf(decodeFragment(fragment));
  if (!file) return undefined;
  return file === currentFile ? href : `${file}${href}`;
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
