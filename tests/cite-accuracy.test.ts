/**
 * Scores the resolver against two sets of hand-made labels for notes spread over the thesis, per field,
 * failing below 97% on any field of either set (two fields have lower floors, see `floors`). `labels.json` (124 notes) was drafted from the resolver's
 * output and checked by hand; `labels-blind.json` (110 other notes) was labelled straight from the thesis
 * text without running the resolver, as an independent check. Labels hold only short facts; long titles
 * and URLs are cut and end in "…", meaning "starts with".
 */
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import type { Book } from '../src/book.js';
import { citeBook } from '../src/cite/index.js';
import { formatBibliography } from '../src/cite/citeproc.js';
import type { CitationResult, CslItem, NoteCitations } from '../src/book.js';
import { readBook } from '../src/read/index.js';
import { type LabelFields, nameOf, same } from './helpers/labels.js';
import { corpusPath, describeCorpus } from './helpers/corpus.js';

interface LabelCitation extends LabelFields {
  /** The note whose citation this one means (short forms, Ibid., repeated full citations). */
  target?: number;
  targetIndex?: number;
}

type Label = { note: number; citations: LabelCitation[] };

function loadLabels(file: string): Label[] {
  return JSON.parse(readFileSync(new URL(`./fixtures/cite-labels/${file}`, import.meta.url), 'utf8'));
}

const labelSets: Record<string, Label[]> = {
  checked: loadLabels('labels.json'),
  blind: loadLabels('labels-blind.json'),
};

/**
 * Every field must reach 97% on each label set, but for two that the publication-name list (names
 * taken from this thesis, removed by issue 11) used to decide: whether a periodical is a magazine or
 * a newspaper, and whether an organisation's page is a report, nothing in a citation's structure says.
 */
const floors: Record<string, number> = { type: 0.89, container: 0.94 };
const floorOf = (field: string) => floors[field] ?? 0.97;

type Field = 'form' | 'type' | 'authors' | 'title' | 'container' | 'year' | 'url' | 'locator' | 'target';

type Scores = Record<Field, { right: number; total: number; misses: string[] }>;

