/**
 * The citation lint's precision and recall on real books (the thesis, the anthology in Markdown and in Word,
 * the journal articles), against judgement labels made blind:
 * every warning the lint gave before its rules were tuned (2026-12-02) was read in the manuscript as
 * an editor would, and marked real (a slip the author should fix) or not, with a short reason. Label
 * files: `tests/fixtures/cite-lint-labels/NAME.json`, one entry per warning (`file`, footnote `note`
 * label, `line`, `rule`, `real`, `reason`); a warning is matched to its label by file, line and rule
 * (a note with several warnings of one rule on one line has as many labels, which agree).
 *
 * Precision: the share of the book's warnings (severity warning, not info) labelled real; a warning
 * with no label counts as not real, and is printed so that it can be judged and added. Recall: the
 * share of the warnings labelled real that the lint still gives. Both are printed per book and per
 * rule, and each book must stay at or above its floor (a ratchet: raise a floor when the lint gains).
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Book } from '../src/book.js';
import { citeBook } from '../src/cite/index.js';
import { readBook } from '../src/read/index.js';
import { corpusPath, describeCorpus, repoRoot } from './helpers/corpus.js';
import { bookPath, corpusBooks, describeCorpusBook, prepareBook } from './helpers/corpus-books.js';

/** Issue 11's target: at least 90% of the warnings on each book are real slips. */
const target = 0.9;

/**
 * What the lint reached after tuning (2026-12-02), per book; never lower these for a new false warning. (good-data
 * went from 47/49 to 46/48 when a warning judged real was found to compare another chapter's spelling of a
 * title, and vanished once the resolver stopped lending works across chapters: same two false warnings. On
 * 2026-12-03 its two false url-multiple-titles warnings no longer appear after this round's rules: 46/46.)
 */
const floors: Record<string, { precision: number; recall: number }> = {
  thesis: { precision: 1, recall: 1 },
  'good-data': { precision: 1, recall: 1 },
  'model-articles': { precision: 1, recall: 1 },
  'good-data-docx': { precision: 1, recall: 1 },
};

interface Label {
  file: string;
  note: string;
  line: number;
  rule: string;
  real: boolean;
  reason: string;
}

interface Warning {
  file: string;
  line: number;
  rule: string;
  message: string;
}

const labelsOf = (name: string): Label[] =>
  JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/cite-lint-labels', `${name}.json`), 'utf8'));
const key = (entry: { file: string; line: number; rule: string }) => `${entry.file}:${entry.line}:${entry.rule}`;

function warningsOf(book: Book, folder: string): Warning[] {
  return [...new Set(book.files)].flatMap((file) =>
    file.messages
      .filter((message) => message.source === 'folio-cite' && message.fatal === false)
      .map((message) => ({
        file: path.relative(folder, file.path).split(path.sep).join('/'),
        line: message.line ?? 0,
        rule: message.ruleId ?? '?',
        message: message.reason,
      })),
  );
}

interface Score {
  warnings: number;
  real: number;
  unlabelled: Warning[];
  notReal: Label[];
  labelledReal: number;
  found: number;
  missed: Label[];
  perRule: Map<string, { warnings: number; real: number; labelledReal: number }>;
}

function score(warnings: Warning[], labels: Label[]): Score {
  const byKey = new Map(labels.map((label) => [key(label), label]));
  const given = new Map<string, number>();
  for (const warning of warnings) given.set(key(warning), (given.get(key(warning)) ?? 0) + 1);
  const perRule = new Map<string, { warnings: number; real: number; labelledReal: number }>();
  const rule = (id: string) => perRule.get(id) ?? perRule.set(id, { warnings: 0, real: 0, labelledReal: 0 }).get(id)!;
  let real = 0;
  const unlabelled: Warning[] = [];
  const notReal: Label[] = [];
  for (const warning of warnings) {
    const label = byKey.get(key(warning));
    rule(warning.rule).warnings++;
    if (!label) unlabelled.push(warning);
    else if (!label.real) notReal.push(label);
    else if (label.real) {
      real++;
      rule(warning.rule).real++;
    }
  }
  // A real label is found while warnings with its key remain (several on one line count one each).
  const missed: Label[] = [];
  const realLabels = labels.filter((label) => label.real);
  for (const label of realLabels) {
    rule(label.rule).labelledReal++;
    const left = given.get(key(label)) ?? 0;
    if (left > 0) given.set(key(label), left - 1);
    else missed.push(label);
  }
  return {
    warnings: warnings.length,
    real,
    unlabelled,
    notReal,
    labelledReal: realLabels.length,
    found: realLabels.length - missed.length,
    missed,
    perRule,
  };
}

