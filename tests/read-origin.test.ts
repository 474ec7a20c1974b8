/**
 * Messages point at the author's file, not at the view Folio reads: a `.txt` converted from a PDF
 * (read as the export dialect it is rewritten to) at its own lines and columns; a `.docx`, which has
 * no lines, at the paragraph (counted among those with text, the body's then the notes') with the
 * words at the point. Invented fixtures: tests/fixtures/read-origin-txt/book.txt (four pages, folios
 * and a running head) and tests/fixtures/read-origin-docx/empty-note.docx (Pandoc from source.md).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBook } from '../src/check/index.js';
import { formatCheck } from '../src/check/format.js';
import { readBook } from '../src/read/index.js';
import { alignedLocate } from '../src/read/origin.js';
import { repoRoot } from './helpers/corpus.js';

const fixtures = path.join(repoRoot, 'tests/fixtures');

async function messagesOf(file: string) {
  const book = await readBook(path.join(fixtures, file), { cwd: repoRoot });
  const summary = checkBook(book);
  return { book, messages: JSON.parse(formatCheck('json', book.files, summary, repoRoot)).messages };
}

describe("message positions in the author's file", () => {
  it('a .txt from a PDF: the original line and column, though the text was rewritten', async () => {
    const { book, messages } = await messagesOf('read-origin-txt/book.txt');
    // Note 6's call was lost by the converter: its text is reported at its own line (26), then the
    // call of 7 that follows the gap, at its digit on line 30 (after the running head).
    expect(messages).toEqual([
      expect.objectContaining({
        file: 'tests/fixtures/read-origin-txt/book.txt',
        ruleId: 'note-missing-call',
        line: 26,
        column: 1,
      }),
      expect.objectContaining({ ruleId: 'note-sequence', line: 30, column: 30 }),
    ]);
    // Every call of the rewritten view maps back to its digits in the original.
    const [file] = book.files;
    const view = String(file.value).split('\n');
    const places = view.flatMap((line, index) =>
      [...line.matchAll(/<sup>(\d+)<\/sup>/g)].map((match) => ({
        number: match[1],
        at: file.data.locate!(index + 1, match.index + 1),
      })),
    );
    expect(places.map(({ number, at }) => [number, at.line, at.column])).toEqual([
      ['1', 5, 53],
      ['2', 6, 77],
      ['3', 14, 40],
      ['4', 15, 58],
      ['5', 22, 54],
      ['7', 30, 30],
      ['8', 31, 54],
    ]);
  });

  it('aligns lines in order, placing a line the rewriting changed at the line it came from', () => {
    const original = 'HEAD\n\nOne two three four\nfive six-\nseven eight\n\n1 A note here.\n   3\n';
    const rewritten = '# One two three four\nfive sixseven\neight\n\n\\[1] A note here.\n';
    const locate = alignedLocate(original, rewritten);
    expect(locate(1, 3)).toEqual({ line: 3, column: 1 });
    expect(locate(1, 7)).toEqual({ line: 3, column: 5 });
    expect(locate(2, 6)).toEqual({ line: 4, column: 6 });
    expect(locate(5, 6)).toEqual({ line: 7, column: 3 });
  });

  it('a .docx: the paragraph and the words at the point', async () => {
    const { messages } = await messagesOf('read-origin-docx/empty-note.docx');
    expect(messages).toEqual([
      expect.objectContaining({
        line: 3,
        column: 62,
        ruleId: 'note-empty',
        message:
          'Unexpected empty note fn20, expected note text' +
          ' (paragraph 3 of the body, at “The ledger filled a shelf by the time…”)',
      }),
    ]);
  });
});
