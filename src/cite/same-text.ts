/**
 * A manuscript in one file is cut into divisions at its headings; an anthology's chapters are files of their own.
 * The sections of one file are one text (one author's), across which Ibid. and the author's sentences still point back
 * to the notes before; a chapter of an anthology starts afresh. Shared by everything that resolves the book's notes,
 * so they read them alike.
 */
import { type Book, divisions } from '../book.js';

/** Whether two divisions, by their index in `divisions(book)`, come from one source file. */
export function sameTextOf(book: Book): (one: number, other: number) => boolean {
  const files = divisions(book).map((division) => division.file);
  return (one, other) => files[one] === files[other];
}
