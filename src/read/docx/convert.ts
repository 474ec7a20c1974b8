/**
 * A Word document's body and notes → mdast, the same book AST Markdown gives: headings by style
 * (or outline level), paragraphs, emphasis and strong, links, images, lists (numbered or not, by
 * level), block quotations by style, tables, and Word's footnotes and endnotes as
 * footnoteDefinition/footnoteReference. Each block is one line of a plain-text view of the
 * document (see `TextView`), which gives every node a line and column.
 */
import type { Element } from '@xmldom/xmldom';
import type {
  BlockContent,
  Blockquote,
  FootnoteDefinition,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import type { TitlePage } from '../normalise/title-page.js';
import { attribute, child, children, descendants, isOn, type DocxPackage } from './package.js';
import type { Styles } from './styles.js';

/** A run of text (or a note call, a break, an image) with the formatting it is set in. */
type Atom =
  | {
      kind: 'text';
      value: string;
      italic: boolean;
      bold: boolean;
      href?: string;
      lang?: string;
      /** Raised or lowered (`w:vertAlign`): a superscript or subscript. */
      script?: Script;
      column: number;
    }
  | { kind: 'note'; identifier: string; href?: string; column: number }
  | { kind: 'break'; href?: string; column: number }
  | { kind: 'image'; url: string; alt: string; href?: string; column: number };

type Script = 'superscript' | 'subscript';

/** The document as plain text, one block per line: what positions point into. */
export class TextView {
  readonly lines: string[] = [];
  private offset = 0;
  /** Adds a line and returns its number and starting offset. */
  add(text: string): { line: number; offset: number } {
    const line = { line: this.lines.length + 1, offset: this.offset };
    this.lines.push(text);
    this.offset += text.length + 1;
    return line;
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

interface Context {
  pkg: DocxPackage;
  styles: Styles;
  view: TextView;
  /** The package's images as data URLs, by part path (`word/media/image1.png`). */
  images: Map<string, string>;
  /** Inside a complex field's instructions (`w:fldChar` begin … separate), text is not shown. */
  inFieldCode: boolean;
  /** The title block (Title, Subtitle, Author, Date styles) that opens the document, if any. */
  titlePage: TitlePage;
}

/** Paragraph styles of a title block (Word's and Pandoc's names) → the title page's field. */
const titleBlockStyles: Record<string, 'title' | 'subtitle' | 'author' | 'date'> = {
  title: 'title',
  subtitle: 'subtitle',
  author: 'author',
  authors: 'author',
  date: 'date',
};

export function convertDocument(
  pkg: DocxPackage,
  styles: Styles,
  view: TextView,
  images: Context['images'],
): { tree: Root; titlePage?: TitlePage } {
  const context: Context = { pkg, styles, view, images, inFieldCode: false, titlePage: { authors: [] } };
  const body = child(pkg.document, 'body');
  const tree: Root = { type: 'root', children: body ? blocks(body, context, true) : [] };
  for (const [part, prefix] of [
    [pkg.footnotes, 'fn'],
    [pkg.endnotes, 'en'],
  ] as const) {
    if (!part) continue;
    for (const note of children(part).filter(
      (element) => element.localName === 'footnote' || element.localName === 'endnote',
    )) {
      const type = attribute(note, 'type');
      if (type && type !== 'normal') continue;
      const identifier = `${prefix}${attribute(note, 'id')}`;
      const content = blocks(note, context);
      const definition: FootnoteDefinition = {
        type: 'footnoteDefinition',
        identifier,
        label: identifier,
        children: content as BlockContent[],
      };
      const position = span(content);
      if (position) definition.position = position;
      tree.children.push(definition);
    }
  }
  const { title, subtitle, authors, date } = context.titlePage;
  return { tree, titlePage: title || subtitle || authors.length || date ? context.titlePage : undefined };
}

/** The block-level content of a body, note, cell or content control. */
function blocks(container: Element, context: Context, opensDocument = false): RootContent[] {
  const out: RootContent[] = [];
  let inTitleBlock = opensDocument;
  const listStack: Array<{ list: List; level: number }> = [];
  let quote: Blockquote | undefined;
  let boxed: RootContent[] = [];
  const flushBoxes = () => {
    if (!boxed.length) return;
    listStack.length = 0;
    quote = undefined;
    out.push(...boxed);
    boxed = [];
  };
  for (const element of flatten(container)) {
    if (element.localName === 'tbl') {
      flushBoxes();
      listStack.length = 0;
      quote = undefined;
      out.push(table(element, context));
      continue;
    }
    if (element.localName !== 'p') continue;
    const properties = child(element, 'pPr');
    const style = context.styles.paragraph(attribute(child(properties ?? element, 'pStyle'), 'val'));
    const numbering = properties && child(properties, 'numPr');
    const numId = attribute(numbering && child(numbering, 'numId'), 'val');
    const level = Number(attribute(numbering && child(numbering, 'ilvl'), 'val') ?? 0);
    flushBoxes();
    const paragraph = phrasingParagraph(element, context);
    // A text box anchored in the paragraph holds paragraphs of its own: they follow it.
    boxed = textBoxes(element).flatMap((box) => blocks(box, context));
    if (!paragraph) continue;
    const field = titleBlockStyles[style.name];
    if (inTitleBlock && field) {
      const text = toString(paragraph).trim();
      if (field === 'author') context.titlePage.authors.push(text);
      else if (field === 'date') context.titlePage.date = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text) ? text : undefined;
      else context.titlePage[field] = text;
      continue;
    }
    inTitleBlock = false;
    if (style.depth !== undefined) {
      listStack.length = 0;
      quote = undefined;
      out.push({
        type: 'heading',
        depth: style.depth as 1 | 2 | 3 | 4 | 5 | 6,
        children: paragraph.children,
        position: paragraph.position,
      });
      continue;
    }
    if ((numId && numId !== '0') || style.list) {
      quote = undefined;
      const ordered = numId && numId !== '0' ? context.styles.numbered(numId, level) : style.numbered;
      const item: ListItem = { type: 'listItem', spread: false, children: [paragraph], position: paragraph.position };
      while (listStack.length && listStack[listStack.length - 1].level > level) listStack.pop();
      const top = listStack[listStack.length - 1];
      if (top && top.level === level && top.list.ordered === ordered) {
        top.list.children.push(item);
      } else if (top && top.level < level) {
        const parent = top.list.children[top.list.children.length - 1];
        const list: List = { type: 'list', ordered, spread: false, children: [item] };
        parent.children.push(list);
        listStack.push({ list, level });
      } else {
        if (top && top.level === level) listStack.pop();
        const list: List = { type: 'list', ordered, spread: false, children: [item] };
        if (listStack.length) {
          const parent = listStack[listStack.length - 1].list.children.at(-1)!;
          parent.children.push(list);
        } else {
          out.push(list);
        }
        listStack.push({ list, level });
      }
      for (const { list } of listStack) list.position = span(list.children) ?? list.position;
      continue;
    }
    listStack.length = 0;
    if (style.quote) {
      if (!quote) {
        quote = { type: 'blockquote', children: [] };
        out.push(quote);
      }
      quote.children.push(paragraph);
      quote.position = span(quote.children);
      continue;
    }
    quote = undefined;
    out.push(paragraph);
  }
  flushBoxes();
  return out;
}

/**
 * The text boxes anchored in a paragraph (`w:txbxContent`), each once: Word writes a box twice, as
 * a drawing and as a VML fallback (`mc:Fallback`), and a box inside a box is read with its box.
 */
function textBoxes(paragraph: Element): Element[] {
  return descendants(paragraph, 'txbxContent').filter((box) => {
    for (let up = box.parentNode; up && up !== paragraph; up = up.parentNode) {
      const name = (up as Element).localName;
      if (name === 'Fallback' || name === 'txbxContent') return false;
    }
    return true;
  });
}

/** Paragraphs and tables in order, looking through content controls and tracked insertions and moves. */
function flatten(container: Element): Element[] {
  return children(container).flatMap((element) => {
    if (element.localName === 'p' || element.localName === 'tbl') return [element];
    if (element.localName === 'sdt') return flatten(child(element, 'sdtContent') ?? element);
    if (element.localName === 'customXml' || element.localName === 'ins' || element.localName === 'moveTo')
      return flatten(element);
    return [];
  });
}

function table(element: Element, context: Context): Table {
  const rows: TableRow[] = children(element, 'tr').map((row) => {
    const cells: TableCell[] = children(row, 'tc').map((cell) => {
      const content: PhrasingContent[] = [];
      for (const paragraph of flatten(cell).filter((entry) => entry.localName === 'p')) {
        const built = phrasingParagraph(paragraph, context);
        if (!built) continue;
        if (content.length) content.push({ type: 'break' });
        content.push(...built.children);
      }
      return { type: 'tableCell', children: content };
    });
    return { type: 'tableRow', children: cells };
  });
  const width = Math.max(1, ...rows.map((row) => row.children.length));
  for (const row of rows) while (row.children.length < width) row.children.push({ type: 'tableCell', children: [] });
  const node: Table = { type: 'table', align: rows[0]?.children.map(() => null) ?? [], children: rows };
  const position = span(rows.flatMap((row) => row.children.flatMap((cell) => cell.children)));
  if (position) node.position = position;
  return node;
}

/** A paragraph's runs as a mdast paragraph on its own line of the text view; undefined when empty. */
function phrasingParagraph(element: Element, context: Context): Paragraph | undefined {
  const atoms: Atom[] = [];
  let text = '';
  const push = (atom: Atom) => {
    atoms.push(atom);
    if (atom.kind === 'text') text += atom.value;
    if (atom.kind === 'break') text += ' ';
  };
  inline(
    element,
    context,
    { italic: false, bold: false },
    { push, column: () => text.length + 1, spaced: () => /\s$/.test(text) },
  );
  trimEdges(atoms);
  text = atoms.map((atom) => (atom.kind === 'text' ? atom.value : atom.kind === 'break' ? ' ' : '')).join('');
  if (!atoms.some((atom) => atom.kind !== 'break' && (atom.kind !== 'text' || atom.value.trim() !== '')))
    return undefined;
  // Columns were counted before trimming: recount them on the final text.
  let column = 1;
  for (const atom of atoms) {
    atom.column = column;
    if (atom.kind === 'text') column += atom.value.length;
    if (atom.kind === 'break') column += 1;
  }
  const { line, offset } = context.view.add(text);
  const at = (columnAt: number) => ({ line, column: columnAt, offset: offset + columnAt - 1 });
  const nodes = group(atoms, at);
  return { type: 'paragraph', children: nodes, position: { start: at(1), end: at(text.length + 1) } };
}

/** Where a paragraph's runs go: each atom in order, and the column the next one starts at. */
interface AtomSink {
  push: (atom: Atom) => void;
  column: () => number;
  /** Whether the text so far ends in whitespace. */
  spaced: () => boolean;
}

interface Format {
  italic: boolean;
  bold: boolean;
  href?: string;
}

function inline(element: Element, context: Context, format: Format, out: AtomSink): void {
  for (const node of children(element)) {
    switch (node.localName) {
      case 'r':
        run(node, context, format, out);
        break;
      case 'hyperlink': {
        const id = attribute(node, 'id');
        const anchor = attribute(node, 'anchor');
        // A link goes out of the package (TargetMode="External"); an id naming one of its own parts (styles.xml) links
        // nowhere.
        const relationship = id ? context.pkg.relationships.get(id) : undefined;
        const target = relationship?.external ? relationship.target : undefined;
        inline(node, context, { ...format, href: target ?? (anchor ? `#${anchor}` : undefined) }, out);
        break;
      }
      // Tracked insertions and moves are the text as it now reads (deletions and moved-from text are not);
      // bidirectional embeddings only wrap runs.
      case 'ins':
      case 'moveTo':
      case 'dir':
      case 'bdo':
      case 'smartTag':
      case 'customXml':
      case 'fldSimple':
      case 'sdtContent':
        inline(node, context, format, out);
        break;
      case 'sdt':
        inline(child(node, 'sdtContent') ?? node, context, format, out);
        break;
      default:
        break;
    }
  }
}

function run(element: Element, context: Context, format: Format, out: AtomSink): void {
  const { push, column } = out;
  const properties = child(element, 'rPr');
  const characterStyle = (attribute(properties && child(properties, 'rStyle'), 'val') ?? '').toLowerCase();
  const italic = isOn(properties, 'i') ?? (/emphasis/.test(characterStyle) || format.italic);
  // A run in another language than the document's gets its tag (`<span lang>` in the tree).
  const runLanguage = attribute(properties && child(properties, 'lang'), 'val');
  const lang =
    runLanguage && context.styles.language && runLanguage.toLowerCase() !== context.styles.language.toLowerCase()
      ? runLanguage
      : undefined;
  const bold = isOn(properties, 'b') ?? (/strong/.test(characterStyle) || format.bold);
  const href = format.href;
  const align = attribute(properties && child(properties, 'vertAlign'), 'val');
  const script = align === 'superscript' || align === 'subscript' ? align : undefined;
  // Every character a run holds carries the run's formatting and language, whitespace included:
  // a tab left untagged would cut a `<span lang>` or an emphasis in two.
  const text = (value: string) => {
    if (!context.inFieldCode) push({ kind: 'text', value, italic, bold, href, lang, script, column: column() });
  };
  for (const node of children(element)) {
    switch (node.localName) {
      case 'fldChar': {
        const type = attribute(node, 'fldCharType');
        if (type === 'begin') context.inFieldCode = true;
        else if (type === 'separate' || type === 'end') context.inFieldCode = false;
        break;
      }
      case 't':
        text(node.textContent ?? '');
        break;
      case 'sym': {
        const code = parseInt(attribute(node, 'char') ?? '', 16);
        if (Number.isFinite(code)) text(String.fromCodePoint(code >= 0xf000 ? code - 0xf000 : code));
        break;
      }
      case 'br':
      case 'cr': {
        // A line break is a break; a page or column break inside a paragraph still parts its words.
        const type = attribute(node, 'type');
        if (type === 'page' || type === 'column') text(' ');
        else if (!context.inFieldCode) push({ kind: 'break', href, column: column() });
        break;
      }
      case 'footnoteReference':
        push({ kind: 'note', identifier: `fn${attribute(node, 'id')}`, href, column: column() });
        break;
      case 'endnoteReference':
        push({ kind: 'note', identifier: `en${attribute(node, 'id')}`, href, column: column() });
        break;
      case 'drawing':
      case 'pict': {
        const blip = descendants(node, 'blip')[0] ?? descendants(node, 'imagedata')[0];
        const id = attribute(blip, 'embed') ?? attribute(blip, 'id');
        const target = id ? context.pkg.relationships.get(id) : undefined;
        if (!target || target.external) break;
        const docPr = descendants(node, 'docPr')[0];
        const alt = attribute(docPr, 'descr') ?? attribute(docPr, 'title') ?? '';
        const url = context.images.get(imagePart(target.target));
        if (url) push({ kind: 'image', url, alt, href, column: column() });
        break;
      }
      default: {
        const character = runCharacters.get(node.localName ?? '');
        // A tab after a space only widens the gap: one space is the text's.
        if (character !== undefined && !(character === ' ' && out.spaced())) text(character);
        break;
      }
    }
  }
}

/**
 * Word's whitespace and hyphen elements in a run, as the characters they stand for: a tab (or an
 * absolute tab) is a space between words, a no-break hyphen U+2011, an optional hyphen U+00AD.
 */
const runCharacters = new Map([
  ['tab', ' '],
  ['ptab', ' '],
  ['noBreakHyphen', '\u2011'],
  ['softHyphen', '\u00ad'],
]);

/** Spaces that open or close a paragraph (after Word's note mark, before its end) are not text. */
function trimEdges(atoms: Atom[]): void {
  while (atoms.length && ((atoms[0].kind === 'text' && atoms[0].value.trim() === '') || atoms[0].kind === 'break'))
    atoms.shift();
  const first = atoms[0];
  if (first?.kind === 'text') first.value = first.value.trimStart();
  while (
    atoms.length &&
    ((atoms.at(-1)!.kind === 'text' && (atoms.at(-1) as { value: string }).value.trim() === '') ||
      atoms.at(-1)!.kind === 'break')
  )
    atoms.pop();
  const last = atoms.at(-1);
  if (last?.kind === 'text') last.value = last.value.trimEnd();
}

type At = (column: number) => { line: number; column: number; offset: number };

/** Atoms → phrasing: links around strong around emphasis around text, spaces kept outside the marks. */
function group(atoms: Atom[], at: At): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  // A break, call or image between two runs of one language stays inside its `<span lang>`.
  const langs = atoms.map((atom) => (atom.kind === 'text' ? atom.lang : undefined));
  let previous: string | undefined;
  for (let index = 0; index < atoms.length; index++) {
    const atom = atoms[index];
    if (atom.kind === 'text') {
      previous = atom.lang;
      continue;
    }
    const next = atoms.find((other, at) => at > index && other.kind === 'text');
    if (next?.kind === 'text' && next.lang === previous) langs[index] = previous;
  }
  if (langs.some(Boolean)) {
    let index = 0;
    while (index < atoms.length) {
      const lang = langs[index];
      let end = index;
      while (end < atoms.length && langs[end] === lang) end++;
      const inner = group(
        atoms.slice(index, end).map((atom) => (atom.kind === 'text' ? { ...atom, lang: undefined } : atom)),
        at,
      );
      if (lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang))
        out.push({ type: 'html', value: `<span lang="${lang}">` }, ...inner, { type: 'html', value: '</span>' });
      else out.push(...inner);
      index = end;
    }
    return out;
  }
  let index = 0;
  while (index < atoms.length) {
    const href = atoms[index].href;
    let end = index;
    while (end < atoms.length && atoms[end].href === href) end++;
    const inner = scripts(atoms.slice(index, end), at);
    if (href) {
      const position = spanOf(inner);
      out.push({ type: 'link', url: href, children: inner, ...(position ? { position } : {}) } as PhrasingContent);
    } else out.push(...inner);
    index = end;
  }
  return merge(out);
}

