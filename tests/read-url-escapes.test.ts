/**
 * A bare address's escaped underscores in clean Markdown (`s\_pv\_8.pdf`, as Pandoc writes them): GFM's
 * literal autolink keeps the backslashes, so the link would point nowhere and print them; the reader
 * unescapes them (src/read/normalise/unescape-urls.ts), in the text and the notes.
 */
import type { Link } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { renderBook } from '../src/render/index.js';
import { expectNormalised, readFixture } from './helpers/normalise.js';

describe('escaped underscores in bare addresses (read-url-escapes)', () => {
  it('normalises to the addresses without backslashes', async () => {
    await expectNormalised('read-url-escapes');
  });

  it('reads each link with its address as its text, in the body and the notes', async () => {
    const book = await readFixture('read-url-escapes');
    const links: string[] = [];
    visit(book.body[0].tree, 'link', (link: Link) => void links.push(`${link.url} ${toString(link)}`));
    expect(links).toEqual([
      'https://example.org/files/s_pv_8344.pdf https://example.org/files/s_pv_8344.pdf',
      'https://example.org/rules_2019 https://example.org/rules_2019',
      'https://example.org/minutes/board_meeting_12.html https://example.org/minutes/board_meeting_12.html',
    ]);
    const html = renderBook(book)
      .parts.map((part) => part.html)
      .join('\n');
    expect(html).not.toContain('\\_');
  });
});
