/**
 * Optional font embedding (`epub.fonts`): each file is packaged under fonts/ and declared with
 * `@font-face`; family, weight and style come from the file name (`NotoSerif-BoldItalic.ttf`,
 * Fontsource's `eb-garamond-latin-400-italic.woff2`). Without fonts the reading system's own apply.
 */
import path from 'node:path';
import { readConfiguredAsset } from '../../assets/configured.js';
import { FolioError } from '../../errors.js';

export interface EmbeddedFont {
  /** Inside the EPUB, e.g. `fonts/NotoSerif-Regular.ttf`. */
  href: string;
  mediaType: string;
  data: Uint8Array;
  family: string;
  weight: number;
  style: 'normal' | 'italic';
}

const fontTypes: Record<string, string> = {
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

const weightNames: Array<[RegExp, number]> = [
  [/thin|hairline/i, 100],
  [/extra-?light|ultra-?light/i, 200],
  [/light/i, 300],
  [/medium/i, 500],
  [/semi-?bold|demi-?bold/i, 600],
  [/extra-?bold|ultra-?bold/i, 800],
  [/black|heavy/i, 900],
  [/bold/i, 700],
];

export async function embeddedFonts(files: string[], baseDir: string): Promise<EmbeddedFont[]> {
  const used = new Set<string>();
  return Promise.all(
    files.map(async (file) => {
      if (/^[a-z][a-z0-9+.-]*:/i.test(file)) {
        throw new FolioError(
          `Unexpected font URL \`${file}\` in epub.fonts, expected a local font file (fonts are never downloaded)`,
        );
      }
      const extension = path.extname(file).toLowerCase();
      const mediaType = fontTypes[extension];
      if (!mediaType)
        throw new FolioError(`Unexpected font \`${file}\` in epub.fonts, expected a .ttf, .otf, .woff or .woff2 file`);
      const { data } = await readConfiguredAsset(file, 'epub.fonts', 'font', baseDir);
      const stem = path.basename(file, path.extname(file)).replace(/[^-._A-Za-z0-9]+/g, '_');
      let name = `${stem}${extension}`;
      for (let counter = 2; used.has(name); counter++) name = `${stem}-${counter}${extension}`;
      used.add(name);
      return { href: `fonts/${name}`, mediaType, data, ...faceFromFileName(stem) };
    }),
  );
}

export function faceFromFileName(stem: string): Pick<EmbeddedFont, 'family' | 'weight' | 'style'> {
  const fontsource = /^(.+)-(\d{3})-(normal|italic)$/.exec(stem);
  if (fontsource)
    return { family: fontsource[1], weight: Number(fontsource[2]), style: fontsource[3] as 'normal' | 'italic' };
  const dash = stem.lastIndexOf('-');
  if (dash <= 0) return { family: stem, weight: 400, style: 'normal' };
  const variant = stem.slice(dash + 1);
  return {
    family: stem.slice(0, dash),
    weight: weightNames.find(([pattern]) => pattern.test(variant))?.[1] ?? 400,
    style: /italic|oblique/i.test(variant) ? 'italic' : 'normal',
  };
}

/** `@font-face` rules, and the text set in the embedded families (in config order) before the reader's serif. */
export function fontStyles(fonts: EmbeddedFont[]): string {
  if (fonts.length === 0) return '';
  const faces = fonts.map(
    (font) => `@font-face {
  font-family: "${font.family}";
  font-weight: ${font.weight};
  font-style: ${font.style};
  src: url(${font.href});
}`,
  );
  const families = [...new Set(fonts.map((font) => `"${font.family}"`))];
  return `${faces.join('\n')}
body {
  font-family: ${families.join(', ')}, serif;
}
`;
}
