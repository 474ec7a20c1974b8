/**
 * remark plugin: bold that Pandoc writes and CommonMark refuses. A converter that keeps a word
 * processor's bold run as it was marked writes `in the last part**, Chapter 7**, the…` (the run starting
 * at the comma); Pandoc's own reader reads it as bold, but CommonMark's flanking rules do not (a `**`
 * after a letter and before punctuation opens nothing), so the asterisks would be printed. A pair of
 * `**` left as text within one text node, around text with a letter that neither starts nor ends with a
 * space, is read as bold; punctuation it opens on (`, `) is left outside it, as a bold comma looks a plain one,
 * and a pair around punctuation alone (`a whole**,** section`) leaves the punctuation. Only where the source holds the text as read (no escapes: `\*\*` stays two asterisks),
 * and only in clean Markdown (an export's asterisks are its own).
 */
import type { Parent, PhrasingContent, Root, Strong, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';

const refused = /\*\*(?=[^\s*])([^*]*?\p{L}[^*]*?[^\s*]|\p{L}|\p{P}+)\*\*/gu;

export default function remarkRefusedStrong() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    if (!source.includes('**')) return;
    const place = location(file);
    visit(tree, 'text', (text: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !text.value.includes('**')) return;
      const start = text.position?.start.offset;
      const end = text.position?.end.offset;
      if (start === undefined || end === undefined || source.slice(start, end) !== text.value) return;
      const pieces: PhrasingContent[] = [];
      const piece = (from: number, to: number): Text => ({
        type: 'text',
        value: text.value.slice(from, to),
        position: { start: place.toPoint(start + from)!, end: place.toPoint(start + to)! },
      });
      let from = 0;
      for (const match of text.value.matchAll(refused)) {
        if (match.index > from) pieces.push(piece(from, match.index));
        if (/^\p{P}+$/u.test(match[1] ?? '')) {
          // Only a word's closing mark (`**(**foo)` stays as CommonMark has it).
          if (!/\p{L}$/u.test(text.value.slice(0, match.index)) || !/^[,.;:!?]+$/.test(match[1] ?? '')) continue;
          // Punctuation alone in bold (`a whole**,** section`): the mark, as a bold comma looks a plain one.
          pieces.push(piece(match.index + 2, match.index + match[0].length - 2));
          from = match.index + match[0].length;
          continue;
        }
        // The punctuation (and space) the run opened on stays outside it, as plain text: `, **Chapter 7**`.
        const lead = /^[\p{P}\s]*/u.exec(match[1] ?? '')?.[0].length ?? 0;
        if (lead) pieces.push(piece(match.index + 2, match.index + 2 + lead));
        const strong: Strong = {
          type: 'strong',
          children: [piece(match.index + 2 + lead, match.index + match[0].length - 2)],
          position: {
            start: place.toPoint(start + match.index)!,
            end: place.toPoint(start + match.index + match[0].length)!,
          },
        };
        pieces.push(strong);
        from = match.index + match[0].length;
      }
      if (pieces.length === 0) return;
      if (from < text.value.length) pieces.push(piece(from, text.value.length));
      parent.children.splice(index, 1, ...pieces);
      return index + pieces.length;
    });
  };
}
