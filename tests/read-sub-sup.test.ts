/**
 * Pandoc's subscripts `~x~` and superscripts `^x^` in clean Markdown (src/read/sub-sup.ts): read as
 * `subscript` / `superscript` nodes, rendered as `<sub>` / `<sup>` (the HTML the PDF and EPUB are
 * made from), written back by `normalise` as they were; `~~x~~` stays strikethrough, `^[…]` an
 * inline note, `[^label]` a call, and escaped delimiters and code stay text.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Parent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { divisions, type Book } from '../src/book.js';
import { toMarkdown } from '../src/emit/markdown.js';
import { readBook } from '../src/read/index.js';
import { renderBook } from '../src/render/index.js';
import { run } from './helpers/cli.js';
import { expectNormalised, fixtures, readFixture } from './helpers/normalise.js';

/** Each subscript and superscript of the book: kind, text and source span. */
function scripts(book: Book): Array<[string, string, string]> {
  const found: Array<[string, string, string]> = [];
  for (const division of divisions(book)) {
    visit(division.tree, (node) => {
      if (node.type !== 'subscript' && node.type !== 'superscript') return;
      const { start, end } = node.position ?? { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
      found.push([node.type, toString(node), `${start.line}:${start.column}-${end.line}:${end.column}`]);
    });
  }
  return found;
}

describe('sub-sup: Pandoc ~x~ and ^x^ (read-sub-sup)', () => {
  it('normalises to the same Markdown, escapes and strikethrough kept', async () => {
    await expectNormalised('read-sub-sup');
  });

  it('reads each pair as a subscript or superscript with its source span, inline notes and calls untouched', async () => {
    const book = await readFixture('read-sub-sup');
    expect(book.dialect).toBe('clean');
    expect(scripts(book)).toEqual([
      ['subscript', '2', '3:17-3:20'],
      ['superscript', '2', '3:54-3:57'],
      ['superscript', 'th', '3:69-3:73'],
      ['subscript', '2', '9:9-9:12'],
      ['subscript', '2', '4:108-4:111'],
      ['superscript', 'iπ', '15:30-15:34'],
    ]);
    const [chapter] = book.body;
    const deleted: string[] = [];
    visit(chapter.tree, 'delete', (node) => void deleted.push(toString(node)));
    expect(deleted).toEqual(['struck']);
    const notes = chapter.tree.children.filter((node) => node.type === 'footnoteDefinition');
    expect(notes.map((note) => [note.identifier, toString(note)])).toEqual([
      // In the order they are called.
      ['inline-1', 'Kept as an inline note, with CO2.'],
      ['lab', 'The note text, with eiπ.'],
    ]);
    // Escaped delimiters and code stay as written.
    const escaped = chapter.tree.children[2] as Parent;
    expect(toString(escaped)).toBe('Escaped, they stay text: H~2~O, x^2^ and H~2~O in code. A call stays a call.');
    expect(escaped.children.map((child) => child.type)).toEqual(['text', 'inlineCode', 'text', 'footnoteReference']);
    const fence = chapter.tree.children.find((node) => node.type === 'code');
    expect(fence && 'value' in fence ? fence.value : '').toBe('x^2^ and H~2~O in a fence');
  });

  it('renders <sub> and <sup>, strikethrough as <del>, in the text and the notes', async () => {
    const html = renderBook(await readFixture('read-sub-sup'))
      .parts.map((part) => part.html)
      .join('\n');
    expect(html).toContain('The brine held H<sub>2</sub>O and NaCl, and the tank grew as x<sup>2</sup> over the');
    expect(html).toContain('19<sup>th</sup> season.');
    expect(html).toContain('<del>struck</del>');
    expect(html).toContain('held O<sub>2</sub> at dawn.');
    expect(html).toContain('Kept as an inline note, with CO<sub>2</sub>.');
    expect(html).toContain('with e<sup>iπ</sup>.');
    expect(html).toContain('H~2~O, x^2^ and <code>H~2~O</code>');
    expect(html).not.toContain('<del>2</del>');
  });

  it('round trip: the normalised text reads back to the same scripts and normalises to itself', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-sub-sup-'));
    try {
      const expected = await readFile(path.join(fixtures, 'read-sub-sup', 'expected.md'), 'utf8');
      const file = path.join(dir, 'input.md');
      await writeFile(file, expected);
      const again = await readBook(file);
      const kinds = (book: Book) => scripts(book).map(([kind, text]) => [kind, text]);
      expect(kinds(again)).toEqual(kinds(await readFixture('read-sub-sup')));
      expect(toMarkdown(again)).toBe(expected);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('writes literal carets and tildes escaped, so they read back as text', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-sub-sup-'));
    try {
      const file = path.join(dir, 'input.md');
      await writeFile(file, '# One\n\nText a\\^b\\^ and c\\~d\\~, a lone ^ and ~, [^none] and 2^10^.\n');
      const written = toMarkdown(await readBook(file));
      expect(written).toContain('Text a\\^b^ and c\\~d\\~, a lone ^ and \\~, \\[^none] and 2^10^.');
      await writeFile(file, written);
      expect(scripts(await readBook(file)).map(([kind, text]) => [kind, text])).toEqual([['superscript', '10']]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('sub-sup: a pair around formatting (read-sub-sup-formatting)', () => {
  it('reads ~*x*~, ~**x**~, ^`x`^ and ^*k*+1^ as scripts holding the formatting; spaces, ~~ and escapes keep them apart', async () => {
    await expectNormalised('read-sub-sup-formatting');
    const book = await readFixture('read-sub-sup-formatting');
    expect(scripts(book)).toEqual([
      ['subscript', 'i', '3:20-3:25'],
      ['subscript', '2', '3:60-3:67'],
      ['superscript', 'n', '3:75-3:80'],
      ['superscript', 'k', '4:13-4:18'],
      ['superscript', 'k+1', '4:28-4:35'],
    ]);
    const kinds: string[][] = [];
    visit(book.body[0].tree, (node) => {
      if (node.type === 'subscript' || node.type === 'superscript')
        kinds.push((node as Parent).children.map((child) => child.type));
    });
    expect(kinds).toEqual([['emphasis'], ['strong'], ['inlineCode'], ['emphasis'], ['emphasis', 'text']]);
    const html = renderBook(book)
      .parts.map((part) => part.html)
      .join('\n');
    expect(html).toContain('x<sub><em>i</em></sub> at each step');
    expect(html).toContain('2<sup><em>k</em>+1</sup> by night');
    expect(html).toContain('~<em>two words</em>~ stays, <del><em>struck</em></del> strikes');
  });
});

describe('sub-sup: superscript numbers that run like note numbers', () => {
  it('still warn note-unrecognised in clean Markdown; one exponent stays quiet', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-sub-sup-'));
    try {
      await writeFile(path.join(dir, 'notes.md'), '# One\n\nThe quay flooded.^4^ The tide fell.^5^\n');
      await writeFile(path.join(dir, 'square.md'), '# One\n\nThe area grew as x^2^.\n');
      const warned = await run(['check', 'notes.md', '--format', 'json'], dir);
      const { messages } = JSON.parse(warned.stdout) as { messages: Array<{ ruleId: string; message: string }> };
      expect(messages.map(({ ruleId }) => ruleId)).toEqual(['note-unrecognised']);
      expect(messages[0].message).toContain('2 note-like numbers left in the text (first `^4^`)');
      const quiet = await run(['check', 'square.md', '--format', 'json'], dir);
      expect((JSON.parse(quiet.stdout) as { messages: unknown[] }).messages).toEqual([]);
      expect(quiet.code).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
