/**
 * `npm run bench` reads each Folio run's `--debug` lines into per-stage times (bench/stages.ts):
 * progress lines and the indented steps of commands that print no progress (`check`, `bib`) or of
 * the EPUB, the start-up and exit from the closing `finished` line. Fixtures in
 * `tests/fixtures/bench-stages/`: a run's stderr and, in expected.json, its wall time and stages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStages } from '../bench/stages.js';
import { repoRoot } from './helpers/corpus.js';

const fixtures = path.join(repoRoot, 'tests/fixtures/bench-stages');
const expected = JSON.parse(readFileSync(path.join(fixtures, 'expected.json'), 'utf8')) as Record<
  string,
  { wall: number; stages: Array<{ stage: string; seconds: number }> }
>;

describe('bench stages', () => {
  for (const [name, { wall, stages }] of Object.entries(expected)) {
    it(`reads the stages of ${name}`, () => {
      const parsed = parseStages(readFileSync(path.join(fixtures, name), 'utf8'), wall);
      expect(parsed.map((entry) => entry.stage)).toEqual(stages.map((entry) => entry.stage));
      for (const [index, entry] of parsed.entries()) expect(entry.seconds).toBeCloseTo(stages[index].seconds, 5);
    });
  }
});
