/**
 * In a word-processor export the page breaks are kept: a note text printed on a page other than
 * its call's (or the next, where a long note runs on) shows that calls and texts were paired wrongly.
 */
import type { FootnoteReference } from 'mdast';
import { problem, type Rule } from '../rule.js';

export const notePage: Rule = {
  id: 'note-page',
  description: "a note text printed on a page other than its call's or the next",
  severity: 'warning',
  dialect: 'export',
  check(_book, { calls, texts }) {
    const callById = new Map<string, { node: FootnoteReference; file: unknown }>();
    for (const { node, division } of calls)
      if (!callById.has(node.identifier)) callById.set(node.identifier, { node, file: division.file });
    return texts.flatMap(({ node, division }) => {
      const call = callById.get(node.identifier);
      // Pages are counted per file: a note text carried into the next file has no page to compare.
      if (call && call.file !== division.file) return [];
      const callPage = call?.node.data?.page;
      const textPage = node.data?.page;
      if (callPage === undefined || textPage === undefined) return [];
      if (textPage === callPage || textPage === callPage + 1) return [];
      return [
        problem(this, division.file, node, {
          unexpected: `note ${node.label ?? node.identifier} on page ${textPage}`,
          expected: `page ${callPage} (its call’s) or ${callPage + 1}`,
          hint: 'The note text may have been moved with the wrong page; check that it belongs to this call.',
          related: {
            reason: `Call of note ${node.label ?? node.identifier}, on page ${callPage}`,
            place: call?.node.position,
          },
        }),
      ];
    });
  },
};
