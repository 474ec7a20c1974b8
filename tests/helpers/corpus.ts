/**
 * The real workload lives outside the project, in ../shared/corpus/. Tests that need it skip with a
 * visible message when it is absent, except in CI (`FOLIO_CORPUS_REQUIRED=1`), where they fail.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusPath = path.resolve(repoRoot, '../shared/corpus/mountain-fortress.md');
export const corpusAvailable = existsSync(corpusPath);
export const corpusRequired = process.env.FOLIO_CORPUS_REQUIRED === '1';

/** `describe` for tests on the thesis. */
export function describeCorpus(name: string, body: () => void): void {
  if (corpusAvailable) {
    describe(name, body);
    return;
  }
  if (corpusRequired) {
    describe(name, () => {
      it('needs the corpus', () => {
        throw new Error(`FOLIO_CORPUS_REQUIRED=1 but ${corpusPath} is missing`);
      });
    });
    return;
  }
  console.warn(
    `[folio tests] skipping "${name}": ${corpusPath} not found (set FOLIO_CORPUS_REQUIRED=1 to fail instead)`,
  );
  describe.skip(name, body);
}
