/**
 * A dash a line break put at the start of a note's line: `'The Power of Tides\n    - A Study of Ports'`.
 * Markdown reads a line opening with `- ` as a bullet list that interrupts the paragraph, and the dash is
 * lost from the title (`The Power of Tides A Study of Ports`). In a note, a bullet list that starts on
 * the very next line of the paragraph before it, with no blank line between, is that paragraph's text:
 * each of its items is joined back with the dash the line opened with.
 */
import type { List, Nodes } from 'mdast';

/** Whether `node` is a bullet list that continues `before` on its next line. */
export function isLineStartDash(node: Nodes, before: Nodes | undefined): node is List {
  if (node.type !== 'list' || node.ordered || before?.type !== 'paragraph') return false;
  const end = before.position?.end.line;
  return end !== undefined && node.position?.start.line === end + 1;
}
