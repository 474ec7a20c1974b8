/**
 * Property-based fuzzing (fast-check) of the reader, the check and `normalise`, on random
 * manuscripts and on mutations of real text (the fixtures; slices of the corpus when present):
 * - nothing throws but a bad-input FolioError (exit 2);
 * - no word of the book as read is missing from `normalise`'s output;
 * - `normalise` is a fixed point: normalising its output gives the same text.
 * A short budget with a fixed seed in the normal run; `npm run fuzz` runs long (FOLIO_FUZZ_RUNS,
 * FOLIO_FUZZ_SEED). Every failure found becomes a fixture under tests/fixtures/fuzz-*.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { divisions } from '../src/book.js';
import { toMarkdown } from '../src/emit/markdown.js';
import { FolioError } from '../src/errors.js';
import { check, read } from '../src/pipeline.js';
import { corpusAvailable, corpusPath, repoRoot } from './helpers/corpus.js';
import { fuzzRuns, fuzzSeed, markdownFiles, mutated, randomManuscript, readText, slices } from './helpers/fuzz.js';
import { multisetDiff, words } from './helpers/words.js';

let tmp: string;
let counter = 0;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'folio-fuzz-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** `normalise` of `text` as a single-file manuscript, or undefined when refused as bad input. */
async function normalise(text: string): Promise<{ markdown: string; bookWords: string[] } | undefined> {
  const dir = path.join(tmp, String(counter++));
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'book.md'), text);
  let book: Awaited<ReturnType<typeof read>>;
  try {
    book = await read('book.md', dir);
  } catch (error) {
    if (error instanceof FolioError) return undefined;
    throw error;
  }
  await check(book);
  // Each text's words on their own: joined, adjacent blocks and table cells would run together.
  const texts: string[] = [];
  for (const division of divisions(book)) {
    visit(division.tree, (node) => {
      if ('value' in node && typeof node.value === 'string') texts.push(node.value);
      if (node.type === 'image') texts.push(node.alt ?? '');
    });
  }
  const bookWords = words(texts.join('\n'));
  return { markdown: toMarkdown(book), bookWords };
}

/**
 * A letter beside an emphasis mark written as a numeric character reference (`*&#x74;wo word&#x73;*`) as the letter
 * it stands for; a reference the book itself holds as text (escaped, or in code) is not beside a mark and stays.
 */
function withCharacterReferences(markdown: string): string {
  return markdown.replace(
    /(?<=[*_])&#x([0-9a-f]+);|&#x([0-9a-f]+);(?=[*_])/gi,
    (_, before: string | undefined, after: string | undefined) =>
      String.fromCodePoint(Number.parseInt(before ?? after ?? '', 16)),
  );
}

/** The words a reader of `text` sees: markup (tags, template tags, entities, note labels, config keys) aside. */
function sourceWords(text: string): Set<string> {
  const prose = text
    // `ﬀ`, `ﬁ`: a typesetter's ligature is its letters once read (src/read/normalise/ligatures.ts).
    .replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize('NFKC'))
    // Pandoc's attributes after a bracketed span (`[Tides]{.underline}`): markup (bracketed-spans.ts).
    .replace(/\]\{[^{}\n]*\}/g, ']')
    // `4<sup>th</sup>` is the word `4th` (sup-calls.ts makes ordinals text).
    .replace(/(\d)<sup>(st|nd|rd|th)<\/sup>/gi, '$1$2')
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
    // Hugo shortcodes and Liquid tags: templating the reader drops with a warning (template-tags.ts).
    .replace(/\{\{<(?:[^>]|>(?!\}\}))*>\}\}|\{\{%(?:[^%]|%(?!\}\}))*%\}\}|\{%(?:[^%]|%(?!\}))*%\}/g, ' ')
    .replace(/&(?:#x?[0-9a-f]+|[a-z]+);/gi, ' ')
    .replace(/\[\^[^\]\s]*\]:?/g, ' ')
    .replace(/^[A-Za-z]+:/gm, ' ')
    // TOML front matter's keys (`author = "…"`), as YAML's above.
    .replace(/^[A-Za-z][\w-]*\s*=/gm, ' ');
  return new Set(words(prose));
}

/**
 * Stricter than the book's words: every word of the source reaches `normalise`. Failures here are
 * the reader's (see the fixtures with a known-issue.txt), so it runs under `npm run fuzz` only
 * (FOLIO_FUZZ_SOURCE_WORDS=1) until they are fixed.
 */
