/**
 * Round trip: `folio normalise` writes clean Markdown that reads back into the same book AST
 * (positions, and the export-only `page` of notes, aside). On the thesis, on the sample book and
 * on the reader fixtures.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { divisions, type Book } from '../src/book.js';
import { toMarkdown } from '../src/emit/markdown.js';
import { readBook } from '../src/read/index.js';
import { corpusPath, describeCorpus, repoRoot } from './helpers/corpus.js';
import { temporaryFolder } from './helpers/tmp.js';

const tmp = temporaryFolder('folio-roundtrip-');

/** A tree without positions; `data.page` only exists for exports, so it goes too. */
function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'position') continue;
    if (key === 'data' && child && typeof child === 'object') {
      const { page: _page, ...rest } = child as Record<string, unknown>;
      if (Object.keys(rest).length) result.data = strip(rest);
      continue;
    }
    result[key] = strip(child);
  }
  return result;
}

function shape(book: Book) {
  return divisions(book).map(({ id, kind, role, title, sections, tree }) => ({
    id,
    kind,
    role,
    title,
    sections,
    tree: strip(tree),
  }));
}

async function roundTrip(input: string, name: string): Promise<{ first: Book; second: Book; markdown: string }> {
  const first = await readBook(input);
  const markdown = toMarkdown(first);
  const output = path.join(tmp(), `${name}.md`);
  await writeFile(output, markdown);
  const second = await readBook(output);
  return { first, second, markdown };
}

type RoundTrip = Awaited<ReturnType<typeof roundTrip>>;

/** A division's ids, kinds, roles, titles and sections, its tree aside. */
const summary = (book: Book) =>
  divisions(book).map(({ id, kind, role, title, sections }) => ({ id, kind, role, title, sections }));

/** What every whole-book round trip keeps: metadata, divisions (listed as expected), every tree node for node, and a fixed point. */
function keepsTheBook(
  get: () => RoundTrip,
  fixedPoint: string,
  divisionsListed: { list: (division: ReturnType<typeof summary>[number]) => string; expected: string[] },
): void {
  it('keeps the metadata', () => {
    expect(get().second.metadata).toEqual(get().first.metadata);
  });

  it('keeps divisions: ids, kinds, roles, titles and sections', () => {
    expect(summary(get().second)).toEqual(summary(get().first));
    expect(summary(get().first).map(divisionsListed.list)).toEqual(divisionsListed.expected);
  });

  it('keeps every tree, node for node', () => {
    const first = shape(get().first);
    const second = shape(get().second);
    expect(second.length).toBe(first.length);
    for (let index = 0; index < first.length; index++) expect(second[index]).toEqual(first[index]);
  });

  it(fixedPoint, () => {
    expect(toMarkdown(get().second)).toBe(get().markdown);
  });
}

describeCorpus('round trip of the thesis (export dialect)', () => {
  let result: RoundTrip;
  beforeAll(async () => {
    result = await roundTrip(corpusPath, 'mountain-fortress');
  });

  it('reads back as the clean dialect', () => {
    expect(result.first.dialect).toBe('export');
    expect(result.second.dialect).toBe('clean');
  });

  keepsTheBook(() => result, 'is a fixed point: normalising the normalised text changes nothing', {
    list: ({ id }) => id,
    expected: [
      'acknowledgements',
      'authors-note',
      'dedication',
      'introduction',
      'chapter-1',
      'chapter-2',
      'chapter-3',
      'chapter-4',
      'conclusion',
    ],
  });
});

describe('round trip of the sample book (manuscript/, clean dialect, several files)', () => {
  let result: RoundTrip;
  beforeAll(async () => {
    result = await roundTrip(path.join(repoRoot, 'manuscript'), 'sample-book');
  });

  keepsTheBook(() => result, 'is a fixed point', {
    list: ({ id, kind, role }) => `${kind}:${role}:${id}`,
    expected: [
      'front:dedication:dedication',
      'front:preface:preface',
      'body:chapter:chapter-1',
      'body:chapter:chapter-2',
      'body:chapter:chapter-3',
    ],
  });
});

