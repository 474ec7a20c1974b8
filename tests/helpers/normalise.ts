/** The reader's fixture tests share these: a fixture folder's `folio normalise` output and its book. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import type { Book } from '../../src/book.js';
import { readBook } from '../../src/read/index.js';
import { run } from './cli.js';
import { repoRoot } from './corpus.js';

export const fixtures = path.join(repoRoot, 'tests/fixtures');

/** `folio normalise input.md` in the fixture folder must print `expected.md` exactly. */
export async function expectNormalised(name: string): Promise<void> {
  const folder = path.join(fixtures, name);
  const expected = await readFile(path.join(folder, 'expected.md'), 'utf8');
  const { code, stdout, stderr } = await run(['normalise', 'input.md'], folder);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(stdout).toBe(expected);
}

/** The book read from the fixture folder's `input.md`. */
export function readFixture(name: string): Promise<Book> {
  return readBook(path.join(fixtures, name, 'input.md'));
}

/** `folio normalise .` in a fixture folder of several files must print its `expected.md`; gives the book read from it. */
export async function expectFolderNormalised(name: string): Promise<Book> {
  const folder = path.join(fixtures, name);
  const { code, stdout } = await run(['normalise', '.'], folder);
  expect(code).toBe(0);
  expect(stdout).toBe(await readFile(path.join(folder, 'expected.md'), 'utf8'));
  return readBook(folder);
}
