import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { FolioError } from '../errors.js';
import { checkFileSize } from '../limits/file.js';
import { checkTextLimits } from '../limits/text.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a manuscript file into a VFile, refusing what is not non-empty UTF-8 text. */
export async function loadSource(filePath: string, cwd = process.cwd()): Promise<VFile> {
  const display = path.relative(cwd, filePath) || filePath;
  let bytes: Buffer;
  await checkFileSize(filePath, display);
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FolioError('No such file', { file: display });
    if (code === 'EISDIR') throw new FolioError('Expected a Markdown file, found a directory', { file: display });
    throw new FolioError(`Cannot read file (${code ?? String(error)})`, { file: display });
  }
  return new VFile({ path: filePath, cwd, value: decodeText(bytes, display) });
}

export function decodeText(bytes: Uint8Array, display: string): string {
  if (bytes.length === 0) throw new FolioError('Unexpected empty file, expected a manuscript', { file: display });
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = lineColumnAt(bytes, nul);
    throw new FolioError('Unexpected binary content (NUL byte), expected UTF-8 text', { file: display, line, column });
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const { line, column } = lineColumnAt(bytes, offset);
    throw new FolioError('Unexpected invalid UTF-8 byte sequence, expected UTF-8 text', {
      file: display,
      line,
      column,
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new FolioError('Unexpected empty file, expected a manuscript', { file: display });
  checkTextLimits(text, display);
  return text;
}

function lineColumnAt(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  const column = Buffer.from(bytes.subarray(lineStart, offset)).toString('utf8').length + 1;
  return { line, column };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index];
    const length = byte < 0x80 ? 1 : byte >> 5 === 0b110 ? 2 : byte >> 4 === 0b1110 ? 3 : byte >> 3 === 0b11110 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++) {
      if (index + next >= bytes.length || bytes[index + next] >> 6 !== 0b10) return index;
    }
    try {
      utf8.decode(bytes.subarray(index, index + length));
    } catch {
      return index;
    }
    index += length;
  }
  return bytes.length;
}
