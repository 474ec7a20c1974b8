/** poppler's `pdffonts` and `pdfimages -list`, read into records (each font with its object, each image with its resolution). */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { FolioError } from '../../errors.js';

const run = promisify(execFile);

async function tool(name: string, args: string[]): Promise<string> {
  try {
    return (await run(name, args, { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' })).stdout;
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') throw new FolioError(`Unexpected missing \`${name}\`, expected poppler-utils: install it (\`npm run setup\`)`);
    throw error;
  }
}

export interface FontRecord {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  /** `12 0`: the font dictionary's object. */
  object: string;
}

export async function listFonts(file: string): Promise<FontRecord[]> {
  const lines = (await tool('pdffonts', [file])).split('\n').slice(2).filter((line) => line.trim());
  return lines.map((line) => {
    // name type [type…] encoding emb sub uni object ID
    const fields = line.trim().split(/\s+/);
    const [emb, sub] = fields.slice(-5, -3);
    return { name: fields[0], type: fields.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes', object: fields.slice(-2).join(' ') };
  });
}

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
  const lines = (await tool('pdfimages', ['-list', file])).split('\n').slice(2).filter((line) => line.trim());
  return lines.map((line) => {
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    const f = line.trim().split(/\s+/);
    return { page: Number(f[0]), type: f[2], width: Number(f[3]), height: Number(f[4]), color: f[5], object: `${f[10]} ${f[11]}`, xPpi: Number(f[12]), yPpi: Number(f[13]) };
  });
}
