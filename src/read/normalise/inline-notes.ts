/**
 * remark plugin: Pandoc's inline notes `^[note text]` (the text written where the call stands).
 * CommonMark leaves them as a caret and bracketed text; turn each into a `footnoteReference` with
 * a `footnoteDefinition` at the end of the file, labelled `inline-N` (a label the file does not
 * use already). Brackets inside the note nest; an escaped `\^[` stays text.
 */
import type { FootnoteDefinition, FootnoteReference, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';

export default function remarkInlineNotes() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    if (!source.includes('^[')) return;
    const place = location(file);
    const used = new Set<string>();
    visit(tree, (node) => {
      if (node.type === 'footnoteDefinition' || node.type === 'footnoteReference') used.add(node.identifier);
    });
    let count = 0;
    const definitions: FootnoteDefinition[] = [];
    const label = () => {
      let candidate: string;
      do candidate = `inline-${++count}`;
      while (used.has(candidate));
      return candidate;
    };
    /** Where `offset` (in a text node's value) is in the file: the value is its source less backslash escapes. */
    const pointIn = (text: Text, offset: number) => {
      const start = text.position?.start.offset;
      const end = text.position?.end.offset;
      if (start === undefined || end === undefined) return undefined;
      let at = start;
      for (let index = 0; index < offset; index++, at++) {
        if (source[at] === '\\' && source[at + 1] === text.value[index] && /[!-/:-@[-`{-~]/.test(source[at + 1])) at++;
        if (source[at] !== text.value[index] || at >= end) return undefined;
      }
      if (source[at] === '\\' && source[at + 1] === text.value[offset]) at++;
      return place.toPoint(at);
    };
    visit(tree, (node) => {
      if (!('children' in node) || node.type === 'root' || node.type === 'footnoteDefinition') return;
      const parent = node as Parent;
      if (!parent.children.some((child) => child.type === 'text' && child.value.includes('^['))) return;
      parent.children = rewrite(parent.children as PhrasingContent[]) as Parent['children'];
    });
    tree.children.push(...definitions);

    function rewrite(children: PhrasingContent[]): PhrasingContent[] {
      const out: PhrasingContent[] = [];
      for (let index = 0; index < children.length; index++) {
        const child = children[index];
        const open = child.type === 'text' ? opening(child) : -1;
        if (child.type !== 'text' || open === -1) {
          out.push(child);
          continue;
        }
        const close = closing(children, index, open + 2);
        if (!close) {
          out.push(child);
          continue;
        }
        const last = children[close.index] as Text;
        const content: PhrasingContent[] = [];
        if (close.index === index) {
          pushText(content, child.value.slice(open + 2, close.offset));
        } else {
          pushText(content, child.value.slice(open + 2));
          content.push(...children.slice(index + 1, close.index));
          pushText(content, last.value.slice(0, close.offset));
        }
        const identifier = label();
        const start = pointIn(child, open);
        const end = pointIn(last, close.offset + 1);
        const position: Position | undefined = start && end ? { start, end } : undefined;
        const reference: FootnoteReference = { type: 'footnoteReference', identifier, label: identifier };
        const definition: FootnoteDefinition = {
          type: 'footnoteDefinition',
          identifier,
          label: identifier,
          children: [{ type: 'paragraph', children: content }],
        };
        if (position) reference.position = definition.position = position;
        definitions.push(definition);
        pushText(out, child.value.slice(0, open));
        out.push(reference);
        // The rest of the closing text node may hold another inline note: read it again.
        const rest = last.value.slice(close.offset + 1);
        if (rest) {
          const restText: Text = { type: 'text', value: rest };
          const restStart = pointIn(last, close.offset + 1);
          if (restStart && last.position) restText.position = { start: restStart, end: last.position.end };
          children.splice(close.index + 1, 0, restText);
        }
        index = close.index;
      }
      return out;
    }

    /** The first `^[` of the text that its source did not escape (`\\^[` or `^\\[`). */
    function opening(text: Text): number {
      const start = text.position?.start.offset;
      const raw =
        start === undefined ? undefined : [...source.slice(start, text.position?.end.offset).matchAll(/\\?\^\\?\[/g)];
      let nth = 0;
      for (let at = text.value.indexOf('^['); at !== -1; at = text.value.indexOf('^[', at + 1), nth++) {
        if (!raw?.[nth]?.[0].includes('\\')) return at;
      }
      return -1;
    }
  };
}

/** The `]` that closes a bracket opened before `from` in `children[index]`, depth counted in text nodes. */
function closing(
  children: PhrasingContent[],
  index: number,
  from: number,
): { index: number; offset: number } | undefined {
  let depth = 1;
  for (let at = index; at < children.length; at++) {
    const child = children[at];
    if (child.type !== 'text') continue;
    for (let offset = at === index ? from : 0; offset < child.value.length; offset++) {
      const character = child.value[offset];
      if (character === '[') depth++;
      else if (character === ']' && --depth === 0) return { index: at, offset };
    }
  }
  return undefined;
}

function pushText(nodes: PhrasingContent[], value: string): void {
  if (!value) return;
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text') last.value += value;
  else nodes.push({ type: 'text', value });
}
