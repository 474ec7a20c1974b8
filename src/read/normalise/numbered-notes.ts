/**
 * remark plugin: note texts numbered in plain text at the head of a page, `N. text` (which the
 * parser reads as an ordered list) or `[N] text`. After each page break, a block that opens with the
 * next note number (one more than the last note text) gets that number as a leading
 * `footnoteReference`, the form `sup-calls` gives `<sup>N</sup> text`; `page-notes` then reads it as
 * a note text. Only the next number counts, so a numbered list in the body is never taken for notes.
 */
import type { FootnoteReference, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';

const bracketed = /^\[(\d+)\]\s+/;

export default function remarkNumberedNotes() {
  return (tree: Root) => {
    const out: RootContent[] = [];
    let lastText = 0;
    let inNotes = false;
    /** Blocks since the last note text of this page: one may be a note's tail, two end the notes. */
    let strays = 0;
    for (const block of tree.children) {
      if (block.type === 'thematicBreak') {
        inNotes = true;
        strays = 0;
        out.push(block);
        continue;
      }
      if (block.type === 'heading') inNotes = false;
      const leading = block.type === 'paragraph' ? block.children[0] : undefined;
      if (leading?.type === 'footnoteReference' && leading.data?.number !== undefined) {
        lastText = Math.max(lastText, leading.data.number);
        strays = 0;
        out.push(block);
        continue;
      }
      if (inNotes && block.type === 'list' && block.ordered && (block.start ?? 1) === lastText + 1) {
        const notes = fromList(block);
        lastText += block.children.length;
        strays = 0;
        out.push(...notes);
        continue;
      }
      if (inNotes && block.type === 'paragraph' && block.children[0]?.type === 'text') {
        const match = bracketed.exec(block.children[0].value);
        if (match && Number(match[1]) === lastText + 1) {
          lastText++;
          strays = 0;
          out.push(withNumber(block, lastText, match[0].length));
          continue;
        }
      }
      if (++strays > 1) inNotes = false;
      out.push(block);
    }
    tree.children = out;
  };
}

function reference(number: number): FootnoteReference {
  return { type: 'footnoteReference', identifier: String(number), label: String(number), data: { number } };
}

/** Each item of a list numbered from the next note becomes a note text; an item's later blocks follow it. */
function fromList(list: List): RootContent[] {
  const blocks: RootContent[] = [];
  list.children.forEach((item, offset) => {
    const [first, ...rest] = item.children;
    const call = reference((list.start ?? 1) + offset);
    const children: PhrasingContent[] = first?.type === 'paragraph' ? first.children : [];
    const position = item.position;
    if (position)
      call.position = {
        start: position.start,
        end: {
          ...position.start,
          column: position.start.column + String(call.data!.number).length + 1,
          offset: (position.start.offset ?? 0) + String(call.data!.number).length + 1,
        },
      };
    blocks.push({ type: 'paragraph', children: [call, ...children], position });
    blocks.push(...(first?.type === 'paragraph' ? rest : item.children));
  });
  return blocks;
}

function withNumber(paragraph: Paragraph, number: number, length: number): Paragraph {
  const first = paragraph.children[0];
  if (first.type !== 'text') return paragraph;
  const call = reference(number);
  if (first.position) {
    const start = first.position.start;
    call.position = {
      start,
      end: { line: start.line, column: start.column + length, offset: (start.offset ?? 0) + length },
    };
    first.position = { start: call.position.end, end: first.position.end };
  }
  first.value = first.value.slice(length);
  return { ...paragraph, children: [call, ...paragraph.children] };
}
