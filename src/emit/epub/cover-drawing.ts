/**
 * The EPUB's cover image without a browser: the printed cover's front panel (cover/html.ts, the
 * same lengths and colours, set in the book's fonts) drawn as an SVG and rasterised by resvg on a
 * thread of libuv's pool, `frontImageWidth` pixels wide. Starting Chromium for one screenshot cost
 * a cold EPUB build more than everything else together. Lines break as the print cover's CSS
 * breaks them (`text-wrap: balance`: the narrowest width that keeps the line count), from the
 * fonts' own advance widths.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readConfiguredAsset } from '../../assets/configured.js';
import type { BookMetadata } from '../../book.js';
import { cachedBytes, codeFingerprint, hashKey, type Store } from '../../cache.js';
import type { FolioConfig } from '../../config/schema.js';
import { coverSize } from '../cover/dimensions.js';
import { luminance } from '../cover/html.js';
import { bookFontFaces, type BookFontFace } from '../pdf/fonts.js';
import { trimPoints } from '../pdfx/trim.js';
import { faceMetrics, sfnt, woffTables, type FaceMetrics } from './cover-fonts.js';
import { escapeXml } from './xml.js';
import { fileURLToPath } from 'node:url';

/** Width in pixels of the EPUB's cover image; the height follows the trim's proportions. */
export const frontImageWidth = 1600;

export interface FrontCoverOptions {
  metadata: BookMetadata;
  config: FolioConfig;
  baseDir: string;
}

/** CSS pixels per inch and per point, as the print cover's page is laid out. */
const px = 96;
const pt = 96 / 72;

/**
 * The drawn front, kept in `store` under what draws it (the metadata, the cover settings, trim and
 * fonts, the background image, this code): a rebuild draws nothing.
 */
export async function cachedFrontCover(options: FrontCoverOptions, store?: Store): Promise<Uint8Array> {
  const { metadata, config, baseDir } = options;
  const settings = config.cover ?? { paper: 'white', background: '#1f2a38' };
  const image = settings.image ? (await readConfiguredAsset(settings.image, 'cover.image', 'image', baseDir)).data : '';
  const drawn = JSON.stringify({ metadata, settings, trim: config.pdf.trim, fonts: config.pdf.fonts });
  const key = `${hashKey(codeFingerprint(path.dirname(fileURLToPath(import.meta.url))), drawn, image)}.png`;
  return cachedBytes(store, key, () => drawFrontCover(options));
}

/** A line of text placed in the panel: its baseline's centre, in CSS pixels. */
interface PlacedLine {
  text: string;
  x: number;
  y: number;
}

interface Block {
  lines: PlacedLine[];
  size: number;
  italic: boolean;
  letterSpacing: number;
}

