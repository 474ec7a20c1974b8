/**
 * Flattens a footnote definition into one line of text the citation parsers can read, keeping the
 * two pieces of markup that carry meaning in a Chicago note (emphasis = book/journal/newspaper
 * title, links = URLs) as private-use markers, and a map back to source positions.
 */
import type { Emphasis, FootnoteDefinition, Link, Nodes, PhrasingContent } from 'mdast';
import { isLineStartDash } from './line-start-dash.js';
import { frenchForms } from './french-forms.js';
import { italianForms } from './italian-forms.js';
import { pageLabels } from './page-label.js';
import { issueLabels } from './issue-label.js';
import { ordinalDates } from './ordinal-dates.js';
import { pinpointOutOfItalics } from './pinpoint-in-italics.js';
import { rightWayQuotes } from './quote-direction.js';
import { isSteeringItalics } from './steering-italics.js';
import { continuedItalics } from './split-italics.js';
import type { Point, Position } from 'unist';
import { toString } from 'mdast-util-to-string';

import { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN } from './note-markers.js';

export { EMPHASIS_CLOSE, EMPHASIS_OPEN, URL_CLOSE, URL_OPEN };

interface Span {
  from: number;
  to: number;
  position?: Position;
  /** True when the span's text is the node's source verbatim, so columns can be offset inside it. */
  literal: boolean;
}

/** A reference's year closing the text so far, before its title: `(2000). `, `(2000, May 4). `, `2000. `. */
const REFERENCE_YEAR_END =
  /(?:\(\s*(?:1[5-9]|20)\d\d[a-z]?(?:,[^()]{0,30})?\)\.?|[,.]\s+(?:1[5-9]|20)\d\d[a-z]?\.)\s*$/;

export interface NoteText {
  number: number;
  text: string;
  position?: Position;
  spans: Span[];
}

