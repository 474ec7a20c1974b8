/**
 * What a PDF/X conversion needs before anything is rendered: the version asked for, Ghostscript,
 * and a CMYK output profile. Each is looked up once per build, so a missing piece is reported as
 * one line before Chromium spends a minute laying out the book.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { FolioError } from '../../errors.js';
import { iccProfileInfo, type IccProfileInfo } from './icc.js';

const run = promisify(execFile);

export const pdfxVersions = ['X-4', 'X-1a'] as const;
export type PdfxVersion = (typeof pdfxVersions)[number];

export interface PdfxSetup {
  version: PdfxVersion;
  /** The Ghostscript executable, and its version (`10.00.0`). */
  ghostscript: string;
  ghostscriptVersion: string;
  profile: IccProfileInfo & { file: string; data: Uint8Array };
}

/** Where Debian's ghostscript package keeps its own profiles (one folder per version). */
const ghostscriptShare = '/usr/share/ghostscript';

/** Ghostscript's `default_cmyk.icc` (Artifex's SWOP-based press profile), newest version first. */
export function ghostscriptCmykProfile(share = ghostscriptShare): string | undefined {
  if (!existsSync(share)) return undefined;
  const versions = readdirSync(share).sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  for (const version of versions) {
    const file = path.join(share, version, 'iccprofiles', 'default_cmyk.icc');
    if (existsSync(file)) return file;
  }
  return undefined;
}

export function parsePdfxVersion(value: string): PdfxVersion {
  const found = pdfxVersions.find((version) => version.toLowerCase() === value.trim().toLowerCase());
  if (!found) throw new FolioError(`Unexpected pdf.pdfx \`${value}\`, expected one of ${pdfxVersions.join(', ')}`);
  return found;
}

/** Checks Ghostscript and the profile; `profilePath` (config `pdf.iccProfile`) is relative to `baseDir`. */
export async function pdfxSetup(
  version: string,
  options: { profilePath?: string; baseDir?: string; ghostscript?: string } = {},
): Promise<PdfxSetup> {
  const parsed = parsePdfxVersion(version);
  const ghostscript = options.ghostscript ?? process.env.FOLIO_GHOSTSCRIPT ?? 'gs';
  let ghostscriptVersion: string;
  try {
    ghostscriptVersion = (await run(ghostscript, ['--version'], { encoding: 'utf8' })).stdout.trim();
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new FolioError(
      code === 'ENOENT'
        ? `Unexpected missing Ghostscript (\`${ghostscript}\`), expected it for the PDF/X` +
            ` print file: install the Debian package ghostscript (\`npm run setup\`)`
        : `Unexpected failure of Ghostscript (\`${ghostscript} --version\`), expected a` +
            ` working Ghostscript: reinstall the Debian package ghostscript`,
    );
  }
  const file = options.profilePath
    ? path.resolve(options.baseDir ?? '.', options.profilePath)
    : ghostscriptCmykProfile();
  if (!file || !existsSync(file)) {
    throw new FolioError(
      options.profilePath
        ? `Unexpected pdf.iccProfile \`${options.profilePath}\`: no such file, expected a` +
            ` CMYK ICC profile next to the manuscript`
        : `Unexpected missing CMYK profile (default_cmyk.icc under ${ghostscriptShare}),` +
            ` expected Ghostscript's profiles: reinstall the Debian package ghostscript or` +
            ` set pdf.iccProfile`,
    );
  }
  const data = new Uint8Array(readFileSync(file));
  const info = iccProfileInfo(data);
  if (info?.colorSpace !== 'CMYK') {
    throw new FolioError(
      `Unexpected ICC profile \`${file}\`` +
        ` (${info ? `${info.colorSpace} ${info.deviceClass}` : 'not an ICC profile'}),` +
        ` expected a CMYK output profile`,
    );
  }
  return { version: parsed, ghostscript, ghostscriptVersion, profile: { ...info, file, data } };
}
