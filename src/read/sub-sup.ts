/**
 * remark plugin: Pandoc's subscripts `~x~` and superscripts `^x^` (H~2~O, x^2^, 18^th^). GFM would read a single
 * tilde pair as strikethrough, so parse.ts sets remark-gfm's `singleTilde: false` (`~~x~~` stays strikethrough)
 * and this plugin turns each pair whose content holds no whitespace into a `subscript` or `superscript` node;
 * `data.hName` makes remark-rehype render it as `<sub>` or `<sup>` (HTML, PDF and EPUB alike). A delimiter the
 * source escaped (`\~`, `\^`) or wrote as a character reference does not count; one doubled (`~~`) is not one;
 * code is never touched (its text is not a text node). `^` right after `[` is a note call (`[^label]`) and `^[` opens
 * an inline note (inline-notes.ts), so neither opens a superscript. Clean Markdown only: an export's `^N^` are its
 * note calls (normalise/caret-calls.ts). `subSupHandlers` write the nodes back as Pandoc has them.
 */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Handle, Unsafe } from 'mdast-util-to-markdown';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';

export interface Subscript extends Parent {
  type: 'subscript';
  children: PhrasingContent[];
}

export interface Superscript extends Parent {
  type: 'superscript';
  children: PhrasingContent[];
}

declare module 'mdast' {
  interface PhrasingContentMap {
    subscript: Subscript;
    superscript: Superscript;
  }
  interface RootContentMap {
    subscript: Subscript;
    superscript: Superscript;
  }
}

const kinds = { '~': 'subscript', '^': 'superscript' } as const;
const tags = { '~': 'sub', '^': 'sup' } as const;
type Delimiter = keyof typeof kinds;

export default function remarkSubSup() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    if (!source.includes('~') && !source.includes('^')) return;
    const place = location(file);
    visit(tree, 'text', (text: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !/[~^]/.test(text.value)) return;
      const offsets = sourceOffsets(text, source);
      if (!offsets) return;
      const pieces = split(text.value, offsets);
      if (pieces.length === 1) return;
      const point = (offset: number | undefined) => (offset === undefined ? undefined : place.toPoint(offset));
      const nodes = pieces.map(({ from, to, delimiter }): PhrasingContent => {
        const start = point(offsets[from]);
        const end = point(to === text.value.length ? text.position?.end.offset : offsets[to]);
        const position = start && end ? { start, end } : undefined;
        if (!delimiter)
          return position
            ? { type: 'text', value: text.value.slice(from, to), position }
            : {
                type: 'text',
                value: text.value.slice(from, to),
              };
        const inner = point(offsets[from + 1]);
        const innerEnd = point(offsets[to - 1]);
        const content: Text = { type: 'text', value: text.value.slice(from + 1, to - 1) };
        if (inner && innerEnd) content.position = { start: inner, end: innerEnd };
        const node = { type: kinds[delimiter], data: { hName: tags[delimiter] }, children: [content] } as
          | Subscript
          | Superscript;
        if (position) node.position = position;
        return node;
      });
      parent.children.splice(index, 1, ...(nodes as typeof parent.children));
      return index + nodes.length;
    });
    // A pair around formatting (`~*x*~`, `^**2**^`): its delimiters stand in two text nodes.
    visit(tree, (node) => {
      if ('children' in node) spanFormatting(node as Parent, source, place);
    });
  };
}

/** Phrasing a pair may hold whole: formatting with no whitespace in it. */
const enclosable = new Set(['emphasis', 'strong', 'delete', 'inlineCode', 'link', 'subscript', 'superscript']);

/**
 * The pairs whose opening delimiter ends one text node and whose closing one opens a later text
 * node of the same parent, with only formatting between them and no whitespace anywhere inside.
 */
function spanFormatting(parent: Parent, source: string, place: ReturnType<typeof location>): void {
  const children = parent.children as PhrasingContent[];
  for (let open = 0; open < children.length; open++) {
    const head = children[open];
    if (head.type !== 'text') continue;
    const headOffsets = sourceOffsets(head, source);
    if (!headOffsets) continue;
    const opener = lastOpener(head.value, headOffsets);
    if (!opener) continue;
    let close = open + 1;
    while (close < children.length && enclosable.has(children[close].type) && !/\s/.test(toString(children[close])))
      close++;
    const tail = children[close];
    if (close === open + 1 || tail?.type !== 'text') continue;
    const tailOffsets = sourceOffsets(tail, source);
    const closer = tailOffsets && firstCloser(tail.value, tailOffsets, opener.delimiter);
    if (closer === undefined || !tailOffsets) continue;
    const point = (offset: number | undefined) => (offset === undefined ? undefined : place.toPoint(offset));
    const inner: PhrasingContent[] = [];
    if (opener.at + 1 < head.value.length) inner.push({ type: 'text', value: head.value.slice(opener.at + 1) });
    inner.push(...children.slice(open + 1, close));
    if (closer > 0) inner.push({ type: 'text', value: tail.value.slice(0, closer) });
    const node = { type: kinds[opener.delimiter], data: { hName: tags[opener.delimiter] }, children: inner } as
      | Subscript
      | Superscript;
    const start = point(headOffsets[opener.at]);
    const end = point(tailOffsets[closer] === -1 ? undefined : tailOffsets[closer] + 1);
    if (start && end) node.position = { start, end };
    const replacement: PhrasingContent[] = [];
    if (opener.at > 0) replacement.push(cut(head, 0, opener.at, point(headOffsets[opener.at])));
    replacement.push(node);
    if (closer + 1 < tail.value.length) replacement.push(cut(tail, closer + 1, tail.value.length, end));
    children.splice(open, close - open + 1, ...replacement);
  }
}

