/**
 * Dashes typed as hyphens, read the way Pandoc's `smart` extension (and Hugo's, Jekyll's and
 * LaTeX's typography) reads them: `---` is an em dash and `--` an en dash, in text only: never in
 * code, raw HTML, a link's address, or a word that is an address (`https://x.org/a--b`, `www.…`).
 * A hyphen written escaped (`\-`) or as a character reference (`&#45;`) stays a hyphen, so `\--`
 * is two hyphens, as in Pandoc; `normalise` writes a kept pair escaped (see emit/markdown.ts).
 * Runs of four hyphens or more are left alone. Word files are not read through here: Word keeps
 * the characters the author typed.
 */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** A run of hyphens the author did not escape, two or three long, not inside an address. */
const dashRun = /(?<!-)-{2,3}(?!-)/g;
const address = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)\S*/gi;
/** A character reference; one that is a hyphen (`&#45;`, `&hyphen;`) stays a hyphen. */
const reference = /^&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;
const hyphenReference = /^&(?:#0*45|#x0*2d|hyphen|dash);$/i;

export function remarkSmartDashes() {
  return (tree: Root, file: VFile): void => {
    const source = String(file.value);
    visit(tree, 'text', (node: Text) => {
      if (!node.value.includes('--')) return;
      const literal = literalHyphens(node, source);
      const inAddress = new Set<number>();
      for (const match of node.value.matchAll(address))
        for (let at = match.index; at < match.index + match[0].length; at++) inAddress.add(at);
      node.value = node.value.replace(dashRun, (run, at: number) => {
        for (let index = at; index < at + run.length; index++)
          if (literal.has(index) || inAddress.has(index)) return run;
        return run.length === 3 ? '\u2014' : '\u2013';
      });
    });
  };
}

/**
 * The indices of the text's hyphens that the source wrote escaped or as a reference, found by
 * walking the source under the node alongside its value (the value is the source with escapes and
 * references resolved and block quote markers and indentation left out).
 */
function literalHyphens(node: Text, source: string): Set<number> {
  const literal = new Set<number>();
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return literal;
  const raw = source.slice(start, end);
  if (raw === node.value) return literal;
  let at = 0;
  for (let index = 0; index < node.value.length && at < raw.length; index++) {
    const char = node.value[index];
    while (at < raw.length) {
      // A reference stands for one character (two for one beyond the BMP), unless the text has it as written.
      const written = raw[at] === '&' ? reference.exec(raw.slice(at))?.[0] : undefined;
      if (written && !node.value.startsWith(written, index)) {
        if (hyphenReference.test(written)) literal.add(index);
        if (node.value.codePointAt(index)! > 0xffff) index++;
        at += written.length;
        break;
      }
      if (raw[at] === char) {
        at++;
        break;
      }
      if (raw[at] === '\\' && raw[at + 1] === char) {
        if (char === '-') literal.add(index);
        at += 2;
        break;
      }
      at++;
    }
  }
  return literal;
}
