/**
 * The colour conversion: Ghostscript's pdfwrite rewrites every colour into the output profile's
 * CMYK (gray stays gray: black text stays black ink only), re-embeds each font subset under a
 * name of its own, and keeps the pages' boxes, page labels and document info. X-1a is written as
 * PDF 1.3, which has no transparency: Ghostscript flattens any it finds (such a page becomes an
 * image). Neutral colours reach it as black ink already (neutral.ts): DeviceCMYK is left alone.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { FolioError } from '../../errors.js';
import type { PdfxSetup } from './setup.js';

const run = promisify(execFile);

/**
 * Ghostscript before 10.02 reads PDFs best with its legacy interpreter: the new one of that time
 * writes wrong Unicode for many glyphs (ligatures, dashes and quotes in some subsets).
 */
export function useLegacyInterpreter(version: string): boolean {
  const [major, minor] = version.split('.').map(Number);
  return major < 10 || (major === 10 && minor < 2);
}

export function ghostscriptArgs(
  setup: Pick<PdfxSetup, 'version' | 'profile' | 'ghostscriptVersion'>,
  input: string,
  output: string,
): string[] {
  return [
    ...(useLegacyInterpreter(setup.ghostscriptVersion) ? ['-dNEWPDF=false'] : []),
    '-dSAFER',
    '-dBATCH',
    '-dNOPAUSE',
    '-dQUIET',
    '-sDEVICE=pdfwrite',
    // Prepress defaults: every font embedded, the standard 14 included (an unembeddable one is an error).
    '-dPDFSETTINGS=/prepress',
    `-dCompatibilityLevel=${setup.version === 'X-1a' ? '1.3' : '1.6'}`,
    '-sColorConversionStrategy=CMYK',
    '-sProcessColorModel=DeviceCMYK',
    `-sOutputICCProfile=${setup.profile.file}`,
    // Images keep their pixels: resolution is the author's call, reported by the preflight.
    '-dDownsampleColorImages=false',
    '-dDownsampleGrayImages=false',
    '-dDownsampleMonoImages=false',
    '-dAutoRotatePages=/None',
    '-dEmbedAllFonts=true',
    '-dSubsetFonts=true',
    `-sOutputFile=${output}`,
    input,
  ];
}

/** `pdf` converted by Ghostscript, with the words pdftotext reads in it before and after. */
export async function convertWithGhostscript(
  pdf: Uint8Array,
  setup: PdfxSetup,
): Promise<{ pdf: Uint8Array; textBefore: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-pdfx-'));
  try {
    const input = path.join(dir, 'in.pdf');
    const output = path.join(dir, 'out.pdf');
    await writeFile(input, pdf);
    try {
      await run(setup.ghostscript, ghostscriptArgs(setup, input, output), { maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      const detail = String((error as { stderr?: string }).stderr || (error as Error).message)
        .trim()
        .split('\n')[0];
      throw new FolioError(
        `Unexpected Ghostscript failure converting to PDF/${setup.version} (${detail}), expected a converted PDF`,
      );
    }
    return { pdf: new Uint8Array(await readFile(output)), textBefore: await pdfText(input) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The words pdftotext reads in `pdf`; soft hyphens (which Chromium's text keeps and Ghostscript's drops) left out. */
export async function pdfText(pdf: Uint8Array | string): Promise<string> {
  const read = async (file: string) =>
    (
      await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' })
    ).stdout.replace(/\u00ad/g, '');
  if (typeof pdf === 'string') return read(pdf);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-pdfx-text-'));
  try {
    const file = path.join(dir, 'file.pdf');
    await writeFile(file, pdf);
    return await read(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
