/**
 * Scores the citation resolver on the anthology as its authors wrote it: the Word files of good-data
 * (`good-data/docx/`, real footnotes, italics and quotes as Word runs), against the labels made on the publisher's
 * Markdown of the same book. A labelled note counts when its words are the same in both versions
 * (helpers/same-notes.ts), and so does every note its short forms and Ibid. point at; the others are left out and
 * counted. The Markdown book is scored on the same notes, so the two tables differ only by the reader. Two
 * tables: the label sets opened for tuning, pooled, and the newest blind set (`fresh5`), which is not tuned on.
 * Tables and misses go to `output/cite-books/good-data-docx-*-scores.txt` and `good-data-md-*-scores.txt`.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CitationResult } from '../src/book.js';
import { citeBook } from '../src/cite/index.js';
import { readBook } from '../src/read/index.js';
import { expectFloors, type Label, labelFile, noteNumbers, readLabels, report, score } from './helpers/book-labels.js';
import { repoRoot } from './helpers/corpus.js';
import { bookPath, type CorpusBook, corpusBooks, describeCorpusBook, prepareBook } from './helpers/corpus-books.js';
import { sameNotes } from './helpers/same-notes.js';

/** The share of right answers every field must reach (issue 11). */
const target = 0.95;

const markdown = corpusBooks.find((book) => book.name === 'good-data') as CorpusBook;
const word: CorpusBook = { name: 'good-data-docx', dir: 'good-data/docx' };

/** The label sets, pooled by whether rules were tuned on them. */
const pools: { name: string; suffixes: string[] }[] = [
  { name: 'opened', suffixes: ['', 'heldout', 'fresh', 'fresh2', 'fresh3', 'fresh4'] },
  { name: 'fresh5', suffixes: ['fresh5'] },
];

/**
 * What the Word version reached on 2026-12-03 (eleventh session), rounded down; a field under its floor is a
 * regression of the Word reader or of the resolver on Word's marks.
 */
const floors: Record<string, Record<string, number>> = {
  opened: {
    count: 0.994,
    form: 0.993,
    type: 0.954,
    authors: 0.978,
    title: 0.988,
    container: 0.992,
    year: 0.997,
    url: 0.995,
    locator: 0.99,
    target: 0.984,
  },
  fresh5: {
    count: 1,
    form: 0.985,
    type: 0.925,
    authors: 0.962,
    title: 0.962,
    container: 0.925,
    year: 0.981,
    url: 0.962,
    locator: 0.943,
    target: 1,
  },
};

/** How many labelled notes of each pool must be the same in both versions (most are: the versions differ by edits). */
const leastShare = 0.8;

describeCorpusBook(word, 'citation resolver accuracy on the Word version of good-data', () => {
  let markdownFolder: string;
  let markdownResult: CitationResult;
  let markdownNumbers: Map<string, number>;
  let wordResult: CitationResult;
  let wordNumbers: Map<string, number>;

  beforeAll(async () => {
    markdownFolder = await prepareBook(markdown);
    const markdownBook = await readBook(markdownFolder);
    markdownResult = citeBook(markdownBook);
    markdownNumbers = noteNumbers(markdownBook, markdownFolder);
    const wordBook = await readBook(bookPath(word));
    wordResult = citeBook(wordBook);
    wordNumbers = sameNotes(markdownBook, markdownFolder, wordBook, bookPath(word));
  }, 240_000);

  afterAll(async () => {
    if (markdownFolder) await rm(markdownFolder, { recursive: true, force: true });
  });

  for (const pool of pools) {
    it(`scores the ${pool.name} labels on the Word files as on the Markdown (target ${100 * target}%)`, async () => {
      const labels = pool.suffixes
        .map((suffix) => labelFile(markdown, suffix))
        .filter((file) => existsSync(file))
        .flatMap(readLabels);
      const has = (label: Label, note: string) => wordNumbers.has(`${label.file}\0${note.toLowerCase()}`);
      const same = labels.filter(
        (label) =>
          has(label, label.note) &&
          label.citations.every((citation) => !citation.target || has(label, citation.target.note)),
      );
      console.log(
        `good-data ${pool.name}: ${same.length} of ${labels.length} labelled notes the same in both versions`,
      );
      expect(same.length).toBeGreaterThanOrEqual(leastShare * labels.length);
      const onMarkdown = report(`good-data-md-${pool.name}`, same, score(markdownResult, same, markdownNumbers));
      console.log(onMarkdown.split('\nmisses:')[0]);
      await mkdir(path.join(repoRoot, 'output/cite-books'), { recursive: true });
      await writeFile(
        path.join(repoRoot, 'output/cite-books', `good-data-md-${pool.name}-scores.txt`),
        `${onMarkdown}\n`,
      );
      await expectFloors(
        `good-data-docx-${pool.name}`,
        same,
        score(wordResult, same, wordNumbers),
        floors[pool.name],
        target,
      );
    });
  }
});