function score(result: CitationResult, labels: Label[]): Scores {
  const byNote = new Map<number, NoteCitations>(result.notes.map((note) => [note.note, note]));
  const items = new Map<string, CslItem>(result.items.map((item) => [item.id, item]));
  const scores = {} as Scores;
  const tally = (field: Field, note: number, expected: unknown, actual: unknown) => {
    scores[field] ??= { right: 0, total: 0, misses: [] };
    scores[field].total++;
    if (same(expected, actual, field)) scores[field].right++;
    else scores[field].misses.push(`note ${note}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  };

  for (const label of labels) {
    const found = byNote.get(label.note)?.citations ?? [];
    label.citations.forEach((expected, index) => {
      const actual = found[index];
      tally('form', label.note, expected.form, actual?.form);
      if (expected.target !== undefined) {
        const target = byNote.get(expected.target)?.citations[expected.targetIndex ?? 0];
        tally('target', label.note, target?.id ?? `(nothing in note ${expected.target})`, actual?.id);
      } else {
        const item = actual ? items.get(actual.id) : undefined;
        const issued = item?.issued as { 'date-parts'?: number[][] } | undefined;
        tally('type', label.note, expected.type, item?.type);
        tally(
          'authors',
          label.note,
          expected.authors,
          ((item?.author ?? item?.editor ?? []) as Array<Record<string, string>>).map(nameOf),
        );
        tally('title', label.note, expected.title, item?.title ?? null);
        tally('container', label.note, expected.container, item?.['container-title'] ?? null);
        tally('year', label.note, expected.year, issued?.['date-parts']?.[0]?.[0] ?? null);
        tally('url', label.note, expected.url, item?.URL ?? null);
      }
      tally('locator', label.note, expected.locator ?? null, actual?.locator ?? null);
    });
  }
  return scores;
}

describeCorpus('citation resolver accuracy on the thesis', () => {
  let book: Book;
  let result: CitationResult;
  let citeMs = 0;

  beforeAll(async () => {
    book = await readBook(corpusPath);
    const start = process.cpuUsage();
    result = citeBook(book);
    formatBibliography(result);
    const used = process.cpuUsage(start);
    citeMs = (used.user + used.system) / 1000;
  }, 180_000);

  it('each label set covers at least 100 notes across the whole book, and the sets do not overlap', () => {
    for (const [name, labels] of Object.entries(labelSets)) {
      expect(labels.length, name).toBeGreaterThanOrEqual(100);
      const numbers = labels.map((label) => label.note);
      expect(new Set(numbers).size, name).toBe(numbers.length);
      expect(Math.min(...numbers), name).toBeLessThan(50);
      expect(Math.max(...numbers), name).toBeGreaterThan(1000);
    }
    const checked = new Set(labelSets.checked.map((label) => label.note));
    expect(labelSets.blind.filter((label) => checked.has(label.note)).map((label) => label.note)).toEqual([]);
  });

  const report = (name: string, labels: Label[], scores: Scores): string => {
    const lines = Object.entries(scores).map(
      ([field, { right, total }]) =>
        `${field.padEnd(10)} ${((100 * right) / total).toFixed(1).padStart(5)}%  (${right}/${total})`,
    );
    const misses = Object.entries(scores).flatMap(([field, { misses }]) => misses.map((miss) => `  ${field}: ${miss}`));
    return `Per-field accuracy, ${name} labels (${labels.length} notes):\n${lines.join('\n')}${misses.length ? `\nmisses:\n${misses.join('\n')}` : ''}`;
  };

  for (const [name, labels] of Object.entries(labelSets)) {
    it(`scores at least 97% on every field of the ${name} labels (type and container: their floors)`, () => {
      const scores = score(result, labels);
      console.log(report(name, labels, scores));
      for (const [field, { right, total, misses }] of Object.entries(scores)) {
        expect(right / total, `${name} ${field}: ${misses.slice(0, 5).join('; ')}`).toBeGreaterThanOrEqual(
          floorOf(field),
        );
      }
    });
  }

  it('reports the combined per-field accuracy of both label sets', () => {
    const all = Object.values(labelSets).flat();
    const scores = score(result, all);
    console.log(report('combined', all, scores));
    for (const [field, { right, total, misses }] of Object.entries(scores)) {
      expect(right / total, `combined ${field}: ${misses.slice(0, 5).join('; ')}`).toBeGreaterThanOrEqual(
        floorOf(field),
      );
    }
  });

  it('finds every note, the distinct works, and reports what it cannot resolve', () => {
    const unresolved = result.notes.flatMap((note) => note.unresolved ?? []);
    const short = unresolved.filter((citation) => citation.form === 'short').length;
    const ibid = unresolved.filter((citation) => citation.form === 'ibid').length;
    console.log(
      `${result.notes.length} notes, ${result.items.length} distinct works, unresolved: ${short} short forms, ${ibid} Ibid.; ` +
        `citeBook + bibliography: ${citeMs.toFixed(0)} ms CPU`,
    );
    expect(result.notes).toHaveLength(1085);
    expect(result.items.length).toBeGreaterThan(200);
    expect(result.items.length).toBeLessThan(300);
    expect(new Set(result.items.map((item) => item.id)).size).toBe(result.items.length);
    expect(short + ibid).toBeLessThanOrEqual(5);
  });

  it('keeps particles and records the manuscript as written', () => {
    const items = new Map(result.items.map((item) => [item.id, item]));
    expect(items.get('dewaal2013black')).toMatchObject({
      type: 'book',
      author: [{ family: 'Waal', 'non-dropping-particle': 'de', given: 'Thomas' }],
      'title-short': 'Black Garden',
      publisher: 'New York University Press',
      'publisher-place': 'New York',
    });
    expect(items.get('vanderleeuw2000azerbaijan')?.author).toEqual([
      { family: 'Leeuw', 'non-dropping-particle': 'van der', given: 'Charles' },
    ]);
    const post = result.items.find((item) => item.type === 'post' && /\/status\//.test(String(item.URL)));
    expect(post?.['container-title']).toBe('Twitter');
    for (const item of result.items) {
      if (typeof item.URL === 'string') expect(item.URL).not.toMatch(/\\_/);
    }
  });

  it('warns about the thesis’s real slips, on the right lines', () => {
    const messages = [...new Set(book.files)].flatMap((file) =>
      file.messages.filter((message) => message.source === 'folio-cite'),
    );
    const rules = new Set(messages.map((message) => message.ruleId));
    for (const rule of [
      'short-form-unmatched',
      'short-title-mismatch',
      'full-citation-repeated',
      'url-multiple-titles',
      'url-title-mismatch',
    ]) {
      expect(rules, rule).toContain(rule);
    }
    expect(
      messages.every((message) => message.fatal === false && /^Unexpected .*, expected /.test(message.reason)),
    ).toBe(true);
    const hewsens = messages.find((message) => message.reason.includes('`Hewsens`'));
    expect(hewsens?.line).toBe(254);
    const capitals = messages.find((message) => message.reason.includes('`Anatomy of A Rivalry`'));
    expect(capitals?.ruleId).toBe('short-title-mismatch');
  });
});
