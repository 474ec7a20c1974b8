/**
 * The tagged screen PDF across the chapter merge. Each chapter is printed tagged (its own
 * StructTreeRoot, ParentTree, and pages and link annotations keyed into it by `StructParents` /
 * `StructParent`); joined naively, the trees would be lost or their keys collide. Here a chapter's
 * pages and its structure are copied with ONE object map, so a structure element's `Pg`, a marked
 * content reference's `Pg` and an object reference's `Obj` land on the pages and annotations
 * copied for the book (not on duplicates of them). Each chapter's parent-tree keys are shifted past
 * the chapters copied before it, on the pages, annotations and forms as they are copied; the
 * chapters' top elements become `Part`s of one `Document` under the merged StructTreeRoot, and the
 * role, class and ID maps are joined (PDF 2.0 types mapped for PDF 1.7 readers: structure-roles.ts),
 * and footnotes, which Chromium leaves `NonStruct`, become `Note`s (structure-notes.ts).
 */
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFPage,
  PDFPageLeaf,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFContext,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';
import { tagFootnotes } from './structure-notes.js';
import { pdf17Roles } from './structure-roles.js';

const name = PDFName.of;
const keyed = [name('StructParent'), name('StructParents')];

/**
 * Copies objects of one chapter into the book, each once (as pdf-lib's copier does), shifting
 * parent-tree keys by `offset`, or dropping them when the chapter has no structure tree.
 */
class ChapterCopier {
  private readonly seen = new Map<PDFObject, PDFObject>();
  constructor(
    private readonly source: PDFContext,
    private readonly target: PDFContext,
    private readonly offset: number | undefined,
  ) {}

  /** Copies of `from` (a reference in the chapter) are `to` in the book. */
  map(from: PDFRef, to: PDFRef): void {
    this.seen.set(from, to);
  }

  copy(object: PDFObject): PDFObject {
    const known = this.seen.get(object);
    if (known) return known;
    if (object instanceof PDFRef) {
      const ref = this.target.nextRef();
      this.seen.set(object, ref);
      const value = this.source.lookup(object);
      if (value) this.target.assign(ref, this.copy(value));
      return ref;
    }
    if (object instanceof PDFPageLeaf) {
      // The page alone: inherited attributes made its own, no parent (the book's page tree adopts it).
      const page = object.clone(); // still in the chapter, where its parents are
      for (const key of PDFPageLeaf.InheritableEntries.map(name)) {
        const value = page.getInheritableAttribute(key);
        if (!page.get(key) && value) page.set(key, value);
      }
      page.delete(name('Parent'));
      return this.dictionary(object, page.clone(this.target));
    }
    if (object instanceof PDFDict) return this.dictionary(object, object.clone(this.target));
    if (object instanceof PDFStream) {
      const stream = object.clone(this.target);
      this.seen.set(object, stream);
      this.entries(object.dict, stream.dict);
      return stream;
    }
    if (object instanceof PDFArray) {
      const array = object.clone(this.target);
      this.seen.set(object, array);
      for (let index = 0; index < object.size(); index++) array.set(index, this.copy(object.get(index)));
      return array;
    }
    return object.clone(this.target);
  }

  private dictionary(original: PDFDict, clone: PDFDict): PDFDict {
    this.seen.set(original, clone);
    this.entries(clone, clone);
    return clone;
  }

  private entries(from: PDFDict, to: PDFDict): void {
    for (const [key, value] of from.entries()) to.set(key, this.copy(value));
    for (const key of keyed) {
      const value = to.get(key);
      if (!(value instanceof PDFNumber)) continue;
      if (this.offset === undefined) to.delete(key);
      else to.set(key, PDFNumber.of(value.asNumber() + this.offset));
    }
  }
}

/** Every [key, value] pair of a number tree (`Nums`) or name tree (`Names`), leaves in order. */
function treeLeaves(
  context: PDFContext,
  node: PDFDict | undefined,
  leafKey: 'Nums' | 'Names',
  seen = new Set<PDFDict>(),
): Array<[PDFObject, PDFObject]> {
  if (!node || seen.has(node)) return [];
  seen.add(node);
  const pairs: Array<[PDFObject, PDFObject]> = [];
  const leaves = node.lookupMaybe(name(leafKey), PDFArray);
  for (let index = 0; leaves && index + 1 < leaves.size(); index += 2)
    pairs.push([leaves.lookup(index)!, leaves.get(index + 1)]);
  const kids = node.lookupMaybe(name('Kids'), PDFArray);
  for (let index = 0; kids && index < kids.size(); index++) {
    const kid = context.lookup(kids.get(index));
    if (kid instanceof PDFDict) pairs.push(...treeLeaves(context, kid, leafKey, seen));
  }
  return pairs;
}

/** The structure types of the elements under `top`. */
function usedRoles(context: PDFContext, top: PDFRef): Set<string> {
  const roles = new Set<string>();
  const seen = new Set<PDFDict>();
  const stack: PDFObject[] = [top];
  while (stack.length) {
    const value = context.lookup(stack.pop()!);
    if (value instanceof PDFArray) stack.push(...value.asArray());
    if (!(value instanceof PDFDict) || seen.has(value)) continue;
    seen.add(value);
    const role = value.get(name('S'));
    if (role instanceof PDFName) roles.add(role.decodeText());
    const kids = value.get(name('K'));
    if (kids) stack.push(kids);
  }
  return roles;
}

const textOf = (key: PDFObject) =>
  key instanceof PDFString || key instanceof PDFHexString ? key.decodeText() : String(key);

