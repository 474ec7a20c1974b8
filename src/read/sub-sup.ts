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
  };
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
