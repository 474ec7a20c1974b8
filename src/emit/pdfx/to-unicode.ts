/**
 * Ghostscript 10.00's PDF interpreter writes a ToUnicode entry that maps one glyph to several
 * characters (a ligature: `fi`, `ffl`) in little-endian UTF-16: `<66006900>` for "fi", which text
 * extraction reads as two CJK ideographs. After the conversion, such destinations are swapped
 * back: a destination of two or more units, each with a zero low byte, whose swapped units are all
 * Latin letters or punctuation (U+0020–U+024F). Single-character entries are never touched.
 */
import { decodePDFRawStream, PDFDict, PDFName, PDFRawStream, type PDFDocument } from 'pdf-lib';

const multiUnit = /<((?:[0-9a-fA-F]{4}){2,})>/g;

/** The repaired CMap text (unchanged when nothing is little-endian). */
export function repairCmap(cmap: string): string {
  return cmap.replace(/(beginbfrange[\s\S]*?endbfrange|beginbfchar[\s\S]*?endbfchar)/g, (block) =>
    block.replace(
      /^(\s*<[0-9a-fA-F]+>\s*(?:<[0-9a-fA-F]+>\s*)?)<((?:[0-9a-fA-F]{4}){2,})>/gm,
      (line, head: string, destination: string) => {
        const units = destination.match(/.{4}/g) ?? [];
        const swapped = units.map((unit) => unit.slice(2) + unit.slice(0, 2));
        const latin = swapped.every((unit) => {
          const code = parseInt(unit, 16);
          return code >= 0x20 && code <= 0x24f;
        });
        return units.every((unit) => unit.endsWith('00')) && latin ? `${head}<${swapped.join('')}>` : line;
      },
    ),
  );
}

/** Repairs every font's ToUnicode stream in `document`; returns how many changed. */
export function repairToUnicode(document: PDFDocument): number {
  const context = document.context;
  let changed = 0;
  for (const [, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const reference = object.get(PDFName.of('ToUnicode'));
    const stream = reference ? context.lookup(reference) : undefined;
    if (!(stream instanceof PDFRawStream)) continue;
    const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    multiUnit.lastIndex = 0;
    if (!multiUnit.test(text)) continue;
    const repaired = repairCmap(text);
    if (repaired === text) continue;
    object.set(PDFName.of('ToUnicode'), context.register(context.flateStream(Buffer.from(repaired, 'latin1'))));
    changed++;
  }
  return changed;
}
