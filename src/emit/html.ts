/**
 * The print HTML writer: DIR/book.html, the page Paged.js lays out, with its stylesheets, fonts
 * and images beside it (styles/, fonts/, assets/), for debugging and previewing the PDF layout.
 * The PDF writer renders the same bundle from a temporary folder.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAsset } from '../assets/load.js';
import type { RenderedBook } from '../render/types.js';
import { writeError, writeFileAtomic } from '../atomic.js';
import { printDocument, type PrintDocument, type PrintDocumentOptions } from './pdf/document.js';
import type { Writer } from './types.js';

export const stylesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../styles');

export interface HtmlBundle {
  document: PrintDocument;
  /** Absolute path of book.html. */
  htmlPath: string;
  files: string[];
}

/** Writes book.html and everything it links to into `dir`; book.html goes last, so it never points at missing files. */
export async function writeHtmlBundle(
  book: RenderedBook,
  dir: string,
  options: PrintDocumentOptions = {},
): Promise<HtmlBundle> {
  const document = printDocument(book, options);
  const files: string[] = [];
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw writeError(error, dir);
  });
  for (const name of document.staticStyles) {
    const target = path.join(dir, 'styles', name);
    await writeFileAtomic(target, await readFile(path.join(stylesDir, name)));
    files.push(target);
  }
  for (const [name, css] of Object.entries(document.generatedStyles)) {
    const target = path.join(dir, 'styles', name);
    await writeFileAtomic(target, css);
    files.push(target);
  }
  for (const face of document.fonts) {
    const target = path.join(dir, 'fonts', path.basename(face.file));
    await copyInto(face.file, target);
    files.push(target);
  }
  for (const asset of book.assets) {
    const target = path.join(dir, asset.href);
    await writeFileAtomic(target, (await readAsset(asset.path, 'image')).data);
    files.push(target);
  }
  const htmlPath = path.join(dir, 'book.html');
  await writeFileAtomic(htmlPath, document.html);
  files.push(htmlPath);
  return { document, htmlPath, files };
}

async function copyInto(source: string, target: string): Promise<void> {
  await writeFileAtomic(target, await readFile(source));
}

export const htmlWriter: Writer = async ({ rendered, outDir, logger, printParts }) => {
  const bundle = await writeHtmlBundle(rendered, outDir, { prepared: printParts });
  for (const family of bundle.document.missingFonts)
    logger.warn(`font \`${family}\` has no @fontsource package installed; it will not be used`);
  return { files: [bundle.htmlPath], ok: true };
};
