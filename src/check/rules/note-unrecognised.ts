/**
 * Never silently zero: superscript numbers (`<sup>N</sup>`, `^N^`) still in the text after reading
 * are note calls or note numbers the reader did not recognise. When they run like note numbers (two
 * that follow each other, such as 4 and 5), warn once per file with the first one's place, their
 * count and the dialect the file was read in. An isotope (a mass number before an element's symbol,
 * ` <sup>14</sup>C`) is not counted; an exponent on its own stays quiet.
 */
import type { Html, Parent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { divisions, type Division } from '../../book.js';
import { describeDialect } from '../../read/dialect.js';
import type { Problem } from '../report.js';
import { problem, type Rule } from '../rule.js';

interface Found {
  number: number;
  shown: string;
  node: Node;
}

const supInHtml = /<sup>\s*(\d+)\s*<\/sup>/gi;
const caret = /\^(\d+)\^/g;

export const noteUnrecognised: Rule = {
  id: 'note-unrecognised',
  description:
    'superscript numbers (`<sup>N</sup>`, `^N^`) left in the text that run like note' +
    " numbers: the first one's place, their count and the dialect the file was read" +
    ' in',
  severity: 'warning',
  check(book) {
    const byFile = new Map<Division['file'], Found[]>();
    for (const division of divisions(book)) {
      const list = byFile.get(division.file) ?? [];
      list.push(...leftovers(division, shownAs(division.file.path)));
      byFile.set(division.file, list);
    }
    const problems: Problem[] = [];
    for (const [file, found] of byFile) {
      const numbers = new Set(found.map(({ number }) => number));
      if (![...numbers].some((number) => numbers.has(number + 1))) continue;
      const sorted = [...found].sort(
        (a, b) => (a.node.position?.start.offset ?? 0) - (b.node.position?.start.offset ?? 0),
      );
      const first = sorted[0];
      problems.push(
        problem(this, file, first.node, {
          unexpected:
            `${found.length} note-like number${found.length === 1 ? '' : 's'} left in the` +
            ` text (first \`${first.shown}\`)`,
          expected: `them read as notes; ${describeDialect(file.data.dialectEvidence)}`,
          hint:
            'Put each page’s note texts after its page break, each opening with its number,' +
            ' or write GFM footnotes ([^1] and [^1]: text).',
        }),
      );
    }
    return problems;
  },
};

/**
 * How a superscript number is named in the message: as the author typed it in Markdown (`^4^`), or
 * in words for a Word file, whose author never saw a caret.
 */
function shownAs(file: string | undefined): (digits: string) => string {
  return file && /\.docx$/i.test(file) ? (digits) => `superscript ${digits}` : (digits) => `^${digits}^`;
}

function leftovers(division: Division, shown: (digits: string) => string): Found[] {
  const found: Found[] = [];
  visit(division.tree, (node, index, parent: Parent | undefined) => {
    if (node.type === 'html') {
      const html = node as Html;
      // `<sup>`, `14`, `</sup>` as three inline nodes.
      const text = parent && index !== undefined ? parent.children[index + 1] : undefined;
      const close = parent && index !== undefined ? parent.children[index + 2] : undefined;
      if (
        /^<sup>$/i.test(html.value) &&
        text?.type === 'text' &&
        /^\s*\d+\s*$/.test(text.value) &&
        close?.type === 'html' &&
        /^<\/sup>$/i.test(close.value)
      ) {
        if (parent && index !== undefined && isIsotope(parent, index, index + 2)) return;
        const number = Number(text.value.trim());
        const position =
          html.position && close.position ? { start: html.position.start, end: close.position.end } : html.position;
        found.push({ number, shown: `<sup>${number}</sup>`, node: { type: 'html', position } });
        return;
      }
      for (const match of html.value.matchAll(supInHtml))
        found.push({ number: Number(match[1]), shown: match[0], node: html });
      return;
    }
    // Clean Markdown reads Pandoc's `^N^` as a superscript (read/sub-sup.ts): still a note-like number.
    if (node.type === 'superscript' && /^\d+$/.test(toString(node))) {
      if (parent && index !== undefined && isIsotope(parent, index, index)) return;
      found.push({ number: Number(toString(node)), shown: shown(toString(node)), node });
      return;
    }
    if (node.type === 'text') {
      for (const match of (node as Text).value.matchAll(caret))
        found.push({ number: Number(match[1]), shown: match[0], node });
    }
  });
  return found;
}

/**
 * A mass number before an element's symbol (` <sup>14</sup>C`, `(^238^U)`): after a space, an
 * opening bracket or the start, and right before a capital with at most one small letter that ends
 * the word. A note call follows a word or a stop instead.
 */
function isIsotope(parent: Parent, first: number, last: number): boolean {
  const before = parent.children[first - 1];
  const after = parent.children[last + 1];
  const opens = before === undefined || (before.type === 'text' && /(?:^|[\s([{/–-])$/.test(before.value));
  return opens && after?.type === 'text' && /^\p{Lu}\p{Ll}?(?!\p{L})/u.test(after.value);
}
