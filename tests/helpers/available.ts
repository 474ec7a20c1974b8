/**
 * `describe` for tests that need something outside the project (a corpus book other than the
 * thesis, a tool such as pandoc): they skip with a visible message when it is missing, except in
 * CI (`FOLIO_CORPUS_REQUIRED=1`), where they fail.
 */
import { describe, it } from 'vitest';
import { corpusRequired } from './corpus.js';

export function describeWhen(available: boolean, what: string, name: string, body: () => void): void {
  if (available) {
    describe(name, body);
    return;
  }
  if (corpusRequired) {
    describe(name, () => {
      it(`needs ${what}`, () => {
        throw new Error(`FOLIO_CORPUS_REQUIRED=1 but ${what} is missing`);
      });
    });
    return;
  }
  console.warn(`[folio tests] skipping "${name}": ${what} not found (set FOLIO_CORPUS_REQUIRED=1 to fail instead)`);
  describe.skip(name, body);
}