export async function drawFrontCover({ metadata, config, baseDir }: FrontCoverOptions): Promise<Uint8Array> {
  // Where resvg's prebuilt binary is missing for the platform, the browser draws it as before.
  const rasteriser = await import('@resvg/resvg-js').catch(() => undefined);
  if (!rasteriser) {
    const { frontCoverImage } = await import('../cover/index.js');
    return frontCoverImage({ metadata, config, baseDir });
  }
  const settings = config.cover ?? { paper: 'white', background: '#1f2a38' };
  const trim = trimPoints(config.pdf.trim);
  const size = coverSize({ width: trim.width / 72, height: trim.height / 72 }, 2, settings.paper);
  const width = size.trim.width * px;
  const height = size.trim.height * px;
  const dark = luminance(settings.background) < 0.3;
  const color = settings.color ?? (dark ? '#f4efe6' : '#1c1c1c');
  const accent = dark ? '#c9a45c' : '#8a6a2a';
  const scale = size.trim.width / 6;
  const language = metadata.language;
  const upper = (text: string) => {
    try {
      return text.toLocaleUpperCase(language);
    } catch {
      return text.toUpperCase();
    }
  };
  const authors = metadata.authors.map(upper);
  const text = [metadata.title, metadata.subtitle ?? '', ...authors].join('');
  const fonts = await loadFaces(config.pdf.fonts, text);
  try {
    const measure = measurer(fonts.faces, config.pdf.fonts);
    const primary = fonts.primary;
    // The line box as Chromium sets it: ascent and descent rounded to CSS pixels (a pixel of ascent lent to a
    // descent rounded down), half the leading above rounded down.
    const baseline = (fontSize: number, lineHeight: number) => {
      let ascent = Math.round(primary.ascent * fontSize);
      let descent = Math.round(primary.descent * fontSize);
      if (descent < primary.descent * fontSize && ascent >= 1) {
        descent++;
        ascent--;
      }
      return Math.floor((lineHeight - ascent - descent) / 2) + ascent;
    };

    // The heading: title, rule, subtitle, from 1.7 in (scaled) down, 0.75 in in from each side.
    const headingWidth = width - 2 * 0.75 * px;
    const titleLength = metadata.title.length;
    const titleSize = (titleLength <= 18 ? 40 : titleLength <= 36 ? 33 : 27) * scale * pt;
    const titleLine = 1.08 * titleSize;
    let top = 1.7 * scale * px;
    const title = placeLines(
      balance(metadata.title, headingWidth, (line) => measure(line, titleSize, false, 0)),
      {
        top,
        lineHeight: titleLine,
        baseline: baseline(titleSize, titleLine),
        centre: width / 2,
      },
    );
    top += title.length * titleLine + 0.3 * scale * px;
    const rule = { x: (width - 1.1 * px) / 2, y: top, width: 1.1 * px, height: borderWidth(pt) };
    top += rule.height + 0.3 * scale * px;
    const blocks: Block[] = [{ lines: title, size: titleSize, italic: false, letterSpacing: 0 }];
    if (metadata.subtitle) {
      const subtitleSize = 15 * scale * pt;
      const lineHeight = 1.3 * subtitleSize;
      blocks.push({
        lines: placeLines(
          balance(metadata.subtitle, headingWidth, (line) => measure(line, subtitleSize, true, 0)),
          {
            top,
            lineHeight,
            baseline: baseline(subtitleSize, lineHeight),
            centre: width / 2,
          },
        ),
        size: subtitleSize,
        italic: true,
        letterSpacing: 0,
      });
    }
    // The authors, one to a line, from 1.05 in (scaled) above the foot, 0.5 in in from each side.
    if (authors.length) {
      const authorSize = 13 * scale * pt;
      const lineHeight = 1.5 * authorSize;
      const spacing = 0.14 * authorSize;
      const lines = authors.flatMap((author) =>
        greedy(author, width - 2 * 0.5 * px, (line) => measure(line, authorSize, false, spacing)),
      );
      blocks.push({
        lines: placeLines(lines, {
          top: height - 1.05 * scale * px - lines.length * lineHeight,
          lineHeight,
          baseline: baseline(authorSize, lineHeight),
          // CSS spaces every letter, the last one included, so a centred line sits half a space to the left.
          centre: (width - spacing) / 2,
        }),
        size: authorSize,
        italic: false,
        letterSpacing: spacing,
      });
    }
    const background = settings.image
      ? await backgroundImage(settings.image, baseDir, {
          x: -(size.bleed + size.trim.width + size.spine) * px,
          y: -size.bleed * px,
          width: size.width * px,
          height: size.height * px,
        })
      : '';
    const border = borderWidth(1.25 * pt);
    // Boxes' edges fall on whole pixels of the image, as the browser paints them.
    const deviceScale = frontImageWidth / width;
    const snap = (length: number) => Math.round(length * deviceScale) / deviceScale;
    const family = [...config.pdf.fonts.map((name) => `'${name}'`), 'serif'].join(', ');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
<rect width="${width}" height="${height}" fill="${settings.background}" />
${background}
<path fill-rule="evenodd" fill="${accent}" d="${box(36, 36, width - 72, height - 72, snap)} ${box(36 + border, 36 + border, width - 72 - 2 * border, height - 72 - 2 * border, snap)}" />
<path fill="${accent}" d="${box(rule.x, rule.y, rule.width, rule.height, snap)}" />
<g fill="${escapeXml(color)}" font-family="${escapeXml(family)}" font-weight="400" text-anchor="middle">
${blocks.flatMap((block) => block.lines.map((line) => textElement(line, block))).join('\n')}
</g>
</svg>
`;
    const rendered = await rasteriser.renderAsync(svg, {
      fitTo: { mode: 'width', value: frontImageWidth },
      font: {
        loadSystemFonts: false,
        fontFiles: fonts.files,
        defaultFontFamily: config.pdf.fonts[0],
        serifFamily: config.pdf.fonts[0],
      },
      logLevel: 'off',
    });
    return new Uint8Array(rendered.asPng());
  } finally {
    await fonts.dispose();
  }
}

/** A rectangle as a path, its edges put on the image's pixels by `snap`. */
function box(x: number, y: number, width: number, height: number, snap: (length: number) => number): string {
  const [left, top, right, bottom] = [snap(x), snap(y), snap(x + width), snap(y + height)];
  return `M${left} ${top}H${right}V${bottom}H${left}Z`;
}

/** A CSS border's width as Chromium lays it out: whole CSS pixels, at least one. */
function borderWidth(width: number): number {
  return Math.max(1, Math.floor(width));
}

function textElement(line: PlacedLine, block: Block): string {
  const attributes = [
    `x="${line.x}"`,
    `y="${line.y}"`,
    `font-size="${block.size}"`,
    block.italic ? 'font-style="italic"' : '',
    block.letterSpacing ? `letter-spacing="${block.letterSpacing}"` : '',
  ].filter(Boolean);
  return `<text ${attributes.join(' ')}>${escapeXml(line.text)}</text>`;
}

function placeLines(
  lines: string[],
  { top, lineHeight, baseline, centre }: { top: number; lineHeight: number; baseline: number; centre: number },
): PlacedLine[] {
  return lines.map((text, index) => ({ text, x: centre, y: top + index * lineHeight + baseline }));
}

/** Words set line by line, each line as full as `available` allows (a word longer than a line has one to itself). */
export function greedy(text: string, available: number, width: (line: string) => number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && width(candidate) > available) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

/** CSS `text-wrap: balance`: as many lines as a full width needs, set in the narrowest width that keeps that count. */
export function balance(text: string, available: number, width: (line: string) => number): string[] {
  const full = greedy(text, available, width);
  if (full.length < 2) return full;
  let low = 0;
  let high = available;
  while (high - low > 0.5) {
    const middle = (low + high) / 2;
    if (greedy(text, middle, width).length > full.length) low = middle;
    else high = middle;
  }
  return greedy(text, high, width);
}

interface LoadedFace {
  face: BookFontFace;
  metrics: FaceMetrics;
}

/** A line's width in CSS pixels: each character in the first family that has it, in the face of the style. */
function measurer(faces: LoadedFace[], families: string[]) {
  return (line: string, fontSize: number, italic: boolean, letterSpacing: number) => {
    let total = 0;
    for (const char of line) {
      const codePoint = char.codePointAt(0)!;
      let advance: number | undefined;
      for (const family of families) {
        for (const { face, metrics } of faces) {
          if (face.family !== family || face.weight !== 400 || (face.style === 'italic') !== italic) continue;
          if (!face.ranges.some(([start, end]) => codePoint >= start && codePoint <= end)) continue;
          advance = metrics.advance(codePoint);
          if (advance !== undefined) break;
        }
        if (advance !== undefined) break;
      }
      total += (advance ?? 0.5) * fontSize + letterSpacing;
    }
    return total;
  };
}

/**
 * The regular and italic faces of `families` that hold a character of `text`, unpacked to OpenType
 * files in a temporary folder for resvg; `primary` is the first family's regular face, whose ascent
 * and descent set the line boxes.
 */
async function loadFaces(families: string[], text: string) {
  const codePoints = new Set([...text].map((char) => char.codePointAt(0)!));
  const { faces } = bookFontFaces(families, { weights: [400] });
  // Only faces that hold some of the text: resvg takes a family's first face of the style, whatever its range.
  const used = faces.filter((face) =>
    [...codePoints].some((codePoint) => face.ranges.some(([start, end]) => codePoint >= start && codePoint <= end)),
  );
  const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-cover-fonts-'));
  const loaded: LoadedFace[] = [];
  const files: string[] = [];
  try {
    await Promise.all(
      used.map(async (face, index) => {
        const unpacked = woffTables(new Uint8Array(await readFile(face.file.replace(/\.woff2$/, '.woff'))));
        if (!unpacked) return;
        const file = path.join(dir, `${index}.otf`);
        await writeFile(file, sfnt(unpacked.flavor, unpacked.tables));
        loaded[index] = { face, metrics: faceMetrics(unpacked.tables) };
        files[index] = file;
      }),
    );
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const present = loaded.filter(Boolean);
  const primary =
    present.find(({ face }) => face.family === families[0] && face.style === 'normal' && face.ranges[0][0] === 0) ??
    present[0];
  return {
    faces: present,
    files: files.filter(Boolean),
    primary: primary?.metrics ?? { ascent: 0.8, descent: 0.2, advance: () => undefined },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The background image as the print cover's CSS places it: covering the whole wrap, centred. */
async function backgroundImage(
  image: string,
  baseDir: string,
  wrap: { x: number; y: number; width: number; height: number },
): Promise<string> {
  const { data, mediaType } = await readConfiguredAsset(image, 'cover.image', 'image', baseDir);
  const href = `data:${mediaType};base64,${Buffer.from(data).toString('base64')}`;
  return (
    `<image x="${wrap.x}" y="${wrap.y}" width="${wrap.width}" height="${wrap.height}"` +
    ` preserveAspectRatio="xMidYMid slice" href="${href}" />`
  );
}
