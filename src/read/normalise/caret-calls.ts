/**
 * remark plugin: Pandoc-style superscripts `^N^` are an export's note calls (and, at the head of a
 * note text, its number): turn them into `footnoteReference` nodes as `sup-calls` does for
 * `<sup>N</sup>`.
 */
import type { FootnoteReference, Parent, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';

const caret = /\^(\d+)\^/g;

export default function remarkCaretCalls() {
  return (tree: Root, file: VFile) => {
    const place = location(file);
    const source = String(file.value);
    visit(tree, 'text', (text: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !caret.test(text.value)) return;
      caret.lastIndex = 0;
      const start = text.position?.start.offset;
      // Exact positions only when the text reads as its source (no escapes in it).
      const exact = start !== undefined && source.slice(start, text.position?.end.offset) === text.value;
      const at = (offset: number) => (exact ? place.toPoint(start + offset) : undefined);
      const pieces: PhrasingContent[] = [];
      let from = 0;
      for (const match of text.value.matchAll(caret)) {
        if (match.index > from) pieces.push(piece(text.value.slice(from, match.index), at(from), at(match.index)));
        const reference: FootnoteReference = {
          type: 'footnoteReference',
          identifier: String(Number(match[1])),
          label: match[1],
          data: { number: Number(match[1]) },
        };
        const begin = at(match.index);
        const end = at(match.index + match[0].length);
        if (begin && end) reference.position = { start: begin, end };
        pieces.push(reference);
        from = match.index + match[0].length;
      }
      if (from < text.value.length) pieces.push(piece(text.value.slice(from), at(from), at(text.value.length)));
      parent.children.splice(index, 1, ...(pieces as typeof parent.children));
      return index + pieces.length;
    });
  };
}

function piece(value: string, start: ReturnType<ReturnType<typeof location>['toPoint']>, end: typeof start): Text {
  return start && end ? { type: 'text', value, position: { start, end } } : { type: 'text', value };
}