/** The text node's characters `from`–`to`, its position ending (or starting) where the pair does. */
function cut(text: Text, from: number, to: number, at: ReturnType<ReturnType<typeof location>['toPoint']>): Text {
  const piece: Text = { type: 'text', value: text.value.slice(from, to) };
  if (text.position && at)
    piece.position = from === 0 ? { start: text.position.start, end: at } : { start: at, end: text.position.end };
  return piece;
}

/** An opening delimiter with no whitespace after it to the end of the text. */
function lastOpener(value: string, offsets: number[]): { at: number; delimiter: Delimiter } | undefined {
  for (let at = value.length - 1; at >= 0 && !/\s/.test(value[at]); at--) {
    const character = value[at];
    if (character !== '~' && character !== '^') continue;
    if (!isDelimiter(value, offsets, at) || (character === '^' && value[at - 1] === '[')) return undefined;
    return { at, delimiter: character };
  }
  return undefined;
}

/** The first closing delimiter, with no whitespace before it from the start of the text. */
function firstCloser(value: string, offsets: number[], delimiter: Delimiter): number | undefined {
  for (let at = 0; at < value.length && !/\s/.test(value[at]); at++) {
    if (value[at] === delimiter) return isDelimiter(value, offsets, at) ? at : undefined;
  }
  return undefined;
}

/** A delimiter the source wrote as such (not escaped, not a reference), and single (`~~` is not one). */
function isDelimiter(value: string, offsets: number[], at: number): boolean {
  return offsets[at] !== -1 && value[at - 1] !== value[at] && value[at + 1] !== value[at];
}

interface Piece {
  from: number;
  to: number;
  delimiter?: Delimiter;
}

/**
 * The text cut into plain runs and `~x~` / `^x^` pairs (`to` past the closing delimiter). `offsets[i]` is where the
 * value's character `i` stands in the source, `-1` when the source escaped it or wrote it as a reference.
 */
function split(value: string, offsets: number[]): Piece[] {
  const literal = (at: number) => offsets[at] !== -1;
  const single = (at: number) => value[at - 1] !== value[at] && value[at + 1] !== value[at];
  const delimiter = (at: number, character: string) =>
    value[at] === character && literal(at) && single(at) && !(character === '^' && value[at - 1] === '[');
  const pieces: Piece[] = [];
  let plain = 0;
  for (let at = 0; at < value.length; at++) {
    const character = value[at];
    if ((character !== '~' && character !== '^') || !delimiter(at, character)) continue;
    if (character === '^' && value[at + 1] === '[') continue;
    let close = at + 1;
    while (close < value.length && !/\s/.test(value[close]) && !delimiter(close, character)) close++;
    if (close >= value.length || close === at + 1 || /\s/.test(value[close])) continue;
    if (at > plain) pieces.push({ from: plain, to: at });
    pieces.push({ from: at, to: close + 1, delimiter: character });
    plain = close + 1;
    at = close;
  }
  if (plain < value.length || !pieces.length) pieces.push({ from: plain, to: value.length });
  return pieces;
}

/**
 * Where each character of the text's value stands in the source: the value is its source less backslash escapes,
 * character references and the indent (and `>` markers) of continuation lines. A reference (or anything else unforeseen) ends the
 * exact reading: the characters after it count as not literal, so no delimiter is found there.
 */
function sourceOffsets(text: Text, source: string): number[] | undefined {
  const start = text.position?.start.offset;
  const end = text.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const offsets: number[] = [];
  let at = start;
  let lost = false;
  for (let index = 0; index < text.value.length; index++) {
    const character = text.value[index];
    // A continuation line's indent and block quote markers are not in the value.
    if (!lost && text.value[index - 1] === '\n')
      while (at < end && /[ \t>]/.test(source[at]) && source[at] !== character) at++;
    if (lost || at >= end) {
      lost = true;
      offsets.push(-1);
    } else if (source[at] === '\\' && source[at + 1] === character && /[!-/:-@[-`{-~]/.test(character)) {
      offsets.push(-1);
      at += 2;
    } else if (source[at] === character) {
      offsets.push(at);
      at++;
    } else {
      lost = true;
      offsets.push(-1);
    }
  }
  return offsets;
}

/** `~x~` and `^x^` written back as Pandoc has them. */
function delimited(marker: Delimiter): Handle {
  const handle: Handle = (node, _, state, info) => {
    const tracker = state.createTracker(info);
    const exit = state.enter('phrasing');
    let value = tracker.move(marker);
    value += state.containerPhrasing(node as Subscript, { ...tracker.current(), before: value, after: marker });
    value += tracker.move(marker);
    exit();
    return value;
  };
  return Object.assign(handle, { peek: () => marker });
}

export const subSupHandlers = { subscript: delimited('~'), superscript: delimited('^') };

/**
 * A caret that could open a superscript is escaped when written (`\^`), so literal text stays text; GFM's own
 * pattern already escapes every `~`. A caret after `[` (a call's look) or before `[` or a space cannot open one.
 */
export const caretUnsafe: Unsafe = {
  character: '^',
  before: '^|[^\\[]',
  after: '[^\\s\\[]',
  inConstruct: 'phrasing',
  notInConstruct: ['destinationLiteral', 'destinationRaw', 'titleApostrophe', 'titleQuote', 'autolink'],
};