/** Runs raised or lowered as superscripts and subscripts around their formatting, edge spaces outside. */
function scripts(atoms: Atom[], at: At): PhrasingContent[] {
  const scriptOf = (atom: Atom) => (atom.kind === 'text' && atom.value.trim() !== '' ? atom.script : undefined);
  const out: PhrasingContent[] = [];
  let index = 0;
  while (index < atoms.length) {
    const script = scriptOf(atoms[index]);
    let end = index + 1;
    while (end < atoms.length && scriptOf(atoms[end]) === script) end++;
    if (!script) {
      out.push(...marks(atoms.slice(index, end), at, 'bold'));
      index = end;
      continue;
    }
    const slice = atoms.slice(index, end) as Array<Extract<Atom, { kind: 'text' }>>;
    const value = slice.map((atom) => atom.value).join('');
    const lead = value.length - value.trimStart().length;
    const trail = value.length - value.trimEnd().length;
    const startColumn = slice[0].column;
    if (lead) out.push(leaf({ ...slice[0], value: value.slice(0, lead) }, at));
    const inner = marks(trimAtoms(slice, lead, trail), at, 'bold');
    out.push({
      type: script,
      data: { hName: script === 'superscript' ? 'sup' : 'sub' },
      children: inner,
      position: { start: at(startColumn + lead), end: at(startColumn + value.length - trail) },
    } as PhrasingContent);
    if (trail)
      out.push(
        leaf({ ...slice[0], value: value.slice(value.length - trail), column: startColumn + value.length - trail }, at),
      );
    index = end;
  }
  return out;
}

