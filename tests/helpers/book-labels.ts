/**
 * Scoring the citation resolver on a real book against hand-made labels, shared by the tests that
 * score a book's labelled notes (cite-books.test.ts, the tuned sets; cite-heldout.test.ts, the
 * held-out sets): the label format, the mapping of a (file, footnote label) pair to the book's note
 * number, the per-field scoring and its printed table. The label conventions are described at the
 * top of cite-books.test.ts.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FootnoteDefinition } from 'mdast';
import { visit } from 'unist-util-visit';
import { expect } from 'vitest';
import {
  type Book,
  type CitationResult,
  type CslItem,
  divisions,
  type NoteCitation,
  type NoteCitations,
} from '../../src/book.js';
import { bookFiles, type CorpusBook } from './corpus-books.js';
import { repoRoot } from './corpus.js';
import { alignCitations } from './align-citations.js';
import { type LabelFields, nameOf, same } from './labels.js';

export interface LabelCitation extends LabelFields {
  /** null: a work cited in full in no note (a bibliography's entry). */
  target?: { note: string; index: number } | null;
}

export interface Label {
  file: string;
  note: string;
  citations: LabelCitation[];
}

export type Field =
  | 'count'
  | 'form'
  | 'type'
  | 'authors'
  | 'title'
  | 'container'
  | 'year'
  | 'url'
  | 'locator'
  | 'target';
export type Scores = Partial<Record<Field, { right: number; total: number; misses: string[] }>>;

/** A book's label file: `tests/fixtures/cite-labels/NAME.json`, or `NAME-SUFFIX.json` for another set. */
export const labelFile = (book: CorpusBook, suffix = '') =>
  path.join(repoRoot, 'tests/fixtures/cite-labels', `${book.name}${suffix ? `-${suffix}` : ''}.json`);

export const readLabels = (file: string): Label[] => JSON.parse(readFileSync(file, 'utf8'));

/** Which note number each (file, label) of the book carries: `file\0label` → number. */
/** Every footnote definition of the book with its number and the keys labels name it by (file, NUL, label). */
export function footnotes(
  book: Book,
  folder: string,
): Array<{ keys: string[]; number: number; node: FootnoteDefinition }> {
  const found: Array<{ keys: string[]; number: number; node: FootnoteDefinition }> = [];
  for (const division of divisions(book)) {
    const file = path.relative(folder, division.file.path).split(path.sep).join('/');
    visit(division.tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
      const number = node.data?.number;
      if (number === undefined) return;
      // Identifiers are lower-cased, and prefixed with the file's stem when two files share a label.
      const identifier = node.identifier.toLowerCase();
      const stem = `${division.file.stem ?? ''}-`.toLowerCase();
      const keys = [`${file}\0${identifier}`];
      if (identifier.startsWith(stem)) keys.push(`${file}\0${identifier.slice(stem.length)}`);
      found.push({ keys, number, node });
    });
  }
  return found;
}

export function noteNumbers(book: Book, folder: string): Map<string, number> {
  return new Map(footnotes(book, folder).flatMap(({ keys, number }) => keys.map((key) => [key, number] as const)));
}

/** The labelled notes, and the notes their short forms and Ibid. point at, that the book does not have. */
function missingNotes(labels: Label[], numbers: Map<string, number>): string[] {
  return labels.flatMap((label) => [
    ...(numbers.has(`${label.file}\0${label.note.toLowerCase()}`) ? [] : [`${label.file} ${label.note}`]),
    ...label.citations.flatMap((citation) =>
      citation.target && !numbers.has(`${label.file}\0${citation.target.note.toLowerCase()}`)
        ? [`${label.file} ${citation.target.note} (target of ${label.note})`]
        : [],
    ),
  ]);
}

/** What a field reads when the resolver found no citation there: never equal to a label. */
const nothing = '(no citation)';