/** A link's target inside the book: an anchor (`#tides`), or a relative path to one of its files (`./ch2.md#tides`). */
const OWN_PLACE = /^(?:#|\.{1,2}\/(?!\/)|[\w%-]+(?:\/[\w%-]+)*\.(?:md|markdown|html?|xhtml)(?:#|$))/i;

/**
 * Word exports escape underscores in URLs (`\\_`, sometimes `\_`), and Markdown writers escape other
 * punctuation inside autolinks, where no escape is undone (`<https://x.org/\@ann>`): the URL itself has
 * the plain character.
 */
export function unescapeUrl(url: string): string {
  return url.replace(/\\+([!-/:-@[-`{-~])/g, '$1');
}

export function noteText(definition: FootnoteDefinition): NoteText {
  const spans: Span[] = [];
  let text = '';
  const joined = { closes: new Set<Nodes>(), opens: new Set<Nodes>() };

  const append = (value: string, node?: Nodes, literal = false) => {
    const from = text.length;
    text += value;
    if (node?.position) spans.push({ from, to: text.length, position: node.position, literal });
  };

  // Each node's next sibling, and the address of a link on words waiting for the quote after it (`“[Tides](…),”`).
  const nextSibling = new Map<Nodes, Nodes | undefined>();
  const nextText = (node: Nodes) => {
    const next = nextSibling.get(node);
    return next?.type === 'text' ? next.value : undefined;
  };
  let afterQuote: { skip: number; address: string } | undefined;

  const walk = (node: Nodes) => {
    switch (node.type) {
      case 'text':
        if (afterQuote) {
          const { skip, address } = afterQuote;
          afterQuote = undefined;
          append(node.value.slice(0, skip), node);
          append(` ${address}`);
          const start = node.position && { ...node.position.start, column: node.position.start.column + skip };
          const offset = node.position?.start.offset;
          walk({
            ...node,
            value: node.value.slice(skip),
            ...(node.position && start
              ? {
                  position: {
                    ...node.position,
                    start: { ...start, offset: offset === undefined ? undefined : offset + skip },
                  },
                }
              : {}),
          });
          return;
        }
        if (node.position && node.value.includes('\n')) {
          // A hard-wrapped note: one span a source line, so a finding points at its own line.
          for (const line of sourceLines(node.value, node.position)) {
            const from = text.length;
            text += line.value;
            spans.push({ from, to: text.length, position: line.position, literal: line.literal });
          }
        } else append(node.value, node, isVerbatim(node.value, node.position));
        return;
      case 'inlineCode':
        append(node.value, node);
        return;
      case 'html':
        // A bare tag (`<span lang="fr">` around a run of another language) is markup, not the note's words; a line
        // break (`<br/>`) parts the words as a space.
        append(
          /^<br\s*\/?>$/i.test(node.value) ? ' ' : /^<\/?[A-Za-z][^<>]*>$/.test(node.value) ? '' : node.value,
          node,
        );
        return;
      case 'break':
        append(' ', node);
        return;
      case 'emphasis': {
        // Italics around punctuation alone (`1988)*,* 28`, a word processor's slip) mark no title.
        // …and italics of a legal signal or a Latin word of reference (`*See*`, `*Id.*`, `*supra*`) mark none either.
        const words = toString(node);
        if (!/[\p{L}\p{N}]/u.test(words) || isSteeringItalics(words)) {
          node.children.forEach(walk);
          return;
        }
        // `*Tides, 1927*–*1934*`: one title in two runs of italics (split-italics.ts).
        if (!joined.opens.has(node)) append(EMPHASIS_OPEN);
        node.children.forEach(walk);
        if (!joined.closes.has(node)) append(EMPHASIS_CLOSE);
        return;
      }
      case 'link': {
        // `im Kapitel [2.1 Zur Struktur](Kapitel_2.md#21-zur-struktur)`, `[above](#tides)`: a link to the book's own
        // place is the author's words, no work's address.
        if (OWN_PLACE.test(node.url)) {
          node.children.forEach(walk);
          return;
        }
        const address = URL_OPEN + unescapeUrl(node.url) + URL_CLOSE;
        // `“[Tides](https://…),” *Shore News*`: a link on a quoted title (words, not an address) keeps the title, and
        // its address follows the quote that closes it. (Elsewhere, but for a sentence or a reference's title below, the
        // address stands for the words.)
        const words = toString(node).trim();
        const shownAddress = /^(?:<?https?:\/\/|www\.)/i.test(words);
        // `[A draft is also online.](https://…)`: a sentence on a link says what the address holds; `Lee, A. (2000).
        // [Tides and tolls](https://…). *Shore Review* …`: a reference's title after its year, linked to its address
        // (author-date.ts moves it on), perhaps in italics (`*[Tides](https://…)*`). The words stay, the address after
        // them.
        if (
          !shownAddress &&
          (/^\p{Lu}\S*(?:\s+\S+){2,}[.!?]$/u.test(words) || REFERENCE_YEAR_END.test(text.replace(/\uE000$/, '')))
        ) {
          node.children.forEach(walk);
          append(` ${address}`, node);
          return;
        }
        const close = /^[,.;:]?[”"’']+/.exec(nextText(node) ?? '');
        if (!close || !/\s/.test(words) || shownAddress) {
          append(address, node);
          return;
        }
        node.children.forEach(walk);
        afterQuote = { skip: close[0].length, address };
        return;
      }
      default:
        if ('children' in node) {
          const children = node.children as Nodes[];
          for (const [index, child] of children.entries()) nextSibling.set(child, children[index + 1]);
          const more = continuedItalics(children);
          for (const run of more.closes) joined.closes.add(run);
          for (const run of more.opens) joined.opens.add(run);
          children.forEach((child, index) => {
            if (index > 0 && child.type === 'paragraph') append(' ');
            walk(child);
          });
        }
    }
  };

  definition.children.forEach((child, index) => {
    const before = definition.children[index - 1] as Nodes | undefined;
    const node = child as Nodes;
    if (isLineStartDash(node, before)) {
      // `Tides\n - A Study`: a dash at a line's start, read by Markdown as a list (line-start-dash.ts).
      for (const item of node.children) {
        append(' - ');
        for (const part of item.children) walk(part as Nodes);
      }
      return;
    }
    if (index > 0) append(' ');
    walk(node);
  });

  return {
    number: definition.data?.number ?? Number(definition.identifier),
    // A quotation mark a word processor turned the wrong way, turned back (quote-direction.ts).
    // …and a page run into a title's italics, set outside them (pinpoint-in-italics.ts); Italian and French marks and
    // words outside the titles read as their English equivalents (italian-forms.ts, french-forms.ts); a page labelled
    // `pg.`, as `pp.` (page-label.ts), an issue labelled `Issue` or `Number` after its volume, as `no.`
    // (issue-label.ts), and a day's ordinal (`23rd March 2012`) as its figures (ordinal-dates.ts).
    text: ordinalDates(
      issueLabels(
        pageLabels(frenchForms(italianForms(pinpointOutOfItalics(rightWayQuotes(text.replace(/\s+$/, '')))))),
      ),
    ),
    position: definition.position,
    spans,
  };
}

/** A text node whose value spans exactly its source columns on one line (no escapes, no entities). */
function isVerbatim(value: string, position?: Position): boolean {
  if (!position || position.start.line !== position.end.line) return false;
  return position.end.column - position.start.column === value.length;
}

/**
 * The lines of a text node that runs over several source lines, each with its own source range.
 * Markdown drops a continuation line's indent from the node's value, so a later line's column is
 * taken from the last line's (its end minus its length), the indent being the same on every line of
 * a hard-wrapped note. The columns are exact (`literal`) only when the node's source length agrees:
 * no escape, no entity, no other indent; else each line still names its own line, at its indent.
 */
function sourceLines(value: string, position: Position): { value: string; position: Position; literal: boolean }[] {
  const lines = value.split('\n');
  const last = lines[lines.length - 1] ?? '';
  const indent = Math.max(position.end.column - last.length, 1);
  const { offset: startOffset } = position.start;
  const { offset: endOffset } = position.end;
  const sourceLength = value.length + (lines.length - 1) * (indent - 1);
  const literal =
    startOffset !== undefined &&
    endOffset !== undefined &&
    position.end.line - position.start.line === lines.length - 1 &&
    endOffset - startOffset === sourceLength;
  let offset = startOffset;
  return lines.map((line, index) => {
    const column = index === 0 ? position.start.column : indent;
    const lineNumber = position.start.line + index;
    const at = offset;
    if (offset !== undefined) offset += line.length + 1 + (index + 1 < lines.length ? indent - 1 : 0);
    // Each line but the last keeps the newline as a space's place, as the value does.
    const text = index + 1 < lines.length ? `${line}\n` : line;
    return {
      value: text,
      literal,
      position: {
        start: { line: lineNumber, column, ...(at === undefined ? {} : { offset: at }) },
        end: {
          line: lineNumber,
          column: column + line.length,
          ...(at === undefined ? {} : { offset: at + line.length }),
        },
      },
    };
  });
}

/** The source range of text[from, to), as closely as the spans allow. */
export function placeOf(note: NoteText, from: number, to: number): Position | undefined {
  const start = pointAt(note, from, 'start');
  const end = pointAt(note, Math.max(from, to - 1), 'end');
  if (!start || !end) return note.position;
  return { start, end };
}

function pointAt(note: NoteText, offset: number, edge: 'start' | 'end'): Point | undefined {
  const span =
    note.spans.find((candidate) => candidate.from <= offset && offset < candidate.to) ??
    (edge === 'start'
      ? note.spans.find((candidate) => candidate.from >= offset)
      : [...note.spans].reverse().find((candidate) => candidate.to <= offset + 1));
  if (!span?.position) return undefined;
  const base = span.position[edge];
  if (!span.literal) return base;
  const start = span.position.start;
  const delta = Math.min(Math.max(offset - span.from, 0), span.to - span.from - 1) + (edge === 'end' ? 1 : 0);
  return {
    line: start.line,
    column: start.column + delta,
    ...(start.offset === undefined ? {} : { offset: start.offset + delta }),
  };
}

/** The flattened text's markers back as emphasis and links (what `noteText` flattened). */
export function markdownOf(text: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  const pattern = new RegExp(
    `${EMPHASIS_OPEN}([^${EMPHASIS_CLOSE}]*)${EMPHASIS_CLOSE}|${URL_OPEN}([^${URL_CLOSE}]*)${URL_CLOSE}`,
    'g',
  );
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) nodes.push({ type: 'text', value: text.slice(at, match.index) });
    if (match[1] !== undefined)
      nodes.push({ type: 'emphasis', children: [{ type: 'text', value: match[1] }] } satisfies Emphasis);
    else nodes.push({ type: 'link', url: match[2], children: [{ type: 'text', value: match[2] }] } satisfies Link);
    at = match.index + match[0].length;
  }
  if (at < text.length) nodes.push({ type: 'text', value: text.slice(at) });
  return nodes.filter((node) => node.type !== 'text' || node.value !== '');
}

const sameAddress = (shown: string, url: string) => shown.replace(/^mailto:/, '') === url.replace(/^mailto:/, '');

/**
 * A note that `markdownOf` can write again without loss: one paragraph of text, emphasis holding
 * text, and links that show their own address.
 */
export function isPlainNote(definition: FootnoteDefinition): boolean {
  if (definition.children.length !== 1 || definition.children[0].type !== 'paragraph') return false;
  return definition.children[0].children.every(
    (child) =>
      child.type === 'text' ||
      (child.type === 'emphasis' && child.children.every((inner) => inner.type === 'text')) ||
      (child.type === 'link' &&
        child.children.length === 1 &&
        child.children[0].type === 'text' &&
        sameAddress(child.children[0].value, child.url)),
  );
}