function marks(atoms: Atom[], at: At, mark: 'bold' | 'italic'): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let index = 0;
  const on = (atom: Atom) => atom.kind === 'text' && atom[mark];
  while (index < atoms.length) {
    if (!on(atoms[index])) {
      if (mark === 'bold') {
        let end = index;
        while (end < atoms.length && !on(atoms[end])) end++;
        out.push(...marks(atoms.slice(index, end), at, 'italic'));
        index = end;
      } else {
        out.push(leaf(atoms[index], at));
        index++;
      }
      continue;
    }
    let end = index;
    while (end < atoms.length && on(atoms[end])) end++;
    const slice = atoms.slice(index, end) as Array<Extract<Atom, { kind: 'text' }>>;
    // Spaces at the edges of a marked run stay outside the mark (`*word *` is not emphasis in Markdown).
    const value = slice.map((atom) => atom.value).join('');
    const lead = value.length - value.trimStart().length;
    const trail = value.length - value.trimEnd().length;
    const startColumn = slice[0].column;
    if (value.trim() === '') {
      out.push({ type: 'text', value, position: { start: at(startColumn), end: at(startColumn + value.length) } });
      index = end;
      continue;
    }
    if (lead)
      out.push({
        type: 'text',
        value: value.slice(0, lead),
        position: { start: at(startColumn), end: at(startColumn + lead) },
      });
    const core = slice.map((atom) => ({ ...atom, [mark]: false }));
    const trimmedCore = trimAtoms(core, lead, trail);
    const inner = mark === 'bold' ? marks(trimmedCore, at, 'italic') : trimmedCore.map((atom) => leaf(atom, at));
    const position = { start: at(startColumn + lead), end: at(startColumn + value.length - trail) };
    out.push(
      mark === 'bold' ? { type: 'strong', children: inner, position } : { type: 'emphasis', children: inner, position },
    );
    if (trail)
      out.push({
        type: 'text',
        value: value.slice(value.length - trail),
        position: { start: at(startColumn + value.length - trail), end: at(startColumn + value.length) },
      });
    index = end;
  }
  return out;
}

