/**
 * Bold that Pandoc writes and CommonMark refuses (src/read/normalise/refused-strong.ts): `part**, Chapter 7**,`
 * is read as bold, the comma it opened on left outside, in the text and the notes; a bold comma alone
 * (`whole**,** row`) is a comma; escaped or spaced
 * asterisks stay asterisks.
 */
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { renderBook } from '../src/render/index.js';
import { expectNormalised, readFixture } from './helpers/normalise.js';

describe('bold CommonMark refuses (read-refused-strong)', () => {
  it('normalises to bold CommonMark reads', async () => {
    await expectNormalised('read-refused-strong');
  });

  it('reads each run as bold with its place, and leaves the author’s asterisks', async () => {
    const book = await readFixture('read-refused-strong');
    const strong: string[] = [];
    visit(book.body[0].tree, 'strong', (node) => {
      strong.push(`${toString(node)} ${node.position?.start.line}:${node.position?.start.column}`);
    });
    expect(strong).toEqual(['Chapter 7 3:34', 'Chapter 8 4:5', 'Part 2 8:35']);
    const html = renderBook(book)
      .parts.map((part) => part.html)
      .join('\n');
    expect(html).toContain('this part, <strong>Chapter 7</strong>, the tolls');
    expect(html).toContain('as a whole, row by row.');
    expect(html).toContain('**escaped** stars are stars, and ** spaced ** stars too.');
  });
});
