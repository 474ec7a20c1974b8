/**
 * `folio check`: footnote integrity. Each rule returns problems; they become vfile messages on the
 * source files (unified's convention), so every reporter can print them.
 */
import type { VFile } from 'vfile';
import type { Book } from '../book.js';
import { indexNotes } from './notes-index.js';
import { report } from './report.js';
import type { Rule } from './rule.js';
import { assetOutsideBook } from './rules/asset-outside-book.js';
import { linkMalformed } from './rules/link-malformed.js';
import { noteContinued } from './rules/note-continued.js';
import { noteDuplicate } from './rules/note-duplicate.js';
import { noteEmpty } from './rules/note-empty.js';
import { noteInHeading } from './rules/note-in-heading.js';
import { noteMissingCall } from './rules/note-missing-call.js';
import { noteMissingText } from './rules/note-missing-text.js';
import { notePage } from './rules/note-page.js';
import { noteSequence } from './rules/note-sequence.js';
import { noteUnrecognised } from './rules/note-unrecognised.js';

export const rules: Rule[] = [
  noteMissingText,
  noteMissingCall,
  noteDuplicate,
  noteSequence,
  noteEmpty,
  noteInHeading,
  notePage,
  noteUnrecognised,
  noteContinued,
  assetOutsideBook,
  linkMalformed,
];

export interface CheckSummary {
  chapters: number;
  notes: number;
  errors: number;
  warnings: number;
}

export function checkBook(book: Book): CheckSummary {
  const notes = indexNotes(book);
  for (const rule of rules) {
    if (rule.dialect && rule.dialect !== book.dialect) continue;
    for (const problem of rule.check(book, notes)) report(problem);
  }
  const chapters = book.body.filter((division) => division.role !== 'part').length;
  return summarise(book.files, chapters, new Set(notes.texts.map(({ node }) => node.identifier)).size);
}

export function summarise(files: VFile[], chapters: number, notes: number): CheckSummary {
  const messages = files.flatMap((file) => file.messages);
  const errors = messages.filter((message) => message.fatal === true).length;
  // Info messages (`fatal` undefined, such as what was guessed of a folder) are neither.
  const warnings = messages.filter((message) => message.fatal === false).length;
  return { chapters, notes, errors, warnings };
}
