import type { Book } from '../book.js';
import type { NotesIndex } from './notes-index.js';
import type { Problem } from './report.js';

/** A check rule: looks at the book and returns problems; never changes the book. */
export interface Rule {
  id: string;
  /** One line for the README's rule table. */
  description: string;
  /** Rules that only make sense for word-processor exports. */
  dialect?: 'export';
  check(book: Book, notes: NotesIndex): Problem[];
}
