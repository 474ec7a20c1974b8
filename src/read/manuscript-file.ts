/**
 * One file of a manuscript, whatever its format: Markdown (either dialect), Word (`.docx`) or a PDF
 * converted to paged plain text (`.txt` with form feeds),
 * read into a tree with the VFile every position and message refers to.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Dialect } from '../book.js';
import type { ReadCache } from './cache.js';
import { remarkLigatures } from './normalise/ligatures.js';
import { leftoverCalls } from './normalise/glued-calls.js';
import { isPagedText, pagedTextToMarkdown } from './normalise/text-pages.js';
import { alignedLocate } from './origin.js';
import { detectDialect } from './parse.js';
import { readTree } from './read-file.js';
import { loadSource } from './source.js';

export interface ManuscriptFile {
  file: VFile;
  tree: Root;
  dialect: Dialect;
}

export async function readManuscriptFile(
  filePath: string,
  cwd: string,
  cache: ReadCache | undefined,
): Promise<ManuscriptFile> {
  // Word's reader (an XML parser and a zip library) is loaded only for a .docx (docx/index.ts's docxExtension).
  if (/\.docx$/i.test(filePath)) {
    const { readDocx } = await import('./docx/index.js');
    const { file, tree } = await readDocx(filePath, cwd);
    remarkLigatures()(tree);
    return { file, tree, dialect: 'clean' };
  }
  const file = await loadSource(filePath, cwd);
  // A PDF converted to plain text: pages cut by form feeds, rewritten as the export dialect.
  // Messages are printed at the original file's lines (origin.ts).
  const original = String(file.value);
  const paged = /\.txt$/i.test(filePath) && isPagedText(original);
  const converted = paged ? pagedTextToMarkdown(original) : undefined;
  if (converted) file.value = converted.markdown;
  let dialect = detectDialect(file);
  // Note texts found at the pages' feet, each paired with a call above it (foot-notes.ts), are the
  // export's evidence, even when lost calls leave too few pairs for the Markdown weighing.
  if (converted && converted.notes >= 2 && dialect === 'clean' && file.data.dialectEvidence) {
    dialect = 'export';
    file.data.dialectEvidence.dialect = dialect;
  }
  if (converted && converted.notes === 0) warnLeftoverCalls(file);
  const tree = await readTree(file, dialect, cache);
  // Set after reading: the read cache keeps the file's data, and a function is not data.
  if (paged) file.data.locate = alignedLocate(original, String(file.value));
  return { file, tree, dialect };
}

/**
 * Never silently zero: when no note text was found at the pages' feet, digits glued to words that
 * run like note numbers stay text; one warning says so, at the first of them.
 */
function warnLeftoverCalls(file: VFile): void {
  const text = String(file.value);
  const left = leftoverCalls(text);
  if (!left) return;
  const start = location(text).toPoint(left.offset);
  const message = file.message(
    `Unexpected ${left.count} number${left.count === 1 ? '' : 's'} glued to words left in the text (first \`${left.shown}\`),` +
      ' expected them read as note calls; no note text with their number was found at the foot of their page or the next' +
      ' (`N text` or `N. text`)',
    { place: start, ruleId: 'note-unrecognised', source: 'folio-check' },
  );
  message.fatal = false;
}
