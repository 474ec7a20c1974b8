/**
 * Scores the citation resolver on books from outside the corpus, for measuring it on manuscripts nobody tuned it on
 * (issue 11). Their texts and labels are not part of the repository: they are other people's writing, kept wherever
 * the person measuring keeps them. `FOLIO_OUTSIDE_DIR` names a folder of `NAME.md` manuscripts (one chapter each, with
 * Markdown footnotes) and `NAME-labels.json` files (labels made blind, in the format and conventions at the top of
 * tests/cite-books.test.ts, `file` being `NAME.md`). Each book is copied to a temporary folder with a `folio.yaml`,
 * read and cited as a user's would be, and scored as the corpus sets are (helpers/book-labels.ts); the per-field table
 * is printed, and table and misses are written to `output/cite-books/outside-NAME-scores.txt` (misses only there, so a
 * blind set can be scored without reading them). Not part of `npm test`: run `npm run score:outside`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { citeBook } from '../../src/cite/index.js';
import { readBook } from '../../src/read/index.js';
import { noteNumbers, readLabels, report, score } from '../helpers/book-labels.js';
import { repoRoot } from '../helpers/corpus.js';

const folder = process.env.FOLIO_OUTSIDE_DIR;

it('scores every labelled outside book in FOLIO_OUTSIDE_DIR', async () => {
  expect(folder, 'FOLIO_OUTSIDE_DIR names the folder of outside books and their labels').toBeTruthy();
  const dir = path.resolve(folder as string);
  const names = readdirSync(dir)
    .filter(
      (file) => file.endsWith('-labels.json') && existsSync(path.join(dir, file.replace(/-labels\.json$/, '.md'))),
    )
    .map((file) => file.replace(/-labels\.json$/, ''))
    .sort();
  expect(names.length, `no NAME.md with NAME-labels.json in ${dir}`).toBeGreaterThan(0);
  await mkdir(path.join(repoRoot, 'output/cite-books'), { recursive: true });
  for (const name of names) {
    const book = await mkdtemp(path.join(os.tmpdir(), 'folio-outside-'));
    try {
      await copyFile(path.join(dir, `${name}.md`), path.join(book, `${name}.md`));
      await writeFile(path.join(book, 'folio.yaml'), `title: ${JSON.stringify(name)}\nchapters:\n  - ${name}.md\n`);
      const parsed = await readBook(book);
      const labels = readLabels(path.join(dir, `${name}-labels.json`));
      const text = report(`outside-${name}`, labels, score(citeBook(parsed), labels, noteNumbers(parsed, book)));
      await writeFile(path.join(repoRoot, 'output/cite-books', `outside-${name}-scores.txt`), `${text}\n`);
      console.log(text.split('\nmisses:')[0]);
    } finally {
      await rm(book, { recursive: true, force: true });
    }
  }
});
