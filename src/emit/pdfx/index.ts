/**
 * PDF/X for the printer's file (`folio pdf --print`, `pdf.pdfx`): neutral colours to gray, every
 * other colour to CMYK through the output profile (Ghostscript), then the PDF/X keys, output
 * intent and boxes. Used for the interior and for the cover alike.
 */
import type { PDFDocument } from 'pdf-lib';
import { convertWithGhostscript } from './ghostscript.js';
import { markPdfx, type PdfxMarks } from './mark.js';
import { neutraliseColours } from './neutral.js';
import type { PdfxSetup } from './setup.js';

export { pdfxSetup, pdfxVersions, parsePdfxVersion, ghostscriptCmykProfile, type PdfxSetup, type PdfxVersion } from './setup.js';
export { gtsVersion, type PdfxMarks } from './mark.js';

/** `document` (modified: neutral colours become gray) written as PDF/X. */
export async function toPdfx(document: PDFDocument, setup: PdfxSetup, marks: PdfxMarks, warn?: (message: string) => void): Promise<Uint8Array> {
  neutraliseColours(document);
  const bytes = await document.save({ objectsPerTick: Infinity });
  return markPdfx(await convertWithGhostscript(bytes, setup, warn), setup, marks);
}
