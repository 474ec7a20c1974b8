/** The part of pagedjs-cli 0.4.3's Printer API Folio uses (the package ships no types). */
declare module 'pagedjs-cli' {
  import { EventEmitter } from 'node:events';

  export interface PrinterOptions {
    timeout?: number;
    closeAfter?: boolean;
    enableWarnings?: boolean;
    additionalScripts?: string[];
    emulateMedia?: string;
  }

  export interface PagedPage {
    id: string;
    position: number;
    boxes: { media: { width: number; height: number }; crop: { width: number; height: number; x: number; y: number } };
  }

  export default class Printer extends EventEmitter {
    constructor(options?: PrinterOptions);
    browser: unknown;
    pages: PagedPage[];
    setup(): Promise<unknown>;
    /** Lays the document out in a new browser page and returns that page, left open. */
    render(input: string | { url?: string; html?: string }): Promise<import('puppeteer-core').Page>;
    pdf(input: string | { url?: string; html?: string }, options?: { outlineTags?: string[] }): Promise<Uint8Array>;
    close(): Promise<void>;
  }
}