export function score(result: CitationResult, labels: Label[], numbers: Map<string, number>): Scores {
  const byNote = new Map<number, NoteCitations>(result.notes.map((note) => [note.note, note]));
  const items = new Map<string, CslItem>(result.items.map((item) => [item.id, item]));
  const scores: Scores = {};
  const number = (file: string, note: string) => numbers.get(`${file}\0${note.toLowerCase()}`);
  const citationsOf = (label: Label) => byNote.get(number(label.file, label.note) ?? -1)?.citations ?? [];
  const fullIds = new Set(
    result.notes.flatMap((note) =>
      note.citations.filter((citation) => citation.form === 'full').map((citation) => citation.id),
    ),
  );
  /** What the resolver found for each field of a full citation, as labels write it. */
  const fieldsOf = (actual: NoteCitation): Record<string, unknown> => {
    const item = items.get(actual.id);
    if (!item) return {};
    const issued = item.issued as { 'date-parts'?: number[][] } | undefined;
    return {
      type: item.type,
      authors: ((item.author ?? item.editor ?? []) as Array<Record<string, string>>).map(nameOf),
      title: item.title ?? null,
      container: item['container-title'] ?? null,
      year: issued?.['date-parts']?.[0]?.[0] ?? null,
      url: item.URL ?? null,
    };
  };
  const fullFields = ['type', 'authors', 'title', 'container', 'year', 'url'] as const;
  const key = (label: Label) => `${label.file}\0${label.note.toLowerCase()}`;

  // Labelled citations are paired with found ones by content, keeping order (helpers/align-citations.ts):
  // first on their own fields, then again with the work a short form or Ibid. points at, found through
  // the first pairing of the note it names.
  const pairsOf = (label: Label, withTarget?: Map<string, Array<number | undefined>>) =>
    alignCitations(label.citations, citationsOf(label), (expected, actual) => {
      let agree = Number(same(expected.form, actual.form)) + Number(same(expected.locator ?? null, actual.locator));
      if (!expected.target && expected.target !== null) {
        const fields = fieldsOf(actual);
        for (const field of fullFields) agree += Number(same(expected[field], fields[field], field));
      } else if (withTarget) agree += Number(targetId(label, expected, withTarget) === actual.id);
      return agree;
    });
  /** The id of the work a labelled short form or Ibid. points at, as the resolver found that note. */
  const targetId = (label: Label, expected: LabelCitation, pairing: Map<string, Array<number | undefined>>) => {
    if (!expected.target) return undefined;
    const found = byNote.get(number(label.file, expected.target.note) ?? -1)?.citations ?? [];
    const pairs = pairing.get(`${label.file}\0${expected.target.note.toLowerCase()}`);
    const index = pairs ? pairs[expected.target.index] : expected.target.index;
    return index === undefined ? undefined : found[index]?.id;
  };
  const firstPairing = new Map(labels.map((label) => [key(label), pairsOf(label)]));
  const pairing = new Map(labels.map((label) => [key(label), pairsOf(label, firstPairing)]));

  for (const label of labels) {
    const where = `${label.file} ${label.note}`;
    const tally = (field: Field, expected: unknown, actual: unknown) => {
      const entry = (scores[field] ??= { right: 0, total: 0, misses: [] });
      entry.total++;
      if (same(expected, actual, field)) entry.right++;
      else entry.misses.push(`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    };
    const found = byNote.get(number(label.file, label.note) ?? -1);
    const citations = found?.citations ?? [];
    const pairs = pairing.get(key(label)) ?? [];
    tally('count', label.citations.length, citations.length + (found?.unresolved?.length ?? 0));
    label.citations.forEach((expected, index) => {
      const paired = pairs[index];
      const actual = paired === undefined ? undefined : citations[paired];
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
        tally(
          'target',
          targetId(label, expected, firstPairing) ?? `(nothing in ${expected.target.note} #${expected.target.index})`,
          actual?.id,
        );
      } else {
        // Nothing found is wrong on every field, including those expected empty.
        const fields = actual && items.has(actual.id) ? fieldsOf(actual) : undefined;
        for (const field of fullFields) tally(field, expected[field], fields ? fields[field] : nothing);
      }
      tally('locator', expected.locator ?? null, actual ? actual.locator : nothing);
    });
  }
  return scores;
}

export function report(name: string, labels: Label[], scores: Scores): string {
  const rows = Object.entries(scores).map(
    ([field, { right, total }]) =>
      `${field.padEnd(10)} ${((100 * right) / total).toFixed(1).padStart(5)}%  (${right}/${total})`,
  );
  const misses = Object.entries(scores).flatMap(([field, { misses }]) => misses.map((miss) => `  ${field}: ${miss}`));
  return `Per-field accuracy on ${name} (${labels.length} notes):\n${rows.join('\n')}${misses.length ? `\nmisses:\n${misses.join('\n')}` : ''}`;
}

/**
 * Checks a label set: at least `least` notes, none twice, every chapter with footnotes labelled (but
 * one whose every note is in an `earlier` set), and every labelled note (and every note a short form or Ibid. points at) a real note of the book.
 */
export async function expectLabelSet(
  book: CorpusBook,
  folder: string,
  labels: Label[],
  numbers: Map<string, number>,
  least: number,
  earlier: Label[] = [],
): Promise<void> {
  expect(labels.length).toBeGreaterThanOrEqual(least);
  const keys = labels.map((label) => `${label.file}\0${label.note}`);
  expect(new Set(keys).size).toBe(keys.length);
  const chapters = (await bookFiles(book)).filter((file) => (book.place?.(file).part ?? 'chapters') === 'chapters');
  const labelled = new Set(labels.map((label) => label.file));
  const taken = new Set(earlier.map((label) => `${label.file}\0${label.note.toLowerCase()}`));
  /** A chapter with a note that no earlier set holds; one whose notes earlier sets took has none left to give. */
  const hasFreeNote = (file: string) =>
    [...readFileSync(path.join(folder, file), 'utf8').matchAll(/^\[\^([^\]]+)\]:/gm)].some(
      (match) => !taken.has(`${file}\0${match[1]?.toLowerCase()}`),
    );
  const unlabelled = chapters.filter((file) => !labelled.has(file) && hasFreeNote(file));
  expect(unlabelled).toEqual([]);
  expect(missingNotes(labels, numbers)).toEqual([]);
}

/**
 * Prints the scores (and writes them to `output/cite-books/NAME-scores.txt`), how many fields are
 * below the target, and fails any field under its floor (the target when the book has no floor for it).
 */
export async function expectFloors(
  name: string,
  labels: Label[],
  scores: Scores,
  floors: Record<string, number> | undefined,
  target: number,
): Promise<void> {
  const text = report(name, labels, scores);
  console.log(text);
  await mkdir(path.join(repoRoot, 'output/cite-books'), { recursive: true });
  await writeFile(path.join(repoRoot, 'output/cite-books', `${name}-scores.txt`), `${text}\n`);
  const short = Object.entries(scores).filter(([, { right, total }]) => right / total < target);
  console.log(`${name}: ${short.length} of ${Object.keys(scores).length} fields below the ${100 * target}% target`);
  for (const [field, { right, total, misses }] of Object.entries(scores)) {
    const floor = floors?.[field] ?? target;
    expect(right / total, `${name} ${field}: ${misses.slice(0, 5).join('; ')}`).toBeGreaterThanOrEqual(floor);
  }
}
