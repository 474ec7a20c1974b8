/** Where CSL styles and locales come from (Debian's citation-style-language packages by default). */
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';

export const DEFAULT_STYLE = 'chicago-fullnote-bibliography';
export const DEFAULT_LOCALE = 'en-US';
export const CSL_DIR = process.env.FOLIO_CSL_DIR ?? '/usr/share/citation-style-language';

/** What decides how a style formats: its name or path and its file's bytes (for caches). */
export function styleFingerprint(style = DEFAULT_STYLE): string {
  const isPath = extname(style) === '.csl' || style.includes('/');
  const path = isPath ? style : `${CSL_DIR}/styles/${style}.csl`;
  return `${style}\0${existsSync(path) ? readFileSync(path, 'utf8') : ''}`;
}
