/**
 * The EPUB's one stylesheet: the shared styles/base.css with styles/epub.css layered on top, then
 * any embedded fonts. Print-only web fonts in base.css (`@font-face`, `@import`) are left out: the
 * EPUB packages only the fonts `epub.fonts` names, and never refers to a file outside itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const stylesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../styles');

export function epubStylesheet(fontCss: string, dir = stylesDir): string {
  const layers = ['base.css', 'epub.css']
    .map((name) => path.join(dir, name))
    .filter((file) => existsSync(file))
    .map((file) => withoutExternalFonts(readFileSync(file, 'utf8')).trim());
  if (fontCss) layers.push(fontCss.trim());
  return `${layers.join('\n\n')}\n`;
}

function withoutExternalFonts(css: string): string {
  return css.replace(/@font-face\s*\{[^}]*\}/g, '').replace(/@import\s[^;]*;/g, '');
}
