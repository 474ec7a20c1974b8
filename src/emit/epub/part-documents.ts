/**
 * The content documents of the parts, written ahead (while the bibliography is still being
 * formatted, from the book assembled without it) and taken over by the finished book only where
 * nothing it depends on has changed. A part's XHTML depends on its HTML, on its file, and on the
 * file each id it links to lands in; so each document keeps the ids it looked up and what they gave,
 * and is written again when the finished book's parts or files tell otherwise (a link into the
 * bibliography, a part the print edition's page breaks changed). What writing it observed (the
 * accessibility facts, links to ids nowhere in the book) is kept too and replayed in the book's
 * order, so the warnings and the package read the same whether a document was written ahead or not.
 */
import { accessibilityObserver, type AccessibilityFacts } from './accessibility.js';
import type { PlannedPart } from './files.js';
import type { LinkIndex } from './links.js';
import { toXhtmlFragment } from './xhtml.js';

export interface PartDocument {
  /** The part's HTML it was written from. */
  html: string;
  /** The XHTML fragment of the body. */
  body: string;
  /** Every id the part links to, with the file it was found in then (undefined: nowhere). */
  lookups: Map<string, string | undefined>;
  /** Link targets that were nowhere in the book, in order (unlinked). */
  broken: string[];
  facts: Pick<AccessibilityFacts, 'imagesDescribed' | 'otherLanguagesMarked'>;
}

/** Part documents by file, written ahead of the finished book. */
export type PreparedDocuments = Map<string, PartDocument>;

/** The part's body as XHTML, with what it looked up and observed. */
export function writePartDocument(html: string, file: string, links: LinkIndex, language: string): PartDocument {
  const lookups = new Map<string, string | undefined>();
  const recording: LinkIndex = {
    fileOf(id) {
      const found = links.fileOf(id);
      lookups.set(id, found);
      return found;
    },
  };
  const broken: string[] = [];
  const observer = accessibilityObserver(language);
  const body = toXhtmlFragment(html, {
    file,
    links: recording,
    onTag: observer.observe,
    onBrokenLink: (target) => broken.push(target),
  });
  return { html, body, lookups, broken, facts: observer.facts };
}

/** The document written ahead for `entry`, if the finished book would write it the same. */
export function reusableDocument(
  prepared: PreparedDocuments | undefined,
  entry: PlannedPart,
  links: LinkIndex,
): PartDocument | undefined {
  const document = prepared?.get(entry.href);
  if (!document || document.html !== entry.part.html) return undefined;
  for (const [id, file] of document.lookups) if (links.fileOf(id) !== file) return undefined;
  return document;
}
