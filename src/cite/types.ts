/** Results of the citation transform (src/cite): CSL items and, per note, what it cites. */

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
