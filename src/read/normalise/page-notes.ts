/**
 * remark plugin for word-processor exports: each printed page ends with a `---` break followed by
 * that page's note texts (`<sup>N</sup> text`, already turned into a leading `footnoteReference`
 * by `sup-calls`). This plugin
 * - turns each note text into a `footnoteDefinition` (left where it stood; the division stage moves
 *   definitions to the division that calls them),
 * - attaches paragraphs that spilled out of a note (a URL on its own, a tail before the next note),
 *   and the tail of a note the page cut mid-sentence, at the head of the next page's notes, to
 *   the sentence it finishes,
 * - rejoins body paragraphs cut mid-sentence by the page break,
 * - records on every call and note the page it was printed on (`data.page`),
 * - drops the page breaks (a second break right after the notes only closes them: no new page);
 * - reads note texts that open the file as the foot of the last page of the file before.
 */
import type { FootnoteDefinition, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { appendText, span } from './sup-calls.js';

export interface PageNotesOptions {
  /**
   * A body paragraph ending in one of these (before any closing quotes or brackets) ends a
   * paragraph; anything else at a page break was cut and is rejoined. Default `.!?…:`.
   */
  terminalPunctuation?: string;
}

export default function remarkPageNotes(options: PageNotesOptions = {}) {
  const terminal = new RegExp(`[${escapeClass(options.terminalPunctuation ?? '.!?…:')}]["”’'»)\\]*_]*$`, 'u');
  return (tree: Root) => {
    const out: RootContent[] = [];
    let page = 1;
    // A file that opens with note texts holds the foot of the page the file before it ended on.
    let inNotes = isNoteText(tree.children.find((node) => node.type !== 'yaml') ?? tree);
    let currentNote: FootnoteDefinition | undefined;
    let lastNote: FootnoteDefinition | undefined;
    /** Index in `out` of a body paragraph left open by the last page break. */
    let openParagraph: number | undefined;
    /** Right after a page break: the next block may carry on the last note of the page before. */
    let afterBreak = false;
    const blocks = tree.children;

    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index];
      if (block.type === 'thematicBreak') {
        // A break right after a page's notes closes them (converters that fence the notes with
        // rules above and below): the page goes on.
        if (inNotes && out[out.length - 1]?.type === 'footnoteDefinition') continue;
        page++;
        inNotes = true;
        // A note may run over the page: its tail then opens the next page's notes.
        currentNote = lastNote;
        const last = lastBodyIndex(out);
        const candidate = last === undefined ? undefined : out[last];
        if (candidate?.type === 'paragraph' && !terminal.test(toString(candidate).trimEnd())) openParagraph = last;
        afterBreak = true;
        continue;
      }
      const continuing = afterBreak;
      afterBreak = false;
      if (inNotes) {
        if (isNoteText(block)) {
          currentNote = toDefinition(block as Paragraph, page);
          lastNote = currentNote;
          out.push(currentNote);
          continue;
        }
        const cut = continuing && currentNote ? cutNote(currentNote, terminal) : undefined;
        // A note cut by the page goes on at the head of the next page's notes: before the page's
        // own notes, or alone there, opening in lower case, when the body above was not cut too.
        const carriesOn =
          cut !== undefined &&
          block.type === 'paragraph' &&
          openParagraph === undefined &&
          /^\p{Ll}/u.test(toString(block));
        if (currentNote && block.type === 'paragraph' && (isNoteTail(block, blocks[index + 1]) || carriesOn)) {
          if (cut) join(cut, block);
          else currentNote.children.push(block);
          currentNote.position = span(currentNote.position, block.position);
          continue;
        }
        inNotes = false;
        currentNote = undefined;
      }
      markPage(block, page);
      if (openParagraph !== undefined && block.type === 'paragraph') {
        join(out[openParagraph] as Paragraph, block);
        openParagraph = undefined;
        continue;
      }
      openParagraph = undefined;
      out.push(block);
    }
    tree.children = out;
  };
}

/** The note's last paragraph when it ends with no closing punctuation: a sentence the page cut. */
function cutNote(note: FootnoteDefinition, terminal: RegExp): Paragraph | undefined {
  const last = note.children.at(-1);
  return last?.type === 'paragraph' && !terminal.test(toString(last).trimEnd()) ? last : undefined;
}

function isNoteText(block: RootContent | Root): boolean {
  return block.type === 'paragraph' && block.children[0]?.type === 'footnoteReference';
}

/** A paragraph in the notes area that is not a note of its own: a URL alone, or text before another note. */
function isNoteTail(block: Paragraph, next: RootContent | undefined): boolean {
  if (next && isNoteText(next)) return true;
  return block.children.every(
    (child) => child.type === 'link' || (child.type === 'text' && /^[\s.;,]*$/.test(child.value)),
  );
}

function toDefinition(paragraph: Paragraph, page: number): FootnoteDefinition {
  const [call, ...rest] = paragraph.children;
  if (call.type !== 'footnoteReference') throw new Error('note text must start with its number');
  const first = rest[0];
  if (first?.type === 'text') {
    const trimmed = first.value.replace(/^\s+/, '');
    const removed = first.value.length - trimmed.length;
    first.value = trimmed;
    if (first.position && removed) {
      const start = first.position.start;
      first.position = {
        ...first.position,
        start: { line: start.line, column: start.column + removed, offset: (start.offset ?? 0) + removed },
      };
    }
    if (trimmed === '') rest.shift();
  }
  return {
    type: 'footnoteDefinition',
    identifier: call.identifier,
    label: call.label,
    data: { number: call.data?.number, page },
    children: [{ type: 'paragraph', children: rest, position: span(rest[0]?.position, paragraph.position) }],
    position: paragraph.position,
  };
}

function markPage(block: RootContent, page: number): void {
  visit(block, 'footnoteReference', (reference) => {
    reference.data = { ...reference.data, page };
  });
}

function lastBodyIndex(out: RootContent[]): number | undefined {
  for (let index = out.length - 1; index >= 0; index--) {
    if (out[index].type !== 'footnoteDefinition') return index;
  }
  return undefined;
}

/** Appends `tail` to `head`: no space after a word-final hyphen or dash ("non-" + "Armenians"). */
function join(head: Paragraph, tail: Paragraph): void {
  const children: PhrasingContent[] = head.children;
  const headText = toString(head);
  const separator = /[\p{L}\p{N}][-‐–—]$/u.test(headText) || /\s$/.test(headText) ? '' : ' ';
  if (separator) appendText(children, separator, undefined);
  for (const child of tail.children) {
    if (child.type === 'text') appendText(children, child.value, child.position);
    else children.push(child);
  }
  head.position = span(head.position, tail.position);
}

function escapeClass(characters: string): string {
  return characters.replace(/[\\\]^-]/g, '\\$&');
}
