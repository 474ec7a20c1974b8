/**
 * Neutral colours print in black ink only. Chromium writes black text and grey rules as RGB
 * (`0 0 0 rg`); converted to CMYK through a press profile they become a four-ink "rich" black
 * that shows every misregistration on small type. Before the conversion, an RGB colour whose
 * three parts are equal is rewritten as black ink alone (`0 0 0 1 k` for black, `0 0 0 0.8 k` for
 * 20% gray), which Ghostscript's CMYK conversion leaves as it is.
 */
import {
  decodePDFRawStream,
  PDFArray,
  PDFContentStream,
  PDFDict,
  PDFName,
  PDFRawStream,
  PDFRef,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';

const number = String.raw`(-?(?:\d+\.?\d*|\.\d+))`;
const neutralRgb = new RegExp(String.raw`(^|\s)${number}\s+\2\s+\2\s+(rg|RG)(?=\s|$)`, 'g');

/** `0 0 0 rg` → `0 0 0 1 k`, `.2 .2 .2 RG` → `0 0 0 0.8 K`; anything else unchanged. */
export function neutralToBlackInk(content: string): string {
  return content.replace(neutralRgb, (_, before: string, value: string, operator: string) => {
    const black = Number((1 - Number(value)).toFixed(4));
    return `${before}0 0 0 ${black} ${operator === 'rg' ? 'k' : 'K'}`;
  });
}

/** Rewrites the content streams of every page and of the forms they draw; returns how many changed. */
export function neutraliseColours(document: PDFDocument): number {
  const context = document.context;
  const seen = new Set<PDFRawStream | PDFContentStream>();
  let changed = 0;
  const rewrite = (reference: PDFObject | undefined) => {
    const stream = reference instanceof PDFRef ? context.lookup(reference) : reference;
    if (!(stream instanceof PDFRawStream || stream instanceof PDFContentStream) || seen.has(stream)) return;
    seen.add(stream);
    // A page drawn by pdf-lib itself holds its operators unencoded until saved.
    const bytes =
      stream instanceof PDFContentStream ? stream.getUnencodedContents() : decodePDFRawStream(stream).decode();
    const text = Buffer.from(bytes).toString('latin1');
    const next = neutralToBlackInk(text);
    if (next === text || !(reference instanceof PDFRef)) return;
    const replacement = context.flateStream(Buffer.from(next, 'latin1'));
    for (const [key, value] of stream.dict.entries()) {
      if (key !== PDFName.of('Length') && key !== PDFName.of('Filter') && key !== PDFName.of('DecodeParms'))
        replacement.dict.set(key, value);
    }
    context.assign(reference, replacement);
    changed++;
  };
  const forms = (resources: PDFDict | undefined, depth: number) => {
    const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const [, value] of xobjects?.entries() ?? []) {
      const form = context.lookup(value);
      if (
        !(form instanceof PDFRawStream) ||
        form.dict.get(PDFName.of('Subtype')) !== PDFName.of('Form') ||
        seen.has(form) ||
        depth > 8
      )
        continue;
      rewrite(value);
      forms(form.dict.lookupMaybe(PDFName.of('Resources'), PDFDict), depth + 1);
    }
  };
  for (const page of document.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const resolved = contents instanceof PDFRef ? context.lookup(contents) : contents;
    if (resolved instanceof PDFArray) for (const item of resolved.asArray()) rewrite(item);
    else rewrite(contents);
    forms(page.node.Resources(), 0);
  }
  return changed;
}
