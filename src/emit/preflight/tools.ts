/**
 * poppler's `pdffonts` and `pdfimages -list`, read into records (each font with its object, each image with its
 * resolution).
 */
import { poppler, pdfFonts, type PdfFont } from '../pdf/poppler.js';

/** Each font with its object (pdffonts). */
export type FontRecord = PdfFont;
export const listFonts = pdfFonts;

export interface ImageRecord {
  page: number;
  type: string;
  width: number;
  height: number;
  color: string;
  xPpi: number;
  yPpi: number;
  object: string;
}

export async function listImages(file: string): Promise<ImageRecord[]> {
  const lines = (await poppler('pdfimages', ['-list', file]))
    .split('\n')
    .slice(2)
    .filter((line) => line.trim());
  return lines.map((line) => {
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    const f = line.trim().split(/\s+/);
    return {
      page: Number(f[0]),
      type: f[2],
      width: Number(f[3]),
      height: Number(f[4]),
      color: f[5],
      object: `${f[10]} ${f[11]}`,
      xPpi: Number(f[12]),
      yPpi: Number(f[13]),
    };
  });
}
