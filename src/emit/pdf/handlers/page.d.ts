/**
 * What the handler files (checked by tsconfig.json here) find in the page: Paged.js's globals and
 * the numbers Folio's layout code sets before and reads after layout (layout.ts).
 */
declare class PagedHandler {
  constructor(chunker: any, polisher: any, caller: any);
  chunker: any;
  polisher: any;
  caller: any;
}

interface Window {
  Paged: { Handler: typeof PagedHandler };
  PagedPolyfill: { registerHandlers(...handlers: Array<typeof PagedHandler>): void };
  folioTocFolios?: Record<string, string>;
  folioFirstFolio?: number;
  folioBreaks?: unknown;
  folioHiddenPages?: number;
  folioUnpainted?: { hidden: boolean; shown: boolean };
  folioNotes?: { placed: number; measures: number; checks: number };
  folioChecks?: { empty: number };
}

/** A walker over text nodes only (`NodeFilter.SHOW_TEXT`) hands out Text nodes. */
interface TextWalker extends TreeWalker {
  nextNode(): Text | null;
}

interface Document {
  createTreeWalker(root: Node, whatToShow: 0x4, filter?: NodeFilter | null): TextWalker;
}
