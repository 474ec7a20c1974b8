/**
 * PDF/X for the printer's file (`folio pdf --print`, `pdf.pdfx`): neutral colours to gray, every
 * other colour to CMYK through the output profile (Ghostscript), then the PDF/X keys, output
 * intent and boxes (ligatures drawn inside soft-hyphen spans first get their text: actual-text.ts). Used for the
 * interior and for the cover alike. The text must still read back
 * the same (pdftotext, word for word); what does not is reported, since the print is unaffected.
 */
import type { PDFDocument } from 'pdf-lib';
import { conservation } from '../pdf/text.js';
import { convertWithGhostscript, pdfText } from './ghostscript.js';
import { markPdfx, type PdfxMarks } from './mark.js';
import { ligatureTextFromSpans } from './actual-text.js';
import { neutraliseColours } from './neutral.js';
import type { PdfxSetup } from './setup.js';

export {
  pdfxSetup,
  pdfxVersions,
  parsePdfxVersion,
  ghostscriptCmykProfile,
  type PdfxSetup,
  type PdfxVersion,
} from './setup.js';
export { gtsVersion, type PdfxMarks } from './mark.js';

export interface PdfxReport {
  /** Sizes in bytes of the file given and of the PDF/X written. */
  bytesBefore: number;
  bytesAfter: number;
  /** What pdftotext no longer reads after the conversion (ligatures, text in flattened transparency). */
  lostWords: Array<{ word: string; count: number }>;
  lostTotal: number;
}

/** `document` (modified: neutral colours become gray) written as PDF/X. */
export async function toPdfx(
  document: PDFDocument,
  setup: PdfxSetup,
  marks: PdfxMarks,
  report?: (report: PdfxReport) => void,
): Promise<Uint8Array> {
  neutraliseColours(document);
  ligatureTextFromSpans(document);
  const bytes = await document.save({ objectsPerTick: Infinity });
  const converted = await convertWithGhostscript(bytes, setup);
  const pdf = await markPdfx(converted.pdf, setup, marks);
  if (report) {
    const kept = conservation(converted.textBefore, await pdfText(pdf));
    report({
      bytesBefore: bytes.length,
      bytesAfter: pdf.length,
      lostWords: kept.missing,
      lostTotal: kept.missingTotal,
    });
  }
  return pdf;
}

/** The warning for words lost in the text layer, or undefined. */
export function describeTextLoss(report: PdfxReport, setup: PdfxSetup): string | undefined {
  if (report.lostTotal === 0) return undefined;
  const words = report.lostWords
    .slice(0, 6)
    .map((item) => item.word)
    .join(', ');
  return (
    `the printer's file reads back ${report.lostTotal} word(s) differently after` +
    ` Ghostscript ${setup.ghostscriptVersion} (${words}); the printed page is` +
    ` unaffected`
  );
}
