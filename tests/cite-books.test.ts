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
 * (except that a citation not found is wrong on every field, even one labelled empty), plus `count`
 * (as many citations found in the note, resolved or not, as labelled; a prose note yields none). The
 * per-field table and the misses are printed (and written to `output/cite-books/NAME-scores.txt`); every
 * `folio-cite` warning on the book is written to `output/cite-books/NAME-warnings.txt` for review of the
 * lint's precision.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FootnoteDefinition } from 'mdast';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { divisions, type Book } from '../src/book.js';
import { citeBook } from '../src/cite/index.js';
import type { CitationResult, CslItem, NoteCitations } from '../src/book.js';
import { readBook } from '../src/read/index.js';
import { type LabelFields, nameOf, same } from './helpers/labels.js';
import { repoRoot } from './helpers/corpus.js';
import { bookFiles, corpusBooks, describeCorpusBook, prepareBook, type CorpusBook } from './helpers/corpus-books.js';

/** The share of right answers every field must reach on every book (issue 11); not met yet. */
const target = 0.95;

/**
 * What the resolver reached when these labels were made (2026-12-02), a point below: a field that
 * falls under its floor is a regression. good-data was the book rules were tuned on, model-articles
 * was held out. Raise a floor whenever the resolver gains; the test prints how far each is from target.
 */
const floors: Record<string, Record<string, number>> = {
  'good-data': {
    count: 0.981,
    form: 0.977,
    type: 0.932,
    authors: 0.966,
    title: 0.966,
    container: 0.974,
    year: 0.983,
    url: 0.974,
    locator: 0.963,
    target: 0.918,
  },
  'model-articles': {
    count: 0.82,
    form: 0.778,
    target: 0.566,
    locator: 0.757,
    type: 0.766,
    authors: 0.726,
    title: 0.736,
    container: 0.754,
    year: 0.763,
    url: 0.803,
  },
};

interface LabelCitation extends LabelFields {
  /** null: a work cited in full in no note (a bibliography's entry). */
  target?: { note: string; index: number } | null;
}

interface Label {
  file: string;
  note: string;
  citations: LabelCitation[];
}

type Field = 'count' | 'form' | 'type' | 'authors' | 'title' | 'container' | 'year' | 'url' | 'locator' | 'target';
type Scores = Partial<Record<Field, { right: number; total: number; misses: string[] }>>;

const labelFile = (book: CorpusBook) => path.join(repoRoot, 'tests/fixtures/cite-labels', `${book.name}.json`);

/** Which note number each (file, label) of the book carries: `file\0label` → number. */
function noteNumbers(book: Book, folder: string): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const division of divisions(book)) {
    const file = path.relative(folder, division.file.path).split(path.sep).join('/');
    visit(division.tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
      const number = node.data?.number;
      if (number === undefined) return;
      // Identifiers are lower-cased, and prefixed with the file's stem when two files share a label.
      const identifier = node.identifier.toLowerCase();
      const stem = `${division.file.stem ?? ''}-`.toLowerCase();
      numbers.set(`${file}\0${identifier}`, number);
      if (identifier.startsWith(stem)) numbers.set(`${file}\0${identifier.slice(stem.length)}`, number);
    });
  }
  return numbers;
}

/** What a field reads when the resolver found no citation there: never equal to a label. */
const nothing = '(no citation)';

