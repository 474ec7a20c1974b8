/**
 * remark plugin: page breaks that converters write other than as a thematic break (`---`, `***`,
 * `___`, `* * *`, which the parser already makes `thematicBreak`s): a form feed alone on its line, a
 * LaTeX `\newpage` line and a page-break `<div style="page-break-after: always">` become
 * `thematicBreak`s too, so the page stage sees one kind of break.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

const breakDiv = /^<div\b[^>]*\bpage-break-(?:after|before)\b[^>]*>\s*(?:<\/div>)?$/i;

export default function remarkPageBreaks() {
  return (tree: Root) => {
    tree.children = tree.children.map((node): RootContent => {
      if (node.type !== 'paragraph') return node;
      const whole = node.children.map((child) => (child.type === 'html' ? child.value : toString(child))).join('');
      const raw = whole.trim();
      if (raw === '\\newpage' || (raw === '' && whole.includes('\f')) || breakDiv.test(raw))
        return { type: 'thematicBreak', position: node.position };
      return node;
    });
  };
}