const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '—');

function report(name: string, labels: Label[], result: Score): string {
  const rows = [...result.perRule]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(
      ([id, rule]) =>
        `  ${id.padEnd(24)} ${String(rule.warnings).padStart(4)} warnings, ${String(rule.real).padStart(4)} real; recall ${rule.real}/${rule.labelledReal}`,
    );
  return [
    `Citation lint on ${name}: ${result.warnings} warnings, ${result.real} real: precision ${percent(result.real, result.warnings)}; recall ${result.found}/${result.labelledReal} (${percent(result.found, result.labelledReal)}); ${labels.length} warnings labelled before tuning, ${labels.filter((label) => label.real).length} of them real`,
    ...rows,
    ...result.unlabelled.map(
      (warning) => `  unlabelled: ${warning.rule} ${warning.file}:${warning.line} ${warning.message}`,
    ),
    ...result.notReal.map(
      (label) => `  not real: ${label.rule} ${label.file}:${label.line} (note ${label.note}): ${label.reason}`,
    ),
    ...result.missed.map(
      (label) => `  missed: ${label.rule} ${label.file}:${label.line} (note ${label.note}): ${label.reason}`,
    ),
  ].join('\n');
}

function checks(
  name: string,
  read: () => Promise<{ book: Book; folder: string; cleanup?: () => Promise<void> }>,
): void {
  let result: Score;
  let labels: Label[];
  let cleanup: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    labels = labelsOf(name);
    const { book, folder, cleanup: done } = await read();
    cleanup = done;
    citeBook(book);
    result = score(warningsOf(book, folder), labels);
    console.log(report(name, labels, result));
  }, 120_000);

  afterAll(async () => {
    await cleanup?.();
  });

  it('has a judgement with a reason for every labelled warning, each naming a real line', () => {
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      expect(label.reason.length).toBeGreaterThan(5);
      expect(label.line).toBeGreaterThan(0);
    }
    // Labels sharing a place (several warnings of one rule on one line) agree.
    const verdicts = new Map<string, Set<boolean>>();
    for (const label of labels) verdicts.set(key(label), (verdicts.get(key(label)) ?? new Set()).add(label.real));
    expect([...verdicts].filter(([, verdict]) => verdict.size > 1).map(([place]) => place)).toEqual([]);
  });

  it(`keeps precision and recall at their floors (target precision ${100 * target}%)`, () => {
    const floor = floors[name];
    const precision = result.warnings ? result.real / result.warnings : 1;
    const recall = result.labelledReal ? result.found / result.labelledReal : 1;
    expect(precision, `${name}: unlabelled ${result.unlabelled.map(key).join(', ')}`).toBeGreaterThanOrEqual(
      Math.max(target, floor.precision),
    );
    expect(recall, `${name}: missed ${result.missed.map(key).join(', ')}`).toBeGreaterThanOrEqual(floor.recall);
  });
}

describeCorpus('citation lint precision on the thesis', () => {
  checks('thesis', async () => ({ book: await readBook(corpusPath), folder: path.dirname(corpusPath) }));
});

for (const corpusBook of corpusBooks) {
  describeCorpusBook(corpusBook, `citation lint precision on ${corpusBook.name}`, () => {
    checks(corpusBook.name, async () => {
      const folder = await prepareBook(corpusBook);
      return { book: await readBook(folder), folder, cleanup: () => rm(folder, { recursive: true, force: true }) };
    });
  });
}

/** The same anthology as Word files, read as a folder without `folio.yaml` (Folio guesses each part's role). */
const docxBook = { name: 'good-data-docx', dir: 'good-data/docx' };
describeCorpusBook(docxBook, `citation lint precision on ${docxBook.name}`, () => {
  checks(docxBook.name, async () => ({ book: await readBook(bookPath(docxBook)), folder: bookPath(docxBook) }));
});
