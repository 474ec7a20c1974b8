import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAce } from '../src/emit/epub/ace.js';
import { silentLogger } from '../src/log.js';
import { build } from '../src/pipeline.js';
import { corpusPath, describeCorpus, repoRoot } from './helpers/corpus.js';

/** Builds the EPUB and runs DAISY Ace (Puppeteer runner, system Chromium) on it. */
async function aceViolations(input: string) {
  const outDir = await mkdtemp(path.join(tmpdir(), 'folio-ace-'));
  await build({ input, cwd: repoRoot, logger: silentLogger, outDir, formats: ['epub'] });
  const { violations } = await runAce(path.join(outDir, 'book.epub'), path.join(outDir, 'ace'));
  return violations.map(
    (violation) => `${violation.impact} ${violation.rule} in ${violation.document}: ${violation.description}`,
  );
}

describe('DAISY Ace on the sample book', () => {
  it('reports no violations', async () => {
    expect(await aceViolations(path.join(repoRoot, 'manuscript'))).toEqual([]);
  });
});

describeCorpus('DAISY Ace on the thesis', () => {
  it('reports no violations', async () => {
    expect(await aceViolations(corpusPath)).toEqual([]);
  }, 900_000);
});