function score(result: CitationResult, labels: Label[], numbers: Map<string, number>): Scores {
  const byNote = new Map<number, NoteCitations>(result.notes.map((note) => [note.note, note]));
  const items = new Map<string, CslItem>(result.items.map((item) => [item.id, item]));
  const scores: Scores = {};
  const number = (file: string, note: string) => numbers.get(`${file}\0${note.toLowerCase()}`);
  const fullIds = new Set(
    result.notes.flatMap((note) =>
      note.citations.filter((citation) => citation.form === 'full').map((citation) => citation.id),
    ),
  );

  for (const label of labels) {
    const where = `${label.file} ${label.note}`;
    const tally = (field: Field, expected: unknown, actual: unknown) => {
      const entry = (scores[field] ??= { right: 0, total: 0, misses: [] });
      entry.total++;
      if (same(expected, actual)) entry.right++;
      else entry.misses.push(`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    };
    const found = byNote.get(number(label.file, label.note) ?? -1);
    const citations = found?.citations ?? [];
    tally('count', label.citations.length, citations.length + (found?.unresolved?.length ?? 0));
    label.citations.forEach((expected, index) => {
      const actual = citations[index];
      tally('form', expected.form, actual?.form);
      if (expected.target === null) {
        // Cited in full in no note (an entry of the chapter's bibliography): any work that no note cites in full.
        const bibliographic = actual !== undefined && !fullIds.has(actual.id);
        tally(
          'target',
          'a work cited in full in no note',
          bibliographic ? 'a work cited in full in no note' : (actual?.id ?? nothing),
        );
      } else if (expected.target) {
        const targetNumber = number(label.file, expected.target.note);
        const target = byNote.get(targetNumber ?? -1)?.citations[expected.target.index];
        tally('target', target?.id ?? `(nothing in ${expected.target.note} #${expected.target.index})`, actual?.id);
      } else {
        const item = actual ? items.get(actual.id) : undefined;
        const issued = item?.issued as { 'date-parts'?: number[][] } | undefined;
        // Nothing found is wrong on every field, including those expected empty.
        const found = <T>(value: T) => (item ? value : nothing);
        tally('type', expected.type, found(item?.type));
        tally(
          'authors',
          expected.authors,
          found(((item?.author ?? item?.editor ?? []) as Array<Record<string, string>>).map(nameOf)),
        );
        tally('title', expected.title, found(item?.title ?? null));
        tally('container', expected.container, found(item?.['container-title'] ?? null));
        tally('year', expected.year, found(issued?.['date-parts']?.[0]?.[0] ?? null));
        tally('url', expected.url, found(item?.URL ?? null));
      }
      tally('locator', expected.locator ?? null, actual ? actual.locator : nothing);
    });
  }
  return scores;
}

function report(name: string, labels: Label[], scores: Scores): string {
  const rows = Object.entries(scores).map(
    ([field, { right, total }]) =>
      `${field.padEnd(10)} ${((100 * right) / total).toFixed(1).padStart(5)}%  (${right}/${total})`,
  );
  const misses = Object.entries(scores).flatMap(([field, { misses }]) => misses.map((miss) => `  ${field}: ${miss}`));
  return `Per-field accuracy on ${name} (${labels.length} notes):\n${rows.join('\n')}${misses.length ? `\nmisses:\n${misses.join('\n')}` : ''}`;
}

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
  const labels: Label[] = JSON.parse(readFileSync(labelFile(book), 'utf8'));

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
      expect(labels.length).toBeGreaterThanOrEqual(100);
      const keys = labels.map((label) => `${label.file}\0${label.note}`);
      expect(new Set(keys).size).toBe(keys.length);
      const chapters = (await bookFiles(book)).filter((file) => (book.place?.(file).part ?? 'chapters') === 'chapters');
      const labelled = new Set(labels.map((label) => label.file));
      const withNotes = chapters.filter((file) =>
        /^\[\^[^\]]+\]:/m.test(readFileSync(path.join(folder, file), 'utf8')),
      );
      expect(withNotes.filter((file) => !labelled.has(file))).toEqual([]);
      const missing = labels.flatMap((label) => [
        ...(numbers.has(`${label.file}\0${label.note.toLowerCase()}`) ? [] : [`${label.file} ${label.note}`]),
        ...label.citations.flatMap((citation) =>
          citation.target && !numbers.has(`${label.file}\0${citation.target.note.toLowerCase()}`)
            ? [`${label.file} ${citation.target.note} (target of ${label.note})`]
            : [],
        ),
      ]);
      expect(missing).toEqual([]);
    });

    it(`keeps every field at its recorded floor (target ${100 * target}%)`, async () => {
      const scores = score(result, labels, numbers);
      const text = report(book.name, labels, scores);
      console.log(text);
      await mkdir(path.join(repoRoot, 'output/cite-books'), { recursive: true });
      await writeFile(path.join(repoRoot, 'output/cite-books', `${book.name}-scores.txt`), `${text}\n`);
      const short = Object.entries(scores).filter(([, { right, total }]) => right / total < target);
      console.log(
        `${book.name}: ${short.length} of ${Object.keys(scores).length} fields below the ${100 * target}% target`,
      );
      for (const [field, { right, total, misses }] of Object.entries(scores)) {
        const floor = floors[book.name]?.[field] ?? target;
        expect(right / total, `${book.name} ${field}: ${misses.slice(0, 5).join('; ')}`).toBeGreaterThanOrEqual(floor);
      }
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
