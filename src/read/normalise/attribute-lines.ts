/**
 * remark plugin: converters that write kramdown put attribute lists on a line of their own after a
 * block (`{: .fs-2}`, `{: #id .class}`). They style the converter's own web page and mean nothing in
 * a book: drop such lines, whether they stand alone or end a paragraph.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';

const attributeList = /^\{:[^}\n]*\}$/;
const trailingAttributeList = /\r?\n[ \t]*\{:[^}\n]*\}[ \t]*$/;

export default function remarkAttributeLines() {
  return (tree: Root, file: VFile) => {
    const place = location(file);
    const source = String(file.value);
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined || !('children' in node)) return;
      if (node.type === 'paragraph' && attributeList.test(toString(node).trim())) {
        (parent.children as RootContent[]).splice(index, 1);
        return index;
      }
      if (node.type === 'paragraph') trimTrailing(node, source, place);
      return undefined;
    });
  };
}

function trimTrailing(paragraph: Paragraph, source: string, place: ReturnType<typeof location>): void {
  const last = paragraph.children[paragraph.children.length - 1];
  if (last?.type !== 'text') return;
  const match = trailingAttributeList.exec(last.value);
  if (!match) return;
  last.value = last.value.slice(0, match.index);
  const end = last.position?.end.offset;
  if (end === undefined) return;
  const cut = source.slice(0, end).search(/\r?\n[ \t]*\{:[^}\n]*\}[ \t]*$/);
  const point = cut >= 0 ? place.toPoint(cut) : undefined;
  if (point && last.position && paragraph.position) {
    last.position = { start: last.position.start, end: point };
    paragraph.position = { start: paragraph.position.start, end: point };
  }
}
