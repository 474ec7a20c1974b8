/** poppler-utils, run on a PDF file: page count, fonts, text. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { FolioError } from '../../errors.js';

const run = promisify(execFile);

export async function poppler(tool: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run(tool, args, { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new FolioError(`\`${tool}\` not found; install poppler-utils (\`npm run setup\`)`);
    throw error;
  }
}

export async function pdfPageCount(file: string): Promise<number> {
  const info = await poppler('pdfinfo', [file]);
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
  /** `12 0`: the font dictionary's object. */
  object: string;
}

export async function pdfFonts(file: string): Promise<PdfFont[]> {
  const lines = (await poppler('pdffonts', [file]))
    .split('\n')
    .slice(2)
    .filter((line) => line.trim());
  return lines.map((line) => {
    // name type [type…] encoding emb sub uni object ID
    const fields = line.trim().split(/\s+/);
    const [emb, sub, uni] = fields.slice(-5, -2);
    return {
      name: fields[0],
      type: fields.slice(1, -6).join(' '),
      embedded: emb === 'yes',
      subset: sub === 'yes',
      unicode: uni === 'yes',
      object: fields.slice(-2).join(' '),
    };
  });
}

/** The text of each page (pdftotext's reading order), index 0 for page 1. */
export async function pdfPageTexts(file: string): Promise<string[]> {
  const text = await poppler('pdftotext', ['-enc', 'UTF-8', file, '-']);
  const pages = text.split('\f');
  if (pages.length && pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}
