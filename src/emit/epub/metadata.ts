/** The package metadata from the book's: what the config says, with the title page's facts as fallbacks. */
import type { BookMetadata } from '../../book.js';
import type { AccessibilityMetadata, PackageMetadata } from './package-document.js';

export interface PackageFacts {
  identifier: string;
  /** `CCYY-MM-DDThh:mm:ssZ` */
  modified: string;
  accessibility: AccessibilityMetadata;
  coverImageId: string;
  pageBreakSource?: string;
  warn: (message: string) => void;
}

export function packageMetadata(metadata: BookMetadata, facts: PackageFacts): PackageMetadata {
  return {
    identifier: facts.identifier,
    title: metadata.title,
    subtitle: metadata.subtitle,
    creators: metadata.authors,
    language: metadata.language,
    date: w3cDate(metadata.date, facts.warn),
    // A thesis names its institution, not a publisher; catalogues record the one as the other.
    publisher: metadata.publisher ?? metadata.institution,
    description: metadata.description ?? metadata.statement,
    rights: metadata.rights,
    modified: facts.modified,
    accessibility: facts.accessibility,
    coverImageId: facts.coverImageId,
    pageBreakSource: facts.pageBreakSource,
  };
}

/** `dc:date` must be W3CDTF (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); anything else is left out. */
function w3cDate(date: string | undefined, warn: (message: string) => void): string | undefined {
  if (!date) return undefined;
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date)) return date;
  warn(`date \`${date}\` is not YYYY, YYYY-MM or YYYY-MM-DD; the EPUB has no publication date`);
  return undefined;
}
