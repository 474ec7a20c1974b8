/**
 * `#Title` with no space after the `#`s: CommonMark reads a paragraph, but Markdown.pl and many
 * publishers' files mean a heading. Taken as one only where nothing else is likely: a paragraph
 * whose every line is such a heading, when it opens the file or follows a heading (`#6: Title`
 * then `######Author`), or a paragraph of one line opening with two `#`s or more anywhere (a
 * `#hashtag` in running text stays text). The glued text must open as a title does: a capital, or
 * a number ended by a stop or colon.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';

// A title opens with a capital, or with a number that a stop or colon ends (`#6: Title`); `#5 bolt`
// and `#hashtag` are text, as CommonMark reads them.
const glued = /^(#{1,6})(?=\p{Lu}|\d+[:.)](?:\s|$))(.*)$/u;

export function remarkGluedHeadings() {
  return (tree: Root, file: VFile): void => {
    const source = String(file.value);
    const children: RootContent[] = [];
    for (const node of tree.children) {
      const previous = children[children.length - 1];
      const headings = node.type === 'paragraph' ? asHeadings(node, source) : undefined;
      const expected = previous === undefined || previous.type === 'yaml' || previous.type === 'heading';
      if (headings && (expected || (headings.length === 1 && headings[0].depth >= 2))) children.push(...headings);
      else children.push(node);
    }
    tree.children = children;
  };
}

/** The paragraph's lines as headings, when every line is one and the paragraph holds only text and HTML. */
function asHeadings(paragraph: Paragraph, source: string): Heading[] | undefined {
  const { start, end } = paragraph.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return undefined;
  if (
    paragraph.children.some(
      (child) =>
        child.type !== 'text' &&
        child.type !== 'html' &&
        child.type !== 'footnoteReference' &&
        child.type !== 'emphasis' &&
        child.type !== 'strong',
    )
  )
    return undefined;
  const lines = source.slice(start.offset, end.offset).split('\n');
  const marks = lines.map((line) => glued.exec(line.trim()));
  if (marks.some((mark) => mark === null)) return undefined;
  // Each line's nodes: split the paragraph's children at its line ends.
  const perLine: Paragraph['children'][] = lines.map(() => []);
  for (const child of paragraph.children) {
    if (child.type !== 'text') {
      const line = (child.position?.start.line ?? start.line) - start.line;
      perLine[Math.min(line, lines.length - 1)].push(child);
      continue;
    }
    const pieces = child.value.split('\n');
    const first = (child.position?.start.line ?? start.line) - start.line;
    pieces.forEach((piece, offset) => {
      if (piece !== '') perLine[Math.min(first + offset, lines.length - 1)].push({ type: 'text', value: piece });
    });
  }
  return perLine.map((nodes, index) => {
    const depth = marks[index]![1].length;
    const firstNode = nodes[0];
    if (firstNode?.type === 'text') firstNode.value = firstNode.value.replace(/^\s*#{1,6}/, '');
    const line = start.line + index;
    return {
      type: 'heading',
      depth: depth as Heading['depth'],
      children: nodes.filter((child) => !(child.type === 'text' && child.value === '')),
      position:
        index === 0 && lines.length === 1
          ? paragraph.position
          : { start: { line, column: 1 }, end: { line, column: lines[index].length + 1 } },
    };
  });
}
