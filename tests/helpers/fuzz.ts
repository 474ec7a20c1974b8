/**
 * Manuscripts for the fuzzer: random ones built from Markdown and export pieces, and mutations of
 * real text (the fixtures, and slices of the corpus when it is there). The fuzzer runs the reader,
 * the check and `normalise` on them; see tests/fuzz.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

/** Fixed seed and a short budget in the normal run; `npm run fuzz` sets FOLIO_FUZZ_RUNS (and may set FOLIO_FUZZ_SEED). */
export const fuzzRuns = Number(process.env.FOLIO_FUZZ_RUNS ?? 15);
export const fuzzSeed = Number(process.env.FOLIO_FUZZ_SEED ?? 20261202);

const word = fc.constantFrom(
  'alpha',
  'beta',
  'gamma',
  'Delta',
  'épopée',
  'Ереван',
  'Հայաստան',
  'naïve',
  'x',
  '1921',
  'IV',
  'p.',
  'ibid.',
  'and',
);
const punctuation = fc.constantFrom('', '', ',', '.', ';', ':', '!', '?', '—', '…', '"', '’');
const inlinePiece = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(word, punctuation).map(([w, p]) => w + p) },
  { weight: 1, arbitrary: word.map((w) => `*${w}*`) },
  { weight: 1, arbitrary: word.map((w) => `**${w}**`) },
  { weight: 1, arbitrary: word.map((w) => `_${w}_`) },
  { weight: 1, arbitrary: word.map((w) => `\`${w}\``) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(word, fc.constantFrom('https://example.org/a_b', 'images/pic.png', '#ref', ''))
      .map(([w, u]) => `[${w}](${u})`),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 9 }).map((n) => `[^${n}]`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 9 }).map((n) => `<sup>${n}</sup>`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<sup>th</sup>',
      '<b>',
      '</b>',
      '<span lang="hy">',
      '</span>',
      '\\_',
      '&amp;',
      '&#x41;',
      '<br>',
      '~~',
      '|',
      '\\',
    ),
  },
);
const sentence = fc.array(inlinePiece, { minLength: 1, maxLength: 14 }).map((pieces) => pieces.join(' '));
const block = fc.oneof(
  { weight: 5, arbitrary: sentence },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 4 }), sentence)
      .map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 9 }), sentence).map(([n, text]) => `[^${n}]: ${text}`) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 1, max: 9 }), sentence).map(([n, text]) => `<sup>${n}</sup> ${text}`),
  },
  { weight: 1, arbitrary: fc.constant('---') },
  { weight: 1, arbitrary: sentence.map((text) => `> ${text}`) },
  {
    weight: 1,
    arbitrary: fc
      .array(sentence, { minLength: 1, maxLength: 3 })
      .map((items) => items.map((item) => `- ${item}`).join('\n')),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(sentence, { minLength: 1, maxLength: 3 })
      .map((items) => items.map((item, index) => `${index + 1}. ${item}`).join('\n')),
  },
  { weight: 1, arbitrary: sentence.map((text) => `| a | b |\n| --- | --- |\n| ${text} | x |`) },
  { weight: 1, arbitrary: sentence.map((text) => `\`\`\`\n${text}\n\`\`\``) },
  { weight: 1, arbitrary: sentence.map((text) => `<div>${text}</div>`) },
  { weight: 1, arbitrary: sentence.map((text) => `![${text}](images/pic.png "${text.replace(/"/g, '')}")`) },
);
const frontMatter = fc.option(
  fc.tuple(word, word).map(([title, author]) => `---\ntitle: ${title}\nauthor: ${author}\n---\n\n`),
  { nil: '' },
);

/** A random manuscript: optional front matter, then blocks separated by one or two newlines. */
export const randomManuscript = fc
  .tuple(frontMatter, fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n\n', '\n')), { minLength: 1, maxLength: 25 }))
  .map(([head, blocks]) => head + blocks.map(([text, gap]) => text + gap).join(''));

/** Markup that tends to break readers when dropped anywhere. */
const hazards = [
  '[^1]',
  '[^1]: ',
  '<sup>1</sup>',
  '<sup>2</sup> ',
  '\n---\n\n',
  '\n---\n',
  '> ',
  '- ',
  '1. ',
  '*',
  '**',
  '_',
  '`',
  '```',
  '\n\n',
  '\n',
  '# ',
  '## ',
  '|',
  '<div>',
  '</div>',
  '](',
  '![',
  '<!--',
  '-->',
  '\\',
  '&',
  '\t',
  '    ',
  '\r\n',
  '\u00a0',
  '\u200b',
  '�',
  '#',
  '---\ntitle: x\n---\n',
];

/** Text with random edits: a slice deleted, duplicated or moved, or a hazard inserted. */
export function mutated(sources: string[]): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(...hazards));
  return fc
    .tuple(fc.constantFrom(...sources), fc.array(edit, { minLength: 1, maxLength: 6 }))
    .map(([source, edits]) => {
      let text = source;
      for (const [a, b, kind, hazard] of edits) {
        const start = a % (text.length + 1);
        const end = Math.min(text.length, start + (b % 200));
        if (kind === 0) text = text.slice(0, start) + text.slice(end);
        else if (kind === 1) text = text.slice(0, end) + text.slice(start, end) + text.slice(end);
        else if (kind === 2) text = text.slice(0, start) + hazard + text.slice(start);
        else text = text.slice(end) + text.slice(start, end) + text.slice(0, start);
      }
      return text;
    });
}

/** Every Markdown file under `dir`. */
export function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return /\.md$/.test(entry.name) ? [full] : [];
  });
}

/** Slices of `text` of about `size` characters, cut at line ends, `count` of them, evenly spread. */
export function slices(text: string, size: number, count: number): string[] {
  const result: string[] = [];
  for (let index = 0; index < count; index++) {
    let start = Math.floor(((text.length - size) * index) / Math.max(1, count - 1));
    start = Math.max(0, text.lastIndexOf('\n', start) + 1);
    let end = text.indexOf('\n', start + size);
    if (end === -1) end = text.length;
    result.push(text.slice(start, end));
  }
  return result;
}

export const readText = (file: string) => readFileSync(file, 'utf8');
