/**
 * YAML's aliases let a few lines expand into billions of nodes (a "YAML bomb"); the yaml package
 * stops past an alias count, and this turns that stop, or a structure nested past the stack, into
 * a bad-input error at the document's start.
 */
import type { Document } from 'yaml';
import { FolioError } from '../errors.js';

const maxAliasCount = 100;

export function yamlValue(document: Document, where: { file: string; line: number; column: number }): unknown {
  try {
    return document.toJS({ maxAliasCount });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new FolioError(
        `Unexpected YAML aliases expanding past ${maxAliasCount} copies, expected plain settings`,
        where,
      );
    }
    if (error instanceof RangeError) {
      throw new FolioError('Unexpected YAML nested too deeply, expected plain settings', where);
    }
    throw error;
  }
}
