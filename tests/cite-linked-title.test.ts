/**
 * A quoted title that is a link (`“[Tides](https://…),” *Shore News*`), as notes converted from web pages write it
 * (src/cite/note-text.ts): the title's words stay, the address follows the closing quote, and the citation reads
 * both; a link on an address, or on words outside quotes, is read as its address. Names and titles are made up.
 */
import { describe, expect, it } from 'vitest';
import { citedIn, notesOf } from './helpers/chapter-notes.js';

describe('a quoted title that is a link', () => {
  it('keeps the title’s words and takes the address after the quote', () => {
    const [{ note }] = notesOf(
      'Ann Lee, "[Why Tides\n    Turn](https://news.example.org/tides)," *Shore News*, January 15, 2008.',
    );
    expect(note.text).toBe(
      'Ann Lee, "Why Tides\nTurn," \uE002https://news.example.org/tides\uE003 \uE000Shore News\uE001, January 15, 2008.',
    );
    const { works } = citedIn(
      'Ann Lee, \\"[Why Tides Turn](https://news.example.org/tides),\\" *Shore News*, January 15, 2008.',
    );
    expect(works[0]).toMatchObject({
      title: 'Why Tides Turn',
      'container-title': 'Shore News',
      URL: 'https://news.example.org/tides',
    });
  });

  it('reads a link on an address, or on words outside quotes, as its address', () => {
    expect(notesOf('See [news.example.org/tides](https://news.example.org/tides).')[0].note.text).toBe(
      'See \uE002https://news.example.org/tides\uE003.',
    );
    expect(notesOf('Ann Lee, eds., [Shore Tides](https://news.example.org/tides), 2008.')[0].note.text).toBe(
      'Ann Lee, eds., \uE002https://news.example.org/tides\uE003, 2008.',
    );
  });
});
