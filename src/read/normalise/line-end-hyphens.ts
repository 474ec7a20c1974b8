/**
 * A word broken at a line end with a hyphen inside a paragraph (`assump-` / `tions`), as text
 * copied out of a PDF or a typeset page carries it. Markdown would print it as `assump- tions`.
 * The halves are joined without the hyphen when the whole word is seen elsewhere in the file, or
 * when neither half is; the hyphen is kept (the line break goes) when a half is a word seen
 * elsewhere and the whole is not (`self-` / `aware`), or a digit comes before it (`13th-` /
 * `century`). An address (`https://x.org/a-` / `b`) is left as written, and so is a query's `key=value`
 * (`sort=date-` / `desc`), an address's part. Text nodes only: code keeps its lines.
 */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** The token before the hyphen (from the last space), the hyphen and line end, and the next line's first word. */
const broken = /(\S*?)(\p{L}+)-\n[ \t]*(\p{Ll}+)/gu;
/** A token that is an address, a path or a query's `key=value`: its hyphen is the address's own. */
const address = /[/@=]|:\/\/|^www\.|\.\p{L}/u;

export function remarkLineEndHyphens() {
  return (tree: Root): void => {
    const texts: Text[] = [];
    visit(tree, 'text', (node: Text) => {
      texts.push(node);
    });
    if (!texts.some((node) => /\p{L}-\n/u.test(node.value))) return;
    const known = knownWords(texts);
    for (const node of texts) {
      node.value = node.value.replace(broken, (whole, before: string, head: string, tail: string) => {
        if (address.test(before + head)) return whole;
        const word = (head + tail).toLowerCase();
        const compound =
          /\p{N}$/u.test(before) ||
          (!known.has(word) && (known.has(head.toLowerCase()) || known.has(tail.toLowerCase())));
        return `${before}${head}${compound ? '-' : ''}${tail}`;
      });
    }
  };
}

/** The words of the file's text, lower-cased, leaving out addresses and the halves of words broken at line ends. */
function knownWords(texts: Text[]): Set<string> {
  const words = new Set<string>();
  for (const node of texts) {
    const text = node.value.replace(/\p{L}+-\n[ \t]*\p{L}+/gu, ' ');
    for (const token of text.toLowerCase().split(/\s+/)) {
      if (address.test(token)) continue;
      for (const word of token.match(/\p{L}+/gu) ?? []) words.add(word);
    }
  }
  return words;
}
