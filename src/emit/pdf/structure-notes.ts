/**
 * Footnotes tagged as `Note`. Chromium tags a printed footnote (a `<span>` Paged.js moved to the
 * foot of the page) as `NonStruct`, and no HTML role gives another type. A note is found by its
 * backlink, the link to `#noteref-N` that starts it (render/notes.ts): the element that holds the
 * backlink's element is the note's first block, and the note is that block, or the ancestor it
 * opens, up to the first ancestor that also holds another note's backlink or any note call (the
 * page's text). Each such element becomes a `Note` (a PDF 1.7 standard type: no role map needed).
 * A note's continuation on the next page has no backlink and stays as Chromium tagged it.
 */
import { PDFArray, PDFDict, PDFName, PDFRef, PDFString, PDFHexString, type PDFContext, type PDFObject } from 'pdf-lib';

const name = PDFName.of;

interface Node {
  element: PDFDict;
  parent?: Node;
  kids: Node[];
  /** Backlinks (`#noteref-N`) and note calls (`#note-N`) under the element. */
  backlinks: number;
  calls: number;
  /** The element itself holds a backlink's annotation. */
  holdsBacklink: boolean;
}

/** The destination name of a link annotation (`/Dest` or a GoTo action's `/D`). */
function destinationOf(context: PDFContext, annotation: PDFObject | undefined): string {
  const dict = annotation && context.lookup(annotation);
  if (!(dict instanceof PDFDict)) return '';
  const action = dict.lookupMaybe(name('A'), PDFDict);
  const destination = dict.get(name('Dest')) ?? action?.get(name('D'));
  if (destination instanceof PDFName) return destination.decodeText();
  if (destination instanceof PDFString || destination instanceof PDFHexString) return destination.decodeText();
  return '';
}

/** Retags the footnotes under `top` (the book's Document element) as `Note`; returns how many. */
export function tagFootnotes(context: PDFContext, top: PDFRef): number {
  const seen = new Set<PDFDict>();
  const holders: Node[] = [];
  const build = (element: PDFDict, parent: Node | undefined): Node => {
    seen.add(element);
    const node: Node = { element, parent, kids: [], backlinks: 0, calls: 0, holdsBacklink: false };
    const value = element.get(name('K'));
    const resolved = value instanceof PDFRef ? context.lookup(value) : value;
    const kids = resolved instanceof PDFArray ? resolved.asArray() : resolved ? [resolved] : [];
    for (const kid of kids) {
      const child = context.lookup(kid);
      if (!(child instanceof PDFDict)) continue;
      const type = child.get(name('Type'));
      if (type === name('OBJR')) {
        const destination = destinationOf(context, child.get(name('Obj')));
        if (/^noteref-\d+$/.test(destination)) {
          node.backlinks++;
          node.holdsBacklink = true;
        } else if (/^note-\d+$/.test(destination)) node.calls++;
        continue;
      }
      if (type === name('MCR') || seen.has(child) || !child.get(name('S'))) continue;
      const built = build(child, node);
      node.kids.push(built);
      node.backlinks += built.backlinks;
      node.calls += built.calls;
    }
    if (node.holdsBacklink) holders.push(node);
    return node;
  };
  const root = context.lookup(top);
  if (!(root instanceof PDFDict)) return 0;
  build(root, undefined);

  const notes = new Set<PDFDict>();
  for (const holder of holders) {
    let note = holder.parent;
    if (note?.backlinks !== 1 || note.calls) continue;
    while (
      note.parent &&
      note.parent.backlinks === 1 &&
      !note.parent.calls &&
      note.parent.kids[0] === note &&
      note.parent.parent
    )
      note = note.parent;
    notes.add(note.element);
  }
  for (const element of notes) element.set(name('S'), name('Note'));
  return notes.size;
}
