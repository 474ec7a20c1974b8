/**
 * Raw HTML from a manuscript is untrusted: this plugin runs the sanitiser (../sanitize.ts) over the
 * part, its notes included, and keeps what it removed on the file (`data.sanitizeReports`) for the
 * render stage to report at each place in the source.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { sanitize, type SanitizeReport } from '../sanitize.js';

declare module 'vfile' {
  interface DataMap {
    /** What the sanitiser removed from a part, in document order. */
    sanitizeReports: SanitizeReport[];
  }
}

export default function rehypeSanitizeReported() {
  return (tree: Root, file: VFile): void => {
    (file.data.sanitizeReports ??= []).push(...sanitize(tree));
  };
}
