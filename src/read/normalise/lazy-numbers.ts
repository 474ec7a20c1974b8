/**
 * remark plugin: a hard-wrapped note whose next line opens with a number and a full stop (`…, *Tides*, October 24,`
 * ⏎ `1835.`). Pandoc, whose Markdown such notes are written in, reads that line as the paragraph's continuation (a
 * list needs a blank line before it), as a reader does; micromark, like CommonMark's reference parser, starts a list
 * there once the line is outside the note's or quotation's indent: the year falls out of the note and into the body as
 * a numbered list. The list is given back to the paragraph it continues when it follows the note or quotation on the
 * very next line, unindented, starts at a number other than 1 and has one item of one paragraph at most; its words
 * keep their source positions. So is a note that opens with such a line (`[^1]: 1835. *Report of the Board*, p. 4.`,
 * a reference list's entry with no author). After a list, a new list (`3) baz` after `2. bar`) stays one.
 */
import type { List, Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';

type Container = Extract<RootContent, { type: 'footnoteDefinition' | 'blockquote' }>;

export default function remarkLazyNumbers() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    if (!/(?:\n|\]:)[ \t]*\d+[.)](?:[ \t]|\r?\n|$)/.test(source)) return;
    const place = location(file);
    /** The list's words from `from` on, as phrasing: the source up to its item's paragraph, then that paragraph's. */
    const words = (from: number, list: List): { children: PhrasingContent[]; end: Point } => {
      const inner = list.children[0].children[0] as Paragraph | undefined;
      const to = inner?.position?.start.offset ?? list.position!.end.offset!;
      const text: Text = {
        type: 'text',
        value: source.slice(from, to),
        position: { start: place.toPoint(from)!, end: place.toPoint(to)! },
      };
      return { children: [text, ...(inner?.children ?? [])], end: (inner ?? list).position!.end };
    };
    const walk = (parent: Parent) => {
      // `[^1]: 1835. *Report of the Board*, p. 4.`: a note that opens with a year is no list either.
      const opening = parent.children[0];
      if (parent.type === 'footnoteDefinition' && opening?.type === 'list' && opensNote(parent, opening)) {
        const { children, end } = words(opening.position!.start.offset!, opening);
        const paragraph: Paragraph = {
          type: 'paragraph',
          children,
          position: { start: opening.position!.start, end },
        };
        mergeTexts(paragraph);
        parent.children[0] = paragraph;
      }
      for (let index = 1; index < parent.children.length; index++) {
        const list = parent.children[index];
        const paragraph = lastParagraph(parent.children[index - 1] as RootContent);
        if (list.type !== 'list' || !paragraph || !continues(source, paragraph, list)) continue;
        const { children, end } = words(paragraph.position!.end.offset!, list);
        paragraph.children.push(...children);
        paragraph.position = { ...paragraph.position!, end };
        mergeTexts(paragraph);
        parent.children.splice(index, 1);
        index--;
      }
      for (const child of parent.children) if ('children' in child) walk(child as Parent);
    };
    walk(tree);
  };
}

/** The paragraph a lazy line would continue: the last block of a note or a quotation. */
function lastParagraph(node: RootContent | undefined): Paragraph | undefined {
  if (!node || !['footnoteDefinition', 'blockquote'].includes(node.type)) return undefined;
  const last = (node as Container).children.at(-1);
  return last?.type === 'paragraph' ? last : undefined;
}

/** The list opens on the paragraph's next line, unindented, at a number other than 1, with one item of one paragraph. */
function continues(source: string, paragraph: Paragraph, list: List): boolean {
  const end = paragraph.position?.end;
  const start = list.position?.start;
  if (!end || !start || end.offset === undefined || start.offset === undefined) return false;
  if (!list.ordered || list.start === 1 || list.start === null || list.start === undefined) return false;
  if (list.children.length !== 1) return false;
  const item = list.children[0];
  if (item.children.length > 1 || (item.children[0] && item.children[0].type !== 'paragraph')) return false;
  return (
    start.line === end.line + 1 && start.column === 1 && /^[ \t]*\r?\n$/.test(source.slice(end.offset, start.offset))
  );
}

/** The list opens the note on its first line, at a number other than 1, with one item of one paragraph at most. */
function opensNote(note: Parent, list: List): boolean {
  if (!list.ordered || list.start === 1 || list.start === null || list.start === undefined) return false;
  if (list.children.length !== 1 || list.position?.start.line !== note.position?.start.line) return false;
  const item = list.children[0];
  return item.children.length <= 1 && (!item.children[0] || item.children[0].type === 'paragraph');
}

/** Adjacent text nodes as one, as a parser would have left them. */
function mergeTexts(paragraph: Paragraph) {
  const merged: PhrasingContent[] = [];
  for (const child of paragraph.children) {
    const before = merged.at(-1);
    if (before?.type === 'text' && child.type === 'text') {
      before.value += child.value;
      if (before.position && child.position) before.position = { ...before.position, end: child.position.end };
    } else merged.push(child);
  }
  paragraph.children = merged;
}
