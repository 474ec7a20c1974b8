/**
 * What makes a build reproducible: the identifier and the modification time never come from the
 * clock or a random source, so the same manuscript always gives the same EPUB.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { BookMetadata } from '../../book.js';

/**
 * The configured identifier, or a name-based UUID (RFC 4122 version 5 layout) from the title,
 * authors and date: corrections to the text keep it, as EPUB asks of a publication's identifier.
 */
export function publicationIdentifier(metadata: BookMetadata): string {
  if (metadata.identifier) return metadata.identifier;
  const name = JSON.stringify([metadata.title, metadata.subtitle ?? '', metadata.authors, metadata.date ?? '']);
  const bytes = createHash('sha1').update(`folio:${name}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface ModifiedSources {
  /** `modified` from the config. */
  configured?: string;
  /** The publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string;
  /** Source files, whose newest change is the last resort. */
  files: string[];
  /** `SOURCE_DATE_EPOCH` (seconds), the reproducible-builds convention. */
  sourceDateEpoch?: string;
}

/** `dcterms:modified`, in order: the config, `SOURCE_DATE_EPOCH`, the publication date, the sources' mtime. */
export async function modificationTime(sources: ModifiedSources): Promise<Date> {
  if (sources.configured) {
    const configured = new Date(sources.configured);
    if (!Number.isNaN(configured.getTime())) return wholeSeconds(configured);
  }
  if (sources.sourceDateEpoch && /^\d+$/.test(sources.sourceDateEpoch))
    return new Date(Number(sources.sourceDateEpoch) * 1000);
  const date = sources.date && /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(sources.date);
  if (date) return new Date(Date.UTC(Number(date[1]), Number(date[2] ?? 1) - 1, Number(date[3] ?? 1)));
  const times = await Promise.all(sources.files.map(async (file) => (await stat(file)).mtimeMs));
  return wholeSeconds(new Date(Math.max(0, ...times)));
}

/** `CCYY-MM-DDThh:mm:ssZ`, the only form `dcterms:modified` accepts. */
export function formatModified(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function wholeSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}
