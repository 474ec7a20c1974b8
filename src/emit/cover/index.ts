/**
 * `folio cover`: the printed full-wrap cover. Sized from the trim, the interior's page count and
 * the paper; laid out from the book's metadata in its fonts (cover.html), printed by Chromium at
 * the wrap's size, then made PDF/X like the interior (the trim inset by the bleed) and preflighted.
 * cover.pdf is written only when complete. The EPUB's cover image is the same design's front panel
 * (`frontCoverImage`).
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { readConfiguredAsset } from '../../assets/configured.js';
import type { BookMetadata } from '../../book.js';
import type { CoverConfig, FolioConfig } from '../../config/schema.js';
import { FolioError } from '../../errors.js';
import { writeFileAtomic } from '../../atomic.js';
import { cachedBytes, codeFingerprint, hashKey, type Store } from '../../cache.js';
import { launchBrowser, withTimeout } from '../pdf/browser.js';
import { mergeFontSubsets } from '../pdf/font-merge.js';
import { bookFontFaces, fontFaceCss } from '../pdf/fonts.js';
import { describeTextLoss, pdfxSetup, toPdfx } from '../pdfx/index.js';
import { trimPoints } from '../pdfx/trim.js';
import { preflight, type PreflightReport } from '../preflight/index.js';
import { coverSize, type CoverSize } from './dimensions.js';
import { coverHtml } from './html.js';
import { imagePixels } from './image-size.js';

export const minimumCoverPpi = 300;

/** The `cover:` mapping with its defaults. */
export function coverSettings(config: FolioConfig): CoverConfig {
  return config.cover ?? { paper: 'white', background: '#1f2a38' };
}

export interface CoverOptions {
  metadata: BookMetadata;
  config: FolioConfig;
  /** The manuscript's folder: `cover.image` and `pdf.iccProfile` are relative to it. */
  baseDir: string;
  /** The interior's page count. */
  pages: number;
  outDir: string;
  warn?: (message: string) => void;
}

export interface CoverOutcome {
  file: string;
  size: CoverSize;
  preflight: PreflightReport;
}

/** Checks `cover.image`: a PNG or JPEG of at least 300 ppi across the wrap, or an SVG. */
export async function coverImageFile(image: string, baseDir: string, size: CoverSize): Promise<string> {
  const file = path.resolve(baseDir, image);
  const data = await readFile(file).catch(() => {
    throw new FolioError(`Unexpected cover.image \`${image}\`: no such file, expected an image next to the manuscript`);
  });
  if (path.extname(file).toLowerCase() === '.svg') return file;
  const pixels = imagePixels(new Uint8Array(data));
  if (!pixels) throw new FolioError(`Unexpected cover.image \`${image}\`, expected a PNG, JPEG or SVG image`);
  const ppi = Math.floor(Math.min(pixels.width / size.width, pixels.height / size.height));
  if (ppi < minimumCoverPpi) {
    const needed = `${Math.ceil(size.width * minimumCoverPpi)} × ${Math.ceil(size.height * minimumCoverPpi)} px`;
    throw new FolioError(
      `Unexpected cover.image \`${image}\` of ${pixels.width} × ${pixels.height} px` +
        ` (${ppi} ppi across the ${size.width.toFixed(3)} × ${size.height.toFixed(3)} in` +
        ` wrap), expected at least ${minimumCoverPpi} ppi: supply ${needed} or more`,
    );
  }
  return file;
}

