/**
 * The normalised book AST: the contract between reading, checking, citing, rendering and emitting.
 *
 * Every division holds an mdast `Root` whose nodes keep `position`s pointing back into the source
 * file the division came from (`Division.file`). Footnotes are mdast `footnoteReference` and
 * `footnoteDefinition` nodes; a note's definition lives in the tree of the division that calls it,
 * after its content (GFM style), and `data.number` carries the manuscript's own number.
 */
import type { Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import type { FolioConfig } from './config/schema.js';
import type { DivisionRole } from './roles.js';

export type { DivisionRole } from './roles.js';

export type Dialect = 'clean' | 'export';

export interface BookMetadata {
  title: string;
  subtitle?: string;
  authors: string[];
  /** BCP 47 language tag. */
  language: string;
  date?: string;
  publisher?: string;
  institution?: string;
  statement?: string;
  description?: string;
  rights?: string;
  identifier?: string;
  modified?: string;
}

export interface Section {
  /** Slug, unique across the book. */
  id: string;
  title: string;
  /** 2 for a section, 3 for a subsection: consistent across the book, whatever the source used. */
  depth: number;
}

export interface Division {
  /** Slug, unique across the book; also the chapter's file name in the outputs. */
  id: string;
  kind: 'front' | 'body' | 'back';
  role: DivisionRole;
  /** Plain-text title (the heading without markup); empty for untitled parts such as a dedication. */
  title: string;
  /** The division's content: a depth-1 heading (if titled), sections at depth 2 and 3, notes. */
  tree: Root;
  /** The source file; every position in `tree` refers to it. */
  file: VFile;
  sections: Section[];
}

export interface Book {
  metadata: BookMetadata;
  config: FolioConfig;
  dialect: Dialect;
  /** Folder against which relative asset paths (images, cover) resolve. */
  baseDir: string;
  front: Division[];
  body: Division[];
  back: Division[];
  /** Source files in reading order; checks report against these. */
  files: VFile[];
  /** Filled by the citation transform when it runs. */
  citations?: CitationResult;
}

export function divisions(book: Book): Division[] {
  return [...book.front, ...book.body, ...book.back];
}

/*
 * What the citation transform (src/cite) adds to the book: CSL items and, per note, what it
 * cites. Part of the contract, so that cite reads and fills the book without the book depending on it.
 */

/** A CSL-JSON item (https://citationstyles.org/); kept loose because CSL has many optional fields. */
export interface CslItem {
  id: string;
  type: string;
  [field: string]: unknown;
}

export type CitationForm = 'full' | 'short' | 'ibid';

export interface NoteCitation {
  /** The CSL item's id. */
  id: string;
  form: CitationForm;
  /** The cited page(s), as written; null when none is given. */
  locator: string | null;
}

export interface NoteCitations {
  note: number;
  kind: 'full' | 'short' | 'ibid' | 'commentary' | 'mixed';
  citations: NoteCitation[];
  /** Short forms and Ibid. that could not be tied to a work (the lint says why). */
  unresolved?: UnresolvedCitation[];
}

export interface UnresolvedCitation {
  form: CitationForm;
  /** The citation as written, markup removed. */
  text: string;
  locator: string | null;
}

export interface CitationResult {
  items: CslItem[];
  notes: NoteCitations[];
}

declare module 'mdast' {
  interface FootnoteReferenceData {
    /** The note's number as printed in the manuscript (export) or by order of first call (clean). */
    number?: number;
    /** Export dialect: the page of the source document the call stood on (1-based). */
    page?: number;
  }
  interface FootnoteDefinitionData {
    number?: number;
    /**
     * Path of the file the note text was written in, when a call in another file took it (its positions point there).
     */
    source?: string;
    /** Export dialect: the page of the source document the note text was printed on. */
    page?: number;
  }
  interface HeadingData {
    /** The heading's id (slug), unique across the book. */
    id?: string;
  }
}
