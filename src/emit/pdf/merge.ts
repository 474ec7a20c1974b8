/**
 * Chapter-by-chapter layout, step two: the chunks' PDFs joined in book order. Chromium writes
 * internal links (notes, contents) as named destinations in each file's `/Dests`; those are
 * carried over with their pages, so a contents entry printed in the front matter's chunk reaches
 * the chapter printed in another. The outline is rebuilt from the chunks' headings, as
 * pagedjs-cli builds it for a single document (named destinations, nested by heading rank).
 * Tagged chunks keep their structure: pages and structure trees are copied together and joined
 * into one tree (structure.ts).
 */
import {
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFRef,
  type PDFObject,
  type PDFPage,
} from 'pdf-lib';
import type { OutlineItem } from './layout.js';
import { mergeFontSubsets } from './font-merge.js';
import { StructureMerger } from './structure.js';

/**
 * Joins chunk PDFs as they are printed (their pages copied while later chunks are laid out), in
 * book order when `finish` is called.
 */
export class ChunkMerger {
  private readonly merged: Promise<PDFDocument> = PDFDocument.create({ updateMetadata: false });
  private readonly copied = new Map<number, Promise<PDFPage[]>>();
  private readonly dests = new Map<string, { name: PDFName; items: PDFObject[] }>();

  private readonly parsed = new Map<Uint8Array, Promise<PDFDocument>>();
  private structureMerger?: StructureMerger;
  private structure(merged: PDFDocument): StructureMerger {
    return (this.structureMerger ??= new StructureMerger(merged));
  }

  /** Starts reading a chunk's PDF ahead of `add` (a cached chapter's, while others are laid out). */
  prepare(bytes: Uint8Array): void {
    if (this.parsed.has(bytes)) return;
    // pdf-lib pauses for a timer tick every hundred objects by default; a chapter has thousands.
    const parsing = PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
    parsing.catch(() => undefined); // reported by add
    this.parsed.set(bytes, parsing);
  }

  /** Copies the pages (and named destinations) of the chunk at `position` in book order. */
  add(position: number, bytes: Uint8Array): void {
    this.prepare(bytes);
    const copying = (async () => {
      const merged = await this.merged;
      const source = await this.parsed.get(bytes)!;
      this.parsed.delete(bytes);
      const { pages: copied, pageRefs } = this.structure(merged).copy(position, source);
      const sourceDests = source.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
      for (const [name, value] of sourceDests?.entries() ?? []) {
        const destination = source.context.lookup(value);
        if (!(destination instanceof PDFArray) || destination.size() === 0) continue;
        const target = pageRefs.get(destination.get(0) as PDFRef);
        if (!target) continue;
        const items: PDFObject[] = [target];
        for (let index = 1; index < destination.size(); index++) items.push(destination.get(index));
        this.dests.set(name.asString(), { name, items });
      }
      return copied;
    })();
    copying.catch(() => undefined); // awaited in finish
    this.copied.set(position, copying);
  }

  /** The merged document: pages in book order, named destinations, and the outline rebuilt. */
  async finish(outline: OutlineItem[]): Promise<PDFDocument> {
    const merged = await this.merged;
    for (const position of [...this.copied.keys()].sort((a, b) => a - b)) {
      for (const page of await this.copied.get(position)!) merged.addPage(page);
    }
    if (this.dests.size) {
      const dests = merged.context.obj({}) as PDFDict;
      for (const { name, items } of this.dests.values()) dests.set(name, merged.context.obj(items));
      merged.catalog.set(PDFName.of('Dests'), merged.context.register(dests));
    }
    this.structure(merged).finish();
    mergeFontSubsets(merged);
    if (outline.length) setOutline(merged, outline);
    return merged;
  }
}

/** The outline (bookmarks) of `items`, pointing at Chromium's named destinations for the headings. */
export function setOutline(document: PDFDocument, items: OutlineItem[]): void {
  const context = document.context;
  const count = (list: OutlineItem[]): number => list.reduce((sum, item) => sum + 1 + count(item.children), 0);
  const write = (list: OutlineItem[], parent: PDFRef): PDFRef[] => {
    const refs = list.map(() => context.nextRef());
    list.forEach((item, index) => {
      const entry = context.obj({}) as PDFDict;
      entry.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      entry.set(PDFName.of('Dest'), PDFName.of(item.destination));
      entry.set(PDFName.of('Parent'), parent);
      if (index > 0) entry.set(PDFName.of('Prev'), refs[index - 1]);
      if (index + 1 < refs.length) entry.set(PDFName.of('Next'), refs[index + 1]);
      if (item.children.length) {
        const children = write(item.children, refs[index]);
        entry.set(PDFName.of('First'), children[0]);
        entry.set(PDFName.of('Last'), children[children.length - 1]);
        entry.set(PDFName.of('Count'), PDFNumber.of(count(item.children)));
      }
      context.assign(refs[index], entry);
    });
    return refs;
  };
  const root = context.nextRef();
  const top = write(items, root);
  context.assign(root, context.obj({ First: top[0], Last: top[top.length - 1], Count: PDFNumber.of(count(items)) }));
  document.catalog.set(PDFName.of('Outlines'), root);
}
