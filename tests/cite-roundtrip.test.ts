/**
 * The CSL round trip: invented CSL-JSON items (tests/helpers/csl-items.ts) are rendered by
 * citation-js in eight note styles (Chicago 17th and 16th editions, Chicago with Ibid., MHRA, MLA's notes, OSCOLA,
 * New Hart's Rules, and Chicago's French edition: guillemets, `dans`, `dir.`, `et`, French months), as a first note, a later short note and the note right after it (Ibid. in styles that use
 * it), each at its number in the read-back document (OSCOLA points back with `(n 5)`), and as Chicago bibliography
 * entries; the rendered notes, written as Markdown footnotes, are read back by Folio's reader and citation resolver
 * and compared field by field with the items they came from, as far as the style prints them (a container, a
 * locator or a type the style leaves out or prints as a book's cannot be read). Fails below 97% on any field of any
 * style, printing the table and the misses.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { FootnoteDefinition } from 'mdast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadStyle } from '../src/cite/citeproc.js';
import { toResult } from '../src/cite/index.js';
import { noteText } from '../src/cite/note-text.js';
import { resolveNotes } from '../src/cite/resolve.js';
import { words } from '../src/cite/text.js';
import type { CitationResult, CslItem } from '../src/book.js';
import { parseMarkdown } from '../src/read/parse.js';
import { generateItems, ITEM_TYPES, type CslName, type CslTestItem } from './helpers/csl-items.js';

const TARGET = 0.97;
const items = generateItems();
const NOTE_STYLES: Array<{ style: string; locale: string }> = [
  { style: 'chicago-fullnote-bibliography', locale: 'en-US' },
  { style: 'chicago-fullnote-bibliography-with-ibid', locale: 'en-US' },
  { style: 'modern-humanities-research-association', locale: 'en-GB' },
  { style: 'modern-language-association-6th-edition-note', locale: 'en-US' },
  { style: 'oscola', locale: 'en-GB' },
  { style: 'new-harts-rules-the-oxford-style-guide', locale: 'en-GB' },
  { style: 'chicago-fullnote-bibliography-16th-edition', locale: 'en-US' },
  { style: 'chicago-fullnote-bibliography-fr', locale: 'fr-FR' },
];
const LOCATORS = { first: '12', subsequent: '14', ibid: '15' } as const;
type Position = keyof typeof LOCATORS;

/** citeproc's HTML as a writer would type it in Markdown: italics as `*…*`, the rest as text. */
function toMarkdown(html: string): string {
  return html
    .replace(/<\/?(?:i|em)>/g, '*')
    .replace(/<[^>]+>/g, '')
    .replace(/&#60;/g, '<')
    .replace(/&#62;/g, '>')
    .replace(/&#38;|&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\*(\s*)\*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Each item's three notes in one style, rendered by an engine of its own (citeproc is slow with many), at the
 * numbers the notes have in the read-back document, so a style's cross-reference (OSCOLA's `(n 5)`) points
 * at the note that really holds the first citation.
 */
function renderNotes(style: string, locale: string): Map<string, Record<Position, string>> {
  const name = loadStyle(style, locale);
  const numbers = noteNumbers();
  return new Map(items.map((item) => [item.id, renderItem(item, name, locale, numbers)]));
}

function renderItem(
  item: CslTestItem,
  name: string,
  locale: string,
  numbers: Map<string, number>,
): Record<Position, string> {
  const engine = plugins.config.get('@csl').engine([item] as never, name, locale, 'html');
  const cite = (position: Position) => ({
    citationID: position,
    citationItems: [{ id: item.id, locator: LOCATORS[position] }],
    properties: { noteIndex: numbers.get(`${item.id} ${position}`)! },
  });
  // The notes between the first citation and the second make it a subsequent one, not Ibid.
  const out = engine.rebuildProcessorState([cite('first'), cite('subsequent'), cite('ibid')], 'html') as Array<
    [string, number, string]
  >;
  return Object.fromEntries(out.map(([id, , html]) => [id, toMarkdown(html)])) as Record<Position, string>;
}

/**
 * Whether the style prints the item's first note exactly as it would print a book's with the same fields (New
 * Hart's Rules gives a film or a report only its place and year): then no reader can tell it from a book.
 */
function printedAsBook(style: string, locale: string): (placed: Placed) => boolean {
  const name = loadStyle(style, locale);
  const numbers = noteNumbers();
  return ({ item, text }) => renderItem({ ...item, type: 'book' }, name, locale, numbers).first === text;
}

/** Order: first(0), first(1), subsequent(0), next(0), first(2), subsequent(1), next(1), …, then the last's two. */
function noteOrder(): Array<{ item: CslTestItem; position: Position }> {
  const order: Array<{ item: CslTestItem; position: Position }> = [];
  items.forEach((item, index) => {
    order.push({ item, position: 'first' });
    if (index > 0) {
      const previous = items[index - 1];
      order.push({ item: previous, position: 'subsequent' }, { item: previous, position: 'ibid' });
    }
  });
  const last = items.at(-1)!;
  order.push({ item: last, position: 'subsequent' }, { item: last, position: 'ibid' });
  return order;
}

function noteNumbers(): Map<string, number> {
  return new Map(noteOrder().map(({ item, position }, index) => [`${item.id} ${position}`, index + 1]));
}

function renderBibliography(): Map<string, string> {
  const name = loadStyle('chicago-fullnote-bibliography', 'en-US');
  const engine = plugins.config.get('@csl').engine(items as never, name, 'en-US', 'html');
  engine.updateItems(items.map((item) => item.id));
  const [meta, entries] = engine.makeBibliography() as [{ entry_ids: string[][] }, string[]];
  return new Map(meta.entry_ids.map((ids, index) => [ids[0], toMarkdown(entries[index])]));
}

interface Placed {
  item: CslTestItem;
  position: Position | 'entry';
  text: string;
}

/** Reads Markdown footnotes with Folio's reader and resolves them; one result per note in order. */
function readBack(notes: Placed[]): CitationResult {
  const markdown =
    notes.map((_, index) => `Text.[^${index + 1}]`).join('\n\n') +
    '\n\n' +
    notes.map((note, index) => `[^${index + 1}]: ${note.text}`).join('\n\n') +
    '\n';
  const tree = parseMarkdown(new VFile({ path: 'roundtrip.md', value: markdown }), 'clean');
  const input: Array<{ note: ReturnType<typeof noteText>; owner: number }> = [];
  visit(tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
    input.push({ note: noteText(node), owner: 0 });
  });
  return toResult(resolveNotes(input));
}

/**
 * Types a note can tell apart: a newspaper, a magazine and a web page or post are all "an article
 * with a date in a named publication" (the issue's rule); everything else must be exact.
 */
function typeClass(type: string | undefined): string | undefined {
  if (
    type === 'article-newspaper' ||
    type === 'article-magazine' ||
    type === 'webpage' ||
    type === 'post-weblog' ||
    type === 'post'
  )
    return 'article';
  return type;
}

/**
 * A name as `Family, Given`. Initials compare without their full stops and spaces: OSCOLA prints `TS Lee` for T. S.
 * Lee, and the resolver keeps a name as written (the corpus labels' convention), so `TS` and `T. S.` are one name.
 */
const nameOf = (name: CslName) =>
  name.literal ??
  [
    [name['non-dropping-particle'], name.family].filter(Boolean).join(' '),
    name.given && /^(?:\p{Lu}\.?\s*)+$/u.test(name.given) ? name.given.replace(/[.\s]/g, '') : name.given,
  ]
    .filter(Boolean)
    .join(', ');

const textKey = (value: unknown) => (typeof value === 'string' ? words(value).join(' ') : null);

/**
 * What the item's notes show of its container: a chapter's book, a journal, a paper, a site, a law report — as far
 * as the style prints it (OSCOLA gives an interview no newspaper).
 */
function expectedContainer(item: CslTestItem, text: string): string | null {
  if (item.type === 'manuscript' || item.type === 'report' || item.type === 'thesis' || item.type === 'legislation')
    return null;
  const container = item['container-title'];
  const key = (value: string) => ` ${words(value.replace(/\./g, '')).join(' ')} `;
  return container && key(text).includes(key(container)) ? container : null;
}

type Field = 'type' | 'authors' | 'title' | 'container' | 'year' | 'url' | 'locator' | 'linkage';
type Table = Record<Field, { right: number; total: number; misses: string[] }>;

function score(placed: Placed[], result: CitationResult, asBook?: (placed: Placed) => boolean): Table {
  const table = {} as Table;
  const tally = (field: Field, where: Placed, expected: unknown, actual: unknown) => {
    table[field] ??= { right: 0, total: 0, misses: [] };
    table[field].total++;
    if (JSON.stringify(expected ?? null) === JSON.stringify(actual ?? null)) table[field].right++;
    else
      table[field].misses.push(
        `${where.item.type} ${where.position}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)} in «${where.text}»`,
      );
  };
  const byId = new Map<string, CslItem>(result.items.map((item) => [item.id, item]));
  const firstOf = new Map<string, string | undefined>();
  placed.forEach((note, index) => {
    const citation = result.notes[index]?.citations[0];
    if (note.position === 'first' || note.position === 'entry') {
      const found = citation ? byId.get(citation.id) : undefined;
      firstOf.set(note.item.id, citation?.id);
      const issued = found?.issued as { 'date-parts'?: number[][] } | undefined;
      const names = (found?.author ?? found?.editor ?? []) as CslName[];
      // A type the style prints as it prints a book is read as a book (the test's only reader is the text).
      const shownType = found?.type === 'book' && note.item.type !== 'book' && asBook?.(note) ? 'book' : note.item.type;
      tally('type', note, typeClass(shownType), typeClass(found?.type));
      // `et al.` (MHRA: `and others`) names only the first author.
      const written = (note.item.author ?? note.item.editor ?? []).map(nameOf);
      tally(
        'authors',
        note,
        /\bet al\.|\band others\b/.test(note.text) ? written.slice(0, 1) : written,
        names.map(nameOf),
      );
      // An Act's year printed straight after its name (OSCOLA's `Harbour Act 1999`) is read as part of its short
      // title, as British usage has it; the item's title lacks it.
      const year = note.item.issued['date-parts'][0][0];
      const title =
        note.item.type === 'legislation' && typeof found?.title === 'string'
          ? found.title.replace(new RegExp(`\\s+${year}$`), '')
          : found?.title;
      tally('title', note, textKey(note.item.title), textKey(title));
      // An abbreviation reads the same without its full stops (OSCOLA prints `F3d` for `F.3d`).
      const containerKey = (value: unknown) => textKey(typeof value === 'string' ? value.replace(/\./g, '') : value);
      tally(
        'container',
        note,
        containerKey(expectedContainer(note.item, note.text)),
        containerKey(found?.['container-title']),
      );
      // The year as far as the style prints it (the French Chicago gives an Act no year).
      const yearShown = new RegExp(`(?:^|\\D)${year}(?:\\D|$)`).test(note.text) ? year : null;
      tally('year', note, yearShown, issued?.['date-parts']?.[0]?.[0] ?? null);
      tally('url', note, note.item.URL ?? null, found?.URL ?? null);
    } else {
      tally('linkage', note, firstOf.get(note.item.id) ?? '(first note unresolved)', citation?.id ?? null);
    }
    if (note.position !== 'entry') {
      // The locator as far as the style prints it (some print no page in a case's first note).
      const locator = LOCATORS[note.position];
      const shown = new RegExp(`(?:^|[^\\d])${locator}(?:[^\\d]|$)`).test(note.text.replace(/https?:\/\/\S+/g, ''));
      tally('locator', note, shown ? locator : null, citation?.locator ?? null);
    }
  });
  return table;
}

function report(name: string, table: Table): string {
  const lines = Object.entries(table).map(
    ([field, { right, total }]) =>
      `  ${field.padEnd(9)} ${((100 * right) / total).toFixed(1).padStart(5)}%  (${right}/${total})`,
  );
  const misses = Object.entries(table).flatMap(([field, { misses }]) =>
    misses.slice(0, 12).map((miss) => `    ${field}: ${miss}`),
  );
  return `${name}\n${lines.join('\n')}${misses.length ? `\n  misses:\n${misses.join('\n')}` : ''}`;
}

function check(name: string, table: Table) {
  console.log(report(name, table));
  for (const [field, { right, total, misses }] of Object.entries(table)) {
    expect(right / total, `${name} ${field}: ${misses.slice(0, 3).join('; ')}`).toBeGreaterThanOrEqual(TARGET);
  }
}

describe('CSL round trip', () => {
  it('generates at least 300 invented items of at least 10 types, the same on every run', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    expect(new Set(items.map((item) => item.type)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(items.map((item) => item.type))).toEqual(new Set(ITEM_TYPES));
    expect(generateItems()).toEqual(items);
    expect(items.some((item) => item.author?.some((name) => name['non-dropping-particle']))).toBe(true);
    expect(items.some((item) => item.author?.some((name) => name.literal))).toBe(true);
    expect(items.some((item) => (item.author?.length ?? 0) >= 4)).toBe(true);
  });

  for (const { style, locale } of NOTE_STYLES) {
    it(`reads back ${style} notes (first, subsequent, next) at ${TARGET * 100}% per field or better`, () => {
      const rendered = renderNotes(style, locale);
      const placed: Placed[] = noteOrder().map(({ item, position }) => ({
        item,
        position,
        text: rendered.get(item.id)![position],
      }));
      check(style, score(placed, readBack(placed), printedAsBook(style, locale)));
    }, 120_000);
  }

  it(`reads back chicago-fullnote-bibliography bibliography entries at ${TARGET * 100}% per field or better`, () => {
    const entries = renderBibliography();
    // In the bibliography's order: `———` repeats the entry before's authors.
    const byId = new Map(items.map((item) => [item.id, item]));
    const placed: Placed[] = [...entries].map(([id, text]) => ({ item: byId.get(id)!, position: 'entry', text }));
    check('chicago-fullnote-bibliography (bibliography)', score(placed, readBack(placed)));
  }, 120_000);
});