export async function writeCover({
  metadata,
  config,
  baseDir,
  pages,
  outDir,
  warn,
}: CoverOptions): Promise<CoverOutcome> {
  const settings = coverSettings(config);
  const trim = trimPoints(config.pdf.trim);
  const size = coverSize({ width: trim.width / 72, height: trim.height / 72 }, pages, settings.paper);
  // Everything that can be wrong with the input is found before Chromium starts.
  const setup = await pdfxSetup(config.pdf.pdfx, { profilePath: config.pdf.iccProfile, baseDir });
  const image = settings.image ? await coverImageFile(settings.image, baseDir, size) : undefined;

  const workDir = await mkdtemp(path.join(os.tmpdir(), 'folio-cover-'));
  try {
    const htmlPath = await writeCoverHtml(workDir, { metadata, config, size, image });
    const printed = await printCover(htmlPath, workDir, size, config.pdf.timeout);
    const document = await PDFDocument.load(printed, { updateMetadata: false });
    if (document.getPageCount() !== 1) throw new Error(`the cover printed on ${document.getPageCount()} pages`);
    mergeFontSubsets(document); // a face split by unicode-range into files is still one font
    const pdf = await toPdfx(
      document,
      setup,
      { metadata, bleedPoints: size.bleed * 72, date: new Date() },
      (report) => {
        const loss = describeTextLoss(report, setup);
        if (loss) warn?.(loss);
      },
    );
    const draft = path.join(workDir, 'cover.pdf');
    await writeFile(draft, pdf);
    const report = await preflight(draft, {
      expectedVersion: setup.version,
      expectedTrim: { width: (2 * size.trim.width + size.spine) * 72, height: size.trim.height * 72 },
    });
    const target = path.join(outDir, 'cover.pdf');
    await writeFileAtomic(target, pdf);
    return { file: target, size, preflight: report };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The cover's HTML page with its fonts and background image, in `workDir`; returns the page's path. */
async function writeCoverHtml(
  workDir: string,
  { metadata, config, size, image }: { metadata: BookMetadata; config: FolioConfig; size: CoverSize; image?: string },
): Promise<string> {
  const settings = coverSettings(config);
  const { faces } = bookFontFaces(config.pdf.fonts);
  await mkdir(path.join(workDir, 'fonts'));
  await Promise.all(faces.map((face) => copyFile(face.file, path.join(workDir, 'fonts', path.basename(face.file)))));
  let imageUrl: string | undefined;
  if (image) {
    imageUrl = `background${path.extname(image).toLowerCase()}`;
    await copyFile(image, path.join(workDir, imageUrl));
  }
  const htmlPath = path.join(workDir, 'cover.html');
  await writeFile(
    htmlPath,
    coverHtml({
      size,
      metadata,
      backText: settings.back ?? metadata.description,
      background: settings.background,
      color: settings.color,
      image: imageUrl,
      fontCss: fontFaceCss(faces, 'fonts'),
      fontFamilies: config.pdf.fonts,
    }),
  );
  return htmlPath;
}

/** Width in pixels of the EPUB's cover image; the height follows the trim's proportions. */
export const frontImageWidth = 1600;

/**
 * frontCoverImage, kept in `store` under what draws it (the metadata, the cover settings, trim and
 * fonts, the background image, the writers' code): an EPUB rebuild starts no browser for its cover.
 */
export async function cachedFrontCoverImage(options: FrontCoverOptions, store?: Store): Promise<Uint8Array> {
  const { metadata, config, baseDir } = options;
  const settings = coverSettings(config);
  const image = settings.image ? (await readConfiguredAsset(settings.image, 'cover.image', 'image', baseDir)).data : '';
  const drawn = JSON.stringify({ metadata, settings, trim: config.pdf.trim, fonts: config.pdf.fonts });
  const code = codeFingerprint(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
  const key = `${hashKey(code, drawn, image)}.png`;
  return cachedBytes(store, key, () => frontCoverImage(options));
}

/**
 * The front panel of the printed cover's design as a PNG, `frontImageWidth` pixels wide, for the
 * EPUB's cover image: the same page, screenshot by Chromium at the front panel's place (the spine
 * and bleed left out). The background image needs no print resolution here.
 */
export interface FrontCoverOptions {
  metadata: BookMetadata;
  config: FolioConfig;
  baseDir: string;
}

export async function frontCoverImage({ metadata, config, baseDir }: FrontCoverOptions): Promise<Uint8Array> {
  const settings = coverSettings(config);
  const trim = trimPoints(config.pdf.trim);
  const size = coverSize({ width: trim.width / 72, height: trim.height / 72 }, 2, settings.paper);
  // Read as any configured asset: inside the book's folder, sniffed, size-bounded.
  const loaded = settings.image
    ? await readConfiguredAsset(settings.image, 'cover.image', 'image', baseDir)
    : undefined;
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'folio-cover-front-'));
  try {
    let image: string | undefined;
    if (loaded && settings.image) {
      image = path.join(workDir, `source${path.extname(settings.image).toLowerCase()}`);
      await writeFile(image, loaded.data);
    }
    const htmlPath = await writeCoverHtml(workDir, { metadata, config, size, image });
    const cssInch = 96;
    const scale = frontImageWidth / (size.trim.width * cssInch);
    const browser = await launchBrowser({ allowedDirs: [workDir], protocolTimeout: config.pdf.timeout });
    try {
      return await withTimeout(
        (async () => {
          const page = await browser.newPage();
          await page.setViewport({
            width: Math.ceil(size.width * cssInch),
            height: Math.ceil(size.height * cssInch),
            deviceScaleFactor: scale,
          });
          await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          const clip = {
            x: (size.bleed + size.trim.width + size.spine) * cssInch,
            y: size.bleed * cssInch,
            width: size.trim.width * cssInch,
            height: size.trim.height * cssInch,
          };
          return new Uint8Array(await page.screenshot({ type: 'png', clip }));
        })(),
        config.pdf.timeout,
        'drawing the cover image',
        () => browser.kill(),
      );
    } finally {
      await browser.close();
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

async function printCover(htmlPath: string, workDir: string, size: CoverSize, timeout: number): Promise<Uint8Array> {
  const browser = await launchBrowser({ allowedDirs: [workDir], protocolTimeout: timeout });
  try {
    return await withTimeout(
      (async () => {
        const page = await browser.newPage();
        await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        return new Uint8Array(
          await page.pdf({
            width: `${size.width}in`,
            height: `${size.height}in`,
            printBackground: true,
            preferCSSPageSize: true,
          }),
        );
      })(),
      timeout,
      'printing the cover',
      () => browser.kill(),
    );
  } finally {
    await browser.close();
  }
}
