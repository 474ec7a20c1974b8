/**
 * A note text followed straight away by a block quote at the margin: GFM ends the note before the
 * quote (only blocks indented four spaces continue a note), so the quote falls into the body text
 * and the note is cut short. Warn, rather than let the note lose its quotation silently.
 */
import type { FootnoteDefinition } from 'mdast';
import { divisions } from '../../book.js';
import type { Problem } from '../report.js';
import { problem, type Rule } from '../rule.js';

export const noteContinued: Rule = {
  id: 'note-continued',
  description: 'a block quote at the margin right after a note text: it ends the note instead of continuing it',
  severity: 'warning',
  check(book, { texts }) {
    const endsByFile = new Map<unknown, Array<{ end: number; node: FootnoteDefinition }>>();
    for (const { node, division } of texts) {
      const end = node.position?.end.offset;
      if (end === undefined) continue;
      const list = endsByFile.get(division.file) ?? [];
      list.push({ end, node });
      endsByFile.set(division.file, list);
    }
    const problems: Problem[] = [];
    for (const division of divisions(book)) {
      const source = String(division.file.value);
      for (const block of division.tree.children) {
        const start = block.position?.start.offset;
        if (block.type !== 'blockquote' || start === undefined) continue;
        const before = endsByFile
          .get(division.file)
          ?.find(({ end }) => end <= start && source.slice(end, start).trim() === '');
        if (!before) continue;
        const label = before.node.label ?? before.node.identifier;
        problems.push(
          problem(this, division.file, block, {
            unexpected: `block quote at the margin right after note text ${label}`,
            expected: 'it indented four spaces to continue the note',
            hint:
              `Indent the quotation (\`    > …\`) to keep it in note ${label}, or put a` +
              ` paragraph of body text between them.`,
            related: {
              reason: `Note text ${label}, which the quotation does not continue`,
              place: before.node.position,
            },
          }),
        );
      }
    }
    return problems;
  },
};