/** Text atoms less `lead` characters at the start and `trail` at the end. */
function trimAtoms(atoms: Array<Extract<Atom, { kind: 'text' }>>, lead: number, trail: number): Atom[] {
  const copy = atoms.map((atom) => ({ ...atom }));
  let left = lead;
  while (left > 0 && copy.length) {
    const cut = Math.min(left, copy[0].value.length);
    copy[0].value = copy[0].value.slice(cut);
    copy[0].column += cut;
    left -= cut;
    if (copy[0].value === '') copy.shift();
  }
  let right = trail;
  while (right > 0 && copy.length) {
    const last = copy[copy.length - 1];
    const cut = Math.min(right, last.value.length);
    last.value = last.value.slice(0, last.value.length - cut);
    right -= cut;
    if (last.value === '') copy.pop();
  }
  return copy;
}

function leaf(atom: Atom, at: At): PhrasingContent {
  const start = at(atom.column);
  switch (atom.kind) {
    case 'text':
      return { type: 'text', value: atom.value, position: { start, end: at(atom.column + atom.value.length) } };
    case 'note':
      return {
        type: 'footnoteReference',
        identifier: atom.identifier,
        label: atom.identifier,
        position: { start, end: start },
      };
    case 'break':
      return { type: 'break', position: { start, end: at(atom.column + 1) } };
    case 'image':
      return { type: 'image', url: atom.url, alt: atom.alt, title: null, position: { start, end: start } };
  }
}

/** Adjacent text nodes (Word splits runs at every revision) become one. */
function merge(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const previous = out[out.length - 1];
    if (node.type === 'text' && previous?.type === 'text') {
      previous.value += node.value;
      if (previous.position && node.position) previous.position.end = node.position.end;
      continue;
    }
    if ((node.type === 'emphasis' || node.type === 'strong' || node.type === 'link') && 'children' in node) {
      node.children = merge(node.children as PhrasingContent[]) as typeof node.children;
    }
    out.push(node);
  }
  return out;
}

function spanOf(nodes: Array<{ position?: Position }>): Position | undefined {
  const first = nodes.find((node) => node.position)?.position;
  const last = nodes.findLast((node) => node.position)?.position;
  return first && last ? { start: first.start, end: last.end } : undefined;
}

const span = spanOf;

/** A document relationship's target as a path in the package. */
export function imagePart(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `word/${target.replace(/^\.\//, '')}`;
}
