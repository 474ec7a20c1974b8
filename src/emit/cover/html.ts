/**
 * The full-wrap cover as one HTML page the size of the wrap: back (text and a clear barcode
 * area), spine (title and authors, reading top to bottom, when wide enough) and front (title,
 * subtitle, authors), on a background colour or image, set in the book's fonts. Lengths in inches.
 */
import type { BookMetadata } from '../../book.js';
import type { CoverSize } from './dimensions.js';

export interface CoverDesign {
  size: CoverSize;
  metadata: Pick<BookMetadata, 'title' | 'authors' | 'language'> &
    Partial<Pick<BookMetadata, 'subtitle' | 'publisher'>>;
  backText?: string;
  background: string;
  /** Text colour; chosen from the background's lightness when absent. */
  color?: string;
  /** URL of the background image (relative to the HTML file). */
  image?: string;
  /** `@font-face` rules and the font stack. */
  fontCss: string;
  fontFamilies: string[];
}

/** Safe margin inside the trim and away from the spine folds. */
const margin = 0.5;
/** The barcode box (ISBN with price add-on), as print services ask. */
export const barcodeArea = { width: 2, height: 1.2, inset: 0.375 };

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Relative luminance of `#rrggbb` (0 black … 1 white). */
export function luminance(hex: string): number {
  const channel = (index: number) => {
    const value = parseInt(hex.slice(1 + 2 * index, 3 + 2 * index), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** Authors' surnames for the spine: "Hovsepian and Marsh". */
export function spineAuthors(authors: string[]): string {
  const surnames = authors.map((author) => author.trim().split(/\s+/).at(-1) ?? author);
  return surnames.length <= 2 ? surnames.join(' and ') : `${surnames[0]} et al.`;
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escape(paragraph)}</p>`)
    .join('\n');
}

export function coverHtml(design: CoverDesign): string {
  const { size, metadata } = design;
  const dark = luminance(design.background) < 0.3;
  const color = design.color ?? (dark ? '#f4efe6' : '#1c1c1c');
  const accent = dark ? '#c9a45c' : '#8a6a2a';
  const scale = size.trim.width / 6;
  const titleLength = metadata.title.length;
  const titleSize = (titleLength <= 18 ? 40 : titleLength <= 36 ? 33 : 27) * scale;
  const spineSize = Math.min(15, Math.max(6, size.spine * 72 * 0.45));
  const backLeft = size.bleed;
  const spineLeft = size.bleed + size.trim.width;
  const frontLeft = spineLeft + size.spine;
  const fonts = design.fontFamilies.map((family) => `'${family}'`).join(', ');
  const spineAuthorsSpan = metadata.authors.length
    ? `<span class="spine-authors">${escape(spineAuthors(metadata.authors))}</span>`
    : '';
  const spine = size.spineText
    ? `<div class="spine-text"><span class="spine-title">${escape(metadata.title)}</span>${spineAuthorsSpan}</div>`
    : '';
  return `<!DOCTYPE html>
<html lang="${escape(metadata.language)}">
<head>
<meta charset="utf-8" />
<title>Cover: ${escape(metadata.title)}</title>
<style>
${design.fontCss}
@page { size: ${size.width}in ${size.height}in; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; width: ${size.width}in; height: ${size.height}in; }
body { position: relative; overflow: hidden; background: ${design.background}; color: ${color}; font-family: ${fonts}, serif; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.image { position: absolute; inset: 0; background: url('${design.image ?? ''}') center / cover no-repeat; }
.panel { position: absolute; top: ${size.bleed}in; height: ${size.trim.height}in; }
.back { left: ${backLeft}in; width: ${size.trim.width}in; }
.spine { left: ${spineLeft}in; width: ${size.spine}in; }
.front { left: ${frontLeft}in; width: ${size.trim.width}in; }
.frame { position: absolute; inset: 0.375in; border: 1.25pt solid ${accent}; }
.front .heading { position: absolute; top: ${1.7 * scale}in; left: ${margin + 0.25}in; right: ${margin + 0.25}in; text-align: center; }
.title { font-size: ${titleSize.toFixed(1)}pt; line-height: 1.08; font-weight: 400; margin: 0; hyphens: none; text-wrap: balance; }
.rule { width: 1.1in; height: 0; border-top: 1pt solid ${accent}; margin: ${0.3 * scale}in auto; }
.subtitle { font-size: ${(15 * scale).toFixed(1)}pt; line-height: 1.3; font-style: italic; margin: 0; text-wrap: balance; }
.authors { position: absolute; bottom: ${1.05 * scale}in; left: ${margin}in; right: ${margin}in; text-align: center; font-size: ${(13 * scale).toFixed(1)}pt; letter-spacing: 0.14em; text-transform: uppercase; line-height: 1.5; }
.spine-text { position: absolute; inset: ${margin}in 0; writing-mode: vertical-rl; display: flex; align-items: center; justify-content: space-between; font-size: ${spineSize.toFixed(1)}pt; line-height: 1; white-space: nowrap; }
.spine-authors { letter-spacing: 0.12em; text-transform: uppercase; font-size: 0.8em; }
.blurb { position: absolute; top: ${1.5 * scale}in; left: ${margin + 0.35}in; right: ${margin + 0.35}in; font-size: ${(12.5 * scale).toFixed(1)}pt; line-height: 1.5; hyphens: auto; text-align: left; }
.blurb p { margin: 0 0 0.6em; }
.publisher { position: absolute; bottom: ${barcodeArea.inset + 0.05}in; left: ${margin + 0.25}in; font-size: ${(9.5 * scale).toFixed(1)}pt; letter-spacing: 0.14em; text-transform: uppercase; }
.barcode { position: absolute; right: ${barcodeArea.inset}in; bottom: ${barcodeArea.inset}in; width: ${barcodeArea.width}in; height: ${barcodeArea.height}in; background: #ffffff; }
</style>
</head>
<body>
${design.image ? '<div class="image"></div>' : ''}
<section class="panel back" aria-label="Back cover">
${design.backText ? `<div class="blurb">${paragraphs(design.backText)}</div>` : ''}
${metadata.publisher ? `<div class="publisher">${escape(metadata.publisher)}</div>` : ''}
<div class="barcode" aria-label="Barcode area"></div>
</section>
<section class="panel spine" aria-label="Spine">${spine}</section>
<section class="panel front" aria-label="Front cover">
<div class="frame"></div>
<div class="heading">
<h1 class="title">${escape(metadata.title)}</h1>
<div class="rule"></div>
${metadata.subtitle ? `<p class="subtitle">${escape(metadata.subtitle)}</p>` : ''}
</div>
${metadata.authors.length ? `<div class="authors">${metadata.authors.map(escape).join('<br />')}</div>` : ''}
</section>
</body>
</html>
`;
}
