/**
 * Scores the citation resolver on real books other than the thesis, against labels made blind: each
 * labelled note was read in the manuscript and its citations written down by hand, without running
 * Folio's resolver, recording what the manuscript says (slips included). Notes were chosen from the
 * beginning, middle and end of every chapter's notes, including Ibid., short forms, notes citing
 * several works, notes that are only the author's prose (`citations: []`) and legal citations.
 *
 * Label files: `tests/fixtures/cite-labels/NAME.json` for each book of `helpers/corpus-books.ts`;
 * a book without a label file is left out. Each entry names a `file` (relative to the book's folder)
 * and a footnote `note` label as written; a citation is `full` (type, authors "Family, Given",
 * title, container, year, url, locator), or `short`/`ibid` with a `target` (the note, in the same
 * file, and index of the full citation it means), or `target: null` for a work cited in full in no note (an
 * entry of the chapter's end bibliography; scored as resolved to a work that no note cites in full). A string ending in "…" means "starts with".
 * Conventions: the locator is the pinpoint as written ("p." dropped); a journal article's page range
 * is its extent, not a locator, but a single page after its date is (as is a page after the range),
 * and a chapter's pages after its book are; a book edited lists its editors as authors; a second full
 * citation of a work is labelled in full again; a URL is recorded as its text (Markdown escapes
 * undone), cut with "…" before a space, a tracking tail or an escaped character.
 *
 * Each book is copied to a temporary folder with a `folio.yaml` listing its files in name order,
 * read with `readBook` and cited with `citeBook`; a (file, label) pair is mapped to the book's note
 * number through the divisions' footnote definitions. Fields are scored as in cite-accuracy.test.ts
 * (except that a citation not found is wrong on every field, even one labelled empty; a note's labelled
 * citations are paired with the found ones by content, in order, helpers/align-citations.ts), plus `count`
 * (as many citations found in the note, resolved or not, as labelled; a prose note yields none). The
 * per-field table and the misses are printed (and written to `output/cite-books/NAME-scores.txt`); every
 * `folio-cite` warning on the book is written to `output/cite-books/NAME-warnings.txt` for review of the
 * lint's precision.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Book, CitationResult } from '../src/book.js';
import { citeBook } from '../src/cite/index.js';
import { readBook } from '../src/read/index.js';
import { expectFloors, expectLabelSet, labelFile, noteNumbers, readLabels, score } from './helpers/book-labels.js';
import { repoRoot } from './helpers/corpus.js';
import { corpusBooks, describeCorpusBook, prepareBook } from './helpers/corpus-books.js';

/** The share of right answers every field must reach on every book (issue 11); not met yet. */
const target = 0.95;

/**
 * What the resolver reached at its last gain (2026-12-03, eleventh session), rounded down: a field that falls under its
 * floor is a regression. good-data was the book rules were tuned on, model-articles
 * was held out. Raise a floor whenever the resolver gains; the test prints how far each is from target.
 */
const floors: Record<string, Record<string, number>> = {
  'good-data': {
    count: 1,
    form: 1,
    type: 0.974,
    authors: 1,
    title: 0.991,
    container: 0.991,
    year: 1,
    url: 0.991,
    locator: 0.995,
    target: 1,
  },
  'model-articles': {
    count: 1,
    form: 0.993,
    target: 0.961,
    locator: 0.991,
    type: 0.987,
    authors: 0.981,
    title: 0.996,
    container: 0.99,
    year: 0.996,
    url: 0.99,
  },
};

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Every citation warning on the book, one per line (rule, file:line:column, message, and the start of
 * the source line it points at, so a reviewer can judge it without opening the file), with counts per rule.
 */
function warningsReport(book: Book, folder: string): { text: string; count: number } {
  const messages = [...new Set(book.files)].flatMap((file) => {
    const source = String(file.value).split('\n');
    return file.messages
      .filter((message) => message.source === 'folio-cite')
      .map((message) => ({
        file: path.relative(folder, file.path),
        message,
        line: source[(message.line ?? 0) - 1] ?? '',
      }));
  });
  const perRule = new Map<string, number>();
  for (const { message } of messages) perRule.set(message.ruleId ?? '?', (perRule.get(message.ruleId ?? '?') ?? 0) + 1);
  const lines = messages.map(
    ({ file, message, line }) =>
      `${message.ruleId}\t${file}:${message.line ?? '?'}:${message.column ?? '?'}\t${oneLine(message.reason)}\t| ${oneLine(line).slice(0, 160)}`,
  );
  const counts = [...perRule].sort((a, b) => b[1] - a[1]).map(([rule, count]) => `# ${rule}: ${count}`);
  return {
    text: [`# ${messages.length} folio-cite warnings`, ...counts, ...lines, ''].join('\n'),
    count: messages.length,
  };
}

for (const book of corpusBooks) {
  if (!existsSync(labelFile(book))) {
    console.warn(`[folio tests] no labels for ${book.name} (${path.relative(repoRoot, labelFile(book))}); not scored`);
    continue;
  }
  const labels = readLabels(labelFile(book));

  describeCorpusBook(book, `citation resolver accuracy on ${book.name}`, () => {
    let folder: string;
    let parsed: Book;
    let result: CitationResult;
    let numbers: Map<string, number>;

    beforeAll(async () => {
      folder = await prepareBook(book);
      parsed = await readBook(folder);
      result = citeBook(parsed);
      numbers = noteNumbers(parsed, folder);
    }, 120_000);

    afterAll(async () => {
      if (folder) await rm(folder, { recursive: true, force: true });
    });

    it('has at least 100 labelled notes, spread over every chapter, each naming a real note', async () => {
      await expectLabelSet(book, folder, labels, numbers, 100);
    });

    it(`keeps every field at its recorded floor (target ${100 * target}%)`, async () => {
      await expectFloors(book.name, labels, score(result, labels, numbers), floors[book.name], target);
    });

    it('writes every citation warning to output/cite-books/ for review', async () => {
      const { text, count } = warningsReport(parsed, folder);
      const out = path.join(repoRoot, 'output/cite-books');
      await mkdir(out, { recursive: true });
      const file = path.join(out, `${book.name}-warnings.txt`);
      await writeFile(file, text);
      console.log(`${book.name}: ${count} folio-cite warnings written to ${path.relative(repoRoot, file)}`);
      const lines = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line && !line.startsWith('#'));
      expect(lines).toHaveLength(count);
      for (const line of lines) expect(line).toMatch(/^[a-z-]+\t[^\t]+:\d+:\d+\tUnexpected .*, expected .*\t\| /);
    });
  });
}
