/**
 * The other real books of ../shared/corpus/ (multi-file Markdown books in their own tools' layout),
 * for tests that run Folio on them as a user would: copy the book's files to a temporary folder,
 * write a `folio.yaml` listing them in file-name order, and read it. Like `describeCorpus`, tests
 * skip with a visible message when the corpus is absent, and fail under `FOLIO_CORPUS_REQUIRED=1`.
 * `FOLIO_CORPUS_DIR` points at another copy of the corpus folder (for example a scratch copy).
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';
import type { DivisionRole } from '../../src/book.js';
import { corpusRequired, repoRoot } from './corpus.js';

export const corpusDir = path.resolve(process.env.FOLIO_CORPUS_DIR ?? path.resolve(repoRoot, '../shared/corpus'));

export type BookPart = 'front' | 'chapters' | 'back';

export interface CorpusBook {
  /** Short name; also the name of its label file, `tests/fixtures/cite-labels/NAME.json`. */
  name: string;
  /** Folder of the book's Markdown files, relative to the corpus folder. */
  dir: string;
  /** Where a file goes in `folio.yaml` (by its name), and with which role; chapters by default. */
  place?: (file: string) => { part: BookPart; role?: DivisionRole };
}

export const corpusBooks: CorpusBook[] = [
  {
    name: 'good-data',
    dir: 'good-data/md',
    // The publisher's own order: colophon and contents first, the contributors' biographies last.
    place: (file) =>
      /colophon/i.test(file)
        ? { part: 'front', role: 'copyright' }
        : /toc/i.test(file)
          ? { part: 'front', role: 'toc' }
          : /biograph/i.test(file)
            ? { part: 'back', role: 'appendix' }
            : { part: 'chapters' },
  },
  { name: 'model-articles', dir: 'model-articles/content/articles' },
];

export function bookPath(book: CorpusBook): string {
  return path.join(corpusDir, book.dir);
}

/** The book's Markdown files, in file-name order. */
export async function bookFiles(book: CorpusBook): Promise<string[]> {
  const names = await readdir(bookPath(book));
  return names.filter((name) => /\.(md|markdown)$/i.test(name)).sort((a, b) => a.localeCompare(b, 'en'));
}

/** Copies the book into a new temporary folder with a `folio.yaml` listing its files; returns the folder. */
export async function prepareBook(book: CorpusBook): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), `folio-${book.name}-`));
  const parts: Record<BookPart, string[]> = { front: [], chapters: [], back: [] };
  for (const file of await bookFiles(book)) {
    await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
    await copyFile(path.join(bookPath(book), file), path.join(folder, file));
    const { part, role } = book.place?.(file) ?? { part: 'chapters' as const };
    parts[part].push(role ? `  - file: ${JSON.stringify(file)}\n    role: ${role}` : `  - ${JSON.stringify(file)}`);
  }
  const list = (part: BookPart) => (parts[part].length ? `${part}:\n${parts[part].join('\n')}` : `${part}: []`);
  const yaml = [
    `title: ${JSON.stringify(book.name)}`,
    'language: en',
    list('front'),
    list('chapters'),
    list('back'),
    '',
  ].join('\n');
  await writeFile(path.join(folder, 'folio.yaml'), yaml);
  return folder;
}

/** `describe` for tests on one of the corpus books. */
export function describeCorpusBook(book: CorpusBook, name: string, body: () => void): void {
  if (existsSync(bookPath(book))) {
    describe(name, body);
    return;
  }
  if (corpusRequired) {
    describe(name, () => {
      it('needs the corpus', () => {
        throw new Error(`FOLIO_CORPUS_REQUIRED=1 but ${bookPath(book)} is missing`);
      });
    });
    return;
  }
  console.warn(
    `[folio tests] skipping "${name}": ${bookPath(book)} not found (set FOLIO_CORPUS_REQUIRED=1 to fail instead)`,
  );
  describe.skip(name, body);
}
