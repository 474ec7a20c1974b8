/**
 * A Word manuscript (`.docx`), as a single file or as a chapter of a folder: read into the same
 * book AST as Markdown (convert.ts). The VFile's text is a plain-text view of the document, one
 * paragraph per line, so messages have a line (the paragraph's number) and column.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { FolioError } from '../../errors.js';
import { docxLocate } from '../origin.js';
import { convertDocument, imagePart, TextView } from './convert.js';
import { openDocx, type DocxPackage } from './package.js';
import { readStyles } from './styles.js';
import { linkTypedAddresses } from './typed-addresses.js';

export const docxExtension = /\.docx$/i;

const imageTypes: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  webp: 'image/webp',
};

export async function readDocx(filePath: string, cwd: string): Promise<{ file: VFile; tree: Root; language?: string }> {
  const display = path.relative(cwd, filePath) || filePath;
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FolioError(code === 'ENOENT' ? 'No such file' : `Cannot read file (${code ?? String(error)})`, {
      file: display,
    });
  }
  let pkg: DocxPackage;
  try {
    pkg = await openDocx(bytes, display);
  } catch (error) {
    if (error instanceof FolioError) throw error;
    throw new FolioError(
      `Unexpected file that is not a Word document (${(error as Error).message}), expected a .docx`,
      { file: display },
    );
  }
  const styles = readStyles(pkg.styles, pkg.numbering);
  const images = new Map<string, string>();
  for (const { target, external } of pkg.relationships.values()) {
    const type = imageTypes[path.extname(target).slice(1).toLowerCase()];
    if (external || !type) continue;
    const data = await pkg.bytes(imagePart(target)).catch((error: Error) => {
      throw new FolioError(`Unexpected Word document part (${error.message}), expected a .docx`, { file: display });
    });
    if (data) images.set(imagePart(target), `data:${type};base64,${Buffer.from(data).toString('base64')}`);
  }
  const view = new TextView();
  const { tree, titlePage } = convertDocument(pkg, styles, view, images);
  linkTypedAddresses(tree);
  const file = new VFile({ path: filePath, cwd, value: view.text });
  // A note with no text has no line of its own: it is placed at its call.
  const calls = new Map<string, Position>();
  visit(tree, 'footnoteReference', (node) => void (node.position && calls.set(node.identifier, node.position)));
  for (const node of tree.children) {
    if (node.type === 'footnoteDefinition' && !node.position && calls.has(node.identifier))
      node.position = calls.get(node.identifier);
  }
  // Word has no lines: messages name the paragraph and its words (origin.ts).
  const notes = tree.children.flatMap((node) =>
    node.type === 'footnoteDefinition' && node.position && node.children.length
      ? [{ line: node.position.start.line, lines: node.position.end.line - node.position.start.line + 1 }]
      : [],
  );
  file.data.locate = docxLocate(view.text, notes);
  if (titlePage) file.data.titlePage = titlePage;
  if (view.text.trim() === '')
    throw new FolioError('Unexpected Word document with no text, expected a manuscript', { file: display });
  return { file, tree, language: styles.language };
}
