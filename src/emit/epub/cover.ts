/**
 * The cover: the configured image, or the printed cover's front panel as a PNG (the same design as
 * `folio cover`), or an SVG made from the title, subtitle and authors in the printed cover's
 * colours (EPUB 3 reading systems show SVG covers). Either way it gets a cover
 * page, first in the reading order.
 */
import path from 'node:path';
import { readConfiguredAsset } from '../../assets/configured.js';
import type { BookMetadata } from '../../book.js';
import { FolioError } from '../../errors.js';
import { luminance } from '../cover/html.js';
import { contentDocument } from './xhtml.js';
import { escapeXml, xmlDeclaration } from './xml.js';

export interface CoverImage {
  /** File name inside the EPUB, e.g. `cover.svg`. */
  href: string;
  mediaType: string;
  data: Uint8Array;
}

const coverTypes: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
};

/**
 * The EPUB's cover image: `configured` (config `cover.epub`), else the printed cover's front panel
 * drawn by `front` (cover/index.ts), else an SVG from the title and authors.
 */
export async function coverImage(
  metadata: BookMetadata,
  configured: string | undefined,
  baseDir: string,
  colours?: CoverColours,
  front?: () => Promise<Uint8Array>,
): Promise<CoverImage> {
  if (!configured && front) return { href: 'cover.png', mediaType: 'image/png', data: await front() };
  if (!configured) {
    return { href: 'cover.svg', mediaType: 'image/svg+xml', data: Buffer.from(generatedCover(metadata, colours)) };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(configured)) {
    throw new FolioError(
      `Unexpected cover URL \`${configured}\`, expected a local image file (covers are never downloaded)`,
    );
  }
  const extension = path.extname(configured).toLowerCase();
  if (!coverTypes[extension]) {
    throw new FolioError(`Unexpected cover \`${configured}\`, expected a JPEG, PNG, GIF or SVG image`);
  }
  const { data, mediaType } = await readConfiguredAsset(configured, 'cover', 'image', baseDir);
  return { href: `cover${extension === '.jpeg' ? '.jpg' : extension}`, mediaType, data };
}

/** "Title: Subtitle, by A and B", the cover's text alternative. */
export function coverDescription(metadata: BookMetadata): string {
  const title = metadata.subtitle ? `${metadata.title}: ${metadata.subtitle}` : metadata.title;
  return metadata.authors.length ? `${title}, by ${joinNames(metadata.authors)}` : title;
}

export function coverPage(cover: CoverImage, metadata: BookMetadata): string {
  return contentDocument({
    language: metadata.language,
    title: 'Cover',
    bodyType: 'frontmatter',
    body: `<section class="cover" id="cover" epub:type="cover" aria-label="Cover">
<img src="${cover.href}" alt="Cover: ${escapeXml(coverDescription(metadata))}" role="doc-cover" />
</section>`,
  });
}

const width = 1600;
const height = 2560;

/** The printed cover's colours (config `cover.background`, `cover.color`), so both covers match. */
export interface CoverColours {
  background: string;
  color?: string;
}

export function generatedCover(metadata: BookMetadata, colours: CoverColours = { background: '#1f2a38' }): string {
  const dark = luminance(colours.background) < 0.3;
  const ink = colours.color ?? (dark ? '#f4efe6' : '#1c1c1c');
  const accent = dark ? '#c9a45c' : '#8a6a2a';
  const lines: string[] = [];
  let y = 620;
  for (const line of wrap(metadata.title, 16)) {
    lines.push(text(line, y, 128, 'bold'));
    y += 150;
  }
  if (metadata.subtitle) {
    y += 60;
    for (const line of wrap(metadata.subtitle, 30)) {
      lines.push(text(line, y, 72, 'normal'));
      y += 96;
    }
  }
  let authorY = height - 360 - (metadata.authors.length - 1) * 100;
  for (const author of metadata.authors) {
    lines.push(text(author, authorY, 80, 'normal'));
    authorY += 100;
  }
  return (
    `${xmlDeclaration}
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 ${width} ${height}"` +
    ` width="${width}" height="${height}" xml:lang="${escapeXml(metadata.language)}">
<title>${escapeXml(coverDescription(metadata))}</title>
<rect width="${width}" height="${height}" fill="${colours.background}" />
<rect x="80" y="80" width="${width - 160}" height="${height - 160}" fill="none" stroke="${accent}" stroke-width="6" />
<g fill="${ink}" font-family="serif" text-anchor="middle">
${lines.join('\n')}
</g>
</svg>
`
  );
}

function text(content: string, y: number, size: number, weight: string): string {
  return `<text x="${width / 2}" y="${y}" font-size="${size}" font-weight="${weight}">${escapeXml(content)}</text>`;
}

/** Greedy word wrap by character count: enough for a title set in one size. */
export function wrap(value: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of value.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}

function joinNames(names: string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