describe('round trip of the reader fixtures', () => {
  const cases = [
    'read-sup-calls',
    'read-page-notes',
    'read-unescape-urls',
    'read-heading-emphasis',
    'read-title-page',
    'read-table-of-contents',
    'read-table-of-contents-roman',
    'read-divisions',
    'read-notes-clean',
    'dialect-stars-kramdown',
    'dialect-caret',
    'dialect-numbered',
    'dialect-gfm-in-export',
    'dialect-code-fence',
    'normalise-labels-images',
    'read-inline-notes',
    'dialect-form-feed',
  ];
  for (const name of cases) {
    it(name, async () => {
      const { first, second } = await roundTrip(path.join(repoRoot, 'tests/fixtures', name, 'input.md'), name);
      expect(second.metadata).toEqual(first.metadata);
      expect(shape(second)).toEqual(shape(first));
    });
  }

  it('read-notes-multifile: labels that collide across the folder’s files stay distinct', async () => {
    const { first, second, markdown } = await roundTrip(
      path.join(repoRoot, 'tests/fixtures/read-notes-multifile'),
      'read-notes-multifile',
    );
    expect(markdown).toMatch(/\[\^one-1\]/);
    expect(markdown).toMatch(/\[\^two-1\]/);
    expect(shape(second)).toEqual(shape(first));
  });

  it('normalise-labels-images: labels with dots and colons keep their notes; every image form (inline, reference, collapsed, shortcut, HTML <img>) is re-pointed', async () => {
    const input = path.join(repoRoot, 'tests/fixtures/normalise-labels-images/input.md');
    const first = await readBook(input);
    const folder = await mkdtemp(path.join(tmp(), 'elsewhere-'));
    const markdown = toMarkdown(first, { baseDir: folder });
    for (const label of ['www.site.org', 'http://x.org/p', 'see-www.x.com']) {
      expect(markdown).toContain(`[^${label}]`);
      expect(markdown).toContain(`[^${label}]:`);
    }
    const back = path.relative(folder, path.join(repoRoot, 'tests/fixtures/normalise-labels-images/img'));
    expect(markdown).toContain(`[map]: ${back}/map.png "The map"`);
    expect(markdown).toContain(`![inline](${back}/b.png)`);
    expect(markdown).toContain(`[plan]: ${back}/plan.png`);
    expect(markdown).toContain(`[key]: ${back}/key.png`);
    expect(markdown).toContain(`![river](<${back}/river bank.png>)`);
    expect(markdown).toContain(`<img src="${back}/html.png" alt="inline HTML">`);
    expect(markdown).toContain(`<img src='${back}/block.png' alt="a block of HTML">`);
    await writeFile(path.join(folder, 'book.md'), markdown);
    const second = await readBook(path.join(folder, 'book.md'));
    const texts = divisions(second).flatMap(({ tree }) =>
      tree.children.filter((node) => node.type === 'footnoteDefinition'),
    );
    expect(texts.map((node) => node.type === 'footnoteDefinition' && [node.label, node.data?.number])).toEqual([
      ['www.site.org', 1],
      ['http://x.org/p', 2],
      ['see-www.x.com', 3],
    ]);
  });
});

describe('text that only looks like a URL or an address', () => {
  it('reads back as text, not as a GFM literal link, with every word whole', async () => {
    const input = path.join(tmp(), 'url-like.md');
    await writeFile(
      input,
      [
        '# Chapter',
        '',
        'A claim.<sup>1</sup> Another.<sup>2</sup>',
        '',
        '---',
        '',
        '<sup>1</sup> Seen at https://www.example.org/a/b-1. c-d and www.example.net.',
        '',
        '<sup>2</sup> Write to ann.lee@example.com today.',
        '',
      ].join('\n'),
    );
    const { first, second, markdown } = await roundTrip(input, 'url-like');
    expect(first.dialect).toBe('export');
    expect(markdown).toContain('Seen at https<!---->://www<!---->.example.org/a/b-1. c-d and www<!---->.example.net.');
    expect(markdown).toContain('Write to ann<!---->.lee<!---->@example.com today.');
    const selectAll = (type: string, tree: Nodes) => {
      const found: Nodes[] = [];
      visit(tree, type, (node: Nodes) => void found.push(node));
      return found;
    };
    const links = (book: Book) => divisions(book).flatMap(({ tree }) => selectAll('link', tree));
    expect(links(first)).toEqual([]);
    expect(links(second)).toEqual([]);
    const notes = (book: Book) =>
      divisions(book).flatMap(({ tree }) => selectAll('footnoteDefinition', tree).map((node) => toString(node)));
    expect(notes(second)).toEqual(notes(first));
    expect(notes(second)).toEqual([
      'Seen at https://www.example.org/a/b-1. c-d and www.example.net.',
      'Write to ann.lee@example.com today.',
    ]);
  });
});
