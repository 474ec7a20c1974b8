/**
 * The colour conversion: Ghostscript's pdfwrite rewrites every colour into the output profile's
 * CMYK (gray stays gray), re-embeds each font subset under a name of its own, and keeps the pages'
 * boxes, page labels and document info. X-1a is written as PDF 1.3, which has no transparency:
 * Ghostscript flattens any it finds.
 *
 * The text must read the same afterwards (pdftotext, word for word): Ghostscript 10.00's new PDF
 * interpreter garbles the Unicode of ligature glyphs (`fi` reads as two CJK characters), which its
 * older interpreter far less (it still loses some `ff`). So the converted file's words are compared
 * with the original's, the other interpreter is tried when they differ, the closer result is kept,
 * and what still differs is reported as a warning (the printed page is the same either way).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { FolioError } from '../../errors.js';
import { conservation, type Conservation } from '../pdf/text.js';
import type { PdfxSetup } from './setup.js';

const run = promisify(execFile);

export type Interpreter = 'new' | 'legacy';

export function ghostscriptArgs(setup: Pick<PdfxSetup, 'version' | 'profile'>, input: string, output: string, interpreter: Interpreter = 'new'): string[] {
  return [
    ...(interpreter === 'legacy' ? ['-dNEWPDF=false'] : []),
    '-dSAFER',
    '-dBATCH',
    '-dNOPAUSE',
    '-dQUIET',
    '-sDEVICE=pdfwrite',
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

/** `pdf` converted by Ghostscript; the work files live in a temporary folder removed afterwards. */
export async function convertWithGhostscript(pdf: Uint8Array, setup: PdfxSetup, warn?: (message: string) => void): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-pdfx-'));
  try {
    const input = path.join(dir, 'in.pdf');
    const output = path.join(dir, 'out.pdf');
    await writeFile(input, pdf);
    const before = await pdfText(input);
    // The legacy interpreter first where it exists and the new one is known to garble ligatures.
    const [major, minor] = setup.ghostscriptVersion.split('.').map(Number);
    const order: Interpreter[] = major < 10 || (major === 10 && minor < 2) ? ['legacy', 'new'] : ['new', 'legacy'];
    let best: { pdf: Uint8Array; lost: Conservation } | undefined;
    let failure = '';
    for (const interpreter of order) {
      try {
        await run(setup.ghostscript, ghostscriptArgs(setup, input, output, interpreter), { maxBuffer: 64 * 1024 * 1024 });
      } catch (error) {
        failure = String((error as { stderr?: string }).stderr || (error as Error).message).trim().split('\n')[0];
        continue;
      }
      const lost = conservation(before, await pdfText(output));
      if (!best || lost.missingTotal < best.lost.missingTotal) best = { pdf: new Uint8Array(await readFile(output)), lost };
      // The legacy interpreter loses fewer words than the new one of its time: no second run.
      if (lost.missingTotal === 0 || interpreter === 'legacy') break;
    }
    if (!best) throw new FolioError(`Unexpected Ghostscript failure converting to PDF/${setup.version} (${failure}), expected a converted PDF`);
    if (best.lost.missingTotal > 0) {
      const words = best.lost.missing.slice(0, 6).map((item) => item.word).join(', ');
      warn?.(`the printer's file reads back ${best.lost.missingTotal} word(s) differently after Ghostscript ${setup.ghostscriptVersion} (${words}: ligatures in its text layer); the print is unaffected`);
    }
    return best.pdf;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The file's words; soft hyphens (which Chromium's text keeps and Ghostscript's drops) left out. */
async function pdfText(file: string): Promise<string> {
  return (await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' })).stdout.replace(/\u00ad/g, '');
}