/** The book's structure tree, gathered chapter by chapter (in any order), written by `finish`. */
export class StructureMerger {
  private root?: { tree: PDFRef; document: PDFRef };
  private readonly parts = new Map<number, PDFObject[]>();
  private readonly parentTree: Array<[number, PDFObject]> = [];
  private nextKey = 0;
  private readonly roles = new Map<string, [PDFName, PDFObject]>();
  private readonly classes = new Map<string, [PDFName, PDFObject]>();
  private readonly ids = new Map<string, [PDFObject, PDFObject]>();

  constructor(private readonly book: PDFDocument) {}

  /**
   * Copies every page of `chapter` into the book (not yet added to its page tree), with the
   * chapter's structure tree when it has one; `position` orders the chapters' parts.
   * Returns the copied pages and a map from the chapter's page references to theirs.
   */
  copy(position: number, chapter: PDFDocument): { pages: PDFPage[]; pageRefs: Map<PDFRef, PDFRef> } {
    const context = this.book.context;
    const treeRef = chapter.catalog.get(name('StructTreeRoot'));
    const tree = chapter.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict);
    const offset = tree ? this.nextKey : undefined;
    const copier = new ChapterCopier(chapter.context, context, offset);
    const root = tree && (this.root ??= { tree: context.nextRef(), document: context.nextRef() });
    // The chapter's top elements name its StructTreeRoot as their parent: the book's Document now.
    if (root && treeRef instanceof PDFRef) copier.map(treeRef, root.document);

    const pageRefs = new Map<PDFRef, PDFRef>();
    const pages = chapter.getPages().map((page) => {
      const ref = copier.copy(page.ref) as PDFRef;
      pageRefs.set(page.ref, ref);
      const leaf = context.lookup(ref);
      if (!(leaf instanceof PDFPageLeaf))
        throw new Error(`Unexpected ${leaf?.constructor.name} for a copied page, expected a page dictionary`);
      return PDFPage.of(leaf, ref, this.book);
    });
    if (!tree || !root) return { pages, pageRefs };

    // Top elements (a chapter prints as one Document): each becomes a Part of the book's Document.
    const top = tree.get(name('K'));
    const copiedTop = top ? copier.copy(top) : undefined;
    const kids = copiedTop instanceof PDFArray ? copiedTop.asArray() : copiedTop ? [copiedTop] : [];
    for (const kid of kids) {
      const element = context.lookup(kid);
      if (!(element instanceof PDFDict)) continue;
      element.set(name('P'), root.document);
      if (element.get(name('S')) === name('Document')) element.set(name('S'), name('Part'));
    }
    this.parts.set(position, kids);

    let nextKey = tree.lookupMaybe(name('ParentTreeNextKey'), PDFNumber)?.asNumber() ?? 0;
    for (const [key, value] of treeLeaves(chapter.context, tree.lookupMaybe(name('ParentTree'), PDFDict), 'Nums')) {
      if (!(key instanceof PDFNumber)) continue;
      this.parentTree.push([key.asNumber() + offset!, copier.copy(value)]);
      nextKey = Math.max(nextKey, key.asNumber() + 1);
    }
    this.nextKey = offset! + nextKey;

    for (const [key, map] of [
      ['RoleMap', this.roles],
      ['ClassMap', this.classes],
    ] as const) {
      for (const [entry, value] of tree.lookupMaybe(name(key), PDFDict)?.entries() ?? []) {
        if (!map.has(entry.asString())) map.set(entry.asString(), [entry, copier.copy(value)]);
      }
    }
    for (const [id, element] of treeLeaves(chapter.context, tree.lookupMaybe(name('IDTree'), PDFDict), 'Names')) {
      if (!this.ids.has(textOf(id))) this.ids.set(textOf(id), [id.clone(), copier.copy(element)]);
    }
    return { pages, pageRefs };
  }

  /** Writes the StructTreeRoot (when any chapter had one) and marks the book as tagged. */
  finish(): void {
    if (!this.root) return;
    const { book, root } = this;
    const context = book.context;
    const kids = [...this.parts.keys()].sort((a, b) => a - b).flatMap((position) => this.parts.get(position)!);
    context.assign(root.document, context.obj({ Type: 'StructElem', S: 'Document', P: root.tree, K: kids }));
    tagFootnotes(context, root.document);
    const nums = this.parentTree.sort((a, b) => a[0] - b[0]).flatMap(([key, value]) => [PDFNumber.of(key), value]);
    const tree = context.obj({
      Type: 'StructTreeRoot',
      K: root.document,
      ParentTree: context.register(context.obj({ Nums: nums })),
      ParentTreeNextKey: PDFNumber.of(this.nextKey),
    }) as PDFDict;
    const dictOf = (entries: Map<string, [PDFName, PDFObject]>) => {
      const dict = context.obj({}) as PDFDict;
      for (const [key, value] of entries.values()) dict.set(key, value);
      return dict;
    };
    for (const role of usedRoles(context, root.document)) {
      if (role in pdf17Roles && !this.roles.has(role)) this.roles.set(role, [name(role), name(pdf17Roles[role])]);
    }
    if (this.roles.size) tree.set(name('RoleMap'), dictOf(this.roles));
    if (this.classes.size) tree.set(name('ClassMap'), dictOf(this.classes));
    if (this.ids.size) {
      const names = [...this.ids.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .flatMap(([, pair]) => pair);
      tree.set(name('IDTree'), context.register(context.obj({ Names: names })));
    }
    context.assign(root.tree, tree);
    book.catalog.set(name('StructTreeRoot'), root.tree);
    book.catalog.set(name('MarkInfo'), context.obj({ Marked: true }));
  }
}
