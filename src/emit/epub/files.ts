/**
 * Where each part goes: one XHTML file per part, at the top of OEBPS/, beside the cover page and the navigation
 * document.
 */
import type { RenderedPart } from '../../render/types.js';
import { containerPaths } from './container.js';

export interface PlannedPart {
  part: RenderedPart;
  /** e.g. `chapter-1.xhtml` */
  href: string;
}

export const coverPageHref = 'cover.xhtml';

/** Named after the part's id (ASCII letters, digits, `-._`, as OCF readers prefer), unique within the book. */
export function planFiles(parts: RenderedPart[]): PlannedPart[] {
  const used = new Set<string>([coverPageHref, containerPaths.navDocument]);
  return parts.map((part, index) => {
    const stem = part.id.normalize('NFKD').replace(/[^-._A-Za-z0-9]+/g, '') || `part-${index + 1}`;
    let href = `${stem}.xhtml`;
    for (let counter = 2; used.has(href); counter++) href = `${stem}-${counter}.xhtml`;
    used.add(href);
    return { part, href };
  });
}

/** The manifest id of a content document: its file name after a prefix that makes it an XML name. */
export function documentId(href: string): string {
  return `doc-${href.replace(/\.xhtml$/, '')}`;
}
