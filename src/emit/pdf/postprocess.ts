/**
 * After Chromium's print: document metadata (title, author, subject, language), page labels that
 * match the printed folios (i, ii… then 1, 2…), and for the printer's file no bookmarks at all,
 * converted to PDF/X when a PDF/X setup is given.
 */
import { ParseSpeeds, PDFDict, PDFDocument, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import { mergeFontSubsets } from './font-merge.js';
import type { OutlineItem } from './layout.js';
import { setOutline } from './merge.js';
import type { BookMetadata } from '../../book.js';
import { toPdfx, type PdfxReport, type PdfxSetup } from '../pdfx/index.js';

export interface PostprocessOptions {
  metadata: BookMetadata;
  /** Printer's file: bookmarks removed (KDP refuses them). */
  print: boolean;
  /** 1-based page where arabic numbering starts (the first chapter); none: all arabic. */
  arabicFrom?: number;
  /** Bleed around the trim, in points (0.125 in = 9 pt); sets each page's TrimBox and BleedBox. */
  bleedPoints?: number;
  /** Fixed dates for reproducible output. */
  date?: Date;
  /** Printer's file as PDF/X (config `pdf.pdfx`): Ghostscript and the output profile, checked beforehand. */
  pdfx?: PdfxSetup;
  /** Told the PDF/X conversion's sizes and what its text layer lost. */
  onPdfx?: (report: PdfxReport) => void;
  /** Bookmarks for a file printed in one piece (the merge writes a merged book's). */
  outline?: OutlineItem[];
}

/** The info dictionary's title, author, subject, language, creator and dates, from the book's metadata. */
export function setDocumentInfo(
  document: PDFDocument,
  metadata: Pick<BookMetadata, 'title' | 'authors' | 'language'> &
    Partial<Pick<BookMetadata, 'subtitle' | 'description'>>,
  date: Date,
): void {
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.authors.length) document.setAuthor(metadata.authors.join(', '));
  const subject = metadata.subtitle ?? metadata.description;
  if (subject) document.setSubject(subject);
  document.setLanguage(metadata.language);
  document.setCreator('Folio (Paged.js)');
  document.setCreationDate(date);
  document.setModificationDate(date);
}

/** Sets the metadata, boxes and page labels on `pdf` (the merged document, or a printed file) and writes it. */
export async function postprocess(pdf: Uint8Array | PDFDocument, options: PostprocessOptions): Promise<Uint8Array> {
  const document =
    pdf instanceof PDFDocument
      ? pdf
      : await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  // A file printed in one piece still has a font per unicode-range file of a face: one per face.
  if (!(pdf instanceof PDFDocument)) mergeFontSubsets(document);
  const { metadata } = options;
  const date = options.date ?? new Date();
  setDocumentInfo(document, metadata, date);
  document.setProducer(document.getProducer() ?? 'Chromium');

  // The TrimBox (and the BleedBox with a bleed), from the bleed: Chromium sets neither.
  const bleed = options.bleedPoints ?? 0;
  for (const page of document.getPages()) {
    const { width, height } = page.getMediaBox();
    if (bleed > 0) {
      page.setBleedBox(0, 0, width, height);
      page.setTrimBox(bleed, bleed, width - 2 * bleed, height - 2 * bleed);
    } else page.setTrimBox(0, 0, width, height);
  }

  const catalog = document.catalog;
  if (options.outline?.length && !options.print) setOutline(document, options.outline);
  if (options.arabicFrom && options.arabicFrom > 1) {
    const style = (name: string) => document.context.obj({ S: PDFName.of(name) });
    const nums = document.context.obj([PDFNumber.of(0), style('r'), PDFNumber.of(options.arabicFrom - 1), style('D')]);
    catalog.set(PDFName.of('PageLabels'), document.context.obj({ Nums: nums }));
  }
  if (options.print) {
    catalog.delete(PDFName.of('Outlines'));
    catalog.set(PDFName.of('PageMode'), PDFName.of('UseNone'));
  } else if (catalog.get(PDFName.of('Outlines'))) {
    catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  }
  if (options.print && options.pdfx) {
    return toPdfx(
      document,
      options.pdfx,
      { metadata, bleedPoints: bleed, date, arabicFrom: options.arabicFrom },
      options.onPdfx,
    );
  }
  return document.save({ objectsPerTick: Infinity });
}

/** Bookmark titles, depth first (empty when the PDF has none). */
export async function outlineTitles(pdf: Uint8Array): Promise<string[]> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const titles: string[] = [];
  const walk = (item: PDFDict | undefined) => {
    while (item) {
      const title = item.lookup(PDFName.of('Title'));
      if (title instanceof PDFString || (title && 'decodeText' in title))
        titles.push((title as PDFString).decodeText());
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict));
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
    }
  };
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
  return titles;
}
