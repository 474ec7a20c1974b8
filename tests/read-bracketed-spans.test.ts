/**
 * Pandoc's bracketed spans in clean Markdown (src/read/normalise/bracketed-spans.ts): `[text]{.underline}`
 * is read as its text, in the body and in notes, with italics and links inside kept, a literal address
 * inside ending before the span's `]` (also when the span closes its paragraph, no other `]` in its text);
 * brackets without an attribute list stay the author's.
 */
import type { Link } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { citeBook } from '../src/cite/index.js';
import { renderBook } from '../src/render/index.js';
import { expectNormalised, readFixture } from './helpers/normalise.js';

describe('bracketed spans (read-bracketed-spans)', () => {
  it('normalises to the spans’ text, the author’s own brackets kept', async () => {
    await expectNormalised('read-bracketed-spans');
  });

  it('reads the text and notes without brackets or attributes, links ending where the address ends', async () => {
    const book = await readFixture('read-bracketed-spans');
    const [chapter] = book.body;
    const [, first, note] = chapter.tree.children;
    expect(toString(first)).toBe(
      'The ledger was underlined by the clerk and signed by Orla Pennick.\nA span may hold italics in a marked phrase, and brackets the author wrote\nstay: the toll [sic] was paid [in coin], and [this]{not attributes} too.',
    );
    expect(toString(note)).toBe(
      'See Tide Tables of the North, held at the Quay Archive, Hull, 8 Dec 2016,\nhttps://example.org/tides/; also www.example.net/quay.',
    );
    const links: string[] = [];
    visit(chapter.tree, 'link', (link: Link) => void links.push(`${link.url} ${toString(link)}`));
    expect(links).toEqual([
      'https://example.org/tides/ https://example.org/tides/',
      'http://www.example.net/quay www.example.net/quay',
      // A span holding only a link, closing a paragraph: the link's own text held the span's end.
      'http://example.org/2016/ http://example.org/2016/',
    ]);
    const html = renderBook(book)
      .parts.map((part) => part.html)
      .join('\n');
    expect(html).not.toMatch(/\{[#.]|\.underline|smallcaps/);
    expect(html).toContain('in a <em>marked</em> phrase');
  });

  it('gives the resolver the title in italics and the whole address', async () => {
    const result = citeBook(await readFixture('read-bracketed-spans'));
    const item = result.items[0];
    expect(item?.title).toBe('Tide Tables of the North');
    expect(item?.URL).toBe('https://example.org/tides/');
  });

  it('ends a literal address before the span’s `]` when the span closes the note (`[https://…]{.underline}.`)', async () => {
    const book = await readFixture('read-bracketed-span-at-end');
    const links: string[] = [];
    for (const part of book.body)
      visit(part.tree, 'link', (link: Link) => void links.push(`${link.url} ${toString(link)}`));
    expect(links).toEqual(['http://quay.example/2015/ http://quay.example/2015/']);
    expect(citeBook(book).items[0]).toMatchObject({ type: 'event', URL: 'http://quay.example/2015/' });
  });
});