const checkSourceWords = process.env.FOLIO_FUZZ_SOURCE_WORDS === '1';

/** The properties on one manuscript; throws with what went wrong. */
async function holds(text: string, sourceConserved = checkSourceWords): Promise<void> {
  const first = await normalise(text);
  if (!first) return;
  if (sourceConserved) {
    const written = new Set(words(withCharacterReferences(first.markdown)));
    // Front matter the book does not use (Hugo's `weight`, a site's `layout`) is no word of the book: its lines go
    // when `normalise` does not write their key back.
    const unused = (line: string) => {
      const key = /^([^:#\s][^:]*?):(?:\s|$)/.exec(line)?.[1];
      return key !== undefined && !first.markdown.split('\n').some((written) => written.startsWith(`${key}:`));
    };
    const fence = /^---\n([\s\S]*?)\n---\n/.exec(text);
    const source = fence
      ? `---\n${fence[1]
          .split('\n')
          .filter((line) => !unused(line))
          .join('\n')}\n---\n${text.slice(fence[0].length)}`
      : text;
    // An ordinal is one word once made text (an export), two around a kept `<sup>` (clean Markdown).
    const has = (word: string) =>
      written.has(word) ||
      /^(\d+)(st|nd|rd|th)$/
        .exec(word)
        ?.slice(1)
        .every((piece) => written.has(piece)) === true;
    expect(
      [...sourceWords(source)].filter((word) => !has(word)),
      'words of the source missing from normalise',
    ).toEqual([]);
  }
  // (A letter beside emphasis is written as a character reference, `*&#x74;wo*`, so the emphasis stays emphasis
  // (mdast-util-to-markdown): it is the letter, as reading the output back shows, and is counted as one.)
  const { missing } = multisetDiff(first.bookWords, words(withCharacterReferences(first.markdown)));
  expect([...missing.keys()], 'words of the book missing from normalise').toEqual([]);
  const second = await normalise(first.markdown);
  expect(second, 'normalise output refused when read back').toBeDefined();
  expect(second!.markdown, 'normalise is not a fixed point').toBe(first.markdown);
}

const options = { numRuns: fuzzRuns, seed: fuzzSeed, endOnFailure: true } as const;

/** Fixtures are text of our own; manuscripts only (not YAML). */
const fixtureTexts = markdownFiles(path.join(repoRoot, 'tests/fixtures'))
  .filter((file) => !file.includes(`${path.sep}fuzz-`))
  .map(readText);

describe('fuzzing the reader, the check and normalise', () => {
  it('random manuscripts', async () => {
    await fc.assert(
      fc.asyncProperty(randomManuscript, (text) => holds(text)),
      options,
    );
  }, 600_000);

  it('mutated fixtures', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(fixtureTexts), (text) => holds(text)),
      options,
    );
  }, 600_000);

  const corpus = corpusAvailable
    ? [
        readText(corpusPath),
        ...(existsSync(path.join(path.dirname(corpusPath), 'good-data/md'))
          ? markdownFiles(path.join(path.dirname(corpusPath), 'good-data/md')).map(readText)
          : []),
      ]
    : [];
  it.skipIf(corpus.length === 0)(
    'mutated slices of the corpus',
    async () => {
      const pieces = corpus.flatMap((text) => slices(text, 3000, 8));
      await fc.assert(
        fc.asyncProperty(mutated(pieces), (text) => holds(text)),
        options,
      );
    },
    600_000,
  );
});

/** Each failure the fuzzer found, minimised and rewritten in invented text, stays as a fixture. */
const found = readdirSync(path.join(repoRoot, 'tests/fixtures')).filter((name) => name.startsWith('fuzz-'));
describe.skipIf(found.length === 0)('fixtures the fuzzer found', () => {
  for (const name of found) {
    const folder = path.join(repoRoot, 'tests/fixtures', name);
    const input = () => readFileSync(path.join(folder, 'input.md'), 'utf8');
    // A failure reported but not yet fixed (known-issue.txt says where): expected to fail until then.
    if (existsSync(path.join(folder, 'known-issue.txt'))) it.fails(`${name} (known issue)`, () => holds(input(), true));
    else it(name, () => holds(input(), true));
  }
});
