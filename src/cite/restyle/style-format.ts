/**
 * What a CSL style makes of a citation: `note` styles print it in a footnote (first full, later short,
 * Ibid.), `author-date` (and `author`, `numeric`, `label`) styles print it in the text. The style
 * says so itself, in `<category citation-format="…"/>`; restyled notes follow it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { CSL_DIR, DEFAULT_STYLE } from '../style-files.js';

export type CitationFormat = 'note' | 'author-date' | 'author' | 'numeric' | 'label';

/** The style's citation format; a style that does not say is taken as a note style (CSL's Chicago family). */
export function citationFormat(style = DEFAULT_STYLE): CitationFormat {
  const isPath = extname(style) === '.csl' || style.includes('/');
  const file = isPath ? style : `${CSL_DIR}/styles/${style}.csl`;
  if (!existsSync(file)) return 'note';
  const found = /citation-format="([a-z-]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
  return found === 'author-date' || found === 'author' || found === 'numeric' || found === 'label' ? found : 'note';
}

/** Whether citations of this format belong in the text rather than in notes. */
export const inText = (format: CitationFormat): boolean => format !== 'note';
