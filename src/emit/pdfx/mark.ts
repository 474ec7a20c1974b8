/**
 * The PDF/X identification, written after Ghostscript's conversion: `GTS_PDFXVersion` and
 * `Trapped` in the info dictionary, an XMP packet saying the same (with the document and instance
 * IDs PDF/X-4 asks for), the output intent with the CMYK profile embedded, and TrimBox and
 * BleedBox on every page (the BleedBox is the TrimBox when there is no bleed).
 */
import { createHash } from 'node:crypto';
import { ParseSpeeds, type PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import type { BookMetadata } from '../../book.js';
import type { PdfxSetup, PdfxVersion } from './setup.js';
import { repairToUnicode } from './to-unicode.js';
import { setDocumentInfo } from '../pdf/postprocess.js';

export interface PdfxMarks {
  metadata: Pick<BookMetadata, 'title' | 'authors' | 'language'> &
    Partial<Pick<BookMetadata, 'subtitle' | 'description' | 'identifier'>>;
  /** Bleed around the trim in points; 0 for none. */
  bleedPoints: number;
  date: Date;
  /** Page labels to set when the converter lost them: 1-based page where arabic numbering starts. */
  arabicFrom?: number;
}

export const gtsVersion: Record<PdfxVersion, string> = { 'X-4': 'PDF/X-4', 'X-1a': 'PDF/X-1a:2003' };

export async function markPdfx(pdf: Uint8Array, setup: PdfxSetup, marks: PdfxMarks): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const context = document.context;
  repairToUnicode(document);
  const version = gtsVersion[setup.version];
  const { metadata, date } = marks;

  setDocumentInfo(document, metadata, date);
  const info = context.lookup(context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of('GTS_PDFXVersion'), PDFString.of(version));
  info.set(PDFName.of('Trapped'), PDFName.of('False'));
  const producer = document.getProducer() ?? 'Ghostscript';

  for (const page of document.getPages()) {
    const { x, y, width, height } = page.getMediaBox();
    const bleed = marks.bleedPoints;
    page.setTrimBox(x + bleed, y + bleed, width - 2 * bleed, height - 2 * bleed);
    page.setBleedBox(x, y, width, height);
    page.node.delete(PDFName.of('ArtBox'));
  }

  const catalog = document.catalog;
  if (marks.arabicFrom && marks.arabicFrom > 1 && !catalog.get(PDFName.of('PageLabels'))) {
    const style = (name: string) => context.obj({ S: PDFName.of(name) });
    catalog.set(
      PDFName.of('PageLabels'),
      context.obj({ Nums: context.obj([PDFNumber.of(0), style('r'), PDFNumber.of(marks.arabicFrom - 1), style('D')]) }),
    );
  }

  const profile = context.flateStream(setup.profile.data, { N: 4 });
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFX',
    OutputConditionIdentifier: PDFString.of('Custom'),
    OutputCondition: PDFString.of(setup.profile.description),
    Info: PDFString.of(setup.profile.description),
    RegistryName: PDFString.of('http://www.color.org'),
    DestOutputProfile: context.register(profile),
  });
  catalog.set(PDFName.of('OutputIntents'), context.obj([context.register(intent)]) as PDFArray);

  const xmp = xmpPacket({ version, setup, marks, producer });
  const stream = context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), context.register(stream));
  const id = documentId(metadata);
  context.trailerInfo.ID = context.obj([
    PDFHexString.of(id.replace(/-/g, '')),
    PDFHexString.of(instanceId(pdf).replace(/-/g, '')),
  ]);

  // PDF 1.3 (X-1a, as Ghostscript wrote it: no transparency) has no object streams.
  const saved = await document.save({ useObjectStreams: setup.version !== 'X-1a', objectsPerTick: Infinity });
  return withHeaderVersion(saved, setup.version === 'X-1a' ? '1.3' : '1.6');
}

/**
 * pdf-lib always writes `%PDF-1.7`; PDF/X-4 allows 1.6 at most and X-1a:2003 1.4. The version has
 * the same length, so rewriting it in place moves no offset.
 */
export function withHeaderVersion(pdf: Uint8Array, version: string): Uint8Array {
  const header = Buffer.from(pdf.subarray(0, 8)).toString('latin1');
  if (!/^%PDF-\d\.\d$/.test(header) || version.length !== 3) throw new Error(`unexpected PDF header ${header}`);
  pdf.set(Buffer.from(`%PDF-${version}`, 'latin1'), 0);
  return pdf;
}

/** A stable UUID for the book (same title and identifier, same ID), for xmpMM:DocumentID. */
function documentId(metadata: PdfxMarks['metadata']): string {
  return uuidFrom(`${metadata.identifier ?? ''}\n${metadata.title}\n${metadata.authors.join('\n')}`);
}

function instanceId(pdf: Uint8Array): string {
  return uuidFrom(createHash('sha256').update(pdf).digest('hex'));
}

function uuidFrom(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function xmpPacket({
  version,
  marks,
  producer,
}: {
  version: string;
  setup: PdfxSetup;
  marks: PdfxMarks;
  producer: string;
}): string {
  const { metadata, date } = marks;
  const when = xmpDate(date);
  const subject = metadata.subtitle ?? metadata.description;
  const creators = metadata.authors.map((author) => `<rdf:li>${escape(author)}</rdf:li>`).join('');
  const lines = [
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>`,
    `<x:xmpmeta xmlns:x="adobe:ns:meta/">`,
    `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`,
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"` +
      ` xmlns:xmp="http://ns.adobe.com/xap/1.0/"` +
      ` xmlns:pdf="http://ns.adobe.com/pdf/1.3/"` +
      ` xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"` +
      ` xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/"` +
      ` xmlns:pdfx="http://ns.adobe.com/pdfx/1.3/">`,
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escape(metadata.title)}</rdf:li></rdf:Alt></dc:title>`,
    ...(creators ? [`<dc:creator><rdf:Seq>${creators}</rdf:Seq></dc:creator>`] : []),
    ...(subject
      ? [`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escape(subject)}</rdf:li></rdf:Alt></dc:description>`]
      : []),
    `<dc:language><rdf:Bag><rdf:li>${escape(metadata.language)}</rdf:li></rdf:Bag></dc:language>`,
    `<xmp:CreateDate>${when}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${when}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${when}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>Folio (Paged.js)</xmp:CreatorTool>`,
    `<pdf:Producer>${escape(producer)}</pdf:Producer>`,
    `<pdf:Trapped>False</pdf:Trapped>`,
    `<xmpMM:DocumentID>uuid:${documentId(metadata)}</xmpMM:DocumentID>`,
    `<xmpMM:InstanceID>uuid:${uuidFrom(`${documentId(metadata)}\n${when}`)}</xmpMM:InstanceID>`,
    `<xmpMM:VersionID>1</xmpMM:VersionID>`,
    `<xmpMM:RenditionClass>default</xmpMM:RenditionClass>`,
    `<pdfxid:GTS_PDFXVersion>${version}</pdfxid:GTS_PDFXVersion>`,
    `<pdfx:GTS_PDFXVersion>${version}</pdfx:GTS_PDFXVersion>`,
    `</rdf:Description>`,
    `</rdf:RDF>`,
    `</x:xmpmeta>`,
    `<?xpacket end="w"?>`,
  ];
  return lines.join('\n');
}
