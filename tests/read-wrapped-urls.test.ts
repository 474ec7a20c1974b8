/**
 * A bare URL hard-wrapped across a line end in clean Markdown (src/read/normalise/wrapped-urls.ts):
 * the next line is joined to the link when it continues the address with no space and the address
 * is otherwise broken (ends in `-`, `&`, `_`…, or in `/` before a word that can only be an address's);
 * an address that ends well is left alone, and the link's position runs to the joined word's end.
 */
import type { Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { divisions } from '../src/book.js';
import { expectNormalised, readFixture } from './helpers/normalise.js';

describe('wrapped-urls: a bare URL hard-wrapped over line ends (read-wrapped-urls)', () => {
  it('normalises to whole addresses, over two or three lines, in the text and an indented note', async () => {
    await expectNormalised('read-wrapped-urls');
  });

  it('joins only broken addresses, keeping the closing punctuation as text, the link spanning its lines', async () => {
    const book = await readFixture('read-wrapped-urls');
    const links: Array<[string, string]> = [];
    for (const division of divisions(book))
      visit(division.tree, 'link', (link: Link) => {
        const { start, end } = link.position!;
        links.push([link.url, `${start.line}:${start.column}-${end.line}:${end.column}`]);
      });
    expect(links).toEqual([
      ['https://archive.example.org/harbour/ledgers/1888-spring-tide-register/index.html', '4:1-5:20'],
      ['https://records.example.net/search?collection=Harbour%20Board&page=2&sort=date-desc', '8:1-10:5'],
      ['https://example.org/', '12:43-12:63'],
      ['https://example.org/ledgers', '13:30-13:57'],
      ['http://www.example.com/about-us', '14:16-15:3'],
      ['https://archive.example.org/notes/spring_tide_register.pdf', '18:5-19:22'],
    ]);
  });
});
